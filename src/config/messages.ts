import type { Label } from "../model/label.js";

/**
 * Messages of `"config"` findings (options, custom rules, waivers): templates with `{placeholders}`.
 *
 * @category Configuration
 * @example
 * import { CONFIG_MESSAGES } from "zfxxgk";
 * CONFIG_MESSAGES.unknownRule.en; // "No rule “{key}” in the configuration{hint}"
 */
export const CONFIG_MESSAGES = {
  unknownRule: {
    zh: "配置中的规则 “{key}” 不存在{hint}",
    en: "No rule “{key}” in the configuration{hint}",
  },
  unknownOption: {
    zh: "配置中没有选项 “{key}”{hint}",
    en: "No option “{key}” in the configuration{hint}",
  },
  badLevel: {
    zh: "规则 “{key}” 的级别 “{value}” 无效，可选：off、info、warning、error",
    en: "Invalid level “{value}” for rule “{key}”; expected off, info, warning or error",
  },
  badOption: {
    zh: "选项 {option} 无效：{expected}",
    en: "Invalid option {option}: {expected}",
  },
  badCustomRule: {
    zh: "自定义规则第 {index} 条无效：{problem}",
    en: "Custom rule {index} is invalid: {problem}",
  },
  duplicateRule: {
    zh: "自定义规则 “{id}” 与已有规则重名",
    en: "Custom rule “{id}” has the id of another rule",
  },
  badWaiver: {
    zh: "豁免第 {index} 条无效：{problem}",
    en: "Waiver {index} is invalid: {problem}",
  },
  waiverExpired: {
    zh: "豁免已于 {until} 到期，不再适用（{reason}）",
    en: "The waiver expired on {until} and no longer applies ({reason})",
  },
} as const satisfies Record<string, Label>;

/**
 * The id of a {@link CONFIG_MESSAGES} template.
 *
 * @category Configuration
 */
export type ConfigMessageId = keyof typeof CONFIG_MESSAGES;

/** Short phrases that fill `{expected}` and `{problem}`. */
export const CONFIG_WORDS = {
  object: { zh: "应为对象", en: "expected an object" },
  list: { zh: "应为数组", en: "expected an array" },
  ids: { zh: "应为规则编号的数组", en: "expected an array of rule ids" },
  locale: { zh: "应为 zh-CN 或 en", en: "expected zh-CN or en" },
  date: { zh: "应为 YYYY-MM-DD 格式的日期", en: "expected a date as YYYY-MM-DD" },
  unreadable: { zh: "读取时出错", en: "reading it failed" },
  ruleShape: {
    zh: "应由 defineRule 生成（须有 id、title、severity、editions、uses、messages 与 check）",
    en: "expected a rule made with defineRule (id, title, severity, editions, uses, messages and check)",
  },
  waiverShape: {
    zh: "须有 reason，并有 id 或 rule",
    en: "needs a reason, and an id or a rule",
  },
  closest: { zh: "，是否指：", en: "; did you mean " },
} as const satisfies Record<string, Label>;
