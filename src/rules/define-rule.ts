import type { Rule } from "./types.js";

/**
 * Declares a rule. The generic ties each `emit({ messageId })` to a key of `messages`, so a missing
 * template or a missing translation fails `tsc`.
 */
export function defineRule<const M extends string>(rule: Rule<M>): Rule<M> {
  return Object.freeze(rule);
}
