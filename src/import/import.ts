import type { Edition } from "../model/edition.js";
import type { AnnualReport } from "../model/report.js";
import type { OutlineEntry } from "../model/report-meta.js";
import { resolveLocale } from "../rules/format.js";
import type { Finding, Locale } from "../rules/types.js";
import { assemble } from "./assemble.js";
import type { ImportLimits } from "./budget.js";
import { placeDetachedRows } from "./detached-rows.js";
import type { PageDocument, TextBlock } from "./document.js";
import { editionVotes } from "./edition.js";
import { FindingLog } from "./findings.js";
import { placeFlatRows } from "./flat-columns.js";
import { readFlat } from "./flat-reader.js";
import { GridColumns, readGrid } from "./grid-reader.js";
import { labelBook } from "./labels-match.js";
import { FIELD, readMeta, readTitle } from "./meta.js";
import { normaliseLabel } from "./normalise.js";
import type { OcrSetup } from "./pdf/ocr/engine.js";
import { Reading } from "./reading.js";
import { isOutlineHeading, readSections } from "./sections.js";
import { table3Path, tableOfHeading } from "./table-context.js";

/**
 * Options of every importer (`importHtml`, `importText`, `importDocx`, `importDocument`).
 *
 * @category Import
 */
export interface ImportOptions {
  /** Locale of the findings' messages; default "zh-CN". */
  locale?: Locale;
  /** Used when the page's tables do not tell the edition. */
  edition?: Edition;
  /** Override what the page says (or fails to say) about the organ and year. */
  organ?: string;
  organKind?: "government" | "department" | "other";
  year?: number;
  /**
   * The file's name: read for the organ and year only when the page does not state them (an info
   * finding says so); `importDocument` also takes the format's hint from its extension.
   */
  filename?: string;
  /**
   * The work one document may cost (cells, pages, text runs, operators, time): a document over a
   * limit is one `import.too-complex` finding that names it. Unset limits take `DEFAULT_LIMITS`.
   */
  limits?: Partial<ImportLimits>;
  /**
   * Keep the headings as printed in `sections.outline` (with the tables read under each), for the
   * `sections.outline-*` rules. Off by default: a report read from a document then equals its
   * hand-made transcription, which has no printed outline. The CLI turns it on.
   */
  outline?: boolean;
  /**
   * PDF only: read pages that are scans (an image and no text) by OCR, when the optional engine is
   * installed (`npm install tesseract.js @tesseract.js-data/chi_sim`). On by default; `false` leaves
   * a scan unread (`import.no-text-layer`); an {@link OcrSetup} supplies the engine where it cannot
   * be found by name (a browser page) and hears each scanned page start.
   */
  ocr?: boolean | OcrSetup;
  /**
   * Called as OCR starts on a document's scanned pages, with their number and the reading time
   * they add to `limits.timeMs` (20 s a page): a caller that bounds the reading from outside (a
   * thread's deadline) can extend that bound alike.
   */
  onOcrStart?: (info: { pages: number; allowanceMs: number }) => void;
}

/**
 * A report as an importer read it: an {@link AnnualReport}, except that the organ or the year is
 * absent when the page did not say it (an `import.meta-missing` finding then says how to supply it).
 * The tables are kept either way; `validateReport` checks them and names what is missing.
 *
 * @category Import
 */
export type ImportedReport =
  | AnnualReport
  | (AnnualReport extends infer R
      ? R extends AnnualReport
        ? Omit<R, "organ" | "year"> & { organ?: string; year?: number }
        : never
      : never);

/**
 * What an importer read from a page: the report (validate it separately), the `import.*` findings,
 * everything read but not placed, and the published source of every cell.
 *
 * @category Import
 */
export interface ImportResult {
  /**
   * The report as read (validate it separately); present whenever a table was read, even when the
   * organ or year could not be (then absent from it, and said in `findings`).
   */
  report?: ImportedReport;
  edition?: Edition;
  /** Findings with ruleId "import.*": ambiguous columns, units converted, rows not found, … */
  findings: Finding[];
  /** Everything read but not placed, with where it stood: nothing is dropped. */
  unmapped: { text: string; where: string }[];
  /** Canonical path (dotted) → the published cell's raw text and where it stood. */
  sources: Record<string, { raw: string; where: string }>;
}

function yearOfTitle(doc: PageDocument): number | undefined {
  for (const block of doc.blocks) {
    const year = block.kind === "text" ? readTitle(block.text)?.year : undefined;
    if (year) return year;
  }
  return undefined;
}

function chooseEdition(doc: PageDocument, options: ImportOptions, log: FindingLog): Edition | undefined {
  const votes = editionVotes(doc);
  if (votes["2019"] > 0 && votes["2021"] > 0) {
    const edition = votes["2021"] > votes["2019"] ? "2021" : "2019";
    log.add("import.edition-mixed", ["edition"], { edition });
    return edition;
  }
  if (votes["2019"] > 0) return "2019";
  if (votes["2021"] > 0) return "2021";
  if (options.edition) {
    log.add("import.edition-guessed", ["edition"], {
      edition: options.edition,
      reason: { zh: "调用参数", en: "the options" },
    });
    return options.edition;
  }
  const year = options.year ?? yearOfTitle(doc);
  if (year === undefined) return undefined;
  const edition = year >= 2021 ? "2021" : "2019";
  log.add("import.edition-guessed", ["edition"], {
    edition,
    reason: { zh: `报告年度 ${year}`, en: `the year ${year}` },
  });
  return edition;
}

