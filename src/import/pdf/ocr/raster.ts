import type { PdfSegment } from "../pdf-layout.js";

/** A page image as grey levels, 0 black to 255 white, row by row from the top. */
export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

/** An image as pdf.js decodes it: `kind` 1 is one bit a pixel (1 white), 2 RGB, 3 RGBA. */
export interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Red ink is light in the red channel (a seal's red is about 200 on grey paper): darker is print. */
const RED_INK_MIN = 110;

/**
 * Grey levels of a decoded image. Of a colour image only the red channel is kept: red ink (a seal,
 * a signature in red) is then as light as the paper, and black print stays black.
 */
export function toGrey(image: DecodedImage): Grey | undefined {
  const { width, height, data } = image;
  const n = width * height;
  if (!(width > 0 && height > 0)) return undefined;
  const out = new Uint8Array(n);
  if (image.kind === 1 || data.length === Math.ceil(width / 8) * height) {
    const stride = Math.ceil(width / 8);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        out[y * width + x] = ((data[y * stride + (x >> 3)] as number) >> (7 - (x & 7))) & 1 ? 255 : 0;
    return { width, height, data: out };
  }
  const channels = data.length / n;
  if (![1, 3, 4].includes(channels)) return undefined;
  for (let p = 0; p < n; p++) {
    const r = data[p * channels] as number;
    // Reddish (a seal, also where JPEG's halved colour blurs its edge) is paper. Not where the red
    // channel itself is dark: red ink never makes it so, print under the seal (a border it crosses,
    // tinted by the seal's blurred colour) does.
    const reddish =
      channels >= 3 &&
      r > RED_INK_MIN &&
      r - Math.max(data[p * channels + 1] as number, data[p * channels + 2] as number) > 30;
    out[p] = reddish ? 255 : r;
  }
  return { width, height, data: out };
}

/**
 * The page's skew in radians (a sheet fed askew), from the angle whose projection of the dark pixels
 * onto the vertical axis is sharpest: lines of text and ruling lines then fall into few rows.
 */
export function skewOf(grey: Grey, maxDegrees = 3): number {
  const { width, height, data } = grey;
  const step = Math.max(1, Math.round(Math.min(width, height) / 800));
  const xs: number[] = [];
  const ys: number[] = [];
  // Every row, every few columns: rows sampled apart would favour the angle that keeps them apart.
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x += step)
      if ((data[y * width + x] as number) < 110) {
        xs.push(x);
        ys.push(y);
      }
  if (xs.length < 100) return 0;
  const bins = new Float64Array(height + 2 * width);
  const score = (angle: number): number => {
    const t = Math.tan(angle);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round((ys[i] as number) - (xs[i] as number) * t) + width;
      bins[b] = (bins[b] as number) + 1;
    }
    let s = 0;
    for (const v of bins) s += v * v;
    return s;
  };
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, by: number) => {
    for (let d = from; d <= to + 1e-9; d += by) {
      const s = score((d * Math.PI) / 180);
      if (s > bestScore) {
        bestScore = s;
        best = d;
      }
    }
  };
  search(-maxDegrees, maxDegrees, 0.2);
  const coarse = best;
  search(coarse - 0.2, coarse + 0.2, 0.02);
  return (best * Math.PI) / 180;
}

/** The image at `factor` (below 1) of its size, each pixel the mean of the ones it covers. */
export function downscale(grey: Grey, factor: number): Grey {
  const width = Math.max(1, Math.floor(grey.width * factor));
  const height = Math.max(1, Math.floor(grey.height * factor));
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const ya = Math.floor(y / factor);
    const yb = Math.max(ya + 1, Math.min(grey.height, Math.floor((y + 1) / factor)));
    for (let x = 0; x < width; x++) {
      const xa = Math.floor(x / factor);
      const xb = Math.max(xa + 1, Math.min(grey.width, Math.floor((x + 1) / factor)));
      let sum = 0;
      for (let sy = ya; sy < yb; sy++)
        for (let sx = xa; sx < xb; sx++) sum += grey.data[sy * grey.width + sx] as number;
      out[y * width + x] = sum / ((yb - ya) * (xb - xa));
    }
  }
  return { width, height, data: out };
}

/** The image turned by `-angle` about its centre (bilinear; outside the sheet is white). */
export function rotate(grey: Grey, angle: number): Grey {
  if (Math.abs(angle) < 1e-4) return grey;
  const { width, height, data } = grey;
  const out = new Uint8Array(width * height);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // The source pixel that the skew carried here.
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = (data[i] as number) * (1 - fx) + (data[i + 1] as number) * fx;
      const bottom = (data[i + width] as number) * (1 - fx) + (data[i + width + 1] as number) * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data: out };
}

