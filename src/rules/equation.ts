import type { Label } from "../model/label.js";
import type { Path, Term } from "./types.js";

/**
 * A term of an equation as data; `implied` marks a blank total replaced by the sum of its parts.
 *
 * @category Rules
 */
export interface EquationTerm extends Term {
  implied?: true;
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

export function term(path: Path, label: Label, value: number | null, implied?: number): EquationTerm {
  return implied === undefined || value !== null
    ? { path, label, value }
    : { path, label, value: implied, implied: true };
}

const add = (terms: EquationTerm[]) =>
  terms.reduce((s, t) => s + (typeof t.value === "number" ? t.value : 0), 0);

/** The equation `left = right`, or `undefined` when it holds. Blank terms count as 0. */
export function broken(left: EquationTerm[], right: EquationTerm[]): Equation | undefined {
  const leftSum = add(left);
  const rightSum = add(right);
  if (leftSum === rightSum) return undefined;
  return { left, right, leftSum, rightSum, difference: leftSum - rightSum };
}

/** Every cell of an equation, left to right. */
export function cellsOf(equation: Equation): Path[] {
  return [...equation.left, ...equation.right].map((t) => t.path);
}
