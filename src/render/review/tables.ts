import type { Locale } from "../../rules/types.js";
import type { Layout, LayoutCell } from "../layout.js";
import type { CellMark } from "./marks.js";
import { cellId, esc, pathKey, SYMBOLS, say } from "./text.js";

const SHORT_HEADER = 8;

function spans(c: LayoutCell): string {
  return `${c.rowspan ? ` rowspan="${c.rowspan}"` : ""}${c.colspan ? ` colspan="${c.colspan}"` : ""}`;
}

function markedCell(c: LayoutCell, m: CellMark, id: string, locale: Locale): string {
  const symbol = m.kind === "involved" ? "" : SYMBOLS[m.kind];
  const kindText =
    m.kind === "suspect"
      ? say("suspect", locale)
      : m.kind === "reading"
        ? say("readingMark", locale)
        : say(m.kind, locale);
  const suggestion = m.suggested === undefined ? "" : `<span class="zr-to">→${m.suggested}</span>`;
  if (m.notes.length === 0) {
    return `<td${spans(c)} id="${esc(id)}" class="zr-v zr-involved">${esc(c.text)}</td>`;
  }
  const tip = `${id}-tip`;
  const notes = m.notes.map((n) => `<li>${n.html}</li>`).join("");
  return (
    `<td${spans(c)} id="${esc(id)}" class="zr-v zr-mark zr-${m.kind}" tabindex="0" aria-describedby="${esc(tip)}">` +
    `<span class="zr-sr">${esc(kindText)}: </span>${esc(c.text)}` +
    `<span class="zr-sym" aria-hidden="true">${symbol}</span>${suggestion}` +
    `<div class="zr-tip" role="tooltip" id="${esc(tip)}"><ul>${notes}</ul></div></td>`
  );
}

/** An official table from its layout, each figure's cell named by its path and marked where a note blames it. */
export function reviewTable(layout: Layout, marks: Map<string, CellMark>, locale: Locale): string {
  const rows = layout.map((row) => {
    const cells = row.map((c) => {
      if (!c.value || !c.path) {
        // A short header (自然人, 商业企业) stays on one line; longer labels wrap between words only.
        const short = c.text.length <= SHORT_HEADER && !/\s/.test(c.text);
        return `<th${spans(c)}${short ? ' class="zr-nb"' : ""}>${esc(c.text)}</th>`;
      }
      const id = cellId(c.path);
      const m = marks.get(pathKey(c.path));
      if (m) return markedCell(c, m, id, locale);
      return `<td${spans(c)} id="${esc(id)}" class="zr-v">${esc(c.text)}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<div class="zr-scroll"><table class="zr-table">\n${rows.join("\n")}\n</table></div>`;
}
