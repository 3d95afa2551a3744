import type { AnnualReport } from "../model/report.js";
import { expand, type Layout } from "./layout.js";
import { outline } from "./outline.js";

const cellText = (text: string) => text.replace(/\|/g, "\\|");

// Pipe tables have no spans: a merged cell is written once, at its top left, the positions it covers blank.
function table(layout: Layout): string {
  const grid = expand(layout, { covered: "blank" });
  const width = Math.max(...grid.map((r) => r.length));
  const line = (row: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cellText(row[i] ?? "")).join(" | ")} |`;
  const [head = [], ...rest] = grid;
  return [line(head), `|${" --- |".repeat(width)}`, ...rest.map(line)].join("\n");
}

/**
 * Writes the report as Markdown: the official tables as pipe tables (a merged cell once, at its top
 * left, the positions it covers blank),
 * the sections in order. `importText` reads it back to the same report.
 *
 * @param report - A parsed report of either edition.
 * @returns Markdown text.
 * @example
 * writeFileSync("report.md", renderMarkdown(report));
 * @category Render
 */
export function renderMarkdown(report: AnnualReport): string {
  const blocks = [`<!-- zfxxgk organKind=${report.organKind ?? "unstated"} -->`];
  for (const part of outline(report)) {
    if (part.kind === "title") blocks.push(`# ${part.text}`);
    else if (part.kind === "heading") blocks.push(`## ${part.text}`);
    else if (part.kind === "table") blocks.push(table(part.layout));
    else blocks.push(part.text);
  }
  return `${blocks.join("\n\n")}\n`;
}
