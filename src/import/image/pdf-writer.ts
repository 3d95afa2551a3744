import type { ImagePage } from "./image-page.js";

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * The bytes of a PDF with one page per image, each page the image's size at its resolution, the
 * image painted over the whole page: the form a scanner's PDF has, which the PDF reader's scan path
 * reads. `dpi` is each page's resolution as it will be read.
 */
export function imagesToPdf(pages: (ImagePage & { dpiUsed: number })[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const put = (bytes: Uint8Array) => {
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: string, stream?: Uint8Array) => {
    offsets[n - 1] = length;
    if (!stream) return put(latin1(`${n} 0 obj\n${body}\nendobj\n`));
    put(latin1(`${n} 0 obj\n<< ${body} /Length ${stream.length} >>\nstream\n`));
    put(stream);
    put(latin1("\nendstream\nendobj\n"));
  };
  put(latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
  // Objects 1 and 2 are the catalogue and the page tree; each page then takes three: page, content, image.
  const kids = pages.map((_, i) => `${3 + i * 3} 0 R`).join(" ");
  object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((page, i) => {
    const n = 3 + i * 3;
    const w = num((page.width / page.dpiUsed) * 72);
    const h = num((page.height / page.dpiUsed) * 72);
    object(
      n,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Contents ${n + 1} 0 R /Resources << /XObject << /Im0 ${n + 2} 0 R >> >> >>`,
    );
    object(n + 1, "", latin1(`q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`));
    object(
      n + 2,
      `/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} ${page.dict}`,
      page.data,
    );
  });
  const count = offsets.length + 1;
  const xref = [
    `xref\n0 ${count}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  const start = length;
  put(latin1(`${xref}trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${start}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
