import Decimal from "decimal.js";
import { MESSAGES } from "../i18n/messages.js";
import type { AnnualReport } from "../model/report.js";
import { localise, renderTemplate } from "../rules/format.js";
import type { Finding, Locale } from "../rules/types.js";
import { parseReport } from "./parse.js";

// A report already parsed holds Decimal amounts, which the JSON-side schema does not take back.
function plain(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * A whole report from JSON or from an earlier parse, or the `"schema"` findings that say why it is
 * not one. Never throws: input whose getters throw, or that nests without end, is unreadable.
 */
export function readReport(
  input: unknown,
  locale: Locale,
): { report: AnnualReport; findings?: never } | { report?: never; findings: Finding[] } {
  try {
    const parsed = parseReport(plain(input), locale);
    if (parsed.report) return { report: parsed.report };
    return { findings: parsed.findings };
  } catch (error) {
    const data = { detail: error instanceof Error ? error.message : String(error) };
    return {
      findings: [
        {
          ruleId: "schema",
          severity: "error",
          path: [],
          cells: [],
          messageId: "unreadable",
          message: renderTemplate(localise(MESSAGES.unreadable, locale), data, locale),
          data,
        },
      ],
    };
  }
}
