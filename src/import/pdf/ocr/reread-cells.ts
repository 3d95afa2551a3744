import { knownLabel } from "../pdf-layout.js";
import type { OcrEngine, OcrWord } from "./engine.js";
import { pgm, type tableLines } from "./raster.js";

type Lines = ReturnType<typeof tableLines>;
type Line = Lines["horizontal"][number];

/** A box of the image, in pixels: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A symbol the page mode may have made of a border's remnant or of a character it could not read. */
const JUNK = /[[\]{}|丨「」【】〖〗_~`\\]/;
/** Below this a character is read a second time, alone in its cell. */
const DOUBT = 0.75;
/** The confidence a figure keeps when its cell holds ink the readings do not account for. */
const UNSURE = 0.5;
/** What a cell with ink that no reading recognised reads as: a reading to check, never a blank. */
export const UNREAD = "?";

/** Ink in a box of the image. */
function inkIn(ink: Uint8Array, width: number, b: Box): number {
  let n = 0;
  for (let y = b.y0; y < b.y1; y++) for (let x = b.x0; x < b.x1; x++) n += ink[y * width + x] as number;
  return n;
}

/**
 * The open top and bottom of a table that a page break cuts: its first row on the next page has no
 * top border (its last row no bottom one), but its column borders still stop there together. Where
 * two or more of them end at one height that no horizontal border covers, a border is taken to be.
 */
function openEdges(lines: Lines, margin: number): Line[] {
  const out: Line[] = [];
  const covered = (x: number, y: number) =>
    lines.horizontal.some(
      (h) => Math.abs(h.at - y) <= margin * 2 && h.from <= x + margin && h.to >= x - margin,
    );
  // A border that noise broke is found in pieces: where another piece of it goes on past a piece's
  // end (across a gap of a few pixels at most), that end is no end of the table.
  const continued = (v: Line, end: "from" | "to") =>
    lines.vertical.some(
      (o) =>
        o !== v &&
        Math.abs(o.at - v.at) <= margin &&
        (end === "from"
          ? o.from < v.from - margin && o.to >= v.from - margin * 3
          : o.to > v.to + margin && o.from <= v.to + margin * 3),
    );
  for (const end of ["from", "to"] as const) {
    const loose = lines.vertical
      .filter((v) => !covered(v.at, v[end]) && !continued(v, end))
      .sort((a, b) => a[end] - b[end]);
    // Ends within a few pixels of each other are one edge (noise frays a line's end).
    let group: Line[] = [];
    const close = () => {
      if (group.length >= 2) {
        const ys = group.map((v) => v[end]);
        out.push({
          // The edge every one of the group reaches: the lowest top, the highest bottom.
          at: end === "from" ? Math.max(...ys) : Math.min(...ys),
          from: Math.min(...group.map((v) => v.at)),
          to: Math.max(...group.map((v) => v.at)),
          last: 0,
        });
      }
      group = [];
    };
    for (const v of loose) {
      if (group.length > 0 && v[end] - (group[0] as Line)[end] > margin * 3) close();
      group.push(v);
    }
    close();
  }
  return out;
}

/**
 * Lines on one line with gaps of at most `gap` pixels between them, joined: a seal's stroke or noise
 * breaks a border, and the cell it closes is still a cell.
 */
function joinBroken(runs: Line[], margin: number, gap: number): Line[] {
  const out: Line[] = [];
  for (const r of [...runs].sort((a, b) => a.at - b.at || a.from - b.from)) {
    const on = out.find(
      (o) => Math.abs(o.at - r.at) <= margin && r.from <= o.to + gap && r.to >= o.from - gap,
    );
    if (on) {
      on.from = Math.min(on.from, r.from);
      on.to = Math.max(on.to, r.to);
    } else out.push({ ...r });
  }
  return out;
}

/** The cells of the ruled tables: boxes drawn on all four sides, a cell spanning rows or columns as one. */
export function cellBoxes(found: Lines, margin: number): Box[] {
  const lines = {
    horizontal: joinBroken(found.horizontal, margin, margin * 4),
    vertical: joinBroken(found.vertical, margin, margin * 4),
  };
  const horizontal = [...lines.horizontal, ...openEdges(lines, margin)];
  const xs = [...new Set(lines.vertical.map((l) => Math.round(l.at)))].sort((a, b) => a - b);
  const ys = [...new Set(horizontal.map((l) => Math.round(l.at)))].sort((a, b) => a - b);
  const covers = (l: { at: number; from: number; to: number }, at: number, from: number, to: number) =>
    Math.abs(l.at - at) <= margin && l.from <= from + margin && l.to >= to - margin;
  const v = (x: number, from: number, to: number) => lines.vertical.some((l) => covers(l, x, from, to));
  const h = (y: number, from: number, to: number) => horizontal.some((l) => covers(l, y, from, to));
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
/** A connected piece of ink: its pixels and its height. */
interface Piece {
  size: number;
  height: number;
}

/**
 * The connected pieces of ink of a box, leaving out what the boxes of `words` take in (with a pixel
 * or two around them: a character's strokes may stand outside the box the engine gives it).
 */
export function inkPieces(ink: Uint8Array, width: number, b: Box, words: OcrWord[] = []): Piece[] {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  if (w <= 0 || h <= 0) return [];
  const left = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) left[y * w + x] = ink[(b.y0 + y) * width + b.x0 + x] as number;
  const pad = 2;
  for (const word of words) {
    const xa = Math.max(0, Math.floor(word.x0) - b.x0 - pad);
    const xb = Math.min(w, Math.ceil(word.x1) - b.x0 + pad);
    const ya = Math.max(0, Math.floor(word.y0) - b.y0 - pad);
    const yb = Math.min(h, Math.ceil(word.y1) - b.y0 + pad);
    for (let y = ya; y < yb; y++) left.fill(0, y * w + xa, y * w + Math.max(xa, xb));
  }
  const out: Piece[] = [];
  const stack: number[] = [];
  for (let start = 0; start < left.length; start++) {
    if (!left[start]) continue;
    let size = 0;
    let top = h;
    let bottom = 0;
    left[start] = 0;
    stack.push(start);
    while (stack.length > 0) {
      const p = stack.pop() as number;
      size++;
      const x = p % w;
      const y = (p - x) / w;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      for (const q of [p - w, p + w, x > 0 ? p - 1 : -1, x + 1 < w ? p + 1 : -1])
        if (q >= 0 && q < left.length && left[q]) {
          left[q] = 0;
          stack.push(q);
        }
    }
    out.push({ size, height: bottom - top + 1 });
  }
  return out;
}

/**
 * Ink in a figure's cell that its reading does not account for: a piece beside the characters (a
 * minus sign or a digit the engine passed over), or, where the reading holds no digit (a dash, or
 * nothing), a piece as tall as a digit: a dash is flat. Specks of noise are smaller than `speck`.
 */
function unexplained(ink: Uint8Array, width: number, box: Box, words: OcrWord[], dpi: number): boolean {
  const speck = Math.round((dpi * dpi) / 4000);
  if (inkPieces(ink, width, box, words).some((p) => p.size >= speck)) return true;
  if (digits(words) !== "") return false;
  // A digit of 10-point print is a tenth of an inch tall; a dash a few pixels.
  return inkPieces(ink, width, box).some((p) => p.size >= speck && p.height >= dpi * 0.06);
}

// 丨 is a Han character, but in a table it is a border's remnant or a digit's stroke, not a label.
const isLabel = (ws: OcrWord[]) => /\p{Script=Han}/u.test(ws.map((w) => w.text.replace(JUNK, "")).join(""));

/** Cells stacked in one column, a blank band between them, on a white sheet: the engine runs once. */
function sheetOf(ink: Uint8Array, width: number, boxes: Box[], gap: number) {
  const sheetW = Math.max(...boxes.map((b) => b.x1 - b.x0)) + gap * 2;
  const tops: number[] = [];
  let h = gap;
  for (const b of boxes) {
    tops.push(h);
    h += b.y1 - b.y0 + gap;
  }
  const sheet = new Uint8Array(sheetW * h);
  boxes.forEach((b, k) => {
    for (let y = b.y0; y < b.y1; y++)
      sheet.set(
        ink.subarray(y * width + b.x0, y * width + b.x1),
        ((tops[k] as number) + y - b.y0) * sheetW + gap,
      );
  });
  return { image: pgm(sheet, sheetW, h), tops };
}

/** A figure as tables print it: digits, a sign, a decimal point, a dash for none. */
const FIGURE = /^(?:[-−]?\d[\d,]*(?:\.\d+)?|[-—–－]+)$/;

/** The words a stacked sheet's reading holds for the cell at `top`, in the page image's pixels. */
function placed(read: OcrWord[], box: Box, top: number, gap: number): OcrWord[] {
  const bottom = top + box.y1 - box.y0;
  return read
    .filter((w) => (w.y0 + w.y1) / 2 >= top && (w.y0 + w.y1) / 2 <= bottom)
    .map((w) => ({
      ...w,
      x0: w.x0 - gap + box.x0,
      x1: w.x1 - gap + box.x0,
      y0: w.y0 - top + box.y0,
      y1: w.y1 - top + box.y0,
    }));
}

/**
 * A second reading of the table cells the page mode read badly: a cell with ink and no character
 * (it takes a lone "2" for a speck), a figure with ink beside it that no character accounts for (a
 * minus sign it dropped), or a doubtful or junk character. The cells are read alone, stacked into one
 * image so that the engine runs once. A cell read again takes the second reading; where the two
 * readings of a figure disagree, or ink is still unaccounted for, the cell keeps its doubt; a cell
 * with ink that neither reading recognised reads as `UNREAD`, a reading to check, never a blank.
 */
export async function rereadCells(
  ink: Uint8Array,
  width: number,
  lines: Lines,
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
      (isLabel(first) ? !knownLabel(text) : unexplained(ink, width, box, first, dpi));
    if (first.length > 0 ? doubtful : inkIn(ink, width, box) >= dpi * 0.2) again.push({ box, first });
  }
  if (again.length === 0) return words;
  const gap = Math.round(dpi * 0.25);
  const { image, tops } = sheetOf(
    ink,
    width,
    again.map((a) => a.box),
    gap,
  );
  const second = await engine.recognise(image, dpi, "cells");
  const replaced = new Set<OcrWord>();
  const added: OcrWord[] = [];
  const figures: { box: Box; words: OcrWord[] }[] = [];
  again.forEach(({ box, first }, k) => {
    const mine = placed(second, box, tops[k] as number, gap);
    const label = isLabel(first);
    // A label is taken again only when the second reading is one the tables know.
    if (label) {
      if (mine.length > 0 && knownLabel(mine.map((w) => w.text).join(""))) {
        for (const w of first) replaced.add(w);
        added.push(...mine);
      }
      return;
    }
    if (isLabel(mine) && first.length > 0) return;
    for (const w of first) replaced.add(w);
    const taken = mine.length > 0 ? mine : first;
    if (taken.length === 0) {
      // Ink, and no character either time: a figure (or a mark) the engine could not read.
      figures.push({ box, words: [{ text: UNREAD, ...box, confidence: 0 }] });
      return;
    }
    const disagree = mine.length > 0 && digits(first) !== "" && digits(first) !== digits(mine);
    if (disagree || unexplained(ink, width, box, taken, dpi)) {
      const doubt = Math.min(...first.map((w) => w.confidence), ...taken.map((w) => w.confidence), UNSURE);
      for (const w of taken) w.confidence = Math.min(w.confidence, doubt);
    }
    figures.push({ box, words: taken });
  });
  // A figure's cell still read as no figure ("【" for a 1, "丨" for a 4, nothing) is read a third time
  // with only digits and signs allowed: what it finds is taken, as a reading to check.
  const unclear = figures.filter((f) => !FIGURE.test(f.words.map((w) => w.text).join("")));
  if (unclear.length > 0) {
    const sheet = sheetOf(
      ink,
      width,
      unclear.map((f) => f.box),
      gap,
    );
    const third = await engine.recognise(sheet.image, dpi, "figures");
    unclear.forEach((f, k) => {
      const read = placed(third, f.box, sheet.tops[k] as number, gap);
      if (!FIGURE.test(read.map((w) => w.text).join(""))) return;
      for (const w of read) w.confidence = Math.min(w.confidence, UNSURE);
      f.words = read;
    });
  }
  for (const f of figures) added.push(...f.words);
  return [...words.filter((w) => !replaced.has(w)), ...added];
}
