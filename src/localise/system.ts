import type { Label } from "../model/label.js";
import { pathKey } from "../model/path.js";
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
export function sumForms(forms: LinearForm[]): LinearForm {
  const terms = new Map<number, number>();
  let constant = 0;
  for (const form of forms) {
    for (const [cell, coefficient] of form.terms) {
      const sum = (terms.get(cell) ?? 0) + coefficient;
      if (sum === 0) terms.delete(cell);
      else terms.set(cell, sum);
    }
    constant += form.constant;
  }
  return { terms, constant };
}

/** Collects candidate cells (once each) and equations. */
export class SystemBuilder {
  readonly cells: Cell[] = [];
  readonly equations: LinearEquation[] = [];
  readonly #index = new Map<string, number>();

  /** The form of a candidate cell: the cell itself, coefficient 1. */
  cell(path: Path, reported: number | null, label: Label, at: GridPosition): LinearForm {
    const key = pathKey(path);
    let index = this.#index.get(key);
    if (index === undefined) {
      index = this.cells.length;
      this.cells.push({ path, reported, label, at });
      this.#index.set(key, index);
    }
    return { terms: new Map([[index, 1]]), constant: 0 };
  }

  /** Adds `left = right`; an equation no cell takes part in says nothing and is left out. */
  equal(ruleId: string, path: Path, left: LinearForm[], right: LinearForm[]): void {
    const form = addForms(sumForms(left), sumForms(right), -1);
    if (form.terms.size === 0 && form.constant === 0) return;
    this.equations.push({ ruleId, path, form });
  }

  build(): EquationSystem {
    return { cells: this.cells, equations: this.equations };
  }
}
