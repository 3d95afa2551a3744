import type { Label } from "../model/label.js";
import type { Finding } from "../rules/types.js";

/**
 * What a document came to, as a person is told it:
 * - `valid` (通过): read whole, no error of the report;
 * - `invalid` (有错误): read whole, with errors of the report;
 * - `incomplete` (读取不完整): the reading has problems of severity error or warning (cells it could
 *   not place or was unsure of, a missing organ or year): the report's errors, if any, are listed
 *   but are not final until the reading is;
 * - `unreadable` (无法读取): nothing could be read (a scan without a text layer, a broken file);
 * - `not-a-report` (不是年度报告): a file met in a folder that holds no table of a report.
 *
 * @category Validation
 */
export type DocumentStatus = "valid" | "invalid" | "incomplete" | "unreadable" | "not-a-report";

/**
 * The words of each {@link DocumentStatus}, Chinese first.
 *
 * @category Validation
 * @example
 * import { DOCUMENT_STATUS_LABELS } from "zfxxgk";
 * DOCUMENT_STATUS_LABELS.incomplete.zh; // "读取不完整"
 */
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, Label> = {
  valid: { zh: "通过", en: "valid" },
  invalid: { zh: "有错误", en: "has errors" },
  incomplete: { zh: "读取不完整", en: "read incompletely" },
  unreadable: { zh: "无法读取", en: "unreadable" },
  "not-a-report": { zh: "不是年度报告", en: "not a report" },
};

/**
 * Counts of findings by severity: the report's errors and warnings, and the reading's problems apart.
 *
 * @category Validation
 */
export interface SplitCounts {
  /** Findings of the report (`origin: "report"`), not waived. */
  error: number;
  warning: number;
  info: number;
  /** Findings a waiver (or the baseline) covers, of either origin. */
  waived: number;
  /** Reading problems (`origin: "reading"`), not waived: never counted as the report's. */
  reading: { error: number; warning: number; info: number };
}

/** Counts findings by origin and severity; waived ones only in `waived`. */
export function splitCounts(findings: readonly Finding<string>[]): SplitCounts {
  const counts: SplitCounts = {
    error: 0,
    warning: 0,
    info: 0,
    waived: 0,
    reading: { error: 0, warning: 0, info: 0 },
  };
  for (const f of findings) {
    if (f.waived) counts.waived += 1;
    else if (f.origin === "reading") counts.reading[f.severity] += 1;
    else counts[f.severity] += 1;
  }
  return counts;
}

/** The status of a document that was read: incomplete when the reading has an error or warning. */
export function statusOf(counts: SplitCounts): "valid" | "invalid" | "incomplete" {
  if (counts.reading.error + counts.reading.warning > 0) return "incomplete";
  return counts.error > 0 ? "invalid" : "valid";
}