/**
 * Ink (1) and paper (0), each pixel against the mean of its neighbourhood: a fold's shadow or a
 * darker edge of the sheet darkens both, so only print stands out.
 */
export function binarise(grey: Grey, window: number): Uint8Array {
  const { width, height, data } = grey;
  const w1 = width + 1;
  const sum = new Float64Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x] as number;
      sum[(y + 1) * w1 + x + 1] = (sum[y * w1 + x + 1] as number) + row;
    }
  }
  const r = Math.max(4, Math.round(window / 2));
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const ya = Math.max(0, y - r);
    const yb = Math.min(height, y + r + 1);
    for (let x = 0; x < width; x++) {
      const xa = Math.max(0, x - r);
      const xb = Math.min(width, x + r + 1);
      const total =
        (sum[yb * w1 + xb] as number) -
        (sum[ya * w1 + xb] as number) -
        (sum[yb * w1 + xa] as number) +
        (sum[ya * w1 + xa] as number);
      const mean = total / ((yb - ya) * (xb - xa));
      const v = data[y * width + x] as number;
      ink[y * width + x] = v < 170 && v < mean - 25 ? 1 : 0;
    }
  }
  return ink;
}

interface Run {
  at: number;
  from: number;
  to: number;
  last: number;
}

/**
 * Straight ruling lines in the ink, longer than `minLength` pixels, allowing gaps of `gap` pixels
 * (JPEG noise breaks a thin line): horizontal ones row by row, vertical ones column by column, the
 * rows (columns) of one thick line merged. In pixels of the image.
 */
export function ruledLines(
  ink: Uint8Array,
  width: number,
  height: number,
  minH: number,
  minV: number,
  gap: number,
): { horizontal: Run[]; vertical: Run[] } {
  const scan = (across: number, along: number, get: (a: number, b: number) => number, min: number) => {
    const done: Run[] = [];
    let open: Run[] = [];
    for (let a = 0; a < across; a++) {
      const found: { from: number; to: number }[] = [];
      let start = -1;
      let lastInk = -1;
      for (let b = 0; b <= along; b++) {
        const on = b < along && get(a, b) === 1;
        if (on) {
          if (start < 0) start = b;
          lastInk = b;
        } else if (start >= 0 && b - lastInk > gap) {
          if (lastInk - start + 1 >= min) found.push({ from: start, to: lastInk });
          start = -1;
        }
      }
      const next: Run[] = [];
      for (const f of found) {
        const same = open.find((o) => o.last === a - 1 && o.from <= f.to && f.from <= o.to);
        if (same) {
          same.from = Math.min(same.from, f.from);
          same.to = Math.max(same.to, f.to);
          same.at += a;
          same.last = a;
          (same as Run & { rows: number }).rows += 1;
          if (!next.includes(same)) next.push(same);
        } else next.push(Object.assign({ at: a, from: f.from, to: f.to, last: a }, { rows: 1 }));
      }
      for (const o of open) if (!next.includes(o)) done.push(o);
      open = next;
    }
    done.push(...open);
    // `at` summed the rows' positions: their mean is the line's.
    return done.map((r) => ({ ...r, at: r.at / (r as Run & { rows: number }).rows }));
  };
  const horizontal = scan(height, width, (y, x) => ink[y * width + x] as number, minH);
  const vertical = scan(width, height, (x, y) => ink[y * width + x] as number, minV);
  return { horizontal, vertical };
}

/**
 * The lines that belong to a ruled table: a border meets at least two borders of the other direction
 * (corners or crossings), while a character's long strokes (the stem of 本, the bars of 理) meet at
 * most one another.
 */
