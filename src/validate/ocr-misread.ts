import { MESSAGES } from "../i18n/messages.js";
import type { Suspect } from "../localise/types.js";
import type { Edition } from "../model/edition.js";
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
