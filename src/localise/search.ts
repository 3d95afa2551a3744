import type { EquationSystem, LinearForm } from "./system.js";

/** A set of cells and the values that make every equation hold; `values` is null when not unique. */
export interface Correction {
  cells: number[];
  values: number[] | null;
}

/** The cells and equations of one connected part of the system that has a broken equation. */
export interface AreaSearch {
  equations: number[];
  violated: number[];
  /** Fewest cells that must change: 1 or 2, or null when more than two. */
  size: 1 | 2 | null;
  corrections: Correction[];
}

type Incidence = [equation: number, coefficient: number][];

const evaluate = (form: LinearForm, values: readonly number[]) => {
  let sum = form.constant;
  for (const [cell, coefficient] of form.terms) sum += coefficient * (values[cell] ?? 0);
  return sum;
};

/** Splits the equations into groups that share no cell (table 三, each group of table 四). */
function components(system: EquationSystem): number[][] {
  const parent = system.equations.map((_, i) => i);
  const find = (start: number): number => {
    let i = start;
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const owner = new Int32Array(system.cells.length).fill(-1);
  system.equations.forEach((equation, e) => {
    for (const cell of equation.form.terms.keys()) {
      const other = owner[cell] ?? -1;
      if (other < 0) owner[cell] = e;
      else parent[find(e)] = find(other);
    }
  });
  const groups = new Map<number, number[]>();
  system.equations.forEach((_, e) => {
    const root = find(e);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  });
  return [...groups.values()];
}

type PairSolution = { kind: "none" } | { kind: "one"; x: number; y: number } | { kind: "many" };

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** Integer solutions of a·x + b·y = ρ (every row), with x, y ≠ 0 and no value below 0. */
function solvePair(rows: [number, number, number][], vi: number, vj: number): PairSolution {
  const ok = (x: number, y: number) =>
    Number.isInteger(x) && Number.isInteger(y) && x !== 0 && y !== 0 && vi + x >= 0 && vj + y >= 0;
  const [p] = rows;
  if (!p) return { kind: "none" };
  const [ap, bp, rp] = p;
  for (const [aq, bq, rq] of rows) {
    const det = ap * bq - aq * bp;
    if (det === 0) continue;
    const x = (rp * bq - rq * bp) / det;
    const y = (ap * rq - aq * rp) / det;
    if (!ok(x, y) || rows.some(([a, b, r]) => a * x + b * y !== r)) return { kind: "none" };
    return { kind: "one", x, y };
  }
  // Every row is a multiple of the first: one equation in two unknowns.
  if (rows.some(([a, b, r]) => a * rp !== ap * r || b * rp !== bp * r)) return { kind: "none" };
  if (ap === 0 || bp === 0 || rp % gcd(ap, bp) !== 0) return { kind: "none" };
  const [a, b, r] = ap < 0 ? [-ap, -bp, -rp] : [ap, bp, rp];
  // Opposite signs: raising one value raises the other, without end.
  if (b < 0) return { kind: "many" };
  // Solutions recur every b/gcd steps of x: a long range holds more than the two that x = 0 and
  // y = 0 can rule out, so there is no need to walk it.
  const last = Math.floor((r + b * vj) / a);
  if (last + vi >= 4 * (b / gcd(a, b))) return { kind: "many" };
  let found: PairSolution = { kind: "none" };
  for (let x = -vi; x <= last; x++) {
    const y = (r - a * x) / b;
    if (!ok(x, y)) continue;
    if (found.kind === "one") return { kind: "many" };
    found = { kind: "one", x, y };
  }
  return found;
}

/**
 * Fellegi–Holt localisation, exact for one and two cells: in every connected part with a broken
 * equation, the fewest cells whose change (to non-negative integers) makes every equation of that
 * part hold, and each set of that size that does.
 */
export function searchCorrections(system: EquationSystem): AreaSearch[] {
  const values = system.cells.map((c) => c.reported ?? 0);
  const residual = system.equations.map((e) => evaluate(e.form, values));
  const incidence: Incidence[] = system.cells.map(() => []);
  system.equations.forEach((equation, e) => {
    for (const [cell, coefficient] of equation.form.terms) incidence[cell]?.push([e, coefficient]);
  });
  const results: AreaSearch[] = [];
  for (const equations of components(system)) {
    const violated = equations.filter((e) => residual[e] !== 0);
    if (violated.length === 0) continue;
    const seen = new Set<number>();
    for (const e of equations)
      for (const cell of system.equations[e]?.form.terms.keys() ?? []) seen.add(cell);
    const cells = [...seen];
    const context = { values, residual, incidence, violated };
    const singles: Correction[] = [];
    for (const cell of cells) {
      const found = single(context, cell);
      if (found) singles.push(found);
    }
    if (singles.length > 0) {
      results.push({ equations, violated, size: 1, corrections: singles });
      continue;
    }
    const pairs = searchPairs(context, cells, system);
    results.push({ equations, violated, size: pairs.length > 0 ? 2 : null, corrections: pairs });
  }
  return results;
}

interface SearchContext {
  values: number[];
  residual: number[];
  incidence: Incidence[];
  violated: number[];
}

function single(
  { values, residual, incidence, violated }: SearchContext,
  cell: number,
): Correction | undefined {
  const rows = incidence[cell] ?? [];
  let covered = 0;
  let first: [number, number] | undefined;
  for (const row of rows) {
    if (residual[row[0]] === 0) continue;
    covered++;
    first ??= row;
  }
  if (covered !== violated.length || !first) return undefined;
  const delta = -(residual[first[0]] ?? 0) / first[1];
  const value = (values[cell] ?? 0) + delta;
  if (!Number.isInteger(delta) || value < 0) return undefined;
  if (rows.some(([e, a]) => (residual[e] ?? 0) + a * delta !== 0)) return undefined;
  return { cells: [cell], values: [value] };
}

function searchPairs(context: SearchContext, cells: number[], system: EquationSystem): Correction[] {
  const { values, residual, incidence, violated } = context;
  // One of the two cells must be in the broken equation with the fewest cells.
  const pivot = violated
    .map((e) => system.equations[e]?.form.terms ?? new Map<number, number>())
    .reduce((best, terms) => (terms.size < best.size ? terms : best));
  // Which broken equations each cell takes part in, as bits: a pair must cover them all, and most
  // pairs are ruled out by one AND before anything is built for them.
  const bits = violated.length <= 30;
  const slot = new Int32Array(residual.length).fill(-1);
  violated.forEach((e, k) => {
    slot[e] = k;
  });
  const all = bits ? 2 ** violated.length - 1 : 0;
  const cover = new Int32Array(values.length);
  const rowsOf = new Map<number, Map<number, number>>();
  for (const cell of cells) {
    let mask = 0;
    for (const [e] of incidence[cell] ?? []) {
      const k = slot[e] ?? -1;
      if (k >= 0) mask |= 1 << k;
    }
    cover[cell] = mask;
  }
  const rowsFor = (cell: number) => {
    let rows = rowsOf.get(cell);
    if (!rows) {
      rows = new Map(incidence[cell] ?? []);
      rowsOf.set(cell, rows);
    }
    return rows;
  };
  const corrections: Correction[] = [];
  const seen = new Set<number>();
  const n = system.cells.length;
  for (const i of pivot.keys()) {
    const coverI = cover[i] ?? 0;
    for (const j of cells) {
      if (j === i) continue;
      if (bits && ((coverI | (cover[j] ?? 0)) & all) !== all) continue;
      const key = i < j ? i * n + j : j * n + i;
      if (seen.has(key)) continue;
      seen.add(key);
      const rowsI = rowsFor(i);
      const rowsJ = rowsFor(j);
      if (!bits && violated.some((e) => !rowsI.has(e) && !rowsJ.has(e))) continue;
      const rows: [number, number, number][] = [];
      for (const [e, a] of rowsI) rows.push([a, rowsJ.get(e) ?? 0, -(residual[e] ?? 0)]);
      for (const [e, b] of rowsJ) if (!rowsI.has(e)) rows.push([0, b, -(residual[e] ?? 0)]);
      const vi = values[i] ?? 0;
      const vj = values[j] ?? 0;
      const solution = solvePair(rows, vi, vj);
      if (solution.kind === "none") continue;
      const [a, b] = i < j ? [i, j] : [j, i];
      const pairValues =
        solution.kind === "one"
          ? a === i
            ? [vi + solution.x, vj + solution.y]
            : [vj + solution.y, vi + solution.x]
          : null;
      corrections.push({ cells: [a, b], values: pairValues });
    }
  }
  return corrections.sort(
    (p, q) => (p.cells[0] ?? 0) - (q.cells[0] ?? 0) || (p.cells[1] ?? 0) - (q.cells[1] ?? 0),
  );
}
