import type { Label } from "../model/label.js";

/** The words of a rendered diff; zh-CN is the source, en must match it key for key. */
export const DIFF_WORDS = {
  title: { zh: "{organ}：{to}年与{from}年报告对比", en: "{organ}: {to} compared with {from}" },
  titleTwoOrgans: {
    zh: "{organ}（上年报告为{previousOrgan}）：{to}年与{from}年报告对比",
    en: "{organ} (last year's report is {previousOrgan}'s): {to} compared with {from}",
  },
  alert: { zh: "请先核对：{message}", en: "Check first: {message}" },
  reversed: {
    zh: "年度顺序颠倒：前一份是 {previousYear} 年的报告，后一份是 {year} 年的；应先给上一年度的报告",
    en: "Years in the wrong order: the first report is for {previousYear}, the second for {year}; give last year's report first",
  },
  editions: {
    zh: "表格格式：{from}年版 → {to}年版（格式变更，表二部分指标不可比）",
    en: "Format: {from} edition → {to} edition (format change: some table 2 figures are not comparable)",
  },
  figure: { zh: "项目", en: "Figure" },
  delta: { zh: "增减", en: "Change" },
  percent: { zh: "增减率", en: "Change %" },
  note: { zh: "说明", en: "Note" },
  notComparable: { zh: "不可比", en: "n/c" },
  findings: { zh: "跨年度检查", en: "Cross-year checks" },
  noFindings: { zh: "未发现问题。", en: "No findings." },
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
  unchanged: { zh: "另有 {count} 项无变化，未列出。", en: "{count} unchanged figures not shown." },
} as const satisfies Record<string, Label>;
