import type { OutcomeGroup } from "../../model/table3.js";
import { Budget, TooComplex } from "../budget.js";
import type { Block, GridCell, PageDocument, TextBlock } from "../document.js";
import { labelBook } from "../labels-match.js";
import { cleanText } from "../normalise.js";
import { isHeading } from "../sections.js";

/** A run of text as the PDF places it; y is the baseline, measured from the top of the page. */
export interface PdfText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Recognised by OCR, with this confidence (0 to 1); absent for a text layer's runs. */
  confidence?: number;
}

/** A ruling line (axis-aligned), y from the top of the page. */
export interface PdfSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the reader takes from one page. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  texts: PdfText[];
  segments: PdfSegment[];
}

/** Lines that are page chrome: page numbers in the forms offices print them ("- 4 -", "第 4 页"). */
const PAGE_NUMBER =
  /^(?:[-—–－_]\s*\d{1,4}\s*[-—–－_]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|Page\s*\d+(?:\s*of\s*\d+)?)$/i;
/** A bare number is a page number only in the top or bottom margin. */
const BARE_NUMBER = /^\d{1,4}$/;
const MARGIN = 0.08;

function chromeLine(text: string, top: number, height: number): boolean {
  if (PAGE_NUMBER.test(text)) return true;
  return BARE_NUMBER.test(text) && (top < height * MARGIN || top > height * (1 - MARGIN));
}

/** Where a run stands, as `sources` and `unmapped` give it; an OCR reading adds its confidence. */
export function at(page: number, x: number, y: number, confidence?: number): string {
  const ocr = confidence === undefined ? "" : ` (OCR ${confidence.toFixed(2)})`;
  return `page ${page}, x ${Math.round(x)}, y ${Math.round(y)}${ocr}`;
}

/** The least confidence of OCR'd runs (a cell is as sure as its least sure word); none for a text layer. */
function leastConfidence(texts: PdfText[]): number | undefined {
  let least: number | undefined;
  for (const t of texts) if (t.confidence !== undefined) least = Math.min(least ?? 1, t.confidence);
  return least;
}

const MAX_LINES = 2000;
/** An official table has a few hundred cells; a grid of more is a drawing (and costly to lay out). */
const MAX_SLOTS = 20_000;

