import type { ImportOptions, ImportResult } from "../import.js";

/**
 * Reads a Word (.docx) report (placeholder: the reader is being built under issue 10).
 *
 * @category Import
 */
export async function importDocx(
  _data: Uint8Array | ArrayBuffer,
  _options: ImportOptions = {},
): Promise<ImportResult> {
  throw new Error("importDocx is not built yet");
}
