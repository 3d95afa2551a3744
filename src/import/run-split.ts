import { APPEAL_COLUMNS, APPEAL_GROUPS } from "../model/appeals.js";
import { APPLICANT_COLUMNS } from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import type { CellKind } from "./cells.js";
import { proactiveRows } from "./labels-match.js";
import type { TableId } from "./reading.js";

/**
 * Splits one row's figures that ran together (`本年新收…数量640020470` for 64 | 0 | 0 | 2 | 0 | 4 | 70,
 * `行政处罚2648-18538`, `政府集中采购13575394432.52元`) into every reading that fits the row's own
 * layout: each cell a well-formed figure of its kind (no leading zero), a space in the text always
 * a cell boundary, and each group's total (table 三's 总计 column, table 四's three 总计) the sum of
 * its parts. The table's equations across rows are the solver's (run-solve.ts).
 *
 * Bounds: a count has at most MAX_DIGITS digits; a group's total is not searched but computed from
 * its parts, so a group of k parts tries at most MAX_DIGITS^k lengths; groups are joined by position
 * (each group's readings are found once per starting place); at most RUN_WORK steps and MAX_SPLITS
 * readings per run, and a run that reaches either is reported, not guessed.
 */

/** Digits of one count at most: counts up to 999,999 a year. */
export const MAX_DIGITS = 6;
/** Readings of one run listed at most. */
export const MAX_SPLITS = 500;
/** Steps spent on one run at most. */
export const RUN_WORK = 200_000;

// 12 integer digits, a point, 8 decimals and 万元.
const MAX_AMOUNT = 23;
const COUNT = /^(?:0|[1-9]\d{0,5})$/;
const SIGNED = /^[-−+]?(?:0|[1-9]\d{0,5})$/;
const AMOUNT = /^(?:0|[1-9]\d{0,11})(?:\.\d{1,8})?(?:万元|元)?$/;

/** One cell of a run: where it goes and how it reads. */
export interface RunCell {
  path: string[];
  kind: CellKind;
}

/** The cells a run fills, in order, cut into groups; a group with `total` ends in the sum of the rest. */
export interface RunLayout {
  cells: RunCell[];
  groups: { size: number; total: boolean }[];
}

/** The readings of one run: each a cell text per layout cell; `complete` is false where a bound cut the list. */
export interface RunSplits {
  splits: string[][];
  complete: boolean;
  /** Steps spent (the measure of the bounds above). */
  work: number;
}

/** The layout of a run on a row of table 二 or 三 (its path) or on table 四 (path `appeals`). */
export function runLayout(edition: Edition, table: TableId, path: readonly string[]): RunLayout | undefined {
  if (table === "三")
    return {
      cells: APPLICANT_COLUMNS.map((c) => ({ path: [...path, c], kind: "count" })),
      groups: [{ size: APPLICANT_COLUMNS.length, total: true }],
    };
  if (table === "四")
    return {
      cells: APPEAL_GROUPS.flatMap((g) =>
        APPEAL_COLUMNS.map((c): RunCell => ({ path: ["appeals", g, c], kind: "count" })),
      ),
      groups: APPEAL_GROUPS.map(() => ({ size: APPEAL_COLUMNS.length, total: true })),
    };
  const row = proactiveRows(edition).find((r) => r.key === path[1]);
  if (!row) return undefined;
  return {
    cells: row.columns.map((c) => ({ path: [...path, c.key], kind: c.kind })),
    // Table 二 has no equations: each cell stands alone.
    groups: row.columns.map(() => ({ size: 1, total: false })),
  };
}

const maxLength = (kind: CellKind) => (kind === "amount" ? MAX_AMOUNT : kind === "signed" ? 7 : MAX_DIGITS);
const wellFormed = (kind: CellKind, text: string) =>
  (kind === "amount" ? AMOUNT : kind === "signed" ? SIGNED : COUNT).test(text);

