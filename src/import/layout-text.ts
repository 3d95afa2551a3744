import { APPLICANT_COLUMNS } from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import { GROUP_LABELS, type OutcomeGroup, table3Rows } from "../model/table3.js";
import { looksLikeValue } from "./cells.js";
import type { Block, FlatBlock, PageDocument } from "./document.js";
import { editionVotes } from "./edition.js";
import { labelBook } from "./labels-match.js";
import { normaliseLabel } from "./normalise.js";
import type { TableId } from "./reading.js";
import { tableOfHeading } from "./table-context.js";

/**
 * Reads text a PDF gave `pdftotext -layout`: columns stand apart by runs of spaces, labels wrap over
 * lines (the figures on any one of them), the outer label columns of table 三 share lines with the
 * inner ones, and page footers ("- 4 -", "第 4 页 共 6 页") and form feeds fall inside a table.
 * Each table becomes flattened rows (label, figures in order): the same columns-lost form as the
 * seed's, so the column solver and its findings decide what the arithmetic cannot. Spacing decides a
 * column only where a figure stands exactly under a column header of its page: pdftotext counts a CJK
 * glyph as one character, so on lines whose label is shorter than the label column offsets drift.
 */

type Line = { text: string; where: string; page?: number };
type Token = { text: string; at: number };

const FOOTER = [
  /^[-－—–]\s*\d+\s*[-－—–]$/,
  /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/,
  /^\d+\s*\/\s*\d+$/,
  /^共\s*\d+\s*页\s*第\s*\d+\s*页$/,
];
const SECTION = /^[一二三四五六七八九十]+、/;
// A split, not one regex with a repeated group: a rule row of two million columns overflows V8's stack.
function isMarkdownRule(line: string): boolean {
  const t = line.trim();
  if (!t.startsWith("|") || !t.endsWith("|") || t.length < 5) return false;
  return t
    .slice(1, -1)
    .split("|")
    .every((p) => /^\s*:?-{3,}:?\s*$/.test(p));
}
const MAX_LABEL_PIECES = 3;
const RUN_ON = /^(.*[^\d])(\d{7,})$/;
const TOTAL_COLUMN = APPLICANT_COLUMNS.length;

function tokens(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    const last = out.at(-1);
    // "25.1 万元": a unit set apart from its figure belongs to it.
    if (last && /^(万元|元)$/.test(m[0]) && /\d$/.test(last.text)) last.text += m[0];
    else out.push({ text: m[0], at: m.index });
  }
  return out;
}

// Figures at the end of a line; the rest are label pieces.
function split(line: string): { labels: Token[]; values: Token[] } {
  const all = tokens(line);
  let k = all.length;
  while (k > 0 && looksLikeValue(all[k - 1]?.text ?? "")) k--;
  return { labels: all.slice(0, k), values: all.slice(k) };
}

// A label of table 三 in either edition (a phone number after narrative text is not a run of figures).
const isRowLabel = (text: string) =>
  (["2021", "2019"] as const).some((e) => labelBook(e).table3(text, undefined)?.kind === "row");

/** Whether text reads as `pdftotext -layout` output of a report: a table heading and rows of figures. */
export function isLayoutText(lines: string[]): boolean {
  // A Markdown pipe table anywhere makes it a Markdown conversion, whatever loose lines precede it.
  if (lines.some(isMarkdownRule)) return false;
  let heading = false;
  let figures = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t.endsWith("|")) return false;
    if (!heading && tableOfHeading(t)) heading = true;
    // A line of a table: a label, then figures separated by spaces up to the line's end.
    if (!/\d\s*$/.test(t)) continue;
    const run = RUN_ON.exec(t);
    if (run?.[1] && isRowLabel(run[1]) && ++figures >= 3 && heading) return true;
    const { labels, values } = split(t);
    if (labels.length > 0 && values.some((v) => /\d/.test(v.text)) && ++figures >= 3 && heading) return true;
  }
  return false;
}

function isFooter(text: string): boolean {
  return FOOTER.some((re) => re.test(text));
}

