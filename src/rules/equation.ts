import type { Label } from "../model/label.js";
import type { Path, Term } from "./types.js";

/**
 * A term of an equation as data. `implied` marks a blank total read as the sum of its parts, and
 * `from` names those parts, so a finding names every cell its numbers come from.
 *
 * @category Rules
 */
export interface EquationTerm extends Term {
  implied?: true;
  from?: Path[];
}

/**
 * Both sides of a broken equation, as a finding's data carries them.
 *
 * @category Rules
 */
export interface Equation {
  left: EquationTerm[];
  right: EquationTerm[];
  leftSum: number;
  rightSum: number;
  /** leftSum − rightSum. */
  difference: number;
}

/**
 * A cell as a term; a blank total with an implied value carries that value and where it comes from.
 *
 * @category Rules
 */
export function term(
  path: Path,
  label: Label,
  value: number | null,
  implied?: { expected: number; from: Path[] },
): EquationTerm {
  if (implied === undefined || value !== null) return { path, label, value };
  return { path, label, value: implied.expected, implied: true, from: implied.from };
}

const add = (terms: EquationTerm[]) =>
  terms.reduce((s, t) => s + (typeof t.value === "number" ? t.value : 0), 0);

/**
 * The equation `left = right`, or `undefined` when it holds. Blank terms count as 0.
 *
 * @category Rules
 */
export function broken(left: EquationTerm[], right: EquationTerm[]): Equation | undefined {
  const leftSum = add(left);
  const rightSum = add(right);
  if (leftSum === rightSum) return undefined;
  return { left, right, leftSum, rightSum, difference: leftSum - rightSum };
}

/**
 * Every cell of an equation, left to right.
 *
 * @category Rules
 */
export function cellsOf(equation: Equation): Path[] {
  const cells: Path[] = [];
  for (const side of [equation.left, equation.right]) {
    for (const t of side) {
      cells.push(t.path);
      if (t.from) for (const p of t.from) cells.push(p);
    }
  }
  return cells;
}
