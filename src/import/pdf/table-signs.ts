import { labelBook } from "../labels-match.js";
import { type PdfText, textRows } from "./pdf-layout.js";

/**
 * Whether a page's text shows any sign of a table, so that its drawing is worth reading for ruling
 * lines: the operator list costs about as much as the text again (pdf.js builds every glyph's
 * outline for it), and a page of prose draws no table. Signs, any one of which will do: a row of
 * three figures side by side (a row of tables 二 to 四), a label or header of the official tables
 * standing alone as a run, or a line of three runs set apart like columns. A false sign costs only
 * time; a missed one would read a table as lines, so the signs are loose.
 */
export function mayHoldTable(texts: readonly PdfText[]): boolean {
  const rows = textRows(texts);
  for (const row of rows) if (figuresSideBySide(row) || columnsApart(row)) return true;
  for (const t of texts) if (isTableLabel(t.text)) return true;
  return false;
}

const FIGURE = /^[-−]?\d+(?:[.,]\d+)*%?$/;

// pdf.js may join a row's cells into one run ("21 0 0 0 0 0 21"): the words are counted, not the runs.
function figuresSideBySide(row: PdfText[]): boolean {
  let run = 0;
  for (const t of row) {
    for (const word of t.text.split(/\s+/)) {
      if (word === "") continue;
      run = FIGURE.test(word) ? run + 1 : 0;
      if (run >= 3) return true;
    }
  }
  return false;
}

// Prose runs on with gaps under a character's width; cells stand apart by more than two.
function columnsApart(row: PdfText[]): boolean {
  let gaps = 0;
  for (let i = 1; i < row.length; i++) {
    const before = row[i - 1] as PdfText;
    const t = row[i] as PdfText;
    if (t.x - (before.x + before.width) > 2 * Math.max(t.size, before.size)) gaps++;
  }
  return gaps >= 2;
}

const BOOKS = [labelBook("2019"), labelBook("2021")];
/** Labels of the official tables are short; a longer run is prose. */
const LONGEST_LABEL = 40;

function isTableLabel(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > LONGEST_LABEL) return false;
  return BOOKS.some(
    (b) =>
      b.table3(t, undefined) !== undefined ||
      b.table2Row(t) !== undefined ||
      b.table2Column(t) !== undefined ||
      b.applicantColumn(t) !== undefined ||
      b.appealColumn(t) !== undefined ||
      b.headerWord(t) !== undefined ||
      b.provision(t),
  );
}
