import { strToU8, zipSync } from "fflate";
import { type PdfObject, pdfWithPages } from "./pdf-writer.js";

/**
 * The attacks of issue 18 on the readers, each built small: a few hundred bytes to a few MB that
 * once cost a reader unbounded memory or time.
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(body: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** A one-row table whose row starts with a gap of 999,999,999 grid columns (a few hundred bytes). */
export function gridBeforeDocx(): Uint8Array {
  return docx(
    '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="999999999"/><w:gridAfter w:val="999999999"/></w:trPr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
  );
}

/** 2,400 tables, each a row of cells spanning 63 columns: under any per-table cap, far over a document's. */
export function manySpansDocx(tables = 2400, cellsPerRow = 3): Uint8Array {
  const cell = '<w:tc><w:tcPr><w:gridSpan w:val="63"/></w:tcPr><w:p/></w:tc>';
  const table = `<w:tbl><w:tr>${cell.repeat(cellsPerRow)}</w:tr></w:tbl>`;
  return docx(table.repeat(tables));
}

const TEXT = "BT /F 10 Tf 72 700 Td (1) Tj ET";

/** Form XObjects nested `depth` deep, each drawing the next `fan` times: fan^depth leaves from 3 KB. */
export function nestedXObjectPdf(depth = 9, fan = 10): Uint8Array {
  const first = 5; // objects 1–3 (catalogue, pages, font), 4 the page, 5 its content; forms follow
  const forms: PdfObject[] = [];
  for (let d = 0; d < depth; d++) {
    const own = first + 1 + d;
    const last = d === depth - 1;
    const body = last ? `0 0 m 10 0 l S ${TEXT}` : Array(fan).fill("/X Do").join(" ");
    const resources = last
      ? "/Resources << /Font << /F 3 0 R >> >>"
      : `/Resources << /XObject << /X ${own + 1} 0 R >> /Font << /F 3 0 R >> >>`;
    forms.push({ body: `/Type /XObject /Subtype /Form /BBox [0 0 595 842] ${resources}`, stream: body });
  }
  return pdfWithPages(
    [{ content: first, resources: `/XObject << /X ${first + 1} 0 R >>` }],
    [{ body: "", stream: Array(fan).fill("/X Do").join(" ") }, ...forms],
  );
}

/** `depth` nested `q` (save) around one line of text, and as many `Q`. */
export function nestedSavePdf(depth = 40_000): Uint8Array {
  return pdfWithPages(
    [{ content: 5 }],
    [{ body: "", stream: `${"q ".repeat(depth)}${TEXT} ${"Q ".repeat(depth)}` }],
  );
}

/** `pages` pages whose one content stream draws `lines` ruled lines and `runs` runs of text. */
export function sharedContentPdf(pages = 2000, lines = 400, runs = 400): Uint8Array {
  const ops: string[] = [];
  for (let i = 0; i < lines; i++) ops.push(`${50 + i} 100 m ${50 + i} 700 l S`);
  for (let i = 0; i < runs; i++)
    ops.push(`BT /F 6 Tf ${50 + (i % 40) * 12} ${110 + Math.floor(i / 40) * 50} Td (${i}) Tj ET`);
  const content = 4 + pages;
  return pdfWithPages(
    Array.from({ length: pages }, () => ({ content })),
    [{ body: "", stream: ops.join("\n") }],
  );
}

/**
 * One ruled table running on over `pages` pages: every page opens with a piece of the same width, so
 * the pieces join into one table; each piece's inner columns stand a little apart from the others'.
 */
export function longTablePdf(pages = 3000): Uint8Array {
  const contents: PdfObject[] = [];
  for (let p = 0; p < pages; p++) {
    const ops: string[] = [];
    const inner = [100 + (p % 60) * 3, 300 + (p % 70) * 3];
    for (const x of [50, ...inner, 545]) ops.push(`${x} 100 m ${x} 800 l S`);
    for (let r = 0; r <= 14; r++) ops.push(`50 ${100 + r * 50} m 545 ${100 + r * 50} l S`);
    for (let r = 0; r < 14; r++)
      for (const x of [60, (inner[0] as number) + 10, (inner[1] as number) + 10])
        ops.push(`BT /F 8 Tf ${x} ${120 + r * 50} Td (${p * 14 + r}) Tj ET`);
    contents.push({ body: "", stream: ops.join("\n") });
  }
  return pdfWithPages(
    contents.map((_, i) => ({ content: 4 + pages + i })),
    contents,
  );
}

/** Every attack, by name, as a file it might arrive as. */
export function everyBomb(): { name: string; bytes: Uint8Array }[] {
  return [
    { name: "grid-before.docx", bytes: gridBeforeDocx() },
    { name: "many-spans.docx", bytes: manySpansDocx() },
    { name: "nested-xobjects.pdf", bytes: nestedXObjectPdf() },
    { name: "nested-save-20000.pdf", bytes: nestedSavePdf(20_000) },
    { name: "nested-save-60000.pdf", bytes: nestedSavePdf(60_000) },
    { name: "shared-content.pdf", bytes: sharedContentPdf() },
    { name: "long-table.pdf", bytes: longTablePdf() },
  ];
}
