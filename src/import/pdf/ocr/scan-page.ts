import { knownLabel, type PdfPage, type PdfText } from "../pdf-layout.js";
import type { OcrEngine, OcrWord } from "./engine.js";
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
} from "./raster.js";

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

/** Ink in a box of the image (a margin inside its borders). */
function inkIn(ink: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) n += ink[y * width + x] as number;
  return n;
}

/** A symbol the page mode may have made of a border's remnant or of a character it could not read. */
const JUNK = /[[\]{}|「」【】〖〗_~`\\]/;
/** Below this a character is read a second time, alone in its cell. */
const DOUBT = 0.75;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The cells of the ruled tables: boxes drawn on all four sides, a cell spanning rows or columns as one. */
function cellBoxes(lines: ReturnType<typeof tableLines>, margin: number): Box[] {
  const xs = [...new Set(lines.vertical.map((l) => Math.round(l.at)))].sort((a, b) => a - b);
  const ys = [...new Set(lines.horizontal.map((l) => Math.round(l.at)))].sort((a, b) => a - b);
  const covers = (l: { at: number; from: number; to: number }, at: number, from: number, to: number) =>
    Math.abs(l.at - at) <= margin && l.from <= from + margin && l.to >= to - margin;
  const v = (x: number, from: number, to: number) => lines.vertical.some((l) => covers(l, x, from, to));
  const h = (y: number, from: number, to: number) => lines.horizontal.some((l) => covers(l, y, from, to));
  const out: Box[] = [];
  for (let j = 0; j + 1 < ys.length; j++) {
    const top = ys[j] as number;
    const next = ys[j + 1] as number;
    for (let i = 0; i + 1 < xs.length; i++) {
      const left = xs[i] as number;
      // A cell's top-left corner: its top border and its left border meet here.
      if (!v(left, top, next) || !h(top, left, xs[i + 1] as number)) continue;
      const right = xs.find((x, k) => k > i && v(x, top, next));
      if (right === undefined) continue;
      const bottom = ys.find((y, m) => m > j && h(y, left, right));
      if (bottom === undefined) continue;
      out.push({ x0: left + margin, y0: top + margin, x1: right - margin, y1: bottom - margin });
    }
  }
  return out;
}

const inside = (w: OcrWord, b: Box) => {
  const x = (w.x0 + w.x1) / 2;
  const y = (w.y0 + w.y1) / 2;
  return x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
};
const digits = (ws: OcrWord[]) =>
  ws
    .map((w) => w.text)
    .join("")
    .replace(/\D/g, "");

/**
 * A second reading of the table cells the page mode read badly: a cell with ink and no character
 * (it takes a lone "2" for a speck), or with a doubtful or junk character. The cells are read alone,
 * stacked into one image so that the engine runs once. A cell read again takes the second reading;
 * where the two readings of a figure disagree the cell keeps its doubt (the lesser confidence).
 */
async function rereadCells(
  ink: Uint8Array,
  width: number,
  lines: ReturnType<typeof tableLines>,
  words: OcrWord[],
  engine: OcrEngine,
  dpi: number,
): Promise<OcrWord[]> {
  const margin = Math.round(dpi * 0.02);
  const again: { box: Box; first: OcrWord[] }[] = [];
  for (const box of cellBoxes(lines, margin)) {
    if (box.x1 - box.x0 < margin || box.y1 - box.y0 < margin) continue;
    const first = words.filter((w) => inside(w, box));
    const text = first.map((w) => w.text).join("");
    // A label the tables do not know was misread (a stacked 总 read as 巳): read alone it may come right.
    const doubtful =
      first.some((w) => w.confidence < DOUBT || JUNK.test(w.text)) ||
      (/\p{Script=Han}/u.test(text) && !knownLabel(text));
    if (first.length > 0 ? doubtful : inkIn(ink, width, box.x0, box.y0, box.x1, box.y1) >= dpi * 0.2)
      again.push({ box, first });
  }
  if (again.length === 0) return words;
  // One column of crops, a blank band between them, on a white sheet.
  const gap = Math.round(dpi * 0.25);
  const sheetW = Math.max(...again.map((a) => a.box.x1 - a.box.x0)) + gap * 2;
  const tops: number[] = [];
  let sheetH = gap;
  for (const a of again) {
    tops.push(sheetH);
    sheetH += a.box.y1 - a.box.y0 + gap;
  }
  const sheet = new Uint8Array(sheetW * sheetH);
  again.forEach(({ box }, k) => {
    for (let y = box.y0; y < box.y1; y++)
      sheet.set(
        ink.subarray(y * width + box.x0, y * width + box.x1),
        ((tops[k] as number) + y - box.y0) * sheetW + gap,
      );
  });
  const second = await engine.recognise(pgm(sheet, sheetW, sheetH), dpi, true);
  const replaced = new Set<OcrWord>();
  const added: OcrWord[] = [];
  again.forEach(({ box, first }, k) => {
    const top = tops[k] as number;
    const bottom = top + box.y1 - box.y0;
    const mine = second
      .filter((w) => (w.y0 + w.y1) / 2 >= top && (w.y0 + w.y1) / 2 <= bottom)
      .map((w) => ({
        ...w,
        x0: w.x0 - gap + box.x0,
        x1: w.x1 - gap + box.x0,
        y0: w.y0 - top + box.y0,
        y1: w.y1 - top + box.y0,
      }));
    if (mine.length === 0) return;
    const label = /\p{Script=Han}/u.test(first.map((w) => w.text).join(""));
    // A label is taken again only when the second reading is one the tables know.
    if (label && !knownLabel(mine.map((w) => w.text).join(""))) return;
    const numeric = /^\d+$/.test(digits(mine)) && digits(first) !== "";
    if (numeric && digits(first) !== digits(mine)) {
      const doubt = Math.min(...first.map((w) => w.confidence), ...mine.map((w) => w.confidence), 0.5);
      for (const w of mine) w.confidence = Math.min(w.confidence, doubt);
    }
    for (const w of first) replaced.add(w);
    added.push(...mine);
  });
  return [...words.filter((w) => !replaced.has(w)), ...added];
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
  eraseLines(ink, width, lines);
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
