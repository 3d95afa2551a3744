import type { Label } from "../model/label.js";

// Kept out of src/cli so the root entry's message catalogue can list them without reaching Node code.
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
  notReport: { zh: "不是年度报告（未计入）", en: "not a report (not counted)" },
  incomplete: {
    zh: "读取不完整：报告 {counts}；读取问题 {reading} 个（不算报告的错误）",
    en: "read incompletely: report {counts}; {reading} reading problem(s) (not errors of the report)",
  },
  invalidWith: { zh: "有错误（{counts}）", en: "has errors ({counts})" },
  readingSection: {
    zh: "读取问题（不算报告的错误，请核对原文）",
    en: "Reading problems (not errors of the report: check the source)",
  },
  summary: {
    zh: "{files}：通过 {valid}，有错误 {invalid}，读取不完整 {incomplete}，无法读取 {failed}；报告 {counts}；读取问题 {reading} 个",
    en: "{files}: {valid} valid, {invalid} with errors, {incomplete} read incompletely, {failed} unreadable; reports: {counts}; {reading} reading problem(s)",
  },
  summaryNotReports: {
    zh: "不是年度报告（未计入）：{files|list}",
    en: "Not reports (not counted): {files|list}",
  },
  summarySkipped: {
    zh: "因格式未读取（请另存为 PDF、Word 或文本）：{files|list}",
    en: "Skipped for their format (save them as PDF, Word or text): {files|list}",
  },
  byRule: { zh: "按规则：", en: "By rule: " },
  mdSeverity: { zh: "严重程度", en: "Severity" },
  mdCell: { zh: "单元格", en: "Cell" },
  mdRule: { zh: "规则", en: "Rule" },
  mdMessage: { zh: "说明", en: "Message" },
  mdSummary: { zh: "汇总", en: "Summary" },
  progress: { zh: "已检查 {done}/{total}", en: "checked {done}/{total}" },
  progressOpen: { zh: "已检查 {done}", en: "checked {done}" },
  progressRead: { zh: "已读取 {done}/{total}", en: "read {done}/{total}" },
  progressReadOpen: { zh: "已读取 {done}", en: "read {done}" },
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
