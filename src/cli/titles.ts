import type { Label } from "../model/label.js";
import { rules } from "../rules/catalogue.js";
import type { Locale } from "../rules/types.js";

/** Titles of the findings that come from no catalogue rule. */
export const OTHER_TITLES = {
  schema: { zh: "格式检查", en: "Shape of the report" },
  localise: { zh: "错误定位", en: "Which cell is wrong" },
  import: { zh: "表格读取", en: "Reading the tables" },
} as const satisfies Record<string, Label>;

const TITLES = new Map<string, Label>(rules.map((r) => [r.id, r.title]));

/**
 * What a person reads for a finding's rule: the catalogue title (表三 结转平衡 …), the title of the
 * schema, localisation or importer, else the id itself (a rule this build does not know).
 */
export function ruleTitle(ruleId: string, locale: Locale): string {
  const label =
    TITLES.get(ruleId) ??
    (ruleId === "schema" || ruleId === "localise" ? OTHER_TITLES[ruleId] : undefined) ??
    (ruleId.startsWith("import.") ? OTHER_TITLES.import : undefined);
  if (!label) return ruleId;
  return locale === "en" ? label.en : label.zh;
}

/**
 * Findings per rule as a person reads them: counted by title, most first. The importer's many ids
 * share one title (表格读取), so they are one count, not a row of the same word.
 */
export function countsByTitle(byRule: Readonly<Record<string, number>>, locale: Locale): [string, number][] {
  const counts = new Map<string, number>();
  for (const [id, n] of Object.entries(byRule)) {
    const title = ruleTitle(id, locale);
    counts.set(title, (counts.get(title) ?? 0) + n);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
