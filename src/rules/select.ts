import type { Rule } from "./types.js";

/**
 * Which rules to run: ids or id prefixes ("cross-year." or "cross-year" both take the whole family).
 *
 * @category Rules
 */
export interface RuleSelection {
  include?: readonly string[];
  exclude?: readonly string[];
}

function matches(id: string, entry: string): boolean {
  if (id === entry) return true;
  return id.startsWith(entry.endsWith(".") ? entry : `${entry}.`);
}

/**
 * Whether a selection keeps the rule with this id.
 *
 * @category Rules
 */
export function isSelected(id: string, selection: RuleSelection = {}): boolean {
  const { include, exclude } = selection;
  return (!include || include.some((e) => matches(id, e))) && !exclude?.some((e) => matches(id, e));
}

/**
 * The rules of a catalogue that a selection keeps, in catalogue order.
 *
 * @category Rules
 */
export function selectRules(catalogue: readonly Rule[], selection: RuleSelection = {}): readonly Rule[] {
  if (!selection.include && !selection.exclude) return catalogue;
  return catalogue.filter((rule) => isSelected(rule.id, selection));
}
