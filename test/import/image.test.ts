import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ImagePage, ImageProblem } from "../../src/import/image/image-page.js";
import { importImage } from "../../src/import/image/import-image.js";
import { readJpeg } from "../../src/import/image/jpeg.js";
import { imagesToPdf } from "../../src/import/image/pdf-writer.js";
import { readPng } from "../../src/import/image/png.js";
import { readTiff } from "../../src/import/image/tiff.js";
import { toGrey } from "../../src/import/pdf/ocr/raster.js";
import { pageImage, type ScanSource } from "../../src/import/pdf/ocr/read-scans.js";

const card = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/images/${name}`, import.meta.url)));

/** A binary PGM's grey levels (as ImageMagick decoded the card: scripts/fixtures/make-image-scans.ts). */
function pgm(bytes: Uint8Array) {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(head);
  if (!m) throw new Error("not a PGM");
  return { width: Number(m[1]), height: Number(m[2]), data: bytes.subarray(m[0].length) };
}

const reader = (name: string): ImagePage[] =>
  name.endsWith(".png")
    ? [readPng(card(name))]
    : name.endsWith(".jpg")
      ? [readJpeg(card(name))]
      : readTiff(card(name), 10);

/** The wrapped page as pdf.js decodes it for the scan reader, in grey levels. */
async function decoded(page: ImagePage) {
  const pdfjs = await (await import("unpdf")).getResolvedPDFJS();
  const doc = await pdfjs.getDocument({ data: imagesToPdf([{ ...page, dpiUsed: 200 }]), verbosity: 0 })
    .promise;
  try {
    const placed = await pageImage((await doc.getPage(1)) as unknown as ScanSource, pdfjs.OPS);
    if (!placed) throw new Error("no page image");
    // Placed over the whole page, at the resolution it was wrapped at.
    expect(Math.round((placed.image.width / placed.width) * 72)).toBe(200);
    return toGrey(placed.image);
  } finally {
    await doc.destroy();
  }
}

describe("image files wrapped as PDF pages: pdf.js decodes them as ImageMagick does", () => {
  const LOSSLESS = [
    "grey8.png",
    "rgb8.png",
    "palette.png",
    "grey-alpha.png",
    "rgba16.png",
    "interlaced.png",
    "interlaced-palette.png",
    "interlaced-rgba.png",
    "none.tif",
    "bilevel.tif",
    "packbits.tif",
    "packbits-bilevel.tif",
    "lzw.tif",
    "lzw-predictor.tif",
    "deflate.tif",
    "rgb-lzw.tif",
    "g3.tif",
    "g3-lsb.tif",
    "g4.tif",
  ];
  it.each(LOSSLESS)("%s: every pixel within 1 grey level", async (name) => {
    const want = pgm(card(`${name}.pgm`));
    const [page] = reader(name);
    const got = await decoded(page as ImagePage);
    expect([got?.width, got?.height]).toEqual([want.width, want.height]);
    let worst = 0;
    want.data.forEach((v, i) => {
      worst = Math.max(worst, Math.abs(v - (got?.data[i] as number)));
    });
    expect(worst).toBeLessThanOrEqual(1);
  });

  it.each(["grey.jpg", "rgb.jpg"])(
    "%s: passed as it is (DCTDecode), decoded within JPEG's rounding",
    async (name) => {
      const want = pgm(card(`${name}.pgm`));
      const [page] = reader(name);
      expect(page?.data).toEqual(card(name));
      const got = await decoded(page as ImagePage);
      let sum = 0;
      want.data.forEach((v, i) => {
        sum += Math.abs(v - (got?.data[i] as number));
      });
      expect(sum / want.data.length).toBeLessThan(3);
    },
  );

  it("the resolution each file states: JFIF's density, PNG's pHYs, TIFF's XResolution", () => {
    expect(readJpeg(card("grey.jpg")).dpi).toBe(300);
    expect(readJpeg(card("rgb.jpg")).dpi).toBeUndefined();
    const png = new Uint8Array(
      readFileSync(new URL("../scans/scan-2021-hami-p2-150dpi.png", import.meta.url)),
    );
    expect(Math.round(readPng(png).dpi ?? 0)).toBe(150);
    const tif = new Uint8Array(
      readFileSync(new URL("../scans/scan-2021-hami-200dpi-g4.tif", import.meta.url)),
    );
    expect(readTiff(tif, 10).map((p) => p.dpi)).toEqual([200, 200, 200, 200, 200]);
  });

  it("a TIFF of two pages (LZW, then Group 4) is two pages", () => {
    const pages = readTiff(card("two-pages.tif"), 10);
    expect(pages.map((p) => /\/Filter \/(\w+)/.exec(p.dict)?.[1] ?? "none")).toEqual([
      "none",
      "CCITTFaxDecode",
    ]);
    expect(() => readTiff(card("two-pages.tif"), 1)).toThrow(/more than 1 pages/);
  });
});

/** A little-endian TIFF of one 16×8 page: the given tags (SHORT or LONG values), strips of `data`. */
function tiff(tags: Record<number, number[]>, strips: Uint8Array[]): Uint8Array {
  const entries = Object.entries(tags).map(([t, v]) => [Number(t), v] as const);
  const dataAt = 8 + 2 + (entries.length + 2) * 12 + 4;
  const offsets: number[] = [];
  let at = dataAt;
  for (const s of strips) {
    offsets.push(at);
    at += s.length;
  }
  const all = [...entries, [273, offsets] as const, [279, strips.map((s) => s.length)] as const].sort(
    (a, b) => a[0] - b[0],
  );
  const out = new Uint8Array(at + 4096);
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49, 42, 0]);
  view.setUint32(4, 8, true);
  view.setUint16(8, all.length, true);
  let extra = at;
  all.forEach(([tag, values], i) => {
    const e = 10 + i * 12;
    view.setUint16(e, tag, true);
    view.setUint16(e + 2, 4, true);
    view.setUint32(e + 4, values.length, true);
    if (values.length === 1) view.setUint32(e + 8, values[0] as number, true);
    else {
      view.setUint32(e + 8, extra, true);
      for (const [k, v] of values.entries()) view.setUint32(extra + k * 4, v, true);
      extra += values.length * 4;
    }
  });
  strips.forEach((s, i) => {
    out.set(s, offsets[i] as number);
  });
  return out.subarray(0, extra);
}

const page = { 256: [16], 257: [8], 258: [1], 262: [0] };
const strip = new Uint8Array(16);

describe("image variants the wrapper cannot take are named, never thrown past importImage", () => {
  const CASES: [string, () => ImagePage[], RegExp][] = [
    ["a JPEG-compressed TIFF", () => readTiff(card("jpeg.tif"), 10), /page 1 is JPEG-compressed/],
    [
      "Group 4 in several strips",
      () => readTiff(tiff({ ...page, 259: [4], 278: [4] }, [strip, strip]), 10),
      /Group 4 fax coding in 2 strips/,
    ],
    ["a tiled TIFF", () => readTiff(tiff({ ...page, 259: [1], 322: [16] }, [strip]), 10), /stored in tiles/],
    [
      "a CMYK TIFF",
      () => readTiff(tiff({ ...page, 258: [8, 8, 8, 8], 262: [5], 277: [4] }, [strip]), 10),
      /in CMYK colour/,
    ],
    [
      "old-style LZW",
      () => readTiff(tiff({ ...page, 258: [8], 259: [5], 262: [1] }, [new Uint8Array([0, 1, 2, 3])]), 10),
      /old-style LZW/,
    ],
  ];
  it.each(CASES)("%s", (_, read, message) => {
    let problem: unknown;
    try {
      read();
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(ImageProblem);
    expect((problem as ImageProblem).kind).toBe("unsupported");
    expect((problem as ImageProblem).label.en).toMatch(message);
  });

  it("importImage: an unsupported variant is an unsupported-format finding with the variant and what to do", async () => {
    const result = await importImage(card("jpeg.tif"), "tiff", { locale: "en" });
    expect(result.report).toBeUndefined();
    expect(result.findings.map((f) => [f.ruleId, f.data.format])).toEqual([
      ["import.unsupported-format", "tiff"],
    ]);
    expect(result.findings[0]?.message).toBe(
      "Cannot read a TIFF image whose page 1 is JPEG-compressed: save it as an 8-bit PNG, a JPEG or a single-strip TIFF, or use the original Word or PDF file",
    );
  });

  it("importImage: strips that point past the file's end are a damaged file", async () => {
    const bytes = tiff({ ...page, 259: [1] }, [strip]).slice(0, -40);
    const result = await importImage(bytes, "tiff", { locale: "en" });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.unreadable-file"]);
    expect(result.findings[0]?.message).toMatch(/^Could not read the TIFF image: /);
  });
});

describe("an image larger than the scan reader reads is refused before anything decodes it", () => {
  it("a PNG header of 50,000 × 50,000 pixels", async () => {
    const png = card("grey8.png").slice();
    const view = new DataView(png.buffer);
    view.setUint32(16, 50_000);
    view.setUint32(20, 50_000);
    const result = await importImage(png, "png", { locale: "en" });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.unsupported-format"]);
    expect(result.findings[0]?.message).toMatch(
      /^Cannot read an image too large to be a page \(50000×50000 pixels\)/,
    );
  });
});
