import type { AppealColumn, AppealGroup } from "../model/appeals.js";
import { APPEAL_COLUMNS, APPEAL_GROUPS } from "../model/appeals.js";
import { APPLICANT_COLUMNS, type ApplicantColumn } from "../model/applicants.js";
import type { ProactiveRow } from "../model/proactive-rows.js";
import { looksLikeValue } from "./cells.js";
import type { GridCell, TableBlock } from "./document.js";
import { readBoxRow } from "./page-box.js";
import type { Reading } from "./reading.js";
import { genericTo3, genericTo4, headerMatch, table3Path } from "./table-context.js";

/** Column maps read from header rows; kept across tables because PDF conversions split table 三 by row. */
export class GridColumns {
  readonly t2 = new Map<number, string>();
  readonly t3 = new Map<number, ApplicantColumn>();
  readonly t4group = new Map<number, AppealGroup>();
  readonly t4col = new Map<number, AppealColumn>();
  lastWasHeader = false;
}

function headerRow(cells: GridCell[], reading: Reading, cols: GridColumns): boolean {
  const matches = cells.map((c) => (c.text === "" ? undefined : headerMatch(c.text, reading.book)));
  if (!matches.some(Boolean)) return false;
  const named = new Set(matches.map((m) => m?.table));
  // Under table 四's heading a header word such as 其他 is its own, not table 三's column.
  const table =
    named.has("四") || (reading.table === "四" && !named.has("二"))
      ? "四"
      : named.has("三")
        ? "三"
        : named.has("二")
          ? "二"
          : reading.table;
  reading.table = table;
  if (!cols.lastWasHeader) {
    if (table === "二") cols.t2.clear();
    if (table === "三") cols.t3.clear();
    if (table === "四") {
      cols.t4group.clear();
      cols.t4col.clear();
    }
  }
  matches.forEach((m, i) => {
    const cell = cells[i];
    if (!cell) return;
    if (!m) {
      if (cell.origin) reading.drop(cell.text, cell.where);
      return;
    }
    if (m.table === "三" && m.column && table === "三") cols.t3.set(i, m.column);
    if (m.table === "四") {
      if (m.group) cols.t4group.set(i, m.group);
      if (m.column) cols.t4col.set(i, m.column);
    }
    if (m.table === "二" && m.column) cols.t2.set(i, m.column);
    if (m.table === "generic") {
      if (table === "三") {
        const column = genericTo3(m.n, m.total);
        if (column) cols.t3.set(i, column);
      } else if (table === "四") {
        if (m.total) cols.t4col.set(i, "total");
        const at = m.total ? undefined : genericTo4(m.n);
        if (at) {
          cols.t4group.set(i, at.group);
          cols.t4col.set(i, at.column);
        }
      } else reading.drop(cell.text, cell.where);
    }
  });
  cols.lastWasHeader = true;
  return true;
}

function lastIndex(cells: GridCell[], test: (c: GridCell) => boolean): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    if (cell && test(cell)) return i;
  }
  return -1;
}

// Values right of the label, mapped through the header where it names the columns, else in order.
function placeRow(
  cells: GridCell[],
  from: number,
  map: Map<number, string>,
  keys: readonly string[],
  path: readonly string[],
  reading: Reading,
): void {
  const mapped = [...map.entries()].some(([i, key]) => i >= from && keys.includes(key));
  let k = 0;
  cells.forEach((cell, i) => {
    if (i < from || !cell.origin) return;
    const key = mapped ? map.get(i) : keys[k++];
    if (key && keys.includes(key)) reading.place([...path, key], cell.text, cell.where);
    else reading.drop(cell.text, cell.where);
  });
}

function table2Row(cells: GridCell[], reading: Reading, cols: GridColumns): boolean {
  let row: ProactiveRow | undefined;
  const at = lastIndex(cells, (c) => {
    row ??= reading.book.table2Row(c.text);
    return reading.book.table2Row(c.text) !== undefined;
  });
  if (!row || at < 0) return false;
  reading.table = "二";
  reading.seeRow(["proactive", row.key]);
  const keys = row.columns.map((c) => c.key);
  placeRow(cells, at + 1, cols.t2, keys, ["proactive", row.key], reading);
  return true;
}