// Tolerance for lines that are drawn twice or a hair apart (collapsed borders), in PDF units.
const SNAP = 2;

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    const last = group[group.length - 1];
    if (last !== undefined && v - last > SNAP) {
      out.push(group.reduce((s, g) => s + g, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, g) => s + g, 0) / group.length);
  return out;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j] as number;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Line {
  horizontal: boolean;
  /** y of a horizontal line, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

function linesOf(segments: PdfSegment[]): Line[] {
  const lines: Line[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x2 - s.x1);
    const dy = Math.abs(s.y2 - s.y1);
    if (dy <= SNAP / 2 && dx > SNAP)
      lines.push({
        horizontal: true,
        at: (s.y1 + s.y2) / 2,
        from: Math.min(s.x1, s.x2),
        to: Math.max(s.x1, s.x2),
      });
    else if (dx <= SNAP / 2 && dy > SNAP)
      lines.push({
        horizontal: false,
        at: (s.x1 + s.x2) / 2,
        from: Math.min(s.y1, s.y2),
        to: Math.max(s.y1, s.y2),
      });
  }
  return lines;
}

function touches(a: Line, b: Line): boolean {
  if (a.horizontal === b.horizontal)
    return Math.abs(a.at - b.at) <= SNAP && a.from <= b.to + SNAP && b.from <= a.to + SNAP;
  const [h, v] = a.horizontal ? [a, b] : [b, a];
  return v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
}

/** A ruled table on one page: its column and row boundaries and which slots join into one cell. */
interface RuledTable {
  xs: number[];
  ys: number[];
  lines: Line[];
}

/** Groups the ruling lines into tables: lines that cross or continue each other belong together. */
function ruledTables(segments: PdfSegment[]): RuledTable[] {
  const lines = linesOf(segments);
  // A page of tables draws a few hundred borders; thousands are a drawing, not a table (and the
  // pairwise check below would grow with their square). Its text is then read as lines.
  if (lines.length > MAX_LINES) return [];
  const uf = new UnionFind(lines.length);
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i] as Line;
      const b = lines[j] as Line;
      if (touches(a, b)) uf.union(i, j);
    }
  }
  const groups = new Map<number, Line[]>();
  lines.forEach((line, i) => {
    const root = uf.find(i);
    const group = groups.get(root) ?? [];
    group.push(line);
    groups.set(root, group);
  });
  const tables: RuledTable[] = [];
  const all = [...groups.values()];
  // A rowspan cell running on from the page before has no borders across it on this page: its outer
  // column line stands alone, apart from the table it closes.
  const orphans = all.filter((g) => g.every((l) => !l.horizontal)).flat();
  for (const group of all) {
    const horizontal = group.filter((l) => l.horizontal);
    if (!horizontal.length) continue;
    const inner = group.filter((l) => !l.horizontal);
    if (!inner.length) continue;
    const top0 = Math.min(...inner.map((l) => l.from));
    const bottom0 = Math.max(...inner.map((l) => l.to));
    const left0 = Math.min(...horizontal.map((l) => l.from));
    const right0 = Math.max(...horizontal.map((l) => l.to));
    const outer = orphans.filter(
      (l) =>
        (l.at < left0 - SNAP || l.at > right0 + SNAP) &&
        l.from >= top0 - SNAP * 2 &&
        l.to <= bottom0 + SNAP * 2 &&
        (Math.abs(l.from - top0) <= SNAP * 2 || Math.abs(l.to - bottom0) <= SNAP * 2),
    );
    const vertical = [...inner, ...outer];
    // A table continued on a new page may lack its top (or bottom) border: the columns' ends close it.
    const top = Math.min(...vertical.map((l) => l.from));
    const bottom = Math.max(...vertical.map((l) => l.to));
    const left = Math.min(left0, ...outer.map((l) => l.at));
    const right = Math.max(right0, ...outer.map((l) => l.at));
    const edges: Line[] = [
      { horizontal: true, at: top, from: left, to: right },
      { horizontal: true, at: bottom, from: left, to: right },
      { horizontal: false, at: left, from: top, to: bottom },
      { horizontal: false, at: right, from: top, to: bottom },
    ];
    const lines = [...group, ...outer, ...edges];
    const xs = cluster(lines.filter((l) => !l.horizontal).map((l) => l.at));
    const ys = cluster(lines.filter((l) => l.horizontal).map((l) => l.at));
    const slots = (xs.length - 1) * (ys.length - 1);
    if (xs.length >= 2 && ys.length >= 2 && slots <= MAX_SLOTS) tables.push({ xs, ys, lines });
  }
  return tables.sort((a, b) => (a.ys[0] as number) - (b.ys[0] as number));
}

function ruled(table: RuledTable, horizontal: boolean, at: number, mid: number): boolean {
  return table.lines.some(
    (l) => l.horizontal === horizontal && Math.abs(l.at - at) <= SNAP && l.from <= mid && l.to >= mid,
  );
}

/** The middle of a run's glyphs (the baseline less a third of the size), for placing it in a cell. */
const middle = (t: PdfText) => ({ x: t.x + t.width / 2, y: t.y - t.size * 0.35 });

/** Runs of one cell or one line, in reading order: rows by baseline, left to right. */
export function textRows(texts: readonly PdfText[]): PdfText[][] {
  const sorted = [...texts].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfText[][] = [];
  for (const t of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(t.y - first.y) <= Math.max(first.size, t.size) * 0.4) row.push(t);
    else rows.push([t]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

// Runs of one line join without a space unless a gap stands between them (a column gap, "商 业").
function joinRow(row: PdfText[]): string {
  let out = "";
  let end: number | undefined;
  for (const t of row) {
    if (end !== undefined && t.x - end > t.size * 0.6) out += " ";
    out += t.text;
    end = t.x + t.width;
  }
  return out;
}

/** A cell's text: its lines joined without a break (wrapped and vertical labels read as one). */
function cellText(texts: PdfText[]): string {
  return cleanText(textRows(texts).map(joinRow).join(""));
}

interface Placed {
  top: number;
  block: Block;
  /** For a line: its size and how far it stops short of the right margin. */
  size?: number;
  short?: number;
  indent?: number;
  runs?: PdfText[];
}

function gridOf(table: RuledTable, texts: PdfText[], page: number, xs = table.xs): GridCell[][] {
  const { ys } = table;
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const slot = (r: number, c: number) => r * nc + c;
  const uf = new UnionFind(nr * nc);
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
      const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
      if (c + 1 < nc && !ruled(table, false, xs[c + 1] as number, midY)) uf.union(slot(r, c), slot(r, c + 1));
      if (r + 1 < nr && !ruled(table, true, ys[r + 1] as number, midX)) uf.union(slot(r, c), slot(r + 1, c));
    }
  }
  const inCell = new Map<number, PdfText[]>();
  for (const t of texts) {
    const m = middle(t);
    const after = xs.findIndex((x) => x > m.x);
    const c = after < 0 ? nc - 1 : Math.max(0, after - 1);
    const r = Math.max(0, ys.findIndex((y) => y > m.y) - 1);
    const root = uf.find(slot(Math.min(r, nr - 1), Math.min(c, nc - 1)));
    const list = inCell.get(root) ?? [];
    list.push(t);
    inCell.set(root, list);
  }
  const cells = new Map<number, GridCell>();
  const rows: GridCell[][] = [];
  for (let r = 0; r < nr; r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < nc; c++) {
      const root = uf.find(slot(r, c));
      const origin = cells.get(root);
      if (origin) {
        row.push({ text: origin.text, origin: false, where: origin.where });
        continue;
      }
      const texts = inCell.get(root) ?? [];
      const first = textRows(texts)[0]?.[0];
      const where = first
        ? at(page, first.x, first.y - first.size, leastConfidence(texts))
        : at(page, xs[c] as number, ys[r] as number);
      const cell = { text: cellText(texts), origin: true, where };
      cells.set(root, cell);
      row.push(cell);
    }
    rows.push(row);
  }
  return rows;
}