// Token by token: a spread of a row with 100,000 figures overflows the call stack.
function append(flat: FlatBlock, tokens: FlatBlock["tokens"]): void {
  for (const t of tokens) flat.tokens.push(t);
}

function cellTokens(label: string, values: Token[], where: string, columns?: number[]): FlatBlock["tokens"] {
  return [
    { kind: "cell", text: label, where },
    ...values.map((v, k) => ({
      ...(columns?.[k] !== undefined ? { column: columns[k] } : {}),
      kind: "cell" as const,
      text: v.text,
      where: `${where}, column ${v.at + 1}`,
    })),
    { kind: "end", where },
  ];
}

// Table 二: a row's label may wrap before or after the line with its figures. A row with fewer figures
// than columns places each under the nearest column header of its part (a header word over each cell).
function table2(lines: Line[], edition: Edition, chrome: Line[], cellLines: boolean): FlatBlock {
  const book = labelBook(edition);
  const flat: FlatBlock = { kind: "flat", tokens: [] };
  const pending: Line[] = [];
  const used = new Set<Line>();
  let header: { at: number; key: string }[] = [];
  const bare = (l: Line) => split(l.text).values.length === 0;
  // The rows of the current provision named with no figures yet, and whether the last line was a column header.
  let named: { line: Line; row: NonNullable<ReturnType<typeof book.table2Row>> }[] = [];
  let afterHeader = false;
  lines.forEach((line, i) => {
    const { labels: ls, values } = split(line.text);
    const wasHeader = afterHeader;
    afterHeader = false;
    if (values.length === 0) {
      const keys = tokens(line.text).flatMap((t) => {
        const key = book.table2Column(t.text);
        return key ? [{ at: t.at, key }] : [];
      });
      if (keys.length > 0) {
        header = keys;
        used.add(line);
        afterHeader = keys.length === 1;
      } else if (book.provision(line.text)) {
        used.add(line);
        named = [];
      } else {
        pending.push(line);
        const row = book.table2Row(line.text.trim());
        if (row) named.push({ line, row });
      }
      return;
    }
    const own = ls.map((t) => t.text).join("");
    // Text read down the table's columns (pdftotext's reading order): a column header, then a figure
    // per row named above, in order. Only a count that matches is read so; else the rows stay open.
    const key = header[0]?.key;
    if (wasHeader && own === "" && key) {
      if (values.length === named.length) {
        named.forEach(({ line: at, row }, k) => {
          const value = values[k];
          const column = row.columns.findIndex((c) => c.key === key);
          used.add(at);
          if (value && column >= 0) append(flat, cellTokens(at.text.trim(), [value], line.where, [column]));
          else if (value) chrome.push({ text: value.text, where: line.where });
        });
      } else chrome.push(line);
      return;
    }
    const after: Line[] = [];
    for (const l of lines.slice(i + 1, i + 1 + MAX_LABEL_PIECES)) {
      if (!bare(l) || book.provision(l.text)) break;
      after.push(l);
    }
    let label: string | undefined;
    // Cells one a line keep the reading order, a row's label before its figures, though header pieces
    // a narrow column wrapped may stand between: first the nearest whole label above.
    if (cellLines && own === "") {
      const above = pending.filter((l) => !used.has(l)).slice(-2 * MAX_LABEL_PIECES);
      for (let end = above.length; end > 0 && !label; end--) {
        for (let from = end - 1; from >= Math.max(0, end - MAX_LABEL_PIECES) && !label; from--) {
          const pieces = above.slice(from, end);
          const text = pieces.map((l) => l.text.trim()).join("");
          if (book.table2Row(text)) {
            label = text;
            for (const l of pieces) used.add(l);
          }
        }
      }
    }
    const before = pending.slice(-MAX_LABEL_PIECES).filter((l) => !used.has(l));
    // Fewest pieces first; of as many, those above (a label stands before its figures when on lines of its own).
    for (let n = 0; n <= before.length + after.length && !label; n++) {
      for (let b = Math.min(n, before.length); b >= 0 && !label; b--) {
        const a = n - b;
        if (a > after.length) break;
        const pre = before.slice(before.length - b);
        const post = after.slice(0, a);
        const text = [...pre.map((l) => l.text.trim()), own, ...post.map((l) => l.text.trim())].join("");
        if (book.table2Row(text)) {
          label = text;
          for (const l of [...pre, ...post]) used.add(l);
        }
      }
    }
    const row = book.table2Row(label ?? own);
    let columns: number[] | undefined;
    if (row && values.length < row.columns.length) {
      const under = values.map((v) => {
        let best: { at: number; key: string } | undefined;
        for (const h of header) if (!best || Math.abs(h.at - v.at) < Math.abs(best.at - v.at)) best = h;
        return row.columns.findIndex((c) => c.key === best?.key);
      });
      if (under.every((c, k) => c >= 0 && (k === 0 || c > (under[k - 1] ?? -1)))) columns = under;
    }
    append(flat, cellTokens(label ?? own, values, line.where, columns));
  });
  // A row whose cells are all blank still stands in the table.
  for (const l of lines) {
    if (used.has(l) || !bare(l)) continue;
    if (book.table2Row(l.text.trim())) append(flat, cellTokens(l.text.trim(), [], l.where));
    else chrome.push(l);
  }
  return flat;
}

