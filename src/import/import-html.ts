import { readHtml } from "./html-grid.js";
import { type ImportOptions, type ImportResult, interpretPage } from "./import.js";

/**
 * Reads a published HTML page (official layout with rowspan/colspan, Word-exported markup, CMS
 * wrappers) into a typed report. Never throws on bad input: what cannot be read is in `findings`
 * and `unmapped`.
 *
 * @param html - The page, or any fragment holding the tables and the text.
 * @param options - Locale of the messages, fallbacks for what the page does not say.
 * @returns The report as read, the edition, `import.*` findings, unmapped text and each cell's source.
 * @example
 * const { report, findings } = importHtml(await (await fetch(url)).text());
 * @category Import
 */
export function importHtml(html: string, options: ImportOptions = {}): ImportResult {
  return interpretPage(readHtml(html), options);
}
