import { applyMessages, type Messages } from "../i18n/catalogue.js";
import { MESSAGES } from "../i18n/messages.js";
import { EQUALITY_RULE_IDS, localiseReport } from "../localise/localise.js";
import type { Suspect, SuspectArea } from "../localise/types.js";
import type { AnnualReport } from "../model/report.js";
import { rules as catalogue } from "../rules/catalogue.js";
import { localise, renderTemplate, resolveLocale } from "../rules/format.js";
import { runRules } from "../rules/run.js";
import { type RuleSelection, selectRules } from "../rules/select.js";
import type { Finding, Locale } from "../rules/types.js";
import { safeParseReport } from "./parse.js";
import { readReport } from "./read-report.js";

/**
 * Options of {@link validateReport}.
 *
 * @category Validation
 */
export interface ValidateOptions {
  /** Last year's report of the same organ: turns on the cross-year rules. */
  previous?: unknown;
  /** Locale of the messages; default `"zh-CN"`. */
  locale?: Locale;
  /** Run only some rules: ids or id prefixes such as `"cross-year."`. */
  rules?: RuleSelection;
  /**
   * A complete catalogue of message templates (another language, or house wording), used instead of
   * the built-in one; start from `builtInMessages(locale)`. Cell labels inside messages still come in
   * `locale`.
   */
  messages?: Messages;
}

export type { Suspect, SuspectArea } from "../localise/types.js";

/**
 * What {@link validateReport} returns.
 *
 * @category Validation
 */
export interface ValidationResult {
  /** No finding of severity "error". */
  valid: boolean;
  /** The parsed report, present when the whole input had the right shape. */
  report?: AnnualReport;
  /** Schema problems first, then rule findings in catalogue order. */
  findings: Finding[];
  /** Error localisation: the cells most likely wrong, over the equality rules that ran (rules.md). */
  suspects: Suspect[];
  /** Error localisation: one verdict per area with a broken equation (located, ambiguous, unexplained). */
  suspectAreas: SuspectArea[];
  summary: { error: number; warning: number; info: number };
}

function previousReport(previous: unknown, locale: Locale): { report?: AnnualReport; finding?: Finding } {
  if (previous === undefined) return {};
  const parsed = readReport(previous, locale);
  if (parsed.report) return { report: parsed.report };
  const first = parsed.findings[0];
  const data = { detail: first ? first.message : "" };
  return {
    finding: {
      ruleId: "schema",
      severity: "warning",
      path: [],
      cells: [],
      messageId: "previousUnusable",
      message: renderTemplate(localise(MESSAGES.previousUnusable, locale), data, locale),
      data,
    },
  };
}

const EQUALITIES: ReadonlySet<string> = new Set(EQUALITY_RULE_IDS);
// Localisation explains broken equalities; on a report whose equalities all hold it has nothing to do.
const brokenEquality = (f: Finding) => EQUALITIES.has(f.ruleId);

/**
 * Validates an annual report: its shape against the schema of its edition, then every reconciliation
 * rule that applies. Never throws: bad input of any kind comes back as `"schema"` findings, and the
 * rules still run on the tables that parsed.
 *
 * @param input - A report as JSON carries it (`JSON.parse` output), of either edition.
 * @param options - `previous` report, `locale`, and which `rules` to run.
 * @returns Findings, a summary and, when the shape was right, the parsed report.
 * @category Validation
 * @example
 * import { validateReport } from "zfxxgk";
 * const result = validateReport(JSON.parse(text), { locale: "zh-CN" });
 * for (const f of result.findings) console.log(f.ruleId, f.path.join("."), f.message);
 */
export function validateReport(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const locale = resolveLocale(options.locale);
  const parsed = safeParseReport(input, locale);
  const findings = [...parsed.findings];
  const previous = previousReport(options.previous, locale);
  if (previous.finding) findings.push(previous.finding);
  const selected = selectRules(catalogue, options.rules);
  let localisation: ReturnType<typeof localiseReport> = { suspects: [], areas: [], findings: [] };
  if (parsed.partial && parsed.edition) {
    findings.push(
      ...runRules(
        selected,
        { report: parsed.partial, parts: parsed.parts, edition: parsed.edition, previous: previous.report },
        locale,
      ),
    );
    if (findings.some(brokenEquality))
      localisation = localiseReport(
        {
          report: parsed.partial,
          parts: parsed.parts,
          previous: previous.report,
          ruleIds: new Set(selected.map((r) => r.id)),
        },
        locale,
      );
  } else if (parsed.partial && parsed.parts.has("appeals")) {
    // Edition unknown: only the tables both editions share can be checked.
    const shared = selected.filter((r) => r.uses.every((p) => p === "appeals"));
    findings.push(
      ...runRules(
        shared,
        { report: parsed.partial, parts: parsed.parts, edition: "2019", previous: undefined },
        locale,
      ),
    );
    if (findings.some(brokenEquality))
      localisation = localiseReport(
        {
          report: parsed.partial,
          parts: new Set(["appeals"]),
          previous: undefined,
          ruleIds: new Set(shared.map((r) => r.id)),
        },
        locale,
      );
  }
  findings.push(...localisation.findings);
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity] += 1;
  return {
    valid: summary.error === 0,
    ...(parsed.report ? { report: parsed.report } : {}),
    findings: options.messages ? applyMessages(findings, options.messages, locale) : findings,
    suspects: localisation.suspects,
    suspectAreas: localisation.areas,
    summary,
  };
}
