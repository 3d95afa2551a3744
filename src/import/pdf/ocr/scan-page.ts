import type { PdfPage, PdfText } from "../pdf-layout.js";
import type { OcrEngine, OcrWord } from "./engine.js";
import {
  binarise,
  type DecodedImage,
  eraseLines,
  pgm,
  rotate,
  ruledLines,
  segmentsOf,
  skewOf,
  tableLines,
  toGrey,
} from "./raster.js";

/** Where an image is painted on the page, in page units from the top-left corner. */
export interface PlacedImage {
  image: DecodedImage;
  left: number;
  top: number;
  width: number;
  height: number;
}

const QUOTES = /^[“”‘’"'`|_~]$/;

/** Ink in a box of the image (a margin inside its borders). */
function inkIn(ink: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) n += ink[y * width + x] as number;
  return n;
}

/**
 * Cells of the ruled tables that hold ink but no recognised character: the page mode takes a lone
 * "2" in a cell for a speck. Each is read again alone, as one line, its characters put back in place.
 */
async function rereadCells(
  ink: Uint8Array,
  width: number,
  lines: ReturnType<typeof tableLines>,
  words: OcrWord[],
  engine: OcrEngine,
  dpi: number,
): Promise<OcrWord[]> {
  const out: OcrWord[] = [];
  const margin = Math.round(dpi * 0.02);
  const xs = [...new Set(lines.vertical.map((l) => Math.round(l.at)))].sort((a, b) => a - b);
  const ys = [...new Set(lines.horizontal.map((l) => Math.round(l.at)))].sort((a, b) => a - b);
  const covers = (l: { at: number; from: number; to: number }, at: number, from: number, to: number) =>
    Math.abs(l.at - at) <= margin && l.from <= from + margin && l.to >= to - margin;
  for (let j = 0; j + 1 < ys.length; j++) {
    const top = ys[j] as number;
    const bottom = ys[j + 1] as number;
    for (let i = 0; i + 1 < xs.length; i++) {
      const left = xs[i] as number;
      const right = xs[i + 1] as number;
      // A cell: drawn on all four sides (a span has no border inside it, and is not one).
      if (
        !lines.vertical.some((l) => covers(l, left, top, bottom)) ||
        !lines.vertical.some((l) => covers(l, right, top, bottom)) ||
        !lines.horizontal.some((l) => covers(l, top, left, right)) ||
        !lines.horizontal.some((l) => covers(l, bottom, left, right))
      )
        continue;
      const [x0, y0, x1, y1] = [left + margin, top + margin, right - margin, bottom - margin];
      if (x1 - x0 < margin || y1 - y0 < margin) continue;
      if (
        words.some(
          (w) =>
            (w.x0 + w.x1) / 2 > x0 &&
            (w.x0 + w.x1) / 2 < x1 &&
            (w.y0 + w.y1) / 2 > y0 &&
            (w.y0 + w.y1) / 2 < y1,
        )
      )
        continue;
      if (inkIn(ink, width, x0, y0, x1, y1) < dpi * 0.2) continue;
      const pad = margin * 2;
      const cw = x1 - x0 + pad * 2;
      const ch = y1 - y0 + pad * 2;
      const crop = new Uint8Array(cw * ch);
      for (let y = y0; y < y1; y++)
        crop.set(ink.subarray(y * width + x0, y * width + x1), (y - y0 + pad) * cw + pad);
      for (const w of await engine.recognise(pgm(crop, cw, ch), dpi, true))
        out.push({
          ...w,
          x0: w.x0 - pad + x0,
          x1: w.x1 - pad + x0,
          y0: w.y0 - pad + y0,
          y1: w.y1 - pad + y0,
        });
    }
  }
  return out;
}

/** Below this a scan's digits are a few pixels tall: OCR guesses more than it reads. */
export const MIN_DPI = 100;
/** An A4 page at 600 dpi is 35 million pixels; a larger image is not a page someone scanned. */
export const MAX_PIXELS = 40_000_000;

/** Why a page image was not read. */
export type ScanSkip = { reason: "resolution"; dpi: number } | { reason: "size"; pixels: number };

/** Tells whether a page image can be read, and at what resolution it was scanned. */
export function scanCheck(placed: PlacedImage): { dpi: number } | ScanSkip {
  const pixels = placed.image.width * placed.image.height;
  if (pixels > MAX_PIXELS) return { reason: "size", pixels };
  const dpi = Math.round((placed.image.width / placed.width) * 72);
  if (dpi < MIN_DPI) return { reason: "resolution", dpi };
  return { dpi };
}

/**
 * Reads one scanned page: its image straightened, print told from paper and seal, the ruling lines
 * found (they become the page's segments, as a PDF's drawn borders do) and cleared out, and the rest
 * recognised. Each word becomes a text run with its OCR confidence: the same input the positional
 * table reader takes from a text layer.
 */
export async function ocrPage(
  placed: PlacedImage,
  dpi: number,
  engine: OcrEngine,
  number: number,
  page: { width: number; height: number },
): Promise<PdfPage> {
  const grey = toGrey(placed.image);
  if (!grey) return { number, ...page, texts: [], segments: [] };
  const straight = rotate(grey, skewOf(grey));
  const { width, height } = straight;
  const inch = dpi;
  const ink = binarise(straight, inch / 5);
  // A character's strokes are shorter than a character (a tenth of an inch at 10 pt); a border is longer.
  const found = ruledLines(ink, width, height, Math.round(inch * 0.25), Math.round(inch * 0.17), 2);
  const lines = tableLines(found, Math.round(inch * 0.03), inch * 0.4);
  eraseLines(ink, width, lines);
  const scale = {
    x: placed.width / width,
    y: placed.height / height,
    left: placed.left,
    top: placed.top,
  };
  const words = await engine.recognise(pgm(ink, width, height), dpi);
  words.push(...(await rereadCells(ink, width, lines, words, engine, dpi)));
  // A quote mark glued to a figure ("“215") is a border's remnant or a speck read as punctuation.
  const kept = words.filter(
    (w) =>
      !QUOTES.test(w.text) ||
      !words.some((o) => o !== w && /\d/.test(o.text) && o.y1 === w.y1 && Math.abs(o.x0 - w.x1) < dpi * 0.05),
  );
  const texts: PdfText[] = kept.map((w) => ({
    text: w.text,
    x: scale.left + w.x0 * scale.x,
    y: scale.top + w.y1 * scale.y,
    width: (w.x1 - w.x0) * scale.x,
    size: Math.max(1, (w.y1 - w.y0) * scale.y),
    confidence: w.confidence,
  }));
  return { number, ...page, texts, segments: segmentsOf(lines, scale) };
}
