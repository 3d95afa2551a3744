import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  type ApplicantColumn,
  type Applicants,
} from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import { pathKey } from "../model/path.js";
import type { AnnualReport } from "../model/report.js";
import { type Table3Row, table3Rows } from "../model/table3.js";
import type { Path } from "./types.js";

/** A row of table 三 as published, with its place in the format. */
export interface Table3Line {
  row: Table3Row;
  values: Applicants;
  /** `pathKey(row.path)`, computed once per edition. */
  key: string;
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
  /** A row by its path key (`requests.outcomes.total`); `undefined` for a row the report lacks. */
  byKey: { get(key: string): Table3Line | undefined };
  blankTotals: BlankTotal[];
  /** The value arithmetic uses: the published count, a blank total's implied value, else 0. */
  effective(line: Table3Line, column: ApplicantColumn): number;
  /** The blank total at this cell when its parts imply a value; else `undefined`. */
  implied(line: Table3Line, column: ApplicantColumn): BlankTotal | undefined;
}

type Cell = [Table3Line, ApplicantColumn];

// The rows, their keys and each key's row number never change within an edition: built once, not
// once per report (a Map per report cost as much as the rest of the view).
const layouts = new Map<Edition, { rows: Table3Row[]; keys: string[]; index: Map<string, number> }>();

function layout(edition: Edition) {
  let found = layouts.get(edition);
  if (!found) {
    const rows = table3Rows(edition, true);
    const keys = rows.map((r) => pathKey(r.path));
    found = { rows, keys, index: new Map(keys.map((k, i) => [k, i])) };
    layouts.set(edition, found);
  }
  return found;
}

// The report is this library's own parse output and the paths are the format's constants, so a
// plain walk is safe here (getAt's own-property guard is for paths that come from outside).
function read(report: AnnualReport, path: readonly string[]): unknown {
  let node: unknown = report;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function build(report: AnnualReport): Table3View {
  const { rows, keys, index } = layout(report.edition);
  const lines: Table3Line[] = [];
  const items: Table3Line[] = [];
  // The line of each row of the format, by row number (a hole where the report lacks the row).
  const atRow: (Table3Line | undefined)[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Table3Row;
    const values = read(report, row.path) as Applicants | undefined;
    if (!values) continue;
    const line = { row, values, key: keys[i] as string };
    lines.push(line);
    atRow[i] = line;
    if (row.kind === "item") items.push(line);
  }
  const byKey = {
    get(key: string): Table3Line | undefined {
      const i = index.get(key);
      return i === undefined ? undefined : atRow[i];
    },
  };
  // Filled only for blank totals whose parts are not zero, which valid reports rarely have.
  const implied = new Map<Table3Line, Partial<Record<ApplicantColumn, BlankTotal>>>();
  const blankTotals: BlankTotal[] = [];
  const order: number[] = [];
  const effective = (line: Table3Line, column: ApplicantColumn): number =>
    line.values[column] ?? implied.get(line)?.[column]?.expected ?? 0;
  // A blank total implies the sum of its parts; the parts that are not zero are where it comes from.
  const imply = (line: Table3Line, column: ApplicantColumn, parts: Cell[]) => {
    const from = parts.filter(([l, c]) => effective(l, c) !== 0);
    const expected = from.reduce((s, [l, c]) => s + effective(l, c), 0);
    if (expected === 0) return;
    const blank = {
      path: [...line.row.path, column],
      expected,
      from: from.map(([l, c]) => [...l.row.path, c]),
    };
    const cells = implied.get(line) ?? {};
    implied.set(line, cells);
    cells[column] = blank;
    blankTotals.push(blank);
    order.push(lines.indexOf(line) * 10 + APPLICANT_COLUMNS.indexOf(column));
  };

  const total = byKey.get("requests.outcomes.total");
  for (const line of lines) {
    if (line === total || line.values.total !== null) continue;
    imply(
      line,
      "total",
      APPLICANT_PARTS.map((c): Cell => [line, c]),
    );
  }
  if (total) {
    for (const column of APPLICANT_PARTS) {
      if (total.values[column] !== null) continue;
      imply(
        total,
        column,
        items.map((l): Cell => [l, column]),
      );
    }
    if (total.values.total === null) {
      // （七）总计 · 总计 follows from its row when the row has figures, else from the item totals.
      const fromRow = APPLICANT_PARTS.some((c) => effective(total, c) !== 0);
      imply(
        total,
        "total",
        fromRow ? APPLICANT_PARTS.map((c): Cell => [total, c]) : items.map((l): Cell => [l, "total"]),
      );
    }
  }
  if (blankTotals.length > 1) {
    // Report blank totals in reading order: row by row, column by column.
    const ranked = blankTotals.map((b, i) => ({ b, rank: order[i] as number }));
    ranked.sort((a, b) => a.rank - b.rank);
    blankTotals.splice(0, blankTotals.length, ...ranked.map((r) => r.b));
  }
  return {
    lines,
    items,
    byKey,
    blankTotals,
    effective,
    implied: (line, column) => (line.values[column] === null ? implied.get(line)?.[column] : undefined),
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
