import type { AnnualReport } from "../model/report.js";
import type { Layout } from "./layout.js";
import { outline } from "./outline.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (ch) => ESCAPES[ch] ?? ch);

function table(layout: Layout): string {
  const rows = layout.map((row) => {
    const cells = row.map((c) => {
      const spans = `${c.rowspan ? ` rowspan="${c.rowspan}"` : ""}${c.colspan ? ` colspan="${c.colspan}"` : ""}`;
      return `<td${spans}>${escapeHtml(c.text)}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<table border="1">\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

/**
 * Writes the report as an HTML fragment: the official tables of its edition with verbatim labels,
 * the corner note and the official rowspans/colspans, and the sections in order. `importHtml` reads
 * it back to the same report.
 *
 * @param report - A parsed report of either edition.
 * @returns An `<article>` element as a string.
 * @example
 * const html = renderHtml(reportSchema.parse(json));
 * @category Render
 */
export function renderHtml(report: AnnualReport): string {
  const body = outline(report).map((part) => {
    switch (part.kind) {
      case "title":
        return `<h1>${escapeHtml(part.text)}</h1>`;
      case "heading":
        return `<h2>${escapeHtml(part.text)}</h2>`;
      case "table":
        return table(part.layout);
      case "signature":
        return `<p class="signature">${escapeHtml(part.text)}</p>`;
      default:
        return `<p>${escapeHtml(part.text)}</p>`;
    }
  });
  const kind = report.organKind ?? "unstated";
  return `<article class="zfxxgk-report" data-edition="${report.edition}" data-organ-kind="${kind}">\n${body.join("\n")}\n</article>\n`;
}

/**
 * The report as a whole HTML document: {@link renderHtml}'s article in a page that says its charset,
 * so a browser opening the file shows the Chinese right.
 */
export function renderHtmlDocument(report: AnnualReport): string {
  const title = outline(report).find((p) => p.kind === "title")?.text ?? `${report.organ} ${report.year}`;
  return [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>table{border-collapse:collapse}td{padding:2px 6px}</style>",
    "</head>",
    "<body>",
    renderHtml(report).trimEnd(),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
