import type { Rule } from "./types.js";

/**
 * Declares a rule (metadata plus a pure check); see the built-in rules in the catalogue.
 *
 * @category Rules
 * @example
 * const rule = defineRule({ id: "x.y", title, severity: "warning", editions: ["2021"], needsPrevious: false,
 *   basis, uses: ["requests"], messages: { m: { zh: "…", en: "…" } }, check({ report, emit }) {} });
 *
 * Also: The generic ties each `emit({ messageId })` to a key of `messages`, so a missing
 * template or a missing translation fails `tsc`.
 *
 * @example
 * import { defineRule } from "zfxxgk";
 * const organNamed = defineRule({
 *   id: "local.organ-named",
 *   title: { zh: "报告写明机关名称", en: "Organ is named" },
 *   severity: "warning",
 *   editions: ["2019", "2021"],
 *   needsPrevious: false,
 *   basis: { zh: "本地要求", en: "local requirement" },
 *   uses: ["meta"],
 *   messages: { short: { zh: "机关名称过短：{organ}", en: "Organ name too short: {organ}" } },
 *   check({ report, emit }) {
 *     if (report.organ.length < 3) {
 *       emit({ messageId: "short", path: ["organ"], cells: [["organ"]], data: { organ: report.organ } });
 *     }
 *   },
 * });
 * @category Rules
 */
export function defineRule<const M extends string, const I extends string>(rule: Rule<M, I>): Rule<M, I> {
  return Object.freeze(rule);
}