export function tableLines(
  lines: { horizontal: Run[]; vertical: Run[] },
  tolerance: number,
  minSize: number,
): { horizontal: Run[]; vertical: Run[] } {
  const meets = (h: Run, v: Run) =>
    v.at >= h.from - tolerance &&
    v.at <= h.to + tolerance &&
    h.at >= v.from - tolerance &&
    h.at <= v.to + tolerance;
  const twice = <T>(items: T[], test: (item: T) => boolean) => {
    let n = 0;
    for (const item of items) if (test(item) && ++n >= 2) return true;
    return false;
  };
  let { horizontal, vertical } = lines;
  // Dropping a stroke may leave another alone: until nothing changes (a few rounds).
  for (let round = 0; round < 4; round++) {
    const v = vertical.filter((l) => twice(horizontal, (h) => meets(h, l)));
    const h = horizontal.filter((l) => twice(v, (w) => meets(l, w)));
    if (v.length === vertical.length && h.length === horizontal.length) break;
    vertical = v;
    horizontal = h;
  }
  // A character drawn as a grid (开, 井) passes the test above; a table is larger than a character.
  const group = new Map<Run, Run[]>();
  const all = [...horizontal, ...vertical];
  for (const line of all) group.set(line, [line]);
  for (const h of horizontal)
    for (const v of vertical) {
      const a = group.get(h) as Run[];
      const b = group.get(v) as Run[];
      if (a === b || !meets(h, v)) continue;
      a.push(...b);
      for (const line of b) group.set(line, a);
    }
  const large = (lines: Run[]) => {
    const hs = lines.filter((l) => horizontal.includes(l));
    const vs = lines.filter((l) => vertical.includes(l));
    const wide = Math.max(...hs.map((l) => l.to)) - Math.min(...hs.map((l) => l.from));
    const tall = Math.max(...vs.map((l) => l.to)) - Math.min(...vs.map((l) => l.from));
    return wide >= minSize && tall >= minSize;
  };
  const kept = new Set<Run>();
  for (const lines of new Set(group.values())) if (large(lines)) for (const l of lines) kept.add(l);
  return { horizontal: horizontal.filter((l) => kept.has(l)), vertical: vertical.filter((l) => kept.has(l)) };
}

/**
 * The table's lines with the pieces of its borders that stand alone: a border that a seal or noise
 * broke leaves pieces that meet no other border, yet lie on a border's line within the table. They
 * are borders too (left in the ink, OCR reads a piece as "1").
 */
export function withBorderPieces(
  table: { horizontal: Run[]; vertical: Run[] },
  all: { horizontal: Run[]; vertical: Run[] },
  tolerance: number,
  minLength: number,
): { horizontal: Run[]; vertical: Run[] } {
  const pieces = (mine: Run[], found: Run[], across: Run[]) => {
    const extra = found.filter((r) => {
      // Longer than a character: a stroke of one in a merged cell may stand where a border runs below.
      if (r.to - r.from < minLength || mine.includes(r)) return false;
      if (!mine.some((l) => Math.abs(l.at - r.at) <= tolerance)) return false;
      // Within the table: between its first and last border across this one's place.
      const ats = across
        .filter((l) => l.from - tolerance <= r.at && l.to + tolerance >= r.at)
        .map((l) => l.at);
      return (
        ats.length >= 2 && r.from >= Math.min(...ats) - tolerance && r.to <= Math.max(...ats) + tolerance
      );
    });
    return [...mine, ...extra];
  };
  return {
    horizontal: pieces(table.horizontal, all.horizontal, table.vertical),
    vertical: pieces(table.vertical, all.vertical, table.horizontal),
  };
}

/** Clears the ruling lines out of the ink (a band a pixel wider each side): OCR reads a line as "|" or "一". */
export function eraseLines(
  ink: Uint8Array,
  width: number,
  lines: { horizontal: Run[]; vertical: Run[] },
): void {
  const height = ink.length / width;
  for (const l of lines.horizontal) {
    const rows = (l as Run & { rows?: number }).rows ?? 1;
    const y0 = Math.max(0, Math.floor(l.at - rows / 2) - 1);
    const y1 = Math.min(height - 1, Math.ceil(l.at + rows / 2) + 1);
    for (let y = y0; y <= y1; y++) ink.fill(0, y * width + l.from, y * width + l.to + 1);
  }
  for (const l of lines.vertical) {
    const cols = (l as Run & { rows?: number }).rows ?? 1;
    const x0 = Math.max(0, Math.floor(l.at - cols / 2) - 1);
    const x1 = Math.min(width - 1, Math.ceil(l.at + cols / 2) + 1);
    for (let y = l.from; y <= l.to; y++) for (let x = x0; x <= x1; x++) ink[y * width + x] = 0;
  }
}

/** The lines as the positional reader takes them, in page units through `scale`. */
export function segmentsOf(
  lines: { horizontal: Run[]; vertical: Run[] },
  scale: { x: number; y: number; left: number; top: number },
): PdfSegment[] {
  const px = (x: number) => scale.left + x * scale.x;
  const py = (y: number) => scale.top + y * scale.y;
  return [
    ...lines.horizontal.map((l) => ({ x1: px(l.from), y1: py(l.at), x2: px(l.to), y2: py(l.at) })),
    ...lines.vertical.map((l) => ({ x1: px(l.at), y1: py(l.from), x2: px(l.at), y2: py(l.to) })),
  ];
}

/** Ink as a binary PGM (P5) file, black print on white: a format the OCR engine reads without a codec. */
export function pgm(ink: Uint8Array, width: number, height: number): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  for (let i = 0; i < ink.length; i++) out[header.length + i] = ink[i] ? 0 : 255;
  return out;
}
