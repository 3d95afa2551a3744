import { describePath } from "../../../validate/parse.js";
import type { FindingLog } from "../../findings.js";
import type { ImportResult } from "../../import.js";

/** Below this confidence an OCR'd cell is a reading to check (measured on the scan fixtures: bench/ocr.ts). */
export const LOW_CONFIDENCE = 0.8;

const OCR_MARK = /\(OCR (\d(?:\.\d+)?)\)$/;

/** The OCR confidence a cell's source place carries (`"page 3, x 260, y 371 (OCR 0.91)"`), if any. */
export function ocrConfidence(where: string): number | undefined {
  const m = OCR_MARK.exec(where);
  return m ? Number(m[1]) : undefined;
}

/**
 * Says of every OCR'd cell read with low confidence that it is a reading to check: a warning on its
 * path, so that an equation it breaks is the reading's problem, not the report's.
 */
export function flagUnsure(result: ImportResult, log: FindingLog): void {
  for (const [key, source] of Object.entries(result.sources)) {
    const confidence = ocrConfidence(source.where);
    if (confidence === undefined || confidence >= LOW_CONFIDENCE) continue;
    const path = key.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    log.add("import.ocr-low-confidence", path, {
      field: describePath(result.edition, path),
      raw: source.raw,
      confidence: confidence.toFixed(2),
      where: source.where,
    });
  }
}
