import type { Label } from "../model/label.js";

/** Messages of the library's own that belong to no rule. zh-CN is the source; en must match it key for key. */
export const MESSAGES = {
  shape: { zh: "{field}：{detail}", en: "{field}: {detail}" },
  previousUnusable: {
    zh: "上年报告格式有误，跨年度规则未运行：{detail}",
    en: "Last year's report is malformed; the cross-year rules did not run: {detail}",
  },
  ruleCrashed: {
    zh: "规则 {rule} 运行出错（这是 zfxxgk 的缺陷，请报告）：{detail}",
    en: "Rule {rule} failed (a bug in zfxxgk, please report it): {detail}",
  },
  unreadable: {
    zh: "无法读取输入：读取其中的数据时出错",
    en: "The input could not be read: {detail}",
  },
  root: { zh: "报告", en: "report" },
  moreOfKind: {
    zh: "（另有 {more} 条同类问题未列出）",
    en: " (and {more} more like it, not listed)",
  },
} as const satisfies Record<string, Label>;