/** Every reading of a run under a layout (see the bounds above). */
export function splitRun(text: string, layout: RunLayout, budget = RUN_WORK): RunSplits {
  const { cells, groups } = layout;
  const longest = cells.reduce((n, c) => n + maxLength(c.kind), 0);
  // Longer than every cell at its widest: no reading, and nothing to walk.
  if (text.replace(/\s+/g, "").length > longest) return { splits: [], complete: true, work: 0 };
  // Spaces are kept only as the places where a cell must end.
  const trimmed = text.trim();
  let s = "";
  const isBreak: boolean[] = [];
  for (const ch of trimmed) {
    if (/\s/.test(ch)) {
      isBreak[s.length] = true;
      continue;
    }
    s += ch;
  }
  // nextBreak[i]: the first boundary after position i (a cell from i must not run past it).
  const nextBreak = new Array<number>(s.length + 1);
  let upcoming = s.length + 1;
  for (let i = s.length; i >= 0; i--) {
    nextBreak[i] = upcoming;
    if (isBreak[i]) upcoming = i;
  }
  const maxLeft = new Array<number>(cells.length + 1).fill(0);
  for (let i = cells.length - 1; i >= 0; i--)
    maxLeft[i] = (maxLeft[i + 1] ?? 0) + maxLength(cells[i]?.kind ?? "count");
  const starts: number[] = [];
  groups.reduce((at, g) => {
    starts.push(at);
    return at + g.size;
  }, 0);
  let work = 0;
  let cut = false;
  const fits = (cell: number, p: number) => {
    const left = s.length - p;
    return left >= cells.length - cell && left <= (maxLeft[cell] ?? 0);
  };
  // A group's readings from position p, once per (group, p).
  const memo = new Map<number, { texts: string[]; end: number }[]>();
  const groupReadings = (g: number, p: number) => {
    const key = g * (s.length + 1) + p;
    const known = memo.get(key);
    if (known) return known;
    const out: { texts: string[]; end: number }[] = [];
    const group = groups[g] ?? { size: 0, total: false };
    const first = starts[g] ?? 0;
    const parts = group.size - (group.total ? 1 : 0);
    const texts: string[] = [];
    // Depth at most the group's size (a layout constant), not the input's length.
    const walk = (k: number, at: number, sum: number) => {
      if (++work > budget) {
        cut = true;
        return;
      }
      if (k === parts) {
        if (!group.total) {
          out.push({ texts: texts.slice(), end: at });
          return;
        }
        const total = String(sum);
        const end = at + total.length;
        if (COUNT.test(total) && s.startsWith(total, at) && (nextBreak[at] ?? 0) >= end)
          out.push({ texts: [...texts, total], end });
        return;
      }
      const cell = cells[first + k];
      if (!cell || !fits(first + k, at)) return;
      const limit = Math.min(maxLength(cell.kind), s.length - at, (nextBreak[at] ?? 0) - at);
      for (let n = 1; n <= limit && !cut; n++) {
        const t = s.slice(at, at + n);
        if (!wellFormed(cell.kind, t)) continue;
        const value = cell.kind === "amount" ? 0 : Number(t.replace("−", "-"));
        // A total of more than MAX_DIGITS digits cannot follow.
        if (group.total && sum + value > 999_999) break;
        texts.push(t);
        walk(k + 1, at + n, sum + value);
        texts.pop();
      }
    };
    walk(0, p, 0);
    memo.set(key, out);
    return out;
  };
  // How many full readings from (group, p), saturated just above MAX_SPLITS.
  const counts = new Map<number, number>();
  const count = (g: number, p: number): number => {
    if (g === groups.length) return p === s.length ? 1 : 0;
    const key = g * (s.length + 1) + p;
    const known = counts.get(key);
    if (known !== undefined) return known;
    let n = 0;
    for (const r of groupReadings(g, p)) {
      n = Math.min(MAX_SPLITS + 1, n + count(g + 1, r.end));
      if (cut) break;
    }
    counts.set(key, n);
    return n;
  };
  const total = s.length === 0 ? 0 : count(0, 0);
  const splits: string[][] = [];
  const collect = (g: number, p: number, acc: string[]) => {
    if (splits.length >= MAX_SPLITS) return;
    if (g === groups.length) {
      if (p === s.length) splits.push(acc.slice());
      return;
    }
    for (const r of groupReadings(g, p))
      if ((counts.get((g + 1) * (s.length + 1) + r.end) ?? 1) > 0)
        collect(g + 1, r.end, [...acc, ...r.texts]);
  };
  if (!cut && total > 0) collect(0, 0, []);
  return { splits, complete: !cut && total <= MAX_SPLITS, work };
}

/** Every split of a table-三 run into six parts and their sum (no part with a leading zero). */
export function splitsOf(digits: string): number[][] {
  const layout = runLayout("2021", "三", []) as RunLayout;
  if (!/^\d+$/.test(digits)) return [];
  return splitRun(digits, layout).splits.map((s) => s.map(Number));
}
