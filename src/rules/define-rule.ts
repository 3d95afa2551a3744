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
 */
export function defineRule<const M extends string>(rule: Rule<M>): Rule<M> {
  return Object.freeze(rule);
}
