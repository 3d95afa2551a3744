import { diffView, type RenderDiffOptions } from "./render-model.js";
import type { ReportDiff } from "./types.js";
import { displayWidth, pad } from "./width.js";

// Figure and note read left to right; the four number columns line up on the right.
const RIGHT = [false, true, true, true, true, false];

function layout(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, RIGHT[i]))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/**
 * Renders a diff as plain text for a terminal: one table per report table with columns aligned by
 * display width (a Chinese character takes two columns), then the cross-year findings.
 *
 * @param diff - What {@link diffReports} returned.
 * @param options - `locale` of labels and headings (default `"zh-CN"`); `changedOnly` to leave out
 *   figures that did not change.
 * @returns Text ending in a newline.
 * @category Diff
 * @example
 * import { diffReports, renderDiffText } from "zfxxgk";
 * process.stdout.write(renderDiffText(diffReports(report2020, report2021), { changedOnly: true }));
 */
export function renderDiffText(diff: ReportDiff, options: RenderDiffOptions = {}): string {
  const view = diffView(diff, options);
  const out = [...view.alerts, view.title, "=".repeat(displayWidth(view.title))];
  if (view.subtitle) out.push(view.subtitle);
  for (const table of view.tables) {
    out.push("", table.title, "");
    if (table.rows.length > 0) out.push(...layout(view.header, table.rows));
    if (table.hidden) out.push(table.hidden);
  }
  out.push("", view.findingsTitle, "");
  if (view.findings.length === 0) out.push(view.noFindings);
  out.push(...view.findings);
  return `${out.join("\n")}\n`;
}
