import type { Label } from "../../src/model/label.js";

/** The app's own words; the review page brings its own. */
export const APP_MESSAGES = {
  title: { zh: "政府信息公开工作年度报告 · 在线审阅", en: "Annual disclosure report checker" },
  privacy: {
    zh: "文件只在本机浏览器中读取和检查，不会上传到任何地方：本页加载后不再发出任何网络请求，断网也能使用（读取扫描件时，只从本页所在的服务器加载文字识别组件）。",
    en: "Your file is read and checked in this browser only and never leaves your computer: after loading, this page makes no network request and works offline (to read a scan it loads the OCR engine from this page's own server, nowhere else).",
  },
  current: { zh: "本年度报告", en: "This year's report" },
  previous: { zh: "上年度报告（可选）", en: "Last year's report (optional)" },
  formats: {
    zh: "PDF、Word（.docx）、网页（HTML）、JSON、文本文件或扫描图片",
    en: "PDF, Word (.docx), web page (HTML), JSON, text or a scanned image",
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
  ocrTitle: {
    zh: "正在用文字识别（OCR）读取扫描件 {name}：第 {index} 页，共 {total} 页（PDF 第 {page} 页）",
    en: "Reading the scan {name} by OCR: page {index} of {total} (page {page} of the PDF)",
  },
  ocrPage: { zh: "本页进度", en: "This page" },
  ocrAll: { zh: "全部进度", en: "All pages" },
  ocrLoading: {
    zh: "正在加载文字识别引擎和中文字库（约 24 MB，从本页所在的服务器加载）…",
    en: "Loading the OCR engine and the Chinese model (about 24 MB, from this page's server)…",
  },
  ocrPreparing: { zh: "正在处理页面图像…", en: "Preparing the page image…" },
  ocrRecognising: { zh: "正在识别文字… 每页需要几秒钟", en: "Recognising the text… a few seconds a page" },
  ocrFileUrl: {
    zh: "这是扫描件（页面是图片，没有文字层），要用文字识别（OCR）读取；但本页是从本地文件（file://）直接打开的，浏览器不允许这样的页面启动识别引擎。请通过网页服务器打开本应用：在 zfxxgk 项目目录运行 npm run app，再在浏览器中打开 http://127.0.0.1:8080/ ；或把 app/dist 整个文件夹（index.html 和 ocr 文件夹）放到任何静态网站服务器上。文字层完整的 PDF、Word、网页等文件从本地打开也能读取。",
    en: "it is a scan (its pages are images without text) and is read by OCR, but this page was opened from a local file (file://), where the browser does not let it start the OCR engine. Open the app from a web server: run npm run app in the zfxxgk folder and open http://127.0.0.1:8080/, or put the whole app/dist folder (index.html and the ocr folder) on any static host. PDFs with text, Word files and web pages are read from a local file too.",
  },
  ocrFolderMissing: {
    zh: "这是扫描件，要用文字识别（OCR）读取，但服务器上本页旁边没有 {folder} 文件夹（文字识别引擎和中文字库）。请运行 npm run app:build 重新构建，并把 app/dist 下的 index.html 和 {folder} 文件夹一起部署。",
    en: "it is a scan and is read by OCR, but the server has no {folder} folder beside this page (the OCR engine and the Chinese model). Build the app again (npm run app:build) and deploy app/dist's index.html together with the {folder} folder.",
  },
  ocrFilesMissing: {
    zh: "这是扫描件，要用文字识别（OCR）读取，但 {folder} 文件夹缺少：{files}。请运行 npm run app:build 重新构建，并把整个 {folder} 文件夹一起部署。",
    en: "it is a scan and is read by OCR, but the {folder} folder lacks: {files}. Build the app again (npm run app:build) and deploy the whole {folder} folder.",
  },
  ocrFailed: {
    zh: "这是扫描件，但文字识别引擎未能启动：{detail}",
    en: "it is a scan, but the OCR engine did not start: {detail}",
  },
  hint: {
    zh: "提示：用 Tab 键在标出的单元格间移动，可看到每个问题的说明和建议值。",
    en: "Tip: Tab moves between the marked cells and shows each problem and the suggested value.",
  },
} as const satisfies Record<string, Label>;

export type AppMessage = keyof typeof APP_MESSAGES;