// `outer`: a label piece left of the line's last (an outer label column, or a cell's words a space apart).
type Piece = { text: string; line: Line; outer?: string };
type Parsed = { line: Line; labels: Token[]; values: Token[] };

// A figure too wide for its cell wraps (Word: 2042 printed as 204 / 2) onto the lines above and below
// its row's line. Such halves stand at the same offset on both lines, the upper one longer, where the
// row's line has no figure: joined, they are the row's figure in that column.
function rejoinWrappedFigures(parsed: Parsed[]): Parsed[] {
  for (let i = 0; i + 2 < parsed.length; i++) {
    const [above, row, below] = [parsed[i], parsed[i + 1], parsed[i + 2]] as [Parsed, Parsed, Parsed];
    const n = above.values.length;
    if (n === 0 || n !== below.values.length || row.values.length === 0) continue;
    const taken = new Set(row.values.map((r) => r.at));
    const halves = above.values.every((v, k) => {
      const w = below.values[k];
      return (
        w !== undefined &&
        w.at === v.at &&
        /^\d+$/.test(v.text) &&
        /^\d+$/.test(w.text) &&
        v.text.length > w.text.length &&
        !taken.has(v.at)
      );
    });
    if (!halves) continue;
    const joined = above.values.map((v, k) => ({ text: v.text + (below.values[k]?.text ?? ""), at: v.at }));
    row.values = [...row.values, ...joined].sort((a, b) => a.at - b.at);
    above.values = [];
    below.values = [];
    i += 2;
  }
  return parsed;
}

// A row's figures over several lines, in the order they fill its cells. Word centres a tall row's
// cells apart (left to right by their places); `pdftotext -raw` sets a tall cell's figures on lines of
// their own at the margin (a total below its parts, 2042 wrapped as 204 / 2), where places tell
// nothing. The order that keeps the row's own total is taken; a full row that neither does is a run
// in line order (a space between figures of one line, none between lines), so that the run solver
// decides by the row's total and the table's equations where a line ended a cell or cut a figure,
// and leaves open what they do not decide. A row with fewer figures than columns has blank cells:
// the column solver places them.
function rowFigures(
  mine: { values: Token[]; run?: string }[],
  cellLines: boolean,
): { run: string } | { values: Token[] } {
  const run = mine.length === 1 ? mine[0]?.run : undefined;
  if (run) return { run };
  const inLines = mine.flatMap((f) => f.values);
  // Cells one a line: a full row that breaks its own total may have been gathered from the wrong
  // lines (text read down the columns). Each line is a cell, so the run solver only checks the row.
  const digits = inLines.every((v) => /^\d+$/.test(v.text));
  if (cellLines && digits && inLines.length >= APPLICANT_COLUMNS.length && !keepsTotal(inLines))
    return { run: inLines.map((v) => v.text).join(" ") };
  if (mine.length === 1) return { values: inLines };
  const byPlace = inLines.slice().sort((a, b) => a.at - b.at);
  const places = new Set(inLines.map((v) => v.at));
  const told = places.size === inLines.length && !mine.some((f) => f.run !== undefined);
  if (told && keepsTotal(byPlace)) return { values: byPlace };
  if (keepsTotal(inLines)) return { values: inLines };
  const texts = mine.map((f) => f.values.map((v) => v.text).join(" "));
  if (inLines.length >= APPLICANT_COLUMNS.length && digits) return { run: texts.join("") };
  return { values: told ? byPlace : inLines };
}