function inside(table: RuledTable, t: PdfText): boolean {
  const m = middle(t);
  const { xs, ys } = table;
  const left = xs[0] as number;
  const right = xs[xs.length - 1] as number;
  // A table wider than the page is cut at its edge, and so is the text of its last column.
  const across = (m.x >= left && m.x <= right) || (t.x >= left && t.x < right - 1);
  return across && m.y >= (ys[0] as number) && m.y <= (ys[ys.length - 1] as number);
}

/** Lines of text outside the tables, each with how far it stops short of the text's right margin. */
function textLines(texts: PdfText[], page: number): Placed[] {
  const margin = Math.max(0, ...texts.map((t) => t.x + t.width));
  const left = Math.min(...texts.map((t) => t.x));
  return textRows(texts).map((row) => {
    const first = row[0] as PdfText;
    const last = row[row.length - 1] as PdfText;
    const where = at(page, first.x, first.y - first.size, leastConfidence(row));
    return {
      top: first.y - first.size,
      block: { kind: "text", text: cleanText(joinRow(row)), where },
      size: first.size,
      short: margin - (last.x + last.width),
      indent: first.x - left,
      runs: row,
    };
  });
}

// A line that runs to the right margin continues on the next line (wrapped paragraph or title),
// unless the next one starts a section.
function continues(before: Placed | undefined, line: Placed): boolean {
  if (before?.block.kind !== "text" || before.size === undefined || line.size === undefined) return false;
  if (Math.abs(before.size - line.size) > 0.5 || (before.short ?? 0) > before.size * 1.5) return false;
  // A right-aligned signature reaches the margin too, but starts far from the left one.
  if ((before.indent ?? 0) > before.size * 2.5) return false;
  return !isHeading((line.block as TextBlock).text);
}

/**
 * pdf.js joins runs on one baseline into one item, across cell borders too ("（五 1.信"): an item
 * crossing a column line is cut there, at the space nearest the line or else pro rata of its width.
 */
function cutAtColumns(table: RuledTable, t: PdfText): PdfText[] {
  const y = middle(t).y;
  const cuts = table.lines
    .filter(
      (l) => !l.horizontal && l.at > t.x + SNAP && l.at < t.x + t.width - SNAP && l.from <= y && l.to >= y,
    )
    .map((l) => l.at)
    .sort((a, b) => a - b);
  if (!cuts.length || t.text.length < 2) return [t];
  const per = t.width / t.text.length;
  const out: PdfText[] = [];
  let start = 0;
  for (const x of cuts) {
    let cut = Math.round((x - t.x) / per);
    for (const d of [0, -1, 1, -2, 2]) {
      if (t.text[cut + d] === " ") {
        cut += d;
        break;
      }
    }
    if (cut <= start || cut >= t.text.length) continue;
    out.push({ ...t, text: t.text.slice(start, cut), x: t.x + start * per, width: (cut - start) * per });
    start = cut;
  }
  out.push({ ...t, text: t.text.slice(start), x: t.x + start * per, width: (t.text.length - start) * per });
  return out.filter((p) => p.text.trim() !== "");
}

interface Piece {
  page: number;
  table: RuledTable;
  texts: PdfText[];
}

const sameWidth = (a: RuledTable, b: RuledTable) =>
  Math.abs((a.xs[0] as number) - (b.xs[0] as number)) <= SNAP * 2 &&
  Math.abs((a.xs[a.xs.length - 1] as number) - (b.xs[b.xs.length - 1] as number)) <= SNAP * 2;

