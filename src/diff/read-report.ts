import Decimal from "decimal.js";
import type { AnnualReport } from "../model/report.js";
import type { Finding, Locale } from "../rules/types.js";
import { parseReport } from "../validate/parse.js";

// A report already parsed holds Decimal amounts, which the JSON-side schema does not take back.
function plain(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** A report from JSON or from an earlier parse, or the schema findings that say why it is not one. */
export function readReport(
  input: unknown,
  locale: Locale,
): { report: AnnualReport; findings?: never } | { report?: never; findings: Finding[] } {
  const parsed = parseReport(plain(input), locale);
  if (parsed.report) return { report: parsed.report };
  return { findings: parsed.findings };
}