// Seven counts whose last is the sum of the six before it.
function keepsTotal(values: Token[]): boolean {
  if (values.length !== APPLICANT_COLUMNS.length || !values.every((v) => /^\d+$/.test(v.text))) return false;
  const counts = values.map((v) => Number(v.text));
  return counts.slice(0, -1).reduce((a, b) => a + b, 0) === counts.at(-1);
}

// Table 三: the innermost label column is the last label piece of each line; reading those pieces in
// order spells the official row labels, with the outer columns' pieces ("三、本年度", "公开") between.
function table3(lines: Line[], edition: Edition, chrome: Line[], cellLines: boolean): FlatBlock {
  // Column headers of table 三 and where they start, per page: a figure standing exactly under one
  // is in its column (lines whose label is shorter than the label column drift, and are not used).
  const book = labelBook(edition);
  const headers = new Map<number, Map<number, number>>();
  for (const line of lines) {
    for (const t of tokens(line.text)) {
      const column =
        normaliseLabel(t.text) === "总计"
          ? TOTAL_COLUMN
          : APPLICANT_COLUMNS.indexOf(book.applicantColumn(t.text) as never);
      if (column < 0 || column === undefined) continue;
      const page = line.page ?? 0;
      if (!headers.has(page)) headers.set(page, new Map());
      headers.get(page)?.set(t.at, column);
    }
  }
  const aligned = (f: { values: Token[]; line: Line }) => {
    const header = headers.get(f.line.page ?? 0);
    if (!header || header.size < APPLICANT_COLUMNS.length) return undefined;
    const columns = f.values.map((v) => header.get(v.at));
    return columns.every((c, k) => c !== undefined && (k === 0 || c > (columns[k - 1] ?? -1)))
      ? (columns as number[])
      : undefined;
  };
  const pieces: Piece[] = [];
  const figures: { piece: number; values: Token[]; line: Line; run?: string }[] = [];
  const parsed = rejoinWrappedFigures(lines.map((line) => ({ line, ...split(line.text) })));
  for (const { line, labels, values } of parsed) {
    const last = labels.at(-1);
    // Outer pieces may begin a row's label too: pdftotext sets a cell's words one space apart.
    for (const t of labels.slice(0, -1)) pieces.push({ text: normaliseLabel(t.text), line, outer: t.text });
    // Figures run together onto the label (copied text): the digits are split later, by the arithmetic.
    const run = values.length === 0 && last ? RUN_ON.exec(last.text) : null;
    if (run?.[1] && run[2]) {
      pieces.push({ text: normaliseLabel(run[1]), line });
      figures.push({ piece: pieces.length - 1, values: [], run: run[2], line });
      continue;
    }
    if (last) pieces.push({ text: normaliseLabel(last.text), line });
    if (values.length > 0) figures.push({ piece: pieces.length - 1, values, line });
  }
  // Each official row in order: the first piece that begins its label, then pieces continuing it
  // (a few outer or header pieces may stand between them).
  const rows: { from: number; to: number; label: string; group?: OutcomeGroup }[] = [];
  let cursor = 0;
  for (const row of table3Rows(edition, false)) {
    const label = normaliseLabel(row.own.zh);
    const found = (from: number, to: number) => {
      rows.push({ from, to, label: row.own.zh, ...(row.group ? { group: row.group } : {}) });
      cursor = to;
    };
    let spelled = false;
    for (let i = cursor; i < pieces.length && !spelled; i++) {
      // A piece may carry a vertical label's character glued before the row's own ("三、(一)予以公开").
      const whole = pieces[i]?.text ?? "";
      const lead = whole.indexOf(label.slice(0, 4));
      const first = lead > 0 && lead <= 3 ? whole.slice(lead) : whole;
      if (first.length < 2 || !label.startsWith(first)) continue;
      let at = first.length;
      let j = i + 1;
      let skipped = 0;
      while (at < label.length && j < pieces.length && skipped <= MAX_LABEL_PIECES) {
        const next = pieces[j]?.text ?? "";
        if (next.length > 0 && label.startsWith(next, at)) {
          at += next.length;
          skipped = 0;
        } else skipped++;
        j++;
      }
      if (at < label.length) continue;
      found(i, j);
      spelled = true;
    }
    // Else a piece that is the row's label in a published variant (（六）其他 for （六）其他处理).
    for (let i = cursor; i < pieces.length && !spelled; i++) {
      const variant = book.table3(pieces[i]?.text ?? "", row.group);
      if (variant?.kind === "row" && variant.row.path.join(".") === row.path.join(".")) {
        found(i, i + 1);
        spelled = true;
      }
    }
  }
  // A group printed as one row with its figures and no items (（六）其他处理  0  0 …): its subtotal.
  for (const g of Object.keys(GROUP_LABELS) as OutcomeGroup[]) {
    if (rows.some((r) => r.group === g)) continue;
    const at = pieces.findIndex((p, i) => {
      const match = book.table3(p.text, undefined);
      return match?.kind === "group" && match.group === g && figures.some((f) => f.piece === i);
    });
    if (at >= 0) rows.push({ from: at, to: at + 1, label: "小计", group: g });
  }
  rows.sort((a, b) => a.from - b.from);
  const flat: FlatBlock = { kind: "flat", tokens: [] };
  const usedPieces = new Set<number>();
  let group: OutcomeGroup | undefined;
  const taken = new Set<(typeof figures)[number]>();
  for (const row of rows) {
    for (let p = row.from; p < row.to; p++) usedPieces.add(p);
    const mine = figures.filter((f) => !taken.has(f) && f.piece >= row.from && f.piece < row.to);
    if (row.group !== group && row.group) {
      flat.tokens.push({
        kind: "cell",
        text: GROUP_LABELS[row.group].zh,
        where: pieces[row.from]?.line.where ?? "",
      });
      flat.tokens.push({ kind: "end", where: pieces[row.from]?.line.where ?? "" });
    }
    group = row.group;
    const where = mine[0]?.line.where ?? pieces[row.from]?.line.where ?? "";
    const order = rowFigures(mine, cellLines);
    if ("run" in order) {
      flat.tokens.push(
        { kind: "cell", text: row.label, where },
        { kind: "run", text: order.run, where },
        { kind: "end", where },
      );
      for (const f of mine) taken.add(f);
      continue;
    }
    append(
      flat,
      cellTokens(row.label, order.values, where, mine.length === 1 && mine[0] ? aligned(mine[0]) : undefined),
    );
    for (const f of mine) taken.add(f);
  }
  // Figures no row claimed, and pieces no row spelled, are kept as read.
  for (const f of figures) if (!taken.has(f)) chrome.push(f.line);
  const withFigures = new Set(figures.map((f) => f.line));
  const outer = new Map<Line, string[]>();
  pieces.forEach((p, i) => {
    if (usedPieces.has(i)) return;
    if (p.outer !== undefined) outer.set(p.line, [...(outer.get(p.line) ?? []), p.outer]);
    else if (!withFigures.has(p.line)) chrome.push({ text: p.text, where: p.line.where });
  });
  for (const [line, texts] of outer) chrome.push({ text: texts.join(" "), where: line.where });
  return flat;
}

