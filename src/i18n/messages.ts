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
  customRuleCrashed: {
    zh: "自定义规则 {rule} 运行出错，其结果不完整：{detail}",
    en: "Custom rule {rule} failed, so its findings are incomplete: {detail}",
  },
  ruleBadEmit: {
    zh: "规则 {rule} 报告的问题无效（消息编号、单元格路径或数据不符），该条结果未采用：{detail}",
    en: "Rule {rule} called emit with a bad finding, which was dropped: {detail}",
  },
  ruleAsync: {
    zh: "规则 {rule} 的检查是异步的；检查须同步完成，其后来报告的问题未采用",
    en: "Rule {rule} returned a promise from check; a check must be synchronous, and its later findings were dropped",
  },
  unreadable: {
    zh: "无法读取输入：读取其中的数据时出错",
    en: "The input could not be read: {detail}",
  },
  readingMayCause: {
    zh: "{message}（读取存疑：{cells|list}的读取不确定，可能是读取造成的，在读取确定之前不算报告的错误；请核对原文{where|list}）",
    en: "{message} (uncertain reading: the reading of {cells|list} is not sure and may be the cause; not an error of the report until the reading is sure; check the source at {where|list})",
  },
  readingPlaceUnknown: { zh: "相应位置", en: "the place concerned" },
  ocrMisread: {
    zh: "文字识别可能把 {suggested} 误读为 {read}：{field}（{where}）按此修正后勾稽关系成立；请与原件核对，在读取确定之前不算报告的错误",
    en: "OCR may have misread {suggested} as {read}: {field} ({where}) so corrected makes the equations hold; check it against the original (not an error of the report until the reading is sure)",
  },
  ocrBlank: {
    zh: "文字识别在扫描件的这个单元格中没有读出数字：{field}（{where}）；勾稽关系不成立，可能是漏读了原件上的数字，请与原件核对，在读取确定之前不算报告的错误",
    en: "OCR read no figure in this cell of a scanned page: {field} ({where}); the equations do not hold, and a figure on the original may have been missed: check it against the original (not an error of the report until the reading is sure)",
  },
  root: { zh: "报告", en: "report" },
  moreOfKind: {
    zh: "（另有 {more} 条同类问题未列出）",
    en: " (and {more} more like it, not listed)",
  },
} as const satisfies Record<string, Label>;
