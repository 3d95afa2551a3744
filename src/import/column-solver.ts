import { APPLICANT_PARTS } from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import { table3Rows } from "../model/table3.js";

/**
 * Recovers the columns of table 三 read from flattened text, where each row's blank cells moved to its
 * end. Per row, the last value is 总计 when it equals the sum of the others; the other values keep
 * their order but not their columns. Every placement under which each column's identities hold
 * (本年新收 + 上年结转 = 办理结果总计 + 结转下年度; 办理结果总计 = the sum of the outcomes) is a
 * candidate; a value's column is decided when all candidates agree on it.
 */

export interface SolverRow {
  key: string;
  /** Parsed values in published order (a placeholder such as "/" counts as 0). */
  values: number[];
  /** The column each value stood under in a layout (pdftotext -layout), where it showed one. */
  columns?: (number | undefined)[];
}

export interface SolverResult {
  /** Per row key: column index (0–5 for the parts, 6 for 总计) of each value, in order. */
  columns: Map<string, number[]>;
  /** Per row key and value index: the columns the arithmetic leaves open (only where more than one). */
  open: Map<string, Map<number, number[]>>;
  /** Groups of open values that move together: [rowKey, valueIndex][]. */
  groups: [string, number][][];
  /** Whether reading the first track as 自然人 decided something. */
  presumedNaturalPerson: boolean;
  /** Whether the values' spacing on their lines decided something the arithmetic left open. */
  fromLayout: boolean;
  /** Rows whose 总计 could not be told, or no placement fits: read left to right. */
  unresolved: string[];
}

const TOTAL = 6;
const BUDGET = 200_000;
const KEEP = 2_000;

// Lexicographic, as the search takes the first candidate it meets; built from bit masks, not recursion.
function combinations(m: number, n = APPLICANT_PARTS.length): number[][] {
  const out: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const picked: number[] = [];
    for (let c = 0; c < n; c++) if (mask & (1 << c)) picked.push(c);
    if (picked.length === m) out.push(picked);
  }
  return out.sort((a, b) => {
    for (let k = 0; k < m; k++) if (a[k] !== b[k]) return (a[k] ?? 0) - (b[k] ?? 0);
    return 0;
  });
}

function add(into: number[], cells: number[], sign: 1 | -1): void {
  cells.forEach((v, c) => {
    into[c] = (into[c] ?? 0) + sign * v;
  });
}

interface Prepared {
  key: string;
  parts: number[];
  hasTotal: boolean;
  options: number[][];
  hints?: (number | undefined)[];
}

// How many values a placement puts elsewhere than under the column header they stood under.
function misfit(p: Prepared, option: number[]): number {
  if (!p.hints) return 0;
  const cols = [...option, ...(p.hasTotal ? [TOTAL] : [])];
  return p.hints.reduce((n: number, c, k) => n + (c !== undefined && c !== cols[k] ? 1 : 0), 0);
}

function prepare(row: SolverRow): Prepared | undefined {
  const { values } = row;
  const p = prepareValues(row.key, values);
  return p && row.columns?.some((c) => c !== undefined) ? { ...p, hints: row.columns } : p;
}

function prepareValues(key: string, values: number[]): Prepared | undefined {
  const row = { key };
  if (values.length === 0) return { key: row.key, parts: [], hasTotal: false, options: [[]] };
  const last = values[values.length - 1] ?? 0;
  const others = values.slice(0, -1);
  if (others.length <= APPLICANT_PARTS.length && others.reduce((a, b) => a + b, 0) === last) {
    return { key: row.key, parts: others, hasTotal: true, options: combinations(others.length) };
  }
  if (values.length === APPLICANT_PARTS.length + 1) {
    return { key: row.key, parts: others, hasTotal: true, options: [[0, 1, 2, 3, 4, 5]] };
  }
  return undefined;
}