// Table 四: its figures are the lines made only of figures; the header lines are kept as read.
function table4(lines: Line[], chrome: Line[]): FlatBlock {
  const flat: FlatBlock = { kind: "flat", tokens: [] };
  for (const line of lines) {
    const { labels, values } = split(line.text);
    // Its fifteen figures run together (a page's text with no separator): split by the arithmetic.
    const only = values.length === 1 ? values[0] : undefined;
    if (labels.length === 0 && only && /^\d{8,}$/.test(only.text)) {
      flat.tokens.push({ kind: "run", text: only.text, where: `${line.where}, column ${only.at + 1}` });
      continue;
    }
    if (labels.length === 0 && values.length > 0) {
      for (const v of values)
        flat.tokens.push({ kind: "cell", text: v.text, where: `${line.where}, column ${v.at + 1}` });
    } else chrome.push({ ...line, text: line.text.trim() });
  }
  flat.tokens.push({ kind: "end", where: lines.at(-1)?.where ?? "" });
  return flat;
}

// The edition decides which rows table 三 spells; table 二's header words tell it.
function editionOf(lines: string[]): Edition {
  const cells: FlatBlock["tokens"] = lines.flatMap((l) =>
    tokens(l).map((t) => ({ kind: "cell" as const, text: t.text, where: "" })),
  );
  const votes = editionVotes({ blocks: [{ kind: "flat", tokens: cells }], hints: {} });
  return votes["2019"] > votes["2021"] ? "2019" : "2021";
}

