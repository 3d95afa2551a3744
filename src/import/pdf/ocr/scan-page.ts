import type { PdfPage, PdfText } from "../pdf-layout.js";
import type { OcrEngine } from "./engine.js";
import {
  binarise,
  type DecodedImage,
  downscale,
  eraseLines,
  pgm,
  rotate,
  ruledLines,
  segmentsOf,
  skewOf,
  tableLines,
  toGrey,
  withBorderPieces,
} from "./raster.js";
import { rereadCells } from "./reread-cells.js";

/** Where an image is painted on the page, in page units from the top-left corner. */
export interface PlacedImage {
  image: DecodedImage;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The resolution the page is read at: finer scans are brought down to it. */
const WORK_DPI = 200;

const QUOTES = /^[“”‘’"'`|_~]$/;

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
  const full = toGrey(placed.image);
  if (!full) return { number, ...page, texts: [], segments: [] };
  // Past 200 dpi the engine reads no better, only slower: a finer scan is brought down to 200.
  const inch = dpi > WORK_DPI * 1.1 ? WORK_DPI : dpi;
  const grey = inch < dpi ? downscale(full, inch / dpi) : full;
  const straight = rotate(grey, skewOf(grey));
  const { width, height } = straight;
  const ink = binarise(straight, inch / 5);
  // A character's strokes are shorter than a character (a tenth of an inch at 10 pt); a border is longer.
  const found = ruledLines(ink, width, height, Math.round(inch * 0.25), Math.round(inch * 0.17), 2);
  const lines = tableLines(found, Math.round(inch * 0.03), inch * 0.4);
  // The pieces of broken borders are cleared out of the ink too; the table is read by its whole lines.
  eraseLines(ink, width, withBorderPieces(lines, found, Math.round(inch * 0.03), Math.round(inch * 0.25)));
  const scale = {
    x: placed.width / width,
    y: placed.height / height,
    left: placed.left,
    top: placed.top,
  };
  const read = await rereadCells(
    ink,
    width,
    lines,
    await engine.recognise(pgm(ink, width, height), inch),
    engine,
    inch,
  );
  // A quote mark glued to a figure ("“215") is a border's remnant or a speck read as punctuation.
  const kept = read.filter(
    (w) =>
      !QUOTES.test(w.text) ||
      !read.some((o) => o !== w && /\d/.test(o.text) && o.y1 === w.y1 && Math.abs(o.x0 - w.x1) < inch * 0.05),
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