/** Solves the column placement of the flattened rows of table 三 of an edition. */
export function solveColumns(edition: Edition, rows: SolverRow[]): SolverResult {
  const result: SolverResult = {
    columns: new Map(),
    open: new Map(),
    groups: [],
    presumedNaturalPerson: false,
    fromLayout: false,
    unresolved: [],
  };
  const leftToRight = (row: SolverRow) => {
    result.columns.set(
      row.key,
      row.values.map((_, i) => i),
    );
    result.unresolved.push(row.key);
  };
  const prepared: Prepared[] = [];
  const keys = new Set<string>();
  for (const row of rows) {
    // A row given twice is a conflict the reader reports; only its first reading enters the search,
    // which keeps the search as deep as the table has rows, whatever the length of the text.
    const p = keys.has(row.key) ? undefined : prepare(row);
    keys.add(row.key);
    if (p) prepared.push(p);
    else leftToRight(row);
  }
  const spec = table3Rows(edition, true);
  const kindOf = new Map(spec.map((r) => [r.path.join("."), r.kind]));
  const at = (kind: string) => prepared.filter((p) => kindOf.get(p.key) === kind);
  const items = at("item");
  // Rows outside the identities (subtotals) or adding nothing (all zero) are free: their order is all we know.
  const bound = [...at("total"), ...at("received"), ...at("carriedOver"), ...at("carriedForward")];
  const search = [...bound, ...items.filter((p) => p.parts.some((v) => v !== 0))];
  const free = prepared.filter((p) => !search.includes(p));

  const grid = new Map<string, number[]>(); // row key → the six part cells under the current option
  const placement = new Map<string, number[]>(); // row key → the option taken
  const chosen: Map<string, number[]>[] = [];
  let nodes = 0;
  const columnSum = (key: string, c: number) => grid.get(key)?.[c] ?? 0;
  const keyOf = (kind: string) => spec.find((r) => r.kind === kind)?.path.join(".") ?? "";
  const totalKey = keyOf("total");
  const balanced = () =>
    APPLICANT_PARTS.every(
      (_, c) =>
        columnSum(keyOf("received"), c) + columnSum(keyOf("carriedOver"), c) ===
        columnSum(totalKey, c) + columnSum(keyOf("carriedForward"), c),
    );
  const running = [0, 0, 0, 0, 0, 0];
  // Depth-first over the rows' options with an explicit stack: next[d] is the option row d tries next,
  // applied[d] the cells it has placed (undone before the next option or on the way up).
  const next: number[] = [];
  const applied: (number[] | undefined)[] = [];
  const undo = (d: number) => {
    const cells = applied[d];
    const row = search[d];
    if (!cells || !row) return;
    if (d >= bound.length) add(running, cells, -1);
    grid.delete(row.key);
    applied[d] = undefined;
  };
  // Whether node d has options to try (a full or dead placement is a leaf).
  const visit = (d: number): boolean => {
    nodes++;
    if (d === bound.length && !balanced()) return false;
    if (d === search.length) {
      if (running.every((v, c) => v === columnSum(totalKey, c))) {
        chosen.push(new Map(search.map((p) => [p.key, (placement.get(p.key) ?? []).slice()])));
      }
      return false;
    }
    next[d] = 0;
    return true;
  };
  let depth = visit(0) ? 0 : -1;
  while (depth >= 0 && chosen.length < KEEP && nodes <= BUDGET) {
    undo(depth);
    const row = search[depth] as Prepared;
    const isItem = depth >= bound.length;
    let descended = false;
    while ((next[depth] ?? 0) < row.options.length && chosen.length < KEEP && nodes <= BUDGET) {
      const option = row.options[next[depth] ?? 0] ?? [];
      next[depth] = (next[depth] ?? 0) + 1;
      const cells = [0, 0, 0, 0, 0, 0];
      option.forEach((c, k) => {
        cells[c] = row.parts[k] ?? 0;
      });
      if (isItem && cells.some((v, c) => (running[c] ?? 0) + v > columnSum(totalKey, c))) continue;
      grid.set(row.key, cells);
      if (isItem) add(running, cells, 1);
      placement.set(row.key, option);
      applied[depth] = cells;
      if (visit(depth + 1)) {
        depth++;
        descended = true;
        break;
      }
      undo(depth);
    }
    if (!descended) depth--;
  }

  // Too many placements to list them all: say nothing is decided rather than decide from a sample.
  if (chosen.length === 0 || chosen.length >= KEEP || nodes > BUDGET) {
    for (const p of prepared) {
      result.columns.set(p.key, [...p.parts.map((_, k) => k), ...(p.hasTotal ? [TOTAL] : [])]);
      if (p.parts.length > 0 && p.parts.length < APPLICANT_PARTS.length) result.unresolved.push(p.key);
    }
    return result;
  }
  const candidates = (s: Map<string, number[]>[], key: string, k: number) =>
    [...new Set(s.map((x) => x.get(key)?.[k] ?? -1))].sort((a, b) => a - b);
  // Presumption: natural persons file most requests; among the candidates, keep those where the
  // 自然人 column holds something whenever any candidate does.
  const usesFirst = (s: Map<string, number[]>) => [...s.values()].some((o) => o.includes(0));
  const presumed = chosen.some(usesFirst) ? chosen.filter(usesFirst) : chosen;
  // Among what the arithmetic allows, keep the placements that agree best with a layout's alignment.
  const misfits = presumed.map((s) => search.reduce((sum, p) => sum + misfit(p, s.get(p.key) ?? []), 0));
  const best = Math.min(...misfits);
  const kept = presumed.filter((_, i) => (misfits[i] ?? 0) <= best + 1e-9);
  result.fromLayout = search.some((p) =>
    p.parts.some((_, k) => candidates(kept, p.key, k).length < candidates(presumed, p.key, k).length),
  );
  result.presumedNaturalPerson = search.some((p) =>
    p.parts.some((_, k) => candidates(presumed, p.key, k).length < candidates(chosen, p.key, k).length),
  );
  const first = kept[0] as Map<string, number[]>;
  const signature = new Map<string, [string, number][]>();
  for (const p of search) {
    const option = first.get(p.key) ?? [];
    result.columns.set(p.key, [...option, ...(p.hasTotal ? [TOTAL] : [])]);
    p.parts.forEach((_, k) => {
      const open = candidates(kept, p.key, k);
      if (open.length < 2) return;
      if (!result.open.has(p.key)) result.open.set(p.key, new Map());
      result.open.get(p.key)?.set(k, open);
      const sig = kept.map((s) => s.get(p.key)?.[k]).join(",");
      signature.set(sig, [...(signature.get(sig) ?? []), [p.key, k]]);
    });
  }
  for (const p of free) {
    result.columns.set(p.key, [...p.parts.map((_, k) => k), ...(p.hasTotal ? [TOTAL] : [])]);
    const options = p.options;
    p.parts.forEach((_, k) => {
      const open = [...new Set(options.map((o) => o[k] ?? -1))].sort((a, b) => a - b);
      if (open.length < 2) return;
      if (!result.open.has(p.key)) result.open.set(p.key, new Map());
      result.open.get(p.key)?.set(k, open);
      signature.set(`free:${p.key}:${k}`, [[p.key, k]]);
    });
  }
  result.groups = [...signature.values()];
  return result;
}
