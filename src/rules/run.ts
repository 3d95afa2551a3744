import { MESSAGES } from "../i18n/messages.js";
import type { Edition } from "../model/edition.js";
import type { AnnualReport } from "../model/report.js";
import { perKindLimit } from "./cap.js";
import { rules as catalogue } from "./catalogue.js";
import { emitProblem, freezeDeep } from "./contract.js";
import { localise, renderTemplate } from "./format.js";
import type { Finding, FindingDraft, Locale, ReportPart, Rule } from "./types.js";

/** What the rules run on: the parts of the report that parsed, and last year's report if usable. */
export interface RunInput {
  report: AnnualReport;
  parts: ReadonlySet<ReportPart>;
  edition: Edition;
  previous: AnnualReport | undefined;
}

// A custom rule is someone else's code: it runs on a frozen report and its mistakes are its own.
const BUILT_IN: ReadonlySet<string> = new Set(catalogue.map((r) => r.id));

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
  const template = Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined;
  return template ? renderTemplate(localise(template, locale), data, locale) : messageId;
}

function crashDetail(error: unknown): string {
  try {
    return (error instanceof Error ? error.message : String(error)).slice(0, 200);
  } catch {
    return "?";
  }
}

type InternalId = "ruleCrashed" | "customRuleCrashed" | "ruleBadEmit" | "ruleAsync";

// A built-in rule that fails is a bug of zfxxgk and does not decide `valid`; a custom rule that fails
// left its check unfinished, so the finding takes the rule's own severity.
function internal(
  rule: Rule,
  messageId: InternalId,
  detail: string,
  builtIn: boolean,
  locale: Locale,
): Finding {
  const data = { rule: rule.id, detail };
  return {
    ruleId: "internal",
    origin: "report",
    severity: builtIn ? "warning" : rule.severity,
    path: [],
    cells: [],
    messageId,
    message: renderTemplate(localise(MESSAGES[messageId], locale), data, locale),
    data,
  };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === "object" || typeof value === "function") &&
  value !== null &&
  typeof (value as { then?: unknown }).then === "function";

/** Runs the rules that apply to the input, in catalogue order; the runner never special-cases an id. */
export function runRules(selected: readonly Rule[], input: RunInput, locale: Locale): Finding[] {
  const findings: Finding[] = [];
  let frozen = false;
  // One limiter, one emit and one context for the whole run, not per rule (this runs for every rule
  // of every report, and a clean report's rules emit nothing): `rule` is the rule whose check runs.
  let rule = selected[0] as Rule;
  const { emit: keep, close } = perKindLimit(
    (f: FindingDraft) => {
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
    },
    locale,
    (f) => `${rule.id}\u0000${f.messageId}`,
  );
  const shared = { report: input.report, previous: input.previous, emit: keep };
  for (const next of selected) {
    if (!applies(next, input)) continue;
    rule = next;
    const builtIn = BUILT_IN.has(rule.id);
    if (!builtIn && !frozen) {
      freezeDeep(input.report);
      if (input.previous) freezeDeep(input.previous);
      frozen = true;
    }
    // Built-in rules emit what their tests check, on the hot path; a custom rule's emit is checked,
    // and closes when its check returns (so a late emit is never counted under another rule).
    const guard = builtIn ? undefined : { open: true, bad: false, rule };
    const context = guard
      ? {
          report: input.report,
          previous: input.previous,
          emit: (draft: FindingDraft) => {
            if (!guard.open) return;
            const problem = emitProblem(guard.rule, draft, input);
            if (problem === undefined) keep(draft);
            else if (!guard.bad) {
              guard.bad = true;
              findings.push(internal(guard.rule, "ruleBadEmit", problem, false, locale));
            }
          },
        }
      : shared;
    try {
      const returned: unknown = rule.check(context);
      // A check returns undefined: the one comparison keeps the hot path as it was.
      if (returned !== undefined && isThenable(returned)) {
        // Never an unhandled rejection: the promise is settled into nothing.
        Promise.resolve(returned).catch(() => {});
        findings.push(internal(rule, "ruleAsync", "", builtIn, locale));
      }
    } catch (error) {
      // A check must not throw; if one does, the caller still gets every other finding.
      const id = builtIn ? "ruleCrashed" : "customRuleCrashed";
      findings.push(internal(rule, id, crashDetail(error), builtIn, locale));
    } finally {
      if (guard) guard.open = false;
    }
  }
  close();
  return findings;
}
