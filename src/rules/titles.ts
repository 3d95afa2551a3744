import type { Label } from "../model/label.js";
import { rules } from "./catalogue.js";
import type { Locale } from "./types.js";

/** Titles of the findings that come from no catalogue rule. */
export const OTHER_TITLES = {
  schema: { zh: "格式检查", en: "Shape of the report" },
  localise: { zh: "错误定位", en: "Which cell is wrong" },
  import: { zh: "表格读取", en: "Reading the tables" },
  config: { zh: "配置", en: "Configuration" },
  internal: { zh: "内部错误", en: "Internal error" },
  region: { zh: "区域汇总", en: "Region run" },
} as const satisfies Record<string, Label>;

const TITLES = new Map<string, Label>(rules.map((r) => [r.id, r.title]));

/**
 * What a person reads for a finding's rule: the catalogue title (表三 结转平衡 …), the title of the
 * schema, localisation or importer, else the id itself (a rule this build does not know).
 */
export function ruleTitle(ruleId: string, locale: Locale): string {
  const label = titleOf(ruleId);
  if (!label) return ruleId;
  return locale === "en" ? label.en : label.zh;
}

/** The title of a finding's rule in both locales, or undefined for a rule this build does not know. */
export function titleOf(ruleId: string): Label | undefined {
  const family = ruleId.slice(0, ruleId.indexOf("."));
  return (
    TITLES.get(ruleId) ??
    (Object.hasOwn(OTHER_TITLES, ruleId) ? OTHER_TITLES[ruleId as keyof typeof OTHER_TITLES] : undefined) ??
    (family === "import" || family === "region" ? OTHER_TITLES[family] : undefined)
  );
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
