import { diffView, type RenderDiffOptions } from "./render-model.js";
import type { ReportDiff } from "./types.js";

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * Renders a diff as Markdown: a heading, one table per report table (figure, both years, change,
 * change in percent, note) and the cross-year findings as a list.
 *
 * @param diff - What {@link diffReports} returned.
 * @param options - `locale` of labels and headings (default `"zh-CN"`); `changedOnly` to leave out
 *   figures that did not change.
 * @returns Markdown text ending in a newline.
 * @category Diff
 * @example
 * import { diffReports, renderDiffMarkdown } from "zfxxgk";
 * const md = renderDiffMarkdown(diffReports(report2020, report2021), { locale: "en", changedOnly: true });
 */
export function renderDiffMarkdown(diff: ReportDiff, options: RenderDiffOptions = {}): string {
  const view = diffView(diff, options);
  const out = [...view.alerts.map((a) => `> **${cell(a)}**\n`), `## ${view.title}`, ""];
  if (view.subtitle) out.push(view.subtitle, "");
  for (const table of view.tables) {
    out.push(`### ${table.title}`, "");
    if (table.rows.length > 0) {
      out.push(`| ${view.header.map(cell).join(" | ")} |`, "| --- | ---: | ---: | ---: | ---: | --- |");
      for (const row of table.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
      out.push("");
    }
    if (table.hidden) out.push(table.hidden, "");
  }
  out.push(`### ${view.findingsTitle}`, "");
  if (view.findings.length === 0) out.push(view.noFindings);
  for (const finding of view.findings) out.push(`- ${finding}`);
  return `${out.join("\n")}\n`;
}
