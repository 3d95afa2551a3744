import type { Label, TableId } from "../model/label.js";
import { localise, renderTemplate } from "../rules/format.js";
import type { Locale, Severity } from "../rules/types.js";

/** The CLI's own words. zh-CN is the source; the type makes a missing translation fail `tsc`. */
export const CLI_MESSAGES = {
  reportTitle: {
    zh: "{organ} {year} 年度报告（{edition} 年版格式）",
    en: "{organ}, {year} ({edition} format)",
  },
  valid: { zh: "通过", en: "valid" },
  counts: {
    zh: "{error} 个错误，{warning} 个警告，{info} 个提示",
    en: "errors: {error}, warnings: {warning}, notes: {info}",
  },
  failed: { zh: "无法检查", en: "could not check" },
  cell: { zh: "行「{row}」列「{column}」", en: "row “{row}”, column “{column}”" },
  summary: {
    zh: "共 {files} 份报告：通过 {valid}，有错误 {invalid}，无法读取 {failed}；错误 {error}，警告 {warning}，提示 {info}",
    en: "{files} reports: {valid} valid, {invalid} with errors, {failed} unreadable; errors: {error}, warnings: {warning}, notes: {info}",
  },
  byRule: { zh: "按规则：", en: "By rule: " },
  mdSeverity: { zh: "严重程度", en: "Severity" },
  mdCell: { zh: "单元格", en: "Cell" },
  mdRule: { zh: "规则", en: "Rule" },
  mdMessage: { zh: "说明", en: "Message" },
  mdSummary: { zh: "汇总", en: "Summary" },
  progress: { zh: "已检查 {done}/{total}", en: "checked {done}/{total}" },
  progressOpen: { zh: "已检查 {done}", en: "checked {done}" },
  errorPrefix: { zh: "zfxxgk：", en: "zfxxgk: " },
  helpHint: { zh: "用 --help 查看用法", en: "see --help" },
} as const satisfies Record<string, Label>;

export const SEVERITY_LABELS: Record<Severity, Label> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

export const TABLE_LABELS: Record<TableId | "other", Label> = {
  meta: { zh: "报告信息", en: "Report details" },
  二: { zh: "二、主动公开政府信息情况", en: "II. Information disclosed proactively" },
  三: { zh: "三、收到和处理政府信息公开申请情况", en: "III. Requests received and handled" },
  四: { zh: "四、政府信息公开行政复议、行政诉讼情况", en: "IV. Administrative review and litigation" },
  sections: { zh: "正文章节", en: "Narrative sections" },
  other: { zh: "其他", en: "Other" },
};

/** Renders one of the CLI's messages. */
export function say(label: Label, locale: Locale, data: Record<string, unknown> = {}): string {
  return renderTemplate(localise(label, locale), data, locale);
}
