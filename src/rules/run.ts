import { MESSAGES } from "../i18n/messages.js";
import type { Edition } from "../model/edition.js";
import type { AnnualReport } from "../model/report.js";
import { perKindLimit } from "./cap.js";
import { localise, renderTemplate } from "./format.js";
import type { Finding, FindingDraft, Locale, ReportPart, Rule } from "./types.js";

/** What the rules run on: the parts of the report that parsed, and last year's report if usable. */
export interface RunInput {
  report: AnnualReport;
  parts: ReadonlySet<ReportPart>;
  edition: Edition;
  previous: AnnualReport | undefined;
}

function applies(rule: Rule, input: RunInput): boolean {
  if (!rule.editions.includes(input.edition)) return false;
  if (rule.needsPrevious && !input.previous) return false;
  return rule.uses.every((part) => input.parts.has(part));
}

/** Renders a rule finding's message from its template and data. */
export function renderRuleMessage(
  rule: Rule,
  messageId: string,
  data: Record<string, unknown>,
  locale: Locale,
) {
  const template = rule.messages[messageId];
  return template ? renderTemplate(localise(template, locale), data, locale) : messageId;
}

function crashDetail(error: unknown): string {
  try {
    return (error instanceof Error ? error.message : String(error)).slice(0, 200);
  } catch {
    return "?";
  }
}

/** Runs the rules that apply to the input, in catalogue order; the runner never special-cases an id. */
export function runRules(selected: readonly Rule[], input: RunInput, locale: Locale): Finding[] {
  const findings: Finding[] = [];
  for (const rule of selected) {
    if (!applies(rule, input)) continue;
    const { emit, close } = perKindLimit((f: FindingDraft) => {
      const finding: Finding = {
        ruleId: rule.id as Finding["ruleId"],
        origin: "report",
        severity: rule.severity,
        path: f.path,
        cells: f.cells,
        messageId: f.messageId,
        message: renderRuleMessage(rule, f.messageId, f.data, locale),
        data: f.data,
      };
      findings.push(finding);
      return finding;
    }, locale);
    try {
      rule.check({ report: input.report, previous: input.previous, emit });
    } catch (error) {
      // A check must not throw; if one does, the caller still gets every other finding, and the
      // crash (a fault of the checker, not of the report) is a warning that does not decide `valid`.
      const data = { rule: rule.id, detail: crashDetail(error) };
      findings.push({
        ruleId: "internal",
        origin: "report",
        severity: "warning",
        path: [],
        cells: [],
        messageId: "ruleCrashed",
        message: renderTemplate(localise(MESSAGES.ruleCrashed, locale), data, locale),
        data,
      });
    } finally {
      close();
    }
  }
  return findings;
}
