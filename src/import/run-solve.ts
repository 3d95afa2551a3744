import { APPLICANT_COLUMNS } from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import { table3Rows } from "../model/table3.js";
import { describePath } from "../validate/parse.js";
import { readCell } from "./cells.js";
import type { Reading, RunRow, TableId } from "./reading.js";
import { type RunLayout, type RunSplits, runLayout, splitRun } from "./run-split.js";

/**
 * Solves the rows of a table whose figures ran together all at once: each row's readings (run-split.ts)
 * are combined with the table's equations across rows (table 三, per column: 本年新收 + 上年结转 =
 * 办理结果总计 + 结转下年度, 办理结果总计 = the sum of the outcomes, a printed 小计 = its group). A cell
 * is placed only where every combination that keeps all equations agrees on it; the others stay blank
 * and an `import.ambiguous-split` finding lists every reading of the row that fits.
 *
 * Bounds: the search visits at most SEARCH_BUDGET combinations and keeps at most KEEP solutions
 * (a partial sum above its total cuts a branch at once); reaching either is reported, and each row
 * then has only its own equations to go by.
 */

const SEARCH_BUDGET = 200_000;
const KEEP = 2_000;

type Term = { row: number; cell: number } | { value: number };
interface Equation {
  left: Term[];
  right: Term[];
}

interface Solved {
  run: RunRow;
  layout: RunLayout;
  split: RunSplits;
}

/** What the joint search found: the readings of each row some solution uses, or why it has none. */
export interface SearchResult {
  kept?: Set<number>[];
  exhausted: boolean;
  nodes: number;
}

const numberOf = (raw: string | undefined) => {
  if (raw === undefined) return undefined;
  const read = readCell(raw, "count");
  return read.ok && typeof read.value === "number" ? read.value : undefined;
};

/** Table 三's equations between rows, per column, over the runs and the cells already read. */
function table3Equations(edition: Edition, rows: Solved[], reading: Reading): Equation[] {
  const at = new Map<string, { row: number; cell: number }>();
  rows.forEach((r, row) => {
    r.layout.cells.forEach((c, cell) => {
      at.set(c.path.join("."), { row, cell });
    });
  });
  const termOf = (key: string): Term | undefined => {
    const found = at.get(key);
    if (found) return found;
    const value = numberOf(reading.cells.get(key)?.raw);
    return value === undefined ? undefined : { value };
  };
  const spec = table3Rows(edition, true);
  const keyOf = (kind: string) => spec.find((r) => r.kind === kind)?.path.join(".") ?? "";
  const items = spec.filter((r) => r.kind === "item");
  const equations: Equation[] = [];
  // An equation with a cell neither read nor run together says nothing.
  const add = (left: string[], right: string[]) => {
    const l = left.map(termOf);
    const r = right.map(termOf);
    if (l.every((t) => t) && r.every((t) => t)) equations.push({ left: l as Term[], right: r as Term[] });
  };
  for (const column of APPLICANT_COLUMNS) {
    const cell = (key: string) => `${key}.${column}`;
    add(
      [cell(keyOf("received")), cell(keyOf("carriedOver"))],
      [cell(keyOf("total")), cell(keyOf("carriedForward"))],
    );
    add(
      items.map((r) => cell(r.path.join("."))),
      [cell(keyOf("total"))],
    );
    for (const sub of spec.filter((r) => r.kind === "subtotal")) {
      if (!at.has(cell(sub.path.join("."))) && !reading.cells.has(cell(sub.path.join(".")))) continue;
      add(
        items.filter((r) => r.group === sub.group).map((r) => cell(r.path.join("."))),
        [cell(sub.path.join("."))],
      );
    }
  }
  return equations;
}

/**
 * Every combination of the rows' readings that keeps every equation, by depth-first search; the
 * readings any solution uses are kept per row.
 */