function table3Row(cells: GridCell[], reading: Reading, cols: GridColumns): boolean {
  let path: string[] | undefined;
  let at = -1;
  let groupAt = -1;
  cells.forEach((cell, i) => {
    if (cell.text === "" || looksLikeValue(cell.text)) return;
    const match = reading.book.table3(cell.text, reading.group);
    const p = match ? table3Path(match, reading) : undefined;
    if (match?.kind === "group") groupAt = i;
    if (p) {
      path = p;
      at = i;
    }
  });
  // A group printed as one row with its figures (（六）其他处理 | 0 | 0 …, no items): its subtotal.
  const figures = (from: number) => cells.some((c, i) => i > from && c.origin && looksLikeValue(c.text));
  if (!path && groupAt >= 0 && reading.group && figures(groupAt)) {
    path = ["requests", "outcomes", reading.group, "subtotal"];
    at = groupAt;
  }
  if (!path) return false;
  // Label cells that name nothing (a note such as "其中：") are kept, not read as figures.
  cells.forEach((cell, i) => {
    if (i < at && cell.origin && !reading.book.table3(cell.text, reading.group))
      reading.drop(cell.text, cell.where);
  });
  reading.table = "三";
  reading.seeRow(path);
  const map = new Map([...cols.t3].filter(([i]) => i > at));
  placeRow(cells, at + 1, map, APPLICANT_COLUMNS, path, reading);
  if (cells.some((c, i) => i > at && c.origin && c.text !== "")) reading.awaiting = undefined;
  return true;
}

// A row of figures alone (converters put a label and its figures on different lines or rows):
// the figures of the table-三 row named just before without any.
function figuresOf3(cells: GridCell[], reading: Reading, cols: GridColumns): boolean {
  const path = reading.awaiting;
  if (reading.table !== "三") return false;
  const filled = cells.filter((c) => c.origin && c.text !== "");
  if (filled.length === 0 || !filled.every((c) => looksLikeValue(c.text))) return false;
  if (!path) {
    // No label waits for it: a whole row of figures is kept for the rows left without any.
    if (filled.length !== APPLICANT_COLUMNS.length) return false;
    reading.detached3.push(filled.map((c) => ({ raw: c.text, where: c.where })));
    return true;
  }
  const mapped = [...cols.t3.values()].length > 0;
  const from = !mapped && cells.length === APPLICANT_COLUMNS.length + 1 ? 1 : 0;
  placeRow(cells, from, cols.t3, APPLICANT_COLUMNS, path, reading);
  reading.awaiting = undefined;
  return true;
}

// The figures row of table 四 follows its headers; an all-blank one still counts as read.
function table4Row(cells: GridCell[], reading: Reading, cols: GridColumns): boolean {
  if (reading.table !== "四") return false;
  const blank = cells.every((c) => c.text === "");
  if (blank ? !cols.lastWasHeader : !cells.some((c) => c.text !== "" && looksLikeValue(c.text))) return false;
  for (const group of APPEAL_GROUPS) reading.seeRow(["appeals", group]);
  const inOrder = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => [g, c] as const));
  const origins = cells.map((c, i) => [c, i] as const).filter(([c]) => c.origin);
  // A row of all fifteen figures is the table in its official order, whatever the header above says.
  const mapped = cols.t4col.size > 0 && origins.length !== inOrder.length;
  // Headers naming only the five columns (groups lost in conversion) repeat them once per group, in order.
  const seen = new Map<string, number>();
  const groupByOrder = (column: AppealColumn | undefined) => {
    if (!column) return undefined;
    const n = seen.get(column) ?? 0;
    seen.set(column, n + 1);
    return APPEAL_GROUPS[n];
  };
  origins.forEach(([cell, i], k) => {
    const group = mapped ? (cols.t4group.get(i) ?? groupByOrder(cols.t4col.get(i))) : inOrder[k]?.[0];
    const column = mapped ? cols.t4col.get(i) : inOrder[k]?.[1];
    if (group && column) reading.place(["appeals", group, column], cell.text, cell.where);
    else reading.drop(cell.text, cell.where);
  });
  return true;
}

/** Reads one table grid row by row, by the labels it carries. */
export function readGrid(table: TableBlock, reading: Reading, cols: GridColumns): void {
  for (const cells of table.rows) {
    if (cells.every((c) => c.text === "")) {
      table4Row(cells, reading, cols);
      cols.lastWasHeader = false;
      continue;
    }
    if (cells.some((c) => reading.book.provision(c.text))) {
      reading.table = "二";
      cols.lastWasHeader = false;
      for (const c of cells) if (c.origin && !reading.book.provision(c.text)) reading.drop(c.text, c.where);
      continue;
    }
    const data =
      table2Row(cells, reading, cols) || table3Row(cells, reading, cols) || figuresOf3(cells, reading, cols);
    if (data) {
      cols.lastWasHeader = false;
      continue;
    }
    if (headerRow(cells, reading, cols)) continue;
    const figures = table4Row(cells, reading, cols);
    cols.lastWasHeader = false;
    if (figures) continue;
    if (readBoxRow(cells, reading.box)) {
      for (const c of cells) if (c.origin) reading.drop(c.text, c.where);
      continue;
    }
    reading.unknownRow(cells.filter((c) => c.origin));
  }
}
