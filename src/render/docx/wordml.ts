import { expand, type Layout, placeCells } from "../layout.js";

// WordprocessingML pieces in the office template's own formatting: 宋体 throughout, body text
// indented two characters, tables of single 1 pt lines (the template's 9,740-twip table width).

// XML 1.0 forbids most C0 controls: a form feed in an organ name would make Word refuse the file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text made safe for an XML text node or attribute. */
export const escapeXml = (text: string): string =>
  text.replace(CONTROL, " ").replace(/[&<>"]/g, (ch) => ESCAPES[ch] ?? ch);

const FONT = '<w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/>';

/** Points as Word's half-points. */
export type HalfPoints = number;

export interface RunStyle {
  bold?: boolean;
  size?: HalfPoints;
}

export function run(text: string, style: RunStyle = {}): string {
  const bold = style.bold ? "<w:b/><w:bCs/>" : "";
  const size = style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : "";
  return `<w:r><w:rPr>${FONT}${bold}${size}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphStyle extends RunStyle {
  align?: "left" | "center" | "right" | "both";
  /** First-line indent in twips (420: two characters of the template's body text). */
  firstLine?: number;
}

export function paragraph(text: string, style: ParagraphStyle = {}): string {
  const indent = style.firstLine ? `<w:ind w:left="0" w:firstLine="${style.firstLine}"/>` : "";
  const align = style.align ? `<w:jc w:val="${style.align}"/>` : "";
  const pPr = `<w:pPr><w:pStyle w:val="2"/><w:spacing w:before="0" w:after="0"/>${indent}${align}</w:pPr>`;
  return `<w:p>${pPr}${text === "" ? "" : run(text, style)}</w:p>`;
}

const TABLE_WIDTH = 9740;
const LINE = 'w:val="single" w:color="auto" w:sz="8" w:space="0"';
const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} ${LINE}/>`)
  .join("");

/** Columns that hold a figure in some row are narrow; label columns share what is left. */
function columnWidths(layout: Layout, columns: number): number[] {
  const holdsFigure = new Array<boolean>(columns).fill(false);
  for (const { cell, column } of placeCells(layout)) {
    if (cell.value && (cell.colspan ?? 1) === 1) holdsFigure[column] = true;
  }
  const figures = holdsFigure.filter(Boolean).length;
  const labels = columns - figures;
  const figureWidth = labels === 0 ? TABLE_WIDTH / columns : Math.max(900, TABLE_WIDTH / (columns + 1));
  const labelWidth = labels === 0 ? 0 : (TABLE_WIDTH - figureWidth * figures) / labels;
  return holdsFigure.map((f) => Math.floor(f ? figureWidth : labelWidth));
}

function tableCell(
  text: string,
  width: number,
  span: number,
  merge: "restart" | "continue" | null,
  figure: boolean,
) {
  const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : "";
  const vMerge =
    merge === "restart" ? '<w:vMerge w:val="restart"/>' : merge === "continue" ? "<w:vMerge/>" : "";
  const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${gridSpan}${vMerge}<w:vAlign w:val="center"/></w:tcPr>`;
  const body = paragraph(merge === "continue" ? "" : text, { size: 20, align: figure ? "center" : "left" });
  return `<w:tc>${tcPr}${body}</w:tc>`;
}

/**
 * An official table as a Word table: colspans as `gridSpan`, rowspans as `vMerge` (a restart cell and
 * an empty continuation cell in each row below), as Word itself writes merged cells.
 */
export function table(layout: Layout): string {
  const columns = expand(layout)[0]?.length ?? 0;
  const widths = columnWidths(layout, columns);
  const rows: { column: number; xml: string }[][] = layout.map(() => []);
  for (const { cell, row, column } of placeCells(layout)) {
    const span = cell.colspan ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    const down = cell.rowspan ?? 1;
    rows[row]?.push({
      column,
      xml: tableCell(cell.text, width, span, down > 1 ? "restart" : null, cell.value === true),
    });
    for (let dr = 1; dr < down; dr++) {
      rows[row + dr]?.push({ column, xml: tableCell("", width, span, "continue", false) });
    }
  }
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const tblPr = `<w:tblPr><w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const trs = rows.map((cells) => {
    const ordered = cells.sort((a, b) => a.column - b.column).map((c) => c.xml);
    return `<w:tr><w:trPr><w:trHeight w:val="340" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>${ordered.join("")}</w:tr>`;
  });
  return `<w:tbl>${tblPr}<w:tblGrid>${grid}</w:tblGrid>${trs.join("")}</w:tbl>`;
}
