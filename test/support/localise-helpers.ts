import type { Suspect } from "../../src/localise/types.js";
import { APPLICANT_COLUMNS } from "../../src/model/applicants.js";
import type { Edition } from "../../src/model/edition.js";
import { getAt } from "../../src/model/path.js";
import { table3Rows } from "../../src/model/table3.js";
import { validateReport } from "../../src/validate/validate.js";
import { setAt } from "./set-at.js";

export const EQUALITY_RULES = [
  "requests.balance",
  "requests.outcome-total",
  "requests.group-subtotal",
  "requests.row-total",
  "appeals.total",
];

type Json = Record<string, unknown>;
export type CellPath = (string | number)[];

/** Every cell of table 三 the report prints (subtotal rows only where present). */
export function table3Cells(report: Json, edition: Edition): CellPath[] {
  return table3Rows(edition, true)
    .filter((row) => getAt(report, row.path) !== undefined)
    .flatMap((row) => APPLICANT_COLUMNS.map((column) => [...row.path, column]));
}

export function withValues(report: Json, changes: [CellPath, unknown][]): Json {
  const copy = structuredClone(report);
  for (const [path, value] of changes) setAt(copy, path, value);
  return copy;
}

/** The independent judge: the core's equality rules, as validateReport runs them. */
export function equalityErrors(report: Json): string[] {
  return validateReport(report, { rules: { include: EQUALITY_RULES } })
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.ruleId} ${f.path.join(".")}`);
}

/** The corrections listed in suspects: each suspect with the cells it must change together with. */
export function correctionsOf(suspects: Suspect[]): [CellPath, number][][] {
  const out: [CellPath, number][][] = [];
  for (let i = 0; i < suspects.length; ) {
    const first = suspects[i] as Suspect;
    const size = first.together.length + 1;
    out.push(suspects.slice(i, i + size).map((s) => [s.path, s.suggested]));
    i += size;
  }
  return out;
}

export const samePath = (a: CellPath, b: CellPath) => a.join(".") === b.join(".");
