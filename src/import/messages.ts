import type { Label } from "../model/label.js";
import type { Severity } from "../rules/types.js";

/**
 * Every finding an importer can report: its id, severity and message templates (zh-CN is the source).
 *
 * @category Import
 * @example
 * import { IMPORT_MESSAGES } from "zfxxgk";
 * Object.keys(IMPORT_MESSAGES); // ["import.ambiguous-column", …]
 */
export const IMPORT_MESSAGES = {
  "import.ambiguous-column": {
    severity: "warning",
    zh: "扁平文本丢失了列位置：数值 {values|list} 可能属于以下任一列：{columns|list}；暂按“{chosen}”读取",
    en: "The flattened text lost column positions: value(s) {values|list} may belong to any of {columns|list}; read as “{chosen}” for now",
  },
  "import.presumed-natural-person": {
    severity: "info",
    zh: "扁平文本中表三每行第一组数值按“自然人”列读取（无法由勾稽关系确定）",
    en: "In the flattened text the first value track of table 三 is read as “natural persons” (the arithmetic cannot decide it)",
  },
  "import.columns-from-layout": {
    severity: "info",
    zh: "{field}的列位置无法由数值顺序或勾稽关系确定，已按数值在版式文本中对齐的表头列读取",
    en: "{field}: the columns the order or the arithmetic left open were read from the column headers the values stand under in the layout text",
  },
  "import.rows-by-order": {
    severity: "info",
    zh: "表三有 {count} 行数字与栏目名称分开（文档转换所致），已按表格栏目顺序依次对应：{rows|list}，请核对",
    en: "Table 三 had {count} row(s) of figures apart from their labels (left so by a conversion); they were read in the table's row order as {rows|list}: please check",
  },
  "import.ambiguous-split": {
    severity: "warning",
    zh: "{row}的数字连在一起（“{digits}”），符合本行总计和表内勾稽关系的拆分有 {count} 种，无法确定的单元格按空白填入：{candidates|list}",
    en: "The figures of {row} ran together (“{digits}”); {count} split(s) fit the row's totals and the table's identities, so the cells they disagree on are left blank: {candidates|list}",
  },
  "import.split-budget": {
    severity: "warning",
    zh: "{row}的数字连在一起（“{digits}”），可能的拆分过多（已列出 {limit} 种后停止），本行按空白填入",
    en: "The figures of {row} ran together (“{digits}”) and can be split too many ways (stopped after listing {limit}); the row is left blank",
  },
  "import.split-search-budget": {
    severity: "warning",
    zh: "{table}连在一起的数字组合过多（超过 {limit} 种），未能用表内勾稽关系逐一核对，各行只按本行总计拆分",
    en: "{table}: too many combinations of run-together figures to check against the table's identities (over {limit}); each row was split by its own total only",
  },
  "import.columns-unresolved": {
    severity: "warning",
    zh: "表三的列位置无法由勾稽关系确定，已按从左到右读取：{row}",
    en: "Table 三 column positions could not be recovered from the arithmetic; read left to right: {row}",
  },
  "import.placeholder": {
    severity: "info",
    zh: "{field}填写为“{raw}”，按空白读取",
    en: "{field} reads “{raw}”; taken as blank",
  },
  "import.unit-converted": {
    severity: "info",
    zh: "{field}“{raw}”以元为单位，已换算为 {value} 万元",
    en: "{field} “{raw}” is in yuan; converted to {value} (10,000 yuan)",
  },
  "import.cell-remark": {
    severity: "info",
    zh: "{field}“{raw}”读作 {value}；附注“{remark}”不属于表格数值，保存在未导入内容中",
    en: "{field} “{raw}” is read as {value}; the remark “{remark}” is not a figure of the table and is kept with the unmapped text",
  },
  "import.unit-assumed": {
    severity: "info",
    zh: "{field}“{raw}”未注明单位，按万元读取",
    en: "{field} “{raw}” gives no unit; read as 10,000 yuan",
  },
  "import.unparsed-value": {
    severity: "error",
    zh: "{field}的值“{raw}”无法识别，未导入",
    en: "{field}: the value “{raw}” could not be read and was not imported",
  },
  "import.conflicting-value": {
    severity: "error",
    zh: "{field}出现两个不同的值“{first}”和“{second}”，保留前者",
    en: "{field} was given twice, “{first}” and “{second}”; the first is kept",
  },
  "import.missing-row": {
    severity: "warning",
    zh: "未找到{field}，按空白填入",
    en: "{field} was not found; filled in as blank",
  },
  "import.unknown-row": {
    severity: "warning",
    zh: "表格中有一行无法对应到任何栏目，未导入：{text}",
    en: "A table row matches no row of the format and was not imported: {text}",
  },
  "import.extra-values": {
    severity: "error",
    zh: "{field}一行的数值多于列数：{values|list}",
    en: "The row {field} has more values than columns: {values|list}",
  },
  "import.edition-guessed": {
    severity: "warning",
    zh: "表二的表头无法判断格式版本，按{reason}取 {edition} 版",
    en: "Table 二's headers do not tell the format edition; took {edition} from {reason}",
  },
  "import.edition-mixed": {
    severity: "warning",
    zh: "表二的表头同时出现 2019 版和 2021 版的特征，按多数取 {edition} 版",
    en: "Table 二's headers mix the 2019 and 2021 editions; took {edition} by majority",
  },
  "import.outdated-layout": {
    severity: "warning",
    zh: "{year} 年度报告使用了 2019 版（试行）格式，应使用 2021 版格式（国办公开办函〔2021〕30号）",
    en: "The {year} report uses the 2019 (trial) format; reports for 2021 on use the 2021 format",
  },
  "import.organ-inferred": {
    severity: "info",
    zh: "报告主体取自{source}：{organ}",
    en: "The reporting organ was taken from {source}: {organ}",
  },
  "import.organ-kind-inferred": {
    severity: "info",
    zh: "机关名称以“人民政府”结尾，机关类型按“人民政府”读取",
    en: "The organ's name ends in 人民政府, so its kind is read as government",
  },
  "import.meta-missing": {
    severity: "error",
    zh: "未能从文件中读出{field}：统计表已读取，勾稽关系照常检查；请用命令行参数 --{option}（或 options.{option}）补上",
    en: "Could not read {field} from the file: the tables were read and their rules still run; supply it with --{option} (or options.{option})",
  },
  "import.meta-from-filename": {
    severity: "info",
    zh: "文件中未写明{field}，按文件名“{file}”取为 {value}，请核对",
    en: "The file does not state {field}; took {value} from the file name “{file}”: please check",
  },
  "import.no-tables": {
    severity: "error",
    zh: "未找到年度报告的统计表{read}",
    en: "No table of an annual report was found{read}",
  },
  "import.no-text-layer": {
    severity: "error",
    zh: "PDF 共 {pages} 页，没有文字层（扫描件或图片），表格未能读取：{advice}",
    en: "The PDF's {pages} page(s) carry no text layer (a scan or images), so the tables were not read: {advice}",
  },
  "import.ocr-unavailable": {
    severity: "warning",
    zh: "PDF 中有扫描页（没有文字层），未能读取：{advice}",
    en: "Some pages of the PDF are scans (no text layer) and were not read: {advice}",
  },
  "import.image-unread": {
    severity: "error",
    zh: "图片（共 {pages} 页）中的表格未能读取：{advice}",
    en: "The tables in the image ({pages} page(s)) were not read: {advice}",
  },
  "import.image-dpi-assumed": {
    severity: "info",
    zh: "图片{why}，第 {pages|list} 页按每英寸 {dpi} 像素的分辨率读取",
    en: "The image {why}: page(s) {pages|list} read at {dpi} dpi",
  },
  "import.ocr-read": {
    severity: "info",
    zh: "第 {pages|list} 页是扫描件，已用文字识别（OCR）读取，识别结果请与原件核对",
    en: "Page(s) {pages|list} are scans, read by OCR: check the reading against the original",
  },
  "import.ocr-low-confidence": {
    severity: "warning",
    zh: "文字识别对{field}的“{raw}”把握不足（置信度 {confidence}，{where}），请与原件核对",
    en: "OCR is unsure of {field}, read as “{raw}” (confidence {confidence}, {where}): check it against the original",
  },
  "import.unreadable-pdf": {
    severity: "error",
    zh: "无法读取该 PDF：{reason}",
    en: "The PDF cannot be read: {reason}",
  },
  "import.too-complex": {
    severity: "error",
    zh: "文件过于复杂，超出读取上限（{limit}：{max}），未读取；其他文件照常检查。年度报告不会达到此上限，请检查文件是否损坏或被篡改",
    en: "The file is too complex to read: it goes over the limit on {limit} ({max}), so it was not read; other files are checked as usual. No annual report comes near this limit: check that the file is not damaged or crafted",
  },
  "import.unreadable-docx": {
    severity: "error",
    zh: "无法作为 Word（.docx）文件读取：{detail}",
    en: "Could not be read as a Word (.docx) file: {detail}",
  },
  "import.unsupported-format": {
    severity: "error",
    zh: "不支持读取{name}：{advice}",
    en: "Cannot read {name}: {advice}",
  },
  "import.unreadable-file": {
    severity: "error",
    zh: "无法读取{name}：{detail}",
    en: "Could not read {name}: {detail}",
  },
  "import.empty-file": {
    severity: "error",
    zh: "文件为空",
    en: "The file is empty",
  },
  "import.invalid-json": {
    severity: "error",
    zh: "{problem}",
    en: "{problem}",
  },
  "import.schema": {
    severity: "error",
    zh: "导入结果不符合格式：{detail}",
    en: "The imported report does not fit the format: {detail}",
  },
} as const satisfies Record<string, Label & { severity: Severity }>;

/** The id of an importer finding. */
export type ImportMessageId = keyof typeof IMPORT_MESSAGES;