// PDF conversions leave a table's corner note and group labels as lines of text between its pieces.
function tableLine(text: string, reading: Reading): boolean {
  if (reading.table !== "三") return false;
  const match = reading.book.table3(text, reading.group);
  if (match) {
    const path = table3Path(match, reading);
    if (path) reading.seeRow(path);
    return true;
  }
  return reading.book.headerWord(text) === "三";
}

const TABLE_OF_ROOT: Record<string, "二" | "三" | "四"> = { proactive: "二", requests: "三", appeals: "四" };

/** The report's headings in reading order, each with the tables whose rows were first seen under it. */
class OutlineTracker {
  readonly entries: OutlineEntry[] = [];
  private seen = 0;

  constructor(private readonly reading: Reading) {}

  heading(text: string): void {
    this.attribute();
    this.entries.push({ heading: text.trim() });
  }

  attribute(): void {
    const rows = this.reading.rowsSeen;
    if (rows.size === this.seen) return;
    const entry = this.entries.at(-1);
    let i = 0;
    for (const key of rows) {
      if (i++ < this.seen || !entry) continue;
      const table = TABLE_OF_ROOT[key.slice(0, key.indexOf("."))];
      if (table && !entry.tables?.includes(table)) entry.tables = [...(entry.tables ?? []), table];
    }
    this.seen = rows.size;
  }
}

// The organ and year the text states, kept when no table was read: the file is still named by them.
function metaWithoutTables(doc: PageDocument, options: ImportOptions): Record<string, unknown> {
  const lines = doc.blocks.filter((b): b is TextBlock => b.kind === "text");
  const { meta } = readMeta(lines, undefined, new FindingLog(resolveLocale(options.locale)), undefined);
  const organ = options.organ ?? meta.organ;
  const year = options.year ?? meta.year;
  const zh = [organ, year === undefined ? undefined : `${year} 年`].filter((x) => x !== undefined);
  const en = [organ, year === undefined ? undefined : `the year ${year}`].filter((x) => x !== undefined);
  return {
    ...(organ ? { organ } : {}),
    ...(year !== undefined ? { year } : {}),
    read: zh.length ? { zh: `（文中读出：${zh.join("，")}）`, en: ` (the text names ${en.join(", ")})` } : "",
  };
}

/** The pipeline every importer shares once the page is read into blocks. */
export function interpretPage(
  doc: PageDocument,
  options: ImportOptions & { filename?: string },
): ImportResult {
  const log = new FindingLog(resolveLocale(options.locale));
  const sources: ImportResult["sources"] = {};
  const hasTables = doc.blocks.some((b) => b.kind !== "text");
  const edition = hasTables ? chooseEdition(doc, options, log) : undefined;
  if (!edition) {
    log.add("import.no-tables", [], metaWithoutTables(doc, options));
    const unmapped = doc.blocks.flatMap((b) => (b.kind === "text" ? [{ text: b.text, where: b.where }] : []));
    return { findings: log.findings, unmapped, sources };
  }
  const reading = new Reading(edition, labelBook(edition), log);
  const columns = new GridColumns();
  const lines: TextBlock[] = [];
  const outline = new OutlineTracker(reading);
  for (const block of doc.blocks) {
    if (block.kind === "text") {
      const table = tableOfHeading(block.text);
      if (table) reading.table = table;
      if (!table && reading.table === "三") reading.notes3.push(normaliseLabel(block.text));
      if (!table && reading.table && tableLine(block.text, reading)) {
        outline.attribute();
        continue;
      }
      if (isOutlineHeading(block.text)) outline.heading(block.text);
      lines.push(block);
    } else if (block.kind === "table") readGrid(block, reading, columns);
    else readFlat(block, reading);
    outline.attribute();
  }
  placeFlatRows(reading);
  placeDetachedRows(reading);
  const { meta, rest, chrome } = readMeta(
    lines,
    options.organKind ?? doc.hints.organKind,
    log,
    options.organ && options.year !== undefined ? undefined : options.filename,
    reading.box,
  );
  if (options.organ) meta.organ = options.organ;
  if (options.year !== undefined) meta.year = options.year;
  if (!meta.organ) log.add("import.meta-missing", ["organ"], { field: FIELD.organ, option: "organ" });
  if (meta.year === undefined)
    log.add("import.meta-missing", ["year"], { field: FIELD.year, option: "year" });
  if (edition === "2019" && (meta.year ?? 0) >= 2021)
    log.add("import.outdated-layout", ["edition"], { year: meta.year });
  const { sections, stray } = readSections(rest);
  if (options.outline && outline.entries.length > 0) sections.outline = outline.entries;
  for (const line of [...chrome, ...stray, ...(doc.unmapped ?? [])]) reading.drop(line.text, line.where);
  const report = assemble(reading, meta, sections, sources);
  return {
    ...(report ? { report } : {}),
    edition,
    findings: log.findings,
    unmapped: reading.unmapped,
    sources,
  };
}
