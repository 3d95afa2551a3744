import type { Finding } from "../rules/types.js";

/**
 * Thrown by {@link diffReports} when an input is not a report: says which input and carries the
 * schema findings, each with the path of the bad cell and a localised message.
 *
 * @category Diff
 * @example
 * try { diffReports(a, b); } catch (e) {
 *   if (e instanceof ReportInputError) console.log(e.side, e.findings[0]?.path);
 * }
 */
export class ReportInputError extends Error {
  readonly code = "invalid-report";
  /** Which input was not a report. */
  readonly side: "previous" | "current";
  /** What is wrong with it, as `"schema"` findings. */
  readonly findings: Finding[];

  constructor(side: "previous" | "current", findings: Finding[]) {
    const first = findings[0];
    super(
      `zfxxgk: the ${side} report is not valid${first ? `: ${first.path.join(".")}: ${first.message}` : ""}`,
    );
    this.name = "ReportInputError";
    this.side = side;
    this.findings = findings;
  }
}
