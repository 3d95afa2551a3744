import type { Rule } from "./types.js";

/**
 * Declares a rule (metadata plus a pure check). A custom rule runs beside the built-in ones when it
 * is listed in a configuration's `customRules`; its findings, messages and `zfxxgk rules` line are
 * like any other. The generic ties each `emit({ messageId })` to a key of `messages`, so a missing
 * template or a missing translation fails `tsc`; the id is kept as a literal type for `rules` keys.
 *
 * @param rule - Id, title, severity, editions, basis, the parts it reads, messages and the check.
 * @returns The same rule, frozen.
 * @category Rules
 * @example
 * import { defineRule, validateReport } from "zfxxgk";
 * const organNamed = defineRule({
 *   id: "local.organ-named",
 *   title: { zh: "报告写明机关全称", en: "Organ is named in full" },
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
 * const result = validateReport({}, { customRules: [organNamed], rules: { "local.organ-named": "error" } });
 */
export function defineRule<const M extends string, const I extends string>(rule: Rule<M, I>): Rule<M, I> {
  return Object.freeze(rule);
}