/**
 * One table from its pieces on consecutive pages: every piece is cut along the columns of all of
 * them, so a header cell spanning columns on one page lines up with the figures on the next.
 */
function joinPieces(pieces: Piece[], budget: Budget): GridCell[][] {
  const first = pieces[0] as Piece;
  const left = first.table.xs[0] as number;
  const right = first.table.xs[first.table.xs.length - 1] as number;
  const inner = pieces.flatMap((p) => p.table.xs.slice(1, -1));
  const xs = pieces.length === 1 ? first.table.xs : [left, ...cluster(inner), right];
  const rows: GridCell[][] = [];
  for (const piece of pieces) {
    // Every piece is cut along the columns of all: the grid grows with pieces × columns.
    budget.spend("cells", (xs.length - 1) * (piece.table.ys.length - 1));
    const grid = gridOf(piece.table, piece.texts, piece.page, xs);
    const last = rows[rows.length - 1];
    if (last && mendBreak(last, grid)) grid.shift();
    rows.push(...grid);
  }
  return rows;
}

const BOOKS = [labelBook("2019"), labelBook("2021")];
const GROUPS: (OutcomeGroup | undefined)[] = [
  undefined,
  "withheld",
  "unavailable",
  "notProcessed",
  "otherHandling",
];

/** Whether a text is a label of either edition's tables (row, group, column or header word). */
export function knownLabel(text: string): boolean {
  return BOOKS.some(
    (b) =>
      GROUPS.some((g) => b.table3(text, g)) ||
      b.table2Row(text) !== undefined ||
      b.table2Column(text) !== undefined ||
      b.applicantColumn(text) !== undefined ||
      b.appealColumn(text) !== undefined ||
      b.headerWord(text) !== undefined,
  );
}

// Word and LibreOffice let a row, or a cell spanning rows, break across pages: its label then reads
// in two halves, a label only when put together. Returns the columns so broken.
function brokenColumns(last: GridCell[], next: GridCell[]): number[] {
  const out: number[] = [];
  last.forEach((cell, i) => {
    const below = next[i];
    if (!below || !cell.origin || !below.origin || cell.text === "" || below.text === "") return;
    if (!knownLabel(cell.text) && knownLabel(cell.text + below.text)) out.push(i);
  });
  return out;
}

/**
 * Joins the halves of a broken label. When the rest of the two rows never both hold text in one
 * column, they are one row broken across the pages and become one; otherwise only a cell spanning
 * rows was broken, and its second half becomes a copy of the whole.
 */
function mendBreak(last: GridCell[], grid: GridCell[][]): boolean {
  const next = grid[0];
  if (!next) return false;
  const broken = brokenColumns(last, next);
  if (!broken.length) return false;
  const both = last.some((cell, i) => {
    const below = next[i];
    return !broken.includes(i) && cell.origin && below?.origin && cell.text !== "" && below.text !== "";
  });
  for (const i of broken) {
    const cell = last[i] as GridCell;
    const below = next[i] as GridCell;
    const text = cell.text + below.text;
    // The half on the new page may still span rows there: its copies take the whole text.
    for (const row of grid)
      for (const c of row)
        if (!c.origin && c.where === below.where) Object.assign(c, { text, where: cell.where });
    last[i] = { ...cell, text };
    next[i] = { text, origin: false, where: cell.where };
  }
  if (both) return false;
  last.forEach((cell, i) => {
    const below = next[i] as GridCell;
    if (!broken.includes(i) && cell.text === "" && below.text !== "") last[i] = below;
  });
  return true;
}

const RADICALS: Record<string, string> = {
  "⺟": "母",
  "⺠": "民",
  "⻄": "西",
  "⻅": "见",
  "⻆": "角",
  "⻈": "讠",
  "⻉": "贝",
  "⻋": "车",
  "⻓": "长",
  "⻔": "门",
  "⻘": "青",
  "⻙": "韦",
  "⻚": "页",
  "⻛": "风",
  "⻜": "飞",
  "⻝": "食",
  "⻢": "马",
  "⻣": "骨",
  "⻤": "鬼",
  "⻥": "鱼",
  "⻦": "鸟",
  "⻧": "卤",
  "⻨": "麦",
  "⻩": "黄",
  "⻪": "黾",
  "⻬": "齐",
  "⻮": "齿",
  "⻰": "龙",
  "⻳": "龟",
};

