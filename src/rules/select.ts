import type { Rule } from "./types.js";

/** Which rules to run: ids or id prefixes ("cross-year." or "cross-year" both take the whole family). */
export interface RuleSelection {
  include?: readonly string[];
  exclude?: readonly string[];
}

function matches(id: string, entry: string): boolean {
  if (id === entry) return true;
  return id.startsWith(entry.endsWith(".") ? entry : `${entry}.`);
}

/** The rules of a catalogue that a selection keeps, in catalogue order. */
export function selectRules(catalogue: readonly Rule[], selection: RuleSelection = {}): readonly Rule[] {
  const { include, exclude } = selection;
  if (!include && !exclude) return catalogue;
  return catalogue.filter(
    (rule) =>
      (!include || include.some((e) => matches(rule.id, e))) && !exclude?.some((e) => matches(rule.id, e)),
  );
}
