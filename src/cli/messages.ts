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
  validWith: { zh: "通过（{counts}）", en: "valid ({counts})" },
  counts: { zh: "{error}，{warning}，{info}", en: "{error}, {warning}, {info}" },
  // One and many: English counts need both, Chinese says the same for either.
  errorOne: { zh: "{n} 个错误", en: "{n} error" },
  errorMany: { zh: "{n} 个错误", en: "{n} errors" },
  warningOne: { zh: "{n} 个警告", en: "{n} warning" },
  warningMany: { zh: "{n} 个警告", en: "{n} warnings" },
  infoOne: { zh: "{n} 个提示", en: "{n} note" },
  infoMany: { zh: "{n} 个提示", en: "{n} notes" },
  reportOne: { zh: "共 {n} 份报告", en: "{n} report" },
  reportMany: { zh: "共 {n} 份报告", en: "{n} reports" },
  failed: { zh: "无法检查", en: "could not check" },
  cell: { zh: "行「{row}」列「{column}」", en: "row “{row}”, column “{column}”" },
  summary: {
    zh: "{files}：通过 {valid}，有错误 {invalid}，无法读取 {failed}；{counts}",
    en: "{files}: {valid} valid, {invalid} with errors, {failed} unreadable; {counts}",
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
  unknownOption: { zh: "没有 {option} 这个选项", en: "unknown option {option}" },
  unknownOptionNear: {
    zh: "没有 {option} 这个选项，是不是要用 {near}？",
    en: "unknown option {option}; did you mean {near}?",
  },
  missingValue: { zh: "选项 {option} 后面缺少取值", en: "option {option} needs a value" },
  noValue: { zh: "选项 {option} 不带取值", en: "option {option} takes no value" },
  badArguments: { zh: "参数有误", en: "bad arguments" },
  badChoice: {
    zh: "{option} 的值“{value}”无效，可选：{choices}",
    en: "invalid value “{value}” for {option}; expected one of {choices}",
  },
  missingArguments: { zh: "缺少参数：{usage}", en: "missing arguments: {usage}" },
  extraArguments: { zh: "多余的参数：{extra|list}", en: "unexpected arguments: {extra|list}" },
  unknownCommand: {
    zh: "没有“{name}”这个命令，可用命令：{commands}",
    en: "unknown command “{name}”; commands: {commands}",
  },
  unknownCommandNear: {
    zh: "没有“{name}”这个命令，是不是要用 {near}？可用命令：{commands}",
    en: "unknown command “{name}”; did you mean {near}? Commands: {commands}",
  },
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

/** "1 error, 2 warnings, 0 notes" in the locale, each noun agreeing with its number. */
export function countsText(counts: { error: number; warning: number; info: number }, locale: Locale): string {
  const one = (n: number, single: Label, many: Label) => say(n === 1 ? single : many, locale, { n });
  return say(CLI_MESSAGES.counts, locale, {
    error: one(counts.error, CLI_MESSAGES.errorOne, CLI_MESSAGES.errorMany),
    warning: one(counts.warning, CLI_MESSAGES.warningOne, CLI_MESSAGES.warningMany),
    info: one(counts.info, CLI_MESSAGES.infoOne, CLI_MESSAGES.infoMany),
  });
}

/** The run's summary line in the locale. */
export function summaryText(
  summary: {
    files: number;
    valid: number;
    invalid: number;
    failed: number;
    error: number;
    warning: number;
    info: number;
  },
  locale: Locale,
): string {
  const files = say(summary.files === 1 ? CLI_MESSAGES.reportOne : CLI_MESSAGES.reportMany, locale, {
    n: summary.files,
  });
  return say(CLI_MESSAGES.summary, locale, { ...summary, files, counts: countsText(summary, locale) });
}

/** Renders one of the CLI's messages. */
export function say(label: Label, locale: Locale, data: Record<string, unknown> = {}): string {
  return renderTemplate(localise(label, locale), data, locale);
}
