import { looksLikeValue } from "./cells.js";
import { tableOfHeading } from "./table-context.js";

/**
 * Text where each table cell stands on a line of its own: a crawler's text nodes one a line, a
 * browser's innerText of cells holding paragraphs, a PDF copied or extracted in its reading order.
 * A row is its label's line(s), then one line per figure (blank cells leave no line). Joining each
 * run of figure lines into one line gives the layout reader's form (label lines, then a line of
 * figures in order), so that one reader and the column solver read both; nothing else changes.
 */

// Figures one a line at least this often, and this many times as often as rows printed on one line
// (label, then figures), before the text is read so: layout text has a few (a tall cell's figure).
const MIN_FIGURE_LINES = 12;
const OVER_ROW_LINES = 3;

const isRowLine = (line: string) => {
  const words = line.trim().split(/\s+/);
  return words.length > 1 && looksLikeValue(words.at(-1) ?? "") && !looksLikeValue(words[0] ?? "");
};

const isFigure = (line: string) => {
  const t = line.trim();
  return t !== "" && t.length <= 24 && looksLikeValue(t);
};

/**
 * The lines with each run of figure lines within the tables joined onto the first of the run (the
 * others left empty, so that every line keeps its number); undefined when the text is not in this
 * shape (no table heading, few figures standing alone, or most rows printed on a line of their own).
 */
export function joinCellLines(lines: readonly string[]): string[] | undefined {
  let inTables = false;
  let figures = 0;
  let rows = 0;
  for (const line of lines) {
    if (tableOfHeading(line.trim())) inTables = true;
    else if (inTables && isFigure(line)) figures++;
    else if (inTables && isRowLine(line)) rows++;
  }
  if (figures < MIN_FIGURE_LINES || figures <= OVER_ROW_LINES * rows) return undefined;
  const out = lines.slice();
  inTables = false;
  let run = -1;
  lines.forEach((line, i) => {
    const t = line.trim();
    if (tableOfHeading(t)) inTables = true;
    if (!inTables || !isFigure(line)) {
      // Blank lines and tabs (innertext between cells) do not end a row's figures.
      if (t !== "") run = -1;
      return;
    }
    // A figure of one cell printed with a space inside ("1 229") is one token.
    const figure = t.replace(/\s+/g, "");
    if (run < 0) {
      run = i;
      out[i] = figure;
    } else {
      out[run] = `${out[run]} ${figure}`;
      out[i] = "";
    }
  });
  return out;
}
