import type { Tally } from "./batch.js";
import type { RunSummary } from "./output-schema.js";

/** Totals of a run, kept as counts only so memory does not grow with the number of reports. */
export function emptySummary(): RunSummary {
  return {
    files: 0,
    valid: 0,
    invalid: 0,
    incomplete: 0,
    failed: 0,
    error: 0,
    warning: 0,
    info: 0,
    reading: { error: 0, warning: 0, info: 0 },
    byRule: {},
    notReports: [],
    skipped: [],
  };
}

export function addTally(summary: RunSummary, tally: Tally): void {
  // A file met in a folder that holds no report is listed by name and counted nowhere.
  if (tally.status === "not-a-report") {
    summary.notReports.push(tally.file);
    return;
  }
  summary.files += 1;
  if (tally.status === "unreadable") summary.failed += 1;
  else summary[tally.status] += 1;
  summary.error += tally.error;
  summary.warning += tally.warning;
  summary.info += tally.info;
  summary.reading.error += tally.reading.error;
  summary.reading.warning += tally.reading.warning;
  summary.reading.info += tally.reading.info;
  for (const [id, n] of Object.entries(tally.byRule)) summary.byRule[id] = (summary.byRule[id] ?? 0) + n;
}

/**
 * 1 when a report read whole has an error of the report; else 2 when any input could not be read, or
 * was read incompletely; else 0. An incomplete reading never exits 1, even with errors of the report
 * left after its doubtful cells were set apart: the reader cannot name every cell a misreading
 * touched (a row it could not place names none), so those errors are not final until it is read whole.
 */
export function exitCode(summary: RunSummary): number {
  if (summary.invalid > 0) return 1;
  if (summary.failed > 0 || summary.incomplete > 0) return 2;
  return 0;
}
