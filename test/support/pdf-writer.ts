/**
 * Writes small PDFs by hand for the hostile tests: numbered objects, a cross-reference table that
 * points at them, a trailer. Streams are uncompressed; `Font` is Helvetica (no embedded file).
 */
export interface PdfObject {
  /** The dictionary (without << >>) or the whole value when `stream` is absent. */
  body: string;
  stream?: string;
}

const enc = new TextEncoder();

/** The bytes of a PDF whose object n (from 1) is `objects[n - 1]`; object 1 must be the catalogue. */
export function writePdf(objects: PdfObject[], trailer = ""): Uint8Array {
  const parts: string[] = ["%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"];
  let length = enc.encode(parts[0]).length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const text =
      o.stream === undefined
        ? `${i + 1} 0 obj\n${o.body}\nendobj\n`
        : `${i + 1} 0 obj\n<< ${o.body} /Length ${enc.encode(o.stream).length} >>\nstream\n${o.stream}\nendstream\nendobj\n`;
    parts.push(text);
    length += enc.encode(text).length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  parts.push(
    `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${length}\n%%EOF\n`,
  );
  return enc.encode(parts.join(""));
}

/** Catalogue, page tree and font as objects 1–3; pages follow from object 4. */
export function pdfWithPages(
  pages: { content: number; resources?: string }[],
  more: PdfObject[],
  firstPage = 4,
): Uint8Array {
  const kids = pages.map((_, i) => `${firstPage + i} 0 R`).join(" ");
  const objects: PdfObject[] = [
    { body: "<< /Type /Catalog /Pages 2 0 R >>" },
    { body: `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>` },
    { body: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" },
    ...pages.map((p) => ({
      body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${p.content} 0 R /Resources << /Font << /F 3 0 R >> ${p.resources ?? ""} >> >>`,
    })),
    ...more,
  ];
  return writePdf(objects);
}
