import type { AnnualReport } from "../model/report.js";
import type { Finding, Locale } from "../rules/types.js";
import { safeParseReport } from "./parse.js";

/**
 * A whole report from JSON or from an earlier parse (amounts as `Decimal`), or the `"schema"` findings
 * that say why it is not one. Never throws.
 */
export function readReport(
  input: unknown,
  locale: Locale,
): { report: AnnualReport; findings?: never } | { report?: never; findings: Finding[] } {
  const parsed = safeParseReport(input, locale);
  return parsed.report ? { report: parsed.report } : { findings: parsed.findings };
}
