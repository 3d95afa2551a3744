import type { Tally } from "./batch.js";
import type { RunSummary } from "./output-schema.js";

/** Totals of a run, kept as counts only so memory does not grow with the number of reports. */
export function emptySummary(): RunSummary {
  return { files: 0, valid: 0, invalid: 0, failed: 0, error: 0, warning: 0, info: 0, byRule: {} };
}

export function addTally(summary: RunSummary, tally: Tally): void {
  summary.files += 1;
  if (tally.failed) summary.failed += 1;
  else if (tally.valid) summary.valid += 1;
  else summary.invalid += 1;
  summary.error += tally.error;
  summary.warning += tally.warning;
  summary.info += tally.info;
  for (const [id, n] of Object.entries(tally.byRule)) summary.byRule[id] = (summary.byRule[id] ?? 0) + n;
}

/** 1 when any report has an error finding; else 2 when any could not be read; else 0. */
export function exitCode(summary: RunSummary): number {
  if (summary.invalid > 0) return 1;
  if (summary.failed > 0) return 2;
  return 0;
}
