import type { Label } from "../model/label.js";

/**
 * The words of shape findings, as a clerk reads them: what the cell should hold and what it holds.
 * No type names, no English in zh-CN. zh-CN is the source; en must match it key for key.
 */
export const SCHEMA_MESSAGES = {
  /** What a cell should hold and what it holds; the finding puts the cell's label before it. */
  wrongValue: { zh: "{expected}，现为{actual}", en: "{expected}; found {actual}" },
  missing: { zh: "缺少「{field}」", en: "Missing: {field}" },
  missingParts: {
    zh: "「{field}」缺少 {count} 项：{items|list}",
    en: "{field}: {count} items missing: {items|list}",
  },
  unknownKeys: { zh: "有格式以外的项 {keys|list}", en: "items the format does not have: {keys|list}" },
  tooManyKeys: {
    zh: "有格式以外的项 {keys|list} 等共 {count} 个",
    en: "items the format does not have: {keys|list} and more ({count} in all)",
  },
  // What a cell should hold, by kind of cell.
  expectCount: { zh: "应填非负整数", en: "should be a whole number, 0 or more" },
  expectSigned: { zh: "应填整数（减少填负数）", en: "should be a whole number (negative for a decrease)" },
  expectAmount: {
    zh: "应填非负金额（单位万元，如 12.5）",
    en: "should be an amount in 10,000 yuan, 0 or more",
  },
  expectYear: { zh: "应填 2019 至 2100 之间的年份", en: "should be a year from 2019 to 2100" },
  expectEdition: { zh: "应为 2019 或 2021", en: "should be 2019 or 2021" },
  expectOrgan: { zh: "应填机关名称", en: "should name the organ" },
  expectOrganKind: {
    zh: "应为 government（人民政府）、department（政府部门）或 other（其他）",
    en: "should be government, department or other",
  },
  expectDate: { zh: "应填日期，写作 2024-01-31", en: "should be a date written 2024-01-31" },
  expectText: { zh: "应填文字", en: "should be text" },
  expectNumber: { zh: "应填数字", en: "should be a number" },
  expectList: { zh: "应为若干项的列表", en: "should be a list" },
  expectGroup: { zh: "应为一组数据（各行各列）", en: "should be a group of cells" },
  expectReport: { zh: "应为一份报告（一组数据）", en: "should be a report (a group of fields)" },
  expectOther: { zh: "不符合格式", en: "does not fit the format" },
  // What a cell holds.
  actualBlank: { zh: "空", en: "blank" },
  actualMissing: { zh: "未填", en: "missing" },
  actualText: { zh: "文字“{text}”", en: "the text “{text}”" },
  actualEmptyText: { zh: "空白文字", en: "empty text" },
  actualNumber: { zh: " {number}", en: "{number}" },
  actualNotANumber: { zh: "非数字", en: "not a number" },
  actualInfinite: { zh: "无穷大", en: "infinity" },
  actualBoolean: { zh: "真/假值", en: "true/false" },
  actualList: { zh: "列表", en: "a list" },
  actualGroup: { zh: "一组数据", en: "a group of fields" },
  actualUnknown: { zh: "无法识别的值", en: "a value of no known kind" },
} as const satisfies Record<string, Label>;

/** An id of {@link SCHEMA_MESSAGES}. */
export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;
