import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  type ApplicantColumn,
  type Applicants,
} from "../model/applicants.js";
import { getAt, pathKey } from "../model/path.js";
import type { AnnualReport } from "../model/report.js";
import { type Table3Row, table3Rows } from "../model/table3.js";
import type { Path } from "./types.js";

/** A row of table 三 as published, with its place in the format. */
export interface Table3Line {
  row: Table3Row;
  values: Applicants;
}

/** A 总计 cell left blank while its parts are not all zero, and what it should hold. */
export interface BlankTotal {
  path: Path;
  expected: number;
  /** The non-zero cells that imply it. */
  from: Path[];
}

/**
 * Table 三 read once for all the rules: its rows in format order, and the value each blank total
 * implies, so that one blank 总计 column raises `requests.total-blank` and not a cascade of errors.
 */
export interface Table3View {
  lines: Table3Line[];
  items: Table3Line[];
  byKey: Map<string, Table3Line>;
  blankTotals: BlankTotal[];
  /** The value arithmetic uses: the published count, a blank total's implied value, else 0. */
  effective(line: Table3Line, column: ApplicantColumn): number;
  /** The blank total at this cell when its parts imply a value; else `undefined`. */
  implied(line: Table3Line, column: ApplicantColumn): BlankTotal | undefined;
}

type Cell = [Table3Line, ApplicantColumn];

function build(report: AnnualReport): Table3View {
  const lines: Table3Line[] = [];
  for (const row of table3Rows(report.edition, true)) {
    const values = getAt(report, row.path) as Applicants | undefined;
    if (values) lines.push({ row, values });
  }
  const items = lines.filter((l) => l.row.kind === "item");
  const byKey = new Map(lines.map((l) => [pathKey(l.row.path), l]));
  const implied = new Map<string, BlankTotal>();
  const blankTotals: BlankTotal[] = [];
  const key = (line: Table3Line, column: ApplicantColumn) => `${pathKey(line.row.path)}.${column}`;
  const effective = (line: Table3Line, column: ApplicantColumn): number =>
    line.values[column] ?? implied.get(key(line, column))?.expected ?? 0;
  // A blank total implies the sum of its parts; the parts that are not zero are where it comes from.
  const imply = (line: Table3Line, column: ApplicantColumn, parts: Cell[]) => {
    if (line.values[column] !== null) return;
    const from = parts.filter(([l, c]) => effective(l, c) !== 0);
    const expected = from.reduce((s, [l, c]) => s + effective(l, c), 0);
    if (expected === 0) return;
    const blank = {
      path: [...line.row.path, column],
      expected,
      from: from.map(([l, c]) => [...l.row.path, c]),
    };
    implied.set(key(line, column), blank);
    blankTotals.push(blank);
  };

  const total = byKey.get("requests.outcomes.total");
  for (const line of lines) {
    if (line !== total)
      imply(
        line,
        "total",
        APPLICANT_PARTS.map((c): Cell => [line, c]),
      );
  }
  if (total) {
    for (const column of APPLICANT_PARTS)
      imply(
        total,
        column,
        items.map((l): Cell => [l, column]),
      );
    // （七）总计 · 总计 follows from its row when the row has figures, else from the item totals.
    const fromRow = APPLICANT_PARTS.some((c) => effective(total, c) !== 0);
    imply(
      total,
      "total",
      fromRow ? APPLICANT_PARTS.map((c): Cell => [total, c]) : items.map((l): Cell => [l, "total"]),
    );
  }
  // Report blank totals in reading order: row by row, column by column.
  const rowIndex = new Map([...byKey.keys()].map((k, i) => [k, i]));
  const order = (p: Path) =>
    (rowIndex.get(pathKey(p.slice(0, -1))) ?? 0) * 10 +
    APPLICANT_COLUMNS.indexOf(p.at(-1) as ApplicantColumn);
  blankTotals.sort((a, b) => order(a.path) - order(b.path));
  return {
    lines,
    items,
    byKey,
    blankTotals,
    effective,
    implied: (line, column) => (line.values[column] === null ? implied.get(key(line, column)) : undefined),
  };
}

const cache = new WeakMap<AnnualReport, Table3View>();

/** The table-三 view of a report, computed once per report object. */
export function table3View(report: AnnualReport): Table3View {
  let view = cache.get(report);
  if (!view) {
    view = build(report);
    cache.set(report, view);
  }
  return view;
}