export function searchTable(
  options: number[][][],
  equations: Equation[],
  budget = SEARCH_BUDGET,
): SearchResult {
  const choice = options.map(() => -1);
  const touching = options.map((_, row) =>
    equations.filter((e) => [...e.left, ...e.right].some((t) => "row" in t && t.row === row)),
  );
  const termValue = (t: Term): number | undefined => {
    if ("value" in t) return t.value;
    const c = choice[t.row] ?? -1;
    return c < 0 ? undefined : options[t.row]?.[c]?.[t.cell];
  };
  const side = (terms: Term[]) => {
    let sum = 0;
    let open = 0;
    for (const t of terms) {
      const v = termValue(t);
      if (v === undefined) open++;
      else sum += v;
    }
    return { sum, open };
  };
  // Counts are never negative: a side already above a complete other side cannot come back.
  const holds = (e: Equation) => {
    const l = side(e.left);
    const r = side(e.right);
    if (l.open === 0 && r.open === 0) return l.sum === r.sum;
    if (l.open === 0 && r.sum > l.sum) return false;
    if (r.open === 0 && l.sum > r.sum) return false;
    return true;
  };
  const kept = options.map(() => new Set<number>());
  let nodes = 0;
  let solutions = 0;
  // Depth is the table's number of rows run together, not the input's length.
  const walk = (row: number): void => {
    if (row === options.length) {
      solutions++;
      choice.forEach((c, r) => {
        kept[r]?.add(c);
      });
      return;
    }
    const mine = options[row] ?? [];
    for (let o = 0; o < mine.length; o++) {
      if (++nodes > budget || solutions >= KEEP) return;
      choice[row] = o;
      if ((touching[row] ?? []).every(holds)) walk(row + 1);
    }
    choice[row] = -1;
  };
  walk(0);
  const exhausted = nodes > budget || solutions >= KEEP;
  return { ...(exhausted || solutions === 0 ? {} : { kept }), exhausted, nodes };
}

const ORDER = ["received", "carriedOver", "total", "carriedForward"];

/** Splits the runs of a reading where the text and the equations decide them; the rest become findings. */
export function splitRuns(reading: Reading): void {
  if (reading.runs.length === 0) return;
  // A row given twice keeps its first reading (as a cell does); the second is kept as read, and said.
  const seen = new Map<string, { run: RunRow; field?: ReturnType<typeof describePath> }>();
  const solved: Solved[] = [];
  for (const run of reading.runs) {
    const table: TableId = run.table ?? "三";
    const key = `${table}:${run.path.join(".")}`;
    const first = seen.get(key);
    if (first) {
      // The row's name once, however often it is given again.
      first.field ??= describePath(reading.edition, run.path);
      reading.drop(run.digits, run.where);
      reading.log.add("import.conflicting-value", run.path, {
        field: first.field,
        first: first.run.digits,
        second: run.digits,
      });
      continue;
    }
    seen.set(key, { run });
    const layout = runLayout(reading.edition, table, run.path);
    if (!layout) {
      reading.drop(run.digits, run.where);
      continue;
    }
    solved.push({ run, layout, split: splitRun(run.digits, layout) });
  }
  const options = new Map<Solved, string[][]>(solved.map((s) => [s, s.split.splits]));
  // Table 三 is solved as a whole: the rows whose readings are all known, the bound rows first.
  const kinds = new Map(table3Rows(reading.edition, true).map((r) => [r.path.join("."), r.kind]));
  const rank = (s: Solved) => {
    const i = ORDER.indexOf(kinds.get(s.run.path.join(".")) ?? "");
    return i < 0 ? ORDER.length : i;
  };
  const table3 = solved
    .filter((s) => (s.run.table ?? "三") === "三" && s.split.complete && s.split.splits.length > 0)
    .sort((a, b) => rank(a) - rank(b));
  if (table3.length > 0) {
    const equations = table3Equations(reading.edition, table3, reading);
    const numeric = table3.map((s) => s.split.splits.map((o) => o.map(Number)));
    const result = searchTable(numeric, equations);
    if (result.exhausted)
      reading.log.add("import.split-search-budget", ["requests"], {
        table: describePath(reading.edition, ["requests"]),
        limit: SEARCH_BUDGET,
      });
    // No combination keeps the equations (a figure is wrong somewhere), or the search was cut: each
    // row then has only its own total to go by, and the rules report the broken equation.
    const kept = result.kept;
    if (kept)
      table3.forEach((s, i) => {
        options.set(
          s,
          s.split.splits.filter((_, o) => kept[i]?.has(o)),
        );
      });
  }
  for (const s of solved) place(reading, s, options.get(s) ?? []);
}

function place(reading: Reading, { run, layout, split }: Solved, readings: string[][]): void {
  const row = describePath(reading.edition, run.path);
  if (!split.complete) {
    reading.drop(run.digits, run.where);
    reading.log.add(
      "import.split-budget",
      run.path,
      { row, digits: run.digits, limit: split.splits.length, where: run.where },
      layout.cells.map((c) => c.path),
    );
    return;
  }
  const open: string[][] = [];
  layout.cells.forEach((cell, c) => {
    const values = new Set(readings.map((o) => o[c]));
    const [only] = values;
    if (values.size === 1 && only !== undefined) reading.place(cell.path, only, `${run.where}, split`);
    else open.push(cell.path);
  });
  if (open.length === 0) return;
  reading.drop(run.digits, run.where);
  reading.log.add(
    "import.ambiguous-split",
    run.path,
    {
      row,
      digits: run.digits,
      count: readings.length,
      candidates: readings.map((o) => o.join(" | ")),
      where: run.where,
    },
    open,
  );
}
