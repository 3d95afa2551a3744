import { MESSAGES } from "../i18n/messages.js";
import type { Suspect } from "../localise/types.js";
import type { Edition } from "../model/edition.js";
import { getAt } from "../model/path.js";
import { localise, renderTemplate } from "../rules/format.js";
import type { Finding, Locale } from "../rules/types.js";
import type { ReadingInput } from "./judge.js";
import { describePath } from "./parse.js";

const OCR_MARK = /\(OCR \d(?:\.\d+)?\)$/;

/**
 * The localisation's suggestions on cells that OCR read (their source ends in "(OCR 0.91)"): a figure
 * the equations want otherwise is first of all a figure OCR may have misread. Each becomes an
 * `import.ocr-misread` reading finding ("OCR may have misread 8 as 3") on the cell, so the equations it
 * breaks are reading problems and the suggestion is not a verdict on the report.
 */
export function ocrMisreads(
  suspects: readonly Suspect[],
  sources: ReadingInput["sources"],
  edition: Edition | undefined,
  locale: Locale,
): Finding<string>[] {
  const out: Finding<string>[] = [];
  // A blank cell of a scanned page has no confidence (nothing was recognised there, or its row's
  // figures were not placed): OCR may have missed it.
  const scanned = Object.values(sources ?? {}).some((s) => OCR_MARK.test(s.where));
  if (!scanned) return out;
  for (const s of suspects) {
    const source = sources?.[s.path.join(".")];
    if (source && !OCR_MARK.test(source.where) && source.raw.trim() !== "") continue;
    const data = {
      field: describePath(edition, s.path),
      read: s.reported === null ? "—" : String(s.reported),
      suggested: String(s.suggested),
      where: source?.where || MESSAGES.readingPlaceUnknown,
      ambiguous: s.ambiguous,
    };
    out.push({
      ruleId: "import.ocr-misread",
      severity: "warning",
      origin: "reading",
      path: s.path,
      cells: [s.path],
      messageId: "ocrMisread",
      message: renderTemplate(localise(MESSAGES.ocrMisread, locale), data, locale),
      data,
    });
  }
  return out;
}

/**
 * The blank cells of a scanned document that an equation of the report breaks on: OCR may have
 * missed a figure there (a column lost to a scanner's black and white, a digit erased with a border),
 * and a blank has no confidence to doubt it by. Each becomes an `import.ocr-blank` reading finding on
 * the cell, so the equation is a reading problem until the original is checked: a misreading is never
 * the organ's error.
 */
export function ocrBlanks(
  findings: readonly Finding<string>[],
  report: unknown,
  sources: ReadingInput["sources"],
  edition: Edition | undefined,
  locale: Locale,
  reading: readonly Finding<string>[],
): Finding<string>[] {
  // The pages OCR read, as import.ocr-read names them: a blank cell's place on them carries no
  // confidence (nothing was recognised there), its page number tells it from a text layer's blank.
  const pages = new Set(
    reading.filter((f) => f.ruleId === "import.ocr-read").flatMap((f) => (f.data.pages as number[]) ?? []),
  );
  if (pages.size === 0) return [];
  const onScan = (where: string) => pages.has(Number(/^page (\d+),/.exec(where)?.[1]));
  const done = new Set(reading.map((f) => f.path.join(".")));
  const out: Finding<string>[] = [];
  // The shortest equations first (a row's sum before a column's): a longer one that already has a
  // doubted cell is a reading problem through it, and its other blanks are not named one by one.
  const equations = findings
    .filter((f) => f.origin === "report" && f.severity !== "info" && f.cells.length > 0)
    .sort((a, b) => a.cells.length - b.cells.length);
  for (const f of equations) {
    if (f.cells.some((c) => done.has(c.join(".")))) continue;
    for (const cell of f.cells) {
      const key = cell.join(".");
      const value = getAt(report, cell);
      const source = sources?.[key];
      if (done.has(key) || (value !== null && value !== undefined)) continue;
      if (source && !onScan(source.where)) continue;
      done.add(key);
      const data = {
        field: describePath(edition, cell),
        where: source?.where || MESSAGES.readingPlaceUnknown,
      };
      out.push({
        ruleId: "import.ocr-blank",
        severity: "warning",
        origin: "reading",
        path: cell,
        cells: [cell],
        messageId: "ocrBlank",
        message: renderTemplate(localise(MESSAGES.ocrBlank, locale), data, locale),
        data,
      });
    }
  }
  return out;
}
