import type { Label } from "../../../src/model/label.js";

/** The form's own words. */
export const FORM_MESSAGES = {
  newReport: { zh: "新建报告", en: "New report" },
  edit: { zh: "在表格中编辑", en: "Edit in the form" },
  edition2021: { zh: "2021 年版格式（2021 年度起）", en: "2021 format (from 2021)" },
  edition2019: { zh: "2019 年版格式（2019–2020 年度）", en: "2019 format (2019–2020)" },
  formTitle: { zh: "填写年度报告", en: "Fill in the annual report" },
  organ: { zh: "报告主体（机关名称）", en: "Reporting organ" },
  year: { zh: "报告年度", en: "Year" },
  periodStart: { zh: "统计期限：自", en: "Period from" },
  periodEnd: { zh: "至", en: "to" },
  publishedOn: { zh: "发布日期", en: "Published on" },
  preamble: { zh: "引言", en: "Preamble" },
  overview: { zh: "一、总体情况", en: "I. Overview" },
  problems: { zh: "五、存在的主要问题及改进情况", en: "V. Main problems and improvements" },
  other: { zh: "六、其他需要报告的事项", en: "VI. Other matters to report" },
  clean: { zh: "✔ 所有检查均通过", en: "✔ Every check passes" },
  counts: {
    zh: "✖ 错误 {error} · ▲ 警告 {warning} · ℹ 提示 {info}",
    en: "✖ {error} errors · ▲ {warning} warnings · ℹ {info} notes",
  },
  keys: {
    zh: "方向键在单元格间移动，回车下移；空白与 0 不同：不填为空白。标出建议值的单元格按 = 键采用建议。草稿只保存在本机浏览器中。",
    en: "Arrow keys move between cells, Enter moves down; blank is not 0. On a cell with a suggested value, press = to accept it. The draft is kept in this browser only.",
  },
  accept: { zh: "按 = 采用", en: "press = to accept" },
  blank: { zh: "空", en: "blank" },
  exportJson: { zh: "下载 JSON", en: "Download JSON" },
  exportReview: { zh: "保存审阅网页", en: "Save the review page" },
  exportDocx: { zh: "导出 Word（官方模板）", en: "Export Word (office template)" },
  close: { zh: "关闭表格", en: "Close the form" },
  restored: { zh: "已恢复上次未完成的草稿。", en: "Your unfinished draft was restored." },
  notExportable: {
    zh: "报告还有格式问题（见上方），修正后才能导出 Word。",
    en: "The report still has shape problems (above); fix them to export Word.",
  },
  otherFindings: { zh: "表格以外的问题", en: "Problems outside the tables" },
  needOrganYear: { zh: "请先填写机关名称和年度。", en: "Enter the organ and the year first." },
} as const satisfies Record<string, Label>;

export type FormMessage = keyof typeof FORM_MESSAGES;
