import { CLI_MESSAGES } from "../i18n/cli-messages.js";
import type { Label, TableId } from "../model/label.js";
import { localise, renderTemplate } from "../rules/format.js";
import type { Locale, Severity } from "../rules/types.js";

export { CLI_MESSAGES };

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
    incomplete: number;
    failed: number;
    error: number;
    warning: number;
    info: number;
    reading: { error: number; warning: number; info: number };
  },
  locale: Locale,
): string {
  const files = say(summary.files === 1 ? CLI_MESSAGES.reportOne : CLI_MESSAGES.reportMany, locale, {
    n: summary.files,
  });
  const { error, warning } = summary.reading;
  return say(CLI_MESSAGES.summary, locale, {
    ...summary,
    files,
    counts: countsText(summary, locale),
    reading: error + warning,
  });
}

/** The lines naming files left out of the counts: not reports, and skipped for their format. */
export function leftOutText(summary: { notReports: string[]; skipped: string[] }, locale: Locale): string[] {
  const lines: string[] = [];
  if (summary.notReports.length)
    lines.push(say(CLI_MESSAGES.summaryNotReports, locale, { files: summary.notReports }));
  if (summary.skipped.length)
    lines.push(say(CLI_MESSAGES.summarySkipped, locale, { files: summary.skipped }));
  return lines;
}

/** Renders one of the CLI's messages. */
export function say(label: Label, locale: Locale, data: Record<string, unknown> = {}): string {
  return renderTemplate(localise(label, locale), data, locale);
}
