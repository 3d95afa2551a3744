import type { Label } from "../model/label.js";
import type { Path } from "../rules/types.js";
import type { GridPosition } from "./slips.js";

/** A cell that may be changed: its place, its published value (blank reads as 0) and its label. */
export interface Cell {
  path: Path;
  reported: number | null;
  label: Label;
  at: GridPosition;
}

/** Σ coefficient · cell value + constant, over the candidate cells (by index). */
export interface LinearForm {
  terms: Map<number, number>;
  constant: number;
}

/** One equality of a rule, `form = 0`, with blank totals already replaced by the sum of their parts. */
export interface LinearEquation {
  ruleId: string;
  /** The cell the rule's finding names: tells the areas apart in messages. */
  path: Path;
  form: LinearForm;
}

/** The equality rules of a report as integer linear equations over its candidate cells. */
export interface EquationSystem {
  cells: Cell[];
  equations: LinearEquation[];
}

export const constantForm = (constant: number): LinearForm => ({ terms: new Map(), constant });

/** `a + sign · b`, as a new form. */
export function addForms(a: LinearForm, b: LinearForm, sign = 1): LinearForm {
  const terms = new Map(a.terms);
  for (const [cell, coefficient] of b.terms) {
    const sum = (terms.get(cell) ?? 0) + sign * coefficient;
    if (sum === 0) terms.delete(cell);
    else terms.set(cell, sum);
  }
  return { terms, constant: a.constant + sign * b.constant };
}

/** The sum of forms, as a new form. One map for the whole sum: copying it per addend was quadratic. */
export function sumForms(forms: readonly LinearForm[]): LinearForm {
  const terms = new Map<number, number>();
  const constant = addInto(terms, forms, 1);
  return { terms, constant };
}

function addInto(terms: Map<number, number>, forms: readonly LinearForm[], sign: number): number {
  let constant = 0;
  for (const form of forms) {
    for (const [cell, coefficient] of form.terms) {
      const sum = (terms.get(cell) ?? 0) + sign * coefficient;
      if (sum === 0) terms.delete(cell);
      else terms.set(cell, sum);
    }
    constant += sign * form.constant;
  }
  return constant;
}

/**
 * Collects candidate cells and equations. Each cell is asked for once: the table builders cache
 * a cell's form themselves (a path key per ask was most of the cost of building a system).
 */
export class SystemBuilder {
  constructor(
    readonly cells: Cell[] = [],
    readonly equations: LinearEquation[] = [],
  ) {}

  /** The form of a new candidate cell: the cell itself, coefficient 1. */
  cell(path: Path, reported: number | null, label: Label, at: GridPosition): LinearForm {
    const index = this.cells.length;
    this.cells.push({ path, reported, label, at });
    return { terms: new Map([[index, 1]]), constant: 0 };
  }

  /** Adds `left = right`; an equation no cell takes part in says nothing and is left out. */
  equal(ruleId: string, path: Path, left: readonly LinearForm[], right: readonly LinearForm[]): void {
    const terms = new Map<number, number>();
    const constant = addInto(terms, left, 1) + addInto(terms, right, -1);
    if (terms.size === 0 && constant === 0) return;
    this.equations.push({ ruleId, path, form: { terms, constant } });
  }

  build(): EquationSystem {
    return { cells: this.cells, equations: this.equations };
  }
}
