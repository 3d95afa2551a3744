import type { ImportOptions, ImportResult } from "../import.js";

/**
 * Reads a published PDF report (placeholder: the reader is being built under issue 10).
 *
 * @category Import
 */
export async function importPdf(
  _data: Uint8Array | ArrayBuffer,
  _options: ImportOptions = {},
): Promise<ImportResult> {
  throw new Error("importPdf is not built yet");
}
