import type { Edition } from "../model/edition.js";
import type { OutcomeGroup } from "../model/table3.js";
import { describePath } from "../validate/parse.js";
import type { FindingLog } from "./findings.js";
import type { LabelBook } from "./labels-match.js";
import type { PageBox } from "./page-box.js";

/** A published cell placed at a canonical path, still as raw text. */
export interface RawCell {
  path: string[];
  raw: string;
  where: string;
}

/** A table-三 row read from flattened text: its values in order, their columns still to be decided. */
export interface FlatRow {
  path: string[];
  values: { raw: string; where: string; column?: number }[];
}

/** Which official table a row belongs to. */
export type TableId = "二" | "三" | "四";

/** A row whose figures ran together into one string (`713000074`): split later, by the arithmetic. */
export interface RunRow {
  /** The row's path (table 四: `appeals`). */
  path: string[];
  digits: string;
  where: string;
  /** Table 三 where absent. */
  table?: TableId;
}

/** Everything the table readers produce, filled in as the page is read. */
export class Reading {
  readonly cells = new Map<string, RawCell>();
  /** Rows of the tables that were present on the page (by path key), blank or not. */
  readonly rowsSeen = new Set<string>();
  readonly flat3: FlatRow[] = [];
  /** Rows whose figures ran together into one string of digits. */
  readonly runs: RunRow[] = [];
  /** Table-三 rows of figures alone that no label awaited (a converter moved them): placed at the end. */
  readonly detached3: { raw: string; where: string }[][] = [];
  /** Loose lines of text within table 三 (labels a conversion set apart from their figures), normalised. */
  readonly notes3: string[] = [];
  readonly unmapped: { text: string; where: string }[] = [];
  /** What the site's box around the page (索引号, 发布机构, 发布日期 …) says: meta, not a table. */
  readonly box: PageBox = {};
  table: TableId | undefined;
  group: OutcomeGroup | undefined;
  /** The last table-三 row named without figures beside it: a row of figures alone below is its. */
  awaiting: string[] | undefined;

  constructor(
    readonly edition: Edition,
    readonly book: LabelBook,
    readonly log: FindingLog,
  ) {}

  /** Places a cell; a blank never overrides a value, two different values keep the first. */
  place(path: string[], raw: string, where: string): void {
    const key = path.join(".");
    const before = this.cells.get(key);
    if (before && raw.trim() === "") return;
    if (before && before.raw.trim() !== "" && before.raw !== raw) {
      this.log.add("import.conflicting-value", path, {
        field: describePath(this.edition, path),
        first: before.raw,
        second: raw,
      });
      this.unmapped.push({ text: raw, where });
      return;
    }
    this.cells.set(key, { path, raw, where });
  }

  seeRow(path: readonly string[]): void {
    this.rowsSeen.add(path.join("."));
  }

  /** A table row (or flattened cell) that names nothing of the format: kept, and said so. */
  unknownRow(cells: { text: string; where: string }[]): void {
    const kept = cells.filter((c) => c.text.trim() !== "");
    const first = kept[0];
    if (!first) return;
    for (const c of kept) this.drop(c.text, c.where);
    this.log.add(
      "import.unknown-row",
      [],
      { text: kept.map((c) => c.text).join(" | "), where: first.where },
      [],
    );
  }

  drop(text: string, where: string): void {
    if (text.trim() !== "") this.unmapped.push({ text, where });
  }
}
