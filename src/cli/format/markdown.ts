import { countsByTitle, ruleTitle } from "../../rules/titles.js";
import type { Locale } from "../../rules/types.js";
import { CLI_MESSAGES, leftOutText, SEVERITY_LABELS, say, summaryText } from "../messages.js";
import type { FileResult, OutputFinding, RunSummary } from "../output-schema.js";
import {
  byOrigin,
  byTable,
  cellText,
  colon,
  editionOfResult,
  fileName,
  reportTitle,
  verdict,
} from "./text.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** One report as a Markdown section with a table of findings. */
export function renderMarkdown(result: FileResult, locale: Locale): string {
  const title = reportTitle(result, locale);
  const lines = [
    `## ${cell(fileName(result))}`,
    "",
    `${title ? `${title}${colon(locale)}` : ""}${cell(verdict(result, locale))}`,
  ];
  const table = (findings: readonly OutputFinding[]) => {
    const head = [CLI_MESSAGES.mdSeverity, CLI_MESSAGES.mdCell, CLI_MESSAGES.mdRule, CLI_MESSAGES.mdMessage];
    lines.push("", `| ${head.map((h) => say(h, locale)).join(" | ")} |`, "| --- | --- | --- | --- |");
    for (const [, group] of byTable(findings)) {
      for (const f of group) {
        const where = cellText(f, locale, editionOfResult(result));
        const severity = say(SEVERITY_LABELS[f.severity], locale);
        lines.push(
          `| ${severity} | ${cell(where)} | ${cell(ruleTitle(f.ruleId, locale))} | ${cell(f.message)} |`,
        );
      }
    }
  };
  const { report, reading } = byOrigin(result.findings);
  if (report.length) table(report);
  if (reading.length) {
    lines.push("", `### ${say(CLI_MESSAGES.readingSection, locale)}`);
    table(reading);
  }
  if (result.suspects.length) lines.push("", ...result.suspects.map((s) => `- ${cell(s.reason)}`));
  return `${lines.join("\n")}\n\n`;
}

/** The run's summary as a Markdown section. */
export function renderSummaryMarkdown(summary: RunSummary, locale: Locale): string {
  const lines = [`## ${say(CLI_MESSAGES.mdSummary, locale)}`, "", summaryText(summary, locale)];
  for (const line of leftOutText(summary, locale)) lines.push("", cell(line));
  const rules = countsByTitle(summary.byRule, locale);
  if (rules.length) {
    lines.push("", `| ${say(CLI_MESSAGES.mdRule, locale)} | n |`, "| --- | --- |");
    for (const [title, n] of rules) lines.push(`| ${cell(title)} | ${n} |`);
  }
  return `${lines.join("\n")}\n`;
}