/**
 * Text as fonts' Unicode maps give it, with the radicals some PDF writers (Chromium among them) map
 * whole characters to put back: ⼈ (Kangxi radical) → 人, ⺠ → 民.
 */
export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (ch) => RADICALS[ch] ?? ch.normalize("NFKC"));
}

/**
 * A row broken across pages whose borders the first page does not draw leaves its first half as loose
 * lines below the table: when the table goes on, on the next page, they join its last row.
 */
function adoptTail(items: Item[], next: Piece, page: number): void {
  let k = items.length - 1;
  while (k >= 0 && items[k]?.kind === "line" && (items[k] as { page: number }).page === page - 1) k--;
  const table = items[k];
  if (k === items.length - 1 || table?.kind !== "table") return;
  const piece = table.pieces[table.pieces.length - 1] as Piece;
  if (piece.page !== page - 1 || !sameWidth(piece.table, next.table)) return;
  const { xs, ys } = piece.table;
  const bottom = ys[ys.length - 1] as number;
  const tail = items.slice(k + 1) as { kind: "line"; line: Placed }[];
  const runs = tail.flatMap((t) => t.line.runs ?? []);
  if (runs.some((r) => r.x < (xs[0] as number) || r.x + r.width > (xs[xs.length - 1] as number))) return;
  items.splice(k + 1);
  for (const r of runs) {
    const moved = { ...r, y: bottom - 1 + r.size * 0.35 + (r.y - (runs[0] as PdfText).y) / 1000 };
    piece.texts.push(...cutAtColumns(piece.table, moved));
  }
}

type Item = { kind: "table"; pieces: Piece[] } | { kind: "line"; line: Placed; page: number };

/**
 * Lays the pages out as blocks in reading order: ruled tables as grids (a cell's runs joined, merged
 * cells marked as copies, a table's pieces on consecutive pages joined into one), the text around
 * them as paragraphs; page numbers apart, as chrome. Throws `TooComplex` when a table runs over more
 * pages, or the tables hold more cells, than the budget allows.
 */
export function pdfDocument(
  pages: PdfPage[],
  budget = new Budget(),
): {
  doc: PageDocument;
  chrome: { text: string; where: string }[];
} {
  const items: Item[] = [];
  const chrome: { text: string; where: string }[] = [];
  for (const page of pages) {
    const texts = page.texts.filter((t) => t.text.trim() !== "");
    const onPage: { top: number; item: Item }[] = [];
    const loose = new Set(texts);
    for (const table of ruledTables(page.segments)) {
      const within = texts.filter((t) => loose.has(t) && inside(table, t));
      for (const t of within) loose.delete(t);
      within.splice(0, within.length, ...within.flatMap((t) => cutAtColumns(table, t)));
      if (within.length)
        onPage.push({
          top: table.ys[0] as number,
          item: { kind: "table", pieces: [{ page: page.number, table, texts: within }] },
        });
    }
    for (const line of textLines([...loose], page.number)) {
      const text = (line.block as TextBlock).text;
      if (text === "") continue;
      if (chromeLine(text, line.top, page.height))
        chrome.push({ text, where: (line.block as TextBlock).where });
      else onPage.push({ top: line.top, item: { kind: "line", line, page: page.number } });
    }
    onPage.sort((a, b) => a.top - b.top);
    onPage.forEach(({ item }, i) => {
      const piece = item.kind === "table" ? item.pieces[0] : undefined;
      if (i === 0 && piece) adoptTail(items, piece, page.number);
      const last = items[items.length - 1];
      const before = last?.kind === "table" ? last.pieces[last.pieces.length - 1] : undefined;
      // A table that opens a page and matches the one closing the page before continues it.
      if (
        i === 0 &&
        piece &&
        before &&
        before.page === page.number - 1 &&
        sameWidth(before.table, piece.table)
      ) {
        const pieces = (last as { pieces: Piece[] }).pieces;
        if (pieces.length >= budget.limits.tablePages)
          throw new TooComplex("tablePages", budget.limits.tablePages);
        pieces.push(piece);
        return;
      }
      items.push(item);
    });
  }
  const blocks: Block[] = [];
  let previous: Placed | undefined;
  for (const item of items) {
    if (item.kind === "table") {
      blocks.push({ kind: "table", rows: joinPieces(item.pieces, budget) });
      previous = undefined;
      continue;
    }
    const p = item.line;
    const last = blocks[blocks.length - 1];
    if (last?.kind === "text" && continues(previous, p)) last.text += (p.block as TextBlock).text;
    else blocks.push({ ...(p.block as TextBlock) });
    previous = p;
  }
  return { doc: { blocks, hints: {} }, chrome };
}
