import { APPLICANT_COLUMNS } from "../model/applicants.js";
import { table3Rows } from "../model/table3.js";
import { describePath } from "../validate/parse.js";
import { normaliseLabel } from "./normalise.js";
import type { Reading } from "./reading.js";

// An ordinal and the first words: (二)部分公, 2.没有现成. Enough to tell the rows of one table apart.
const LABEL_START = 7;

/**
 * PDF→Markdown conversions move some table-三 rows' figures away from their labels (the labels left as
 * loose lines, the figures as tables of their own), in the table's order. When as many such rows of
 * figures stand as rows of the table were left without figures, and each of those rows' labels stands
 * among the loose lines, each is that row in order, and an info finding names the cells so read.
 * Otherwise they stay unplaced, each said so.
 */
export function placeDetachedRows(reading: Reading): void {
  const detached = reading.detached3;
  if (detached.length === 0) return;
  const filled = (path: readonly string[]) =>
    APPLICANT_COLUMNS.some((c) => reading.cells.has([...path, c].join(".")));
  const empty = table3Rows(reading.edition, false).filter((row) => !filled(row.path));
  // Each such row's label still stands among the loose lines (its ordinal and first words at least).
  const notes = reading.notes3.join("");
  const named = (own: string) => notes.includes(normaliseLabel(own).slice(0, LABEL_START));
  if (empty.length !== detached.length || !empty.every((row) => named(row.own.zh))) {
    for (const row of detached) reading.unknownRow(row.map((c) => ({ text: c.raw, where: c.where })));
    return;
  }
  const cells: string[][] = [];
  empty.forEach((row, k) => {
    const figures = detached[k] ?? [];
    reading.seeRow(row.path);
    figures.forEach((cell, c) => {
      const column = APPLICANT_COLUMNS[c];
      if (!column) return;
      reading.place([...row.path, column], cell.raw, cell.where);
      cells.push([...row.path, column]);
    });
  });
  const first = empty[0];
  if (!first) return;
  reading.log.add(
    "import.rows-by-order",
    [...first.path],
    {
      count: empty.length,
      rows: empty.map((row) => describePath(reading.edition, [...row.path])),
      where: detached[0]?.[0]?.where ?? "",
    },
    cells,
  );
}
