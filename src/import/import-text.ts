import { type ImportOptions, type ImportResult, interpretPage } from "./import.js";
import { readText } from "./text-tables.js";

/**
 * Reads a report published as text: Markdown (pipe tables, also one small table per row as PDF
 * converters write them) or text flattened from a page, where each cell stands on its own line
 * ending in `|` and a row's empty cells moved to its end. Columns the flattening lost are recovered
 * from the arithmetic where it decides them; the rest are `import.ambiguous-column` findings.
 *
 * @param text - The whole text of the report.
 * @param options - Locale of the messages, fallbacks for what the text does not say.
 * @returns The report as read, the edition, `import.*` findings, unmapped text and each cell's source.
 * @example
 * const { report, findings } = importText(readFileSync("report.txt", "utf8"));
 * @category Import
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  return interpretPage(readText(text), options);
}