// A printed line as wide as the page's text block wrapped its paragraph: the next line continues it.
const width = (text: string) => {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
};
function joinWrapped(blocks: Block[]): Block[] {
  const widths = blocks.flatMap((b) => (b.kind === "text" ? [width(b.text)] : []));
  const full = Math.max(0, ...widths.slice(0, 10_000)) - 4;
  const out: Block[] = [];
  let wraps = false;
  for (const block of blocks) {
    const last = out.at(-1);
    if (wraps && block.kind === "text" && last?.kind === "text" && !SECTION.test(block.text)) {
      out[out.length - 1] = { ...last, text: last.text + block.text };
    } else out.push(block);
    wraps = block.kind === "text" && full > 40 && width(block.text) >= full;
  }
  return out;
}

/** Reads `pdftotext -layout` text into blocks: text lines as text, each official table as flat rows. */
export function readLayout(lines: string[], cellLines = false): PageDocument {
  const edition = editionOf(lines);
  const blocks: Block[] = [];
  const chrome: Line[] = [];
  let table: TableId | undefined;
  let rows: Line[] = [];
  const flush = () => {
    if (table === "二") blocks.push(table2(rows, edition, chrome, cellLines));
    if (table === "三") blocks.push(table3(rows, edition, chrome, cellLines));
    if (table === "四") blocks.push(table4(rows, chrome));
    rows = [];
  };
  let page = 0;
  let figures4 = false;
  let joined = -1;
  lines.forEach((raw, i) => {
    const where = `line ${i + 1}`;
    page += raw.split("\f").length - 1;
    if (i === joined) return;
    const text = raw.replace(/\f/g, "").trimEnd();
    let trimmed = text.trim();
    if (trimmed === "") return;
    // A table's heading wrapped at a narrow page's width: 三、收到和处理政府信息公开申请情 / 况.
    const after = lines[i + 1]?.replace(/\f/g, "").trim() ?? "";
    if (
      SECTION.test(trimmed) &&
      !tableOfHeading(trimmed) &&
      after.length <= 8 &&
      tableOfHeading(trimmed + after)
    ) {
      trimmed += after;
      joined = i + 1;
    }
    if (isFooter(trimmed)) {
      chrome.push({ text: trimmed, where });
      return;
    }
    const heading = tableOfHeading(trimmed);
    const ends =
      heading !== undefined ||
      (table === "四" && SECTION.test(trimmed) && figures4) ||
      (table === "二" && SECTION.test(trimmed));
    if (ends) {
      flush();
      table = heading;
      figures4 = false;
      blocks.push({ kind: "text", text: trimmed, where });
      return;
    }
    if (table === "四" && !figures4 && split(text).values.length > 0) figures4 = true;
    if (table) rows.push({ text, where, page });
    else blocks.push({ kind: "text", text: trimmed, where });
  });
  flush();
  return { blocks: joinWrapped(blocks), hints: {}, unmapped: chrome };
}
