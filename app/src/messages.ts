import type { Label } from "../../src/model/label.js";

/** The app's own words; the review page brings its own. */
export const APP_MESSAGES = {
  title: { zh: "政府信息公开工作年度报告 · 在线审阅", en: "Annual disclosure report checker" },
  privacy: {
    zh: "文件只在本机浏览器中读取和检查，不会上传到任何地方：本页加载后不再发出任何网络请求，断网也能使用。",
    en: "Your file is read and checked in this browser only and never leaves your computer: after loading, this page makes no network request and works offline.",
  },
  current: { zh: "本年度报告", en: "This year's report" },
  previous: { zh: "上年度报告（可选）", en: "Last year's report (optional)" },
  formats: {
    zh: "PDF、Word（.docx）、网页（HTML）、JSON 或文本文件",
    en: "PDF, Word (.docx), web page (HTML), JSON or text",
  },
  drop: { zh: "把文件拖到这里，或点击选择", en: "Drop a file here, or click to choose" },
  clearPrevious: { zh: "不用上年报告", en: "Remove last year's report" },
  reading: { zh: "正在读取 {name} …", en: "Reading {name} …" },
  print: { zh: "打印 / 另存为 PDF", en: "Print / save as PDF" },
  save: { zh: "保存审阅网页", en: "Save the review page" },
  language: { zh: "English", en: "中文" },
  languageLabel: { zh: "Switch to English", en: "切换到中文" },
  unreadable: { zh: "无法读取 {name}：{reason}", en: "Cannot read {name}: {reason}" },
  previousUnreadable: {
    zh: "上年报告 {name} 无法使用：{reason}",
    en: "Last year's report {name} cannot be used: {reason}",
  },
  empty: { zh: "文件是空的", en: "the file is empty" },
  noTables: {
    zh: "没有在文件中找到报告的统计表{detail}",
    en: "no report tables were found in the file{detail}",
  },
  reader: { zh: "读取失败：{detail}", en: "the reader failed: {detail}" },
  importer: { zh: "{detail}", en: "{detail}" },
  metaTitle: {
    zh: "文件中未读出报告主体或年度：请补上，补上后立即重新检查",
    en: "The file does not state the organ or the year: type them in and the report is checked again at once",
  },
  metaOrgan: { zh: "报告主体（机关名称）", en: "Reporting organ" },
  metaYear: { zh: "报告年度", en: "Year" },
  metaApply: { zh: "重新检查", en: "Check again" },
  hint: {
    zh: "提示：用 Tab 键在标出的单元格间移动，可看到每个问题的说明和建议值。",
    en: "Tip: Tab moves between the marked cells and shows each problem and the suggested value.",
  },
} as const satisfies Record<string, Label>;

export type AppMessage = keyof typeof APP_MESSAGES;
