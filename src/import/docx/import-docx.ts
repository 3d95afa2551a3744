import { resolveLocale } from "../../rules/format.js";
import { Budget, TooComplex, tooComplex } from "../budget.js";
import { FindingLog } from "../findings.js";
import { type ImportOptions, type ImportResult, interpretPage } from "../import.js";
import { DocxProblem, readDocx } from "./read-docx.js";

/** {@link importDocx}'s work, synchronous: the unzip and the XML scan need no waiting. */
export function importDocxSync(data: Uint8Array | ArrayBuffer, options: ImportOptions = {}): ImportResult {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    return interpretPage(readDocx(bytes, new Budget(options.limits)), options);
  } catch (error) {
    if (error instanceof TooComplex) return tooComplex(error, options.locale);
    if (!(error instanceof DocxProblem)) throw error;
    const log = new FindingLog(resolveLocale(options.locale));
    log.add("import.unreadable-docx", [], { detail: error.detail });
    return { findings: log.findings, unmapped: [], sources: {} };
  }
}

/**
 * Reads a Word (.docx) report: the tables (merged cells included) into the official tables, the
 * title, dates, sections and signature from the paragraphs. Runs in Node and in browsers. Never
 * rejects on bad input: a file that is not a Word document is an `import.unreadable-docx` finding,
 * one whose tables hold more cells than `options.limits` allow an `import.too-complex` finding.
 *
 * It returns a promise, like `importPdf` and `importDocument`, so that callers treat every format
 * alike; the work itself is synchronous.
 *
 * @param data - The file's bytes.
 * @param options - Locale of the messages, fallbacks for what the document does not say.
 * @returns The report as read, the edition, `import.*` findings, unmapped text and each cell's
 *   source (`"table 3, row 5, column 4"`: the Word table, row and column, counted from 1).
 * @example
 * import { importDocx } from "zfxxgk/docx";
 * const { report, findings } = await importDocx(readFileSync("report.docx"));
 * @category Import
 */
export async function importDocx(
  data: Uint8Array | ArrayBuffer,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importDocxSync(data, options);
}
