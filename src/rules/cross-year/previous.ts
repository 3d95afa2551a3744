import type { AnnualReport } from "../../model/report.js";
import type { Path } from "../types.js";

/**
 * First segment of a path into last year's report. A cross-year finding names cells of both reports:
 * `["requests", "carriedOver", "naturalPerson"]` is this year's cell and
 * `["previous", "requests", "carriedForward", "naturalPerson"]` is last year's.
 *
 * @category Rules
 * @example
 * const lastYears = finding.cells.filter((p) => p[0] === PREVIOUS);
 */
export const PREVIOUS = "previous";

/**
 * The path of a cell of last year's report, as cross-year findings name it.
 *
 * @param path - The cell's canonical path within last year's report.
 * @returns The path with {@link PREVIOUS} in front.
 * @category Rules
 * @example
 * previousPath(["requests", "carriedForward", "total"]); // ["previous", "requests", "carriedForward", "total"]
 */
export function previousPath(path: readonly (string | number)[]): Path {
  return [PREVIOUS, ...path];
}

/**
 * Whether the two reports are of consecutive years. The continuity and copy rules compare only
 * consecutive years; any other pair is cross-year.same-organ's to report, once, not theirs.
 */
export function consecutive(report: AnnualReport, previous: AnnualReport): boolean {
  return report.year === previous.year + 1;
}

/** Whether a text is blank (treated as not published). */
export const isBlank = (text: string | undefined) => (text ?? "").trim() === "";
