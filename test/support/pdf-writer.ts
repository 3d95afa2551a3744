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

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e,
  0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[k] = (data[k] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

const padded = (password: string) => {
  const out = new Uint8Array(32);
  const own = enc.encode(password).subarray(0, 32);
  out.set(own);
  out.set(PAD.subarray(0, 32 - own.length), own.length);
  return out;
};
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/**
 * A one-page PDF under the standard security handler (revision 2, RC4 40-bit), written by hand as the
 * PDF 1.7 specification (7.6.3) gives it: with an empty user password anyone opens it and only the
 * permissions (`P`: no printing, no copying) restrict it; with a user password it needs that password.
 */
export async function encryptedPdf(
  text: string,
  userPassword = "",
  ownerPassword = "owner",
): Promise<Uint8Array> {
  const { createHash } = await import("node:crypto");
  const md5 = (data: Uint8Array) => new Uint8Array(createHash("md5").update(data).digest());
  const id = enc.encode("0123456789abcdef");
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = -64; // every permission bit off but the reserved ones: no printing, no copying, no changes
  const pBytes = new Uint8Array(new Int32Array([p]).buffer);
  const key = md5(concat(padded(userPassword), o, pBytes, id)).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (n: number) =>
    md5(concat(key, Uint8Array.from([n & 255, (n >> 8) & 255, n >> 16, 0, 0]))).subarray(0, 10);
  const content = enc.encode(`BT /F 24 Tf 72 700 Td (${text}) Tj ET`);
  const stream = rc4(objectKey(5), content);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F 3 0 R >> >> >>",
    null,
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${p} >>`,
  ];
  const chunks: Uint8Array[] = [enc.encode("%PDF-1.4\n")];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part =
      body === null
        ? concat(
            enc.encode(`${i + 1} 0 obj\n<< /Length ${stream.length} >>\nstream\n`),
            stream,
            enc.encode("\nendstream\nendobj\n"),
          )
        : enc.encode(`${i + 1} 0 obj\n${body}\nendobj\n`);
    chunks.push(part);
    length += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((x) => `${String(x).padStart(10, "0")} 00000 n \n`).join("")}`;
  chunks.push(
    enc.encode(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${hex(id)}> <${hex(id)}>] >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return concat(...chunks);
}
