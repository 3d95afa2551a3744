import Decimal from "decimal.js";
import { APPLICANT_COLUMNS } from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import { Exact } from "../model/exact.js";
import { fieldAt, fields } from "../model/fields.js";
import type { Label, Unit } from "../model/label.js";
import { getAt, pathKey } from "../model/path.js";
import type { AnnualReport } from "../model/report.js";
import { table3Rows } from "../model/table3.js";
import type { Path } from "../rules/types.js";
import { type CrosswalkLink, TABLE2_CROSSWALK, TABLE3_CROSSWALK } from "./crosswalk.js";

/**
 * The tables a diff compares.
 *
 * @category Diff
 */
export type FigureTable = "二" | "三" | "四";

/**
 * One figure to compare between two reports: the cells it reads in each (several cells are summed;
 * none means the figure does not exist in that report's edition) and whether the two readings mean
 * the same thing.
 */
export interface Figure {
  /** The figure's key: its path in the newer edition where it has one. */
  path: readonly string[];
  label: Label;
  unit: Unit;
  table: FigureTable;
  amount: boolean;
  previous: readonly (readonly string[])[];
  current: readonly (readonly string[])[];
  comparable: boolean;
  note?: Label;
}

const TABLES = new Set<string>(["二", "三", "四"]);

function field(edition: Edition, path: readonly string[]) {
  const info = fieldAt(edition, path);
  if (!info) throw new Error(`zfxxgk: no field ${pathKey(path)} in edition ${edition}`); // a bug in the crosswalk
  return info;
}

function sameEdition(edition: Edition): Figure[] {
  return fields(edition)
    .filter((f) => TABLES.has(f.table) && !f.path.includes("subtotal"))
    .map((f) => ({
      path: f.path,
      label: f.label,
      unit: f.unit,
      table: f.table as FigureTable,
      amount: f.unit === "万元",
      previous: [f.path],
      current: [f.path],
      comparable: true,
    }));
}

// A link oriented from the previous report's edition to the current one's.
function fromLink(link: CrosswalkLink, previous2019: boolean, suffix: readonly string[] = []): Figure {
  const old = link.from2019 ? [[...link.from2019, ...suffix]] : [];
  const young = link.to2021.map((p) => [...p, ...suffix]);
  const [first] = young;
  const path = young.length === 1 && first ? first : (old[0] ?? []);
  const info = young.length === 1 && first ? field("2021", first) : field("2019", path);
  return {
    path,
    label: info.label,
    unit: info.unit,
    table: info.table as FigureTable,
    amount: info.unit === "万元",
    previous: previous2019 ? old : young,
    current: previous2019 ? young : old,
    comparable: link.comparable,
    note: link.note,
  };
}

function acrossEditions(previous: Edition): Figure[] {
  const previous2019 = previous === "2019";
  const out: Figure[] = TABLE2_CROSSWALK.map((link) => fromLink(link, previous2019));
  const table3 = sameEdition("2021").filter((f) => f.table === "三");
  let linked = false;
  for (const row of table3Rows("2021")) {
    if (row.group === "otherHandling") {
      if (linked) continue;
      linked = true;
      for (const link of TABLE3_CROSSWALK) {
        for (const column of APPLICANT_COLUMNS) {
          out.push(fromLink(link, previous2019, [column]));
        }
      }
      continue;
    }
    const key = pathKey(row.path);
    out.push(...table3.filter((f) => pathKey(f.path.slice(0, -1)) === key));
  }
  out.push(...sameEdition("2021").filter((f) => f.table === "四"));
  return out;
}

const cache = new Map<string, readonly Figure[]>();

/**
 * Every figure of tables 二, 三 and 四 to compare between a report in `previous`'s edition and one in
 * `current`'s, in format order. Optional 小计 rows are left out: they restate their items.
 */
export function figures(previous: Edition, current: Edition): readonly Figure[] {
  const key = `${previous}>${current}`;
  let list = cache.get(key);
  if (!list) {
    list = previous === current ? sameEdition(current) : acrossEditions(previous);
    cache.set(key, list);
  }
  return list;
}

/**
 * A figure's value in one report: one cell as published, or the sum of several (null if all blank);
 * amounts as decimal strings.
 *
 * @category Diff
 */
export type FigureValue = number | string | null;

/**
 * Reads a figure's cells in a report. `undefined` when the figure does not exist in that edition;
 * `null` when every cell is blank; amounts come back as decimal strings.
 */
export function readFigure(
  report: AnnualReport,
  cells: readonly Path[] | readonly (readonly string[])[],
  amount: boolean,
): FigureValue | undefined {
  if (cells.length === 0) return undefined;
  const values = cells.map((c) => getAt(report, c));
  if (values.every((v) => v === null || v === undefined)) return null;
  if (amount) {
    const sum = values.reduce<Decimal>(
      (s, v) =>
        Decimal.isDecimal(v) || typeof v === "number" || typeof v === "string"
          ? s.plus(v as Decimal.Value)
          : s,
      new Exact(0),
    );
    return sum.toFixed();
  }
  return values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
}
