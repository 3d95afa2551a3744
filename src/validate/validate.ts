import {
  CONFIG_KEYS,
  type CompiledConfig,
  ConfigError,
  type ConfigProblem,
  compileConfig,
  DEFAULT_CONFIG,
  type RuleLevels,
  renderProblem,
  type ZfxxgkConfig,
} from "../config/config.js";
import { assignIds, identityOf } from "../config/finding-id.js";
import { CONFIG_WORDS } from "../config/messages.js";
import { applyWaivers, today } from "../config/waivers.js";
import { applyMessages, type Messages } from "../i18n/catalogue.js";
import { MESSAGES } from "../i18n/messages.js";
import { EQUALITY_RULE_IDS, localiseReport } from "../localise/localise.js";
import type { Suspect, SuspectArea } from "../localise/types.js";
import type { AnnualReport } from "../model/report.js";
import { localise, renderTemplate, resolveLocale } from "../rules/format.js";
import { runRules } from "../rules/run.js";
import type { RuleSelection } from "../rules/select.js";
import type { Finding, Locale, Rule } from "../rules/types.js";
import { blameReading, keepSuspects, type ReadingInput, saidByReader } from "./judge.js";
import { ocrBlanks, ocrMisreads } from "./ocr-misread.js";
import { safeParseReport } from "./parse.js";
import { readReport } from "./read-report.js";
import { type SplitCounts, splitCounts, statusOf } from "./status.js";

/**
 * Options of {@link validateReport}: a {@link ZfxxgkConfig} (rule levels, custom rules, waivers,
 * locale) plus last year's report. `rules` also takes the older `{ include, exclude }` selection.
 *
 * @category Validation
 */
export interface ValidateOptions<Custom extends string = never> extends Omit<ZfxxgkConfig<Custom>, "rules"> {
  /** Last year's report of the same organ: turns on the cross-year rules. */
  previous?: unknown;
  /** Levels by rule id or prefix (`{ "cross-year.": "warning" }`), or `{ include, exclude }` lists. */
  rules?: RuleLevels<NoInfer<Custom>> | RuleSelection;
  /** The date waivers' `until` is compared with, as YYYY-MM-DD; default today (UTC). */
  today?: string;
  /**
   * What the reader said of the input (an importer's `findings` and `sources`): its findings are
   * returned with the rest as reading problems, a shape finding it already made is not made twice,
   * and a finding on a cell it was unsure of becomes a reading problem that names the source place.
   */
  reading?: ReadingInput;
}

export type { Suspect, SuspectArea } from "../localise/types.js";
export type { ReadingInput } from "./judge.js";
export type { DocumentStatus, SplitCounts } from "./status.js";

const VALIDATE_KEYS = [...CONFIG_KEYS, "previous", "today", "reading"];

/**
 * What {@link validateReport} returns.
 *
 * @category Validation
 */
export interface ValidationResult<Custom extends string = never> {
  /**
   * No error of the report (`origin: "report"`, severity "error") that is not waived. Reading
   * problems never make a report invalid: see `status` for whether the reading was whole.
   */
  valid: boolean;
  /**
   * `"valid"`, `"invalid"` (errors of the report), or `"incomplete"` when the reading has problems of
   * severity error or warning: the report's errors are then not final (docs/guide.md, "When a
   * document cannot be read whole").
   */
  status: "valid" | "invalid" | "incomplete";
  /** The parsed report, present when the whole input had the right shape. */
  report?: AnnualReport;
  /**
   * When the whole input did not parse but its edition and its three tables did (a missing organ or
   * year): the report as far as it parsed, organ and year possibly absent, so the tables can be drawn.
   */
  partial?: Omit<AnnualReport, "organ" | "year"> & { organ?: string; year?: number };
  /** Configuration problems first, then reading problems, shape problems, rule findings in catalogue order; each with its `id`. */
  findings: (Finding<Custom> & { id: string })[];
  /** Error localisation: the cells most likely wrong, over the equality rules that ran (rules.md). */
  suspects: Suspect[];
  /** Error localisation: one verdict per area with a broken equation (located, ambiguous, unexplained). */
  suspectAreas: SuspectArea[];
  /** The report's findings by severity; reading problems apart in `reading`; waived ones in `waived` only. */
  summary: SplitCounts;
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
      origin: "report",
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
const brokenEquality = (f: Finding<string>) => EQUALITIES.has(f.ruleId);

function problemFindings(problems: readonly ConfigProblem[], locale: Locale): Finding[] {
  return problems.map((p) => ({
    ruleId: "config",
    origin: "report",
    severity: "error",
    path: p.path,
    cells: [],
    messageId: p.messageId,
    message: renderProblem(p, locale),
    data: p.data,
  }));
}

function optionOf(options: unknown, key: string, problems: ConfigProblem[]): unknown {
  if (typeof options !== "object" || options === null) return undefined;
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    problems.push({
      messageId: "badOption",
      path: [key],
      data: { option: key, expected: CONFIG_WORDS.unreadable },
    });
    return undefined;
  }
}

/**
 * Validates an annual report: its shape against the schema of its edition, then every reconciliation
 * rule that applies (built-in and custom, at the configured levels), then the waivers. Never throws:
 * bad input of any kind comes back as `"schema"` findings, bad options (any JavaScript value) as
 * `"config"` findings, a crashing rule as one `"internal"` warning; the other rules still run.
 *
 * @param input - A report as JSON carries it (`JSON.parse` output), of either edition.
 * @param options - A configuration ({@link ZfxxgkConfig}), `previous` report and `today`.
 * @returns Findings with stable ids, a summary and, when the shape was right, the parsed report.
 * @category Validation
 * @example
 * import { validateReport } from "zfxxgk";
 * const result = validateReport(JSON.parse(text), { rules: { "cross-year.": "warning" } });
 * for (const f of result.findings) console.log(f.id, f.ruleId, f.path.join("."), f.message);
 */
export function validateReport<const Custom extends string = never>(
  input: unknown,
  options?: ValidateOptions<Custom> | null,
): ValidationResult<Custom> {
  const config = compileConfig(options, VALIDATE_KEYS);
  if (config === DEFAULT_CONFIG && (options === undefined || options === null)) {
    return run(
      input,
      config,
      undefined,
      undefined,
      resolveLocale(undefined),
      [],
      undefined,
    ) as ValidationResult<Custom>;
  }
  const problems = [...config.problems];
  const previous = optionOf(options, "previous", problems);
  const todayOption = optionOf(options, "today", problems);
  const messagesOption = optionOf(options, "messages", problems);
  const reading = readingOf(optionOf(options, "reading", problems));
  const locale = resolveLocale(config.locale);
  const date = typeof todayOption === "string" ? todayOption : undefined;
  const messages = messagesOf(messagesOption);
  return run(input, config, previous, date, locale, problems, reading, messages) as ValidationResult<Custom>;
}

/**
 * A validator with its configuration checked once: reuse it for many reports.
 *
 * @category Configuration
 */
export interface Validator<Custom extends string = never> {
  /** Validates one report; never throws (see {@link validateReport}). */
  validate(
    input: unknown,
    options?: { previous?: unknown; today?: string; reading?: ReadingInput },
  ): ValidationResult<Custom>;
  /** The rules that run, in order, at their configured severities. */
  readonly rules: readonly Rule[];
}

/**
 * Checks a configuration once and returns a validator that applies it to any number of reports.
 *
 * @param config - Rule levels, custom rules, waivers and locale.
 * @returns A validator whose `validate` never throws.
 * @throws {@link ConfigError} when the configuration has mistakes (an unknown rule id, with the closest known ids).
 * @category Configuration
 * @example
 * import { createValidator } from "zfxxgk";
 * const validator = createValidator({ rules: { "sections.": "warning" } });
 * const result = validator.validate(JSON.parse(text));
 */
export function createValidator<const Custom extends string = never>(
  config: ZfxxgkConfig<Custom> = {},
): Validator<Custom> {
  const compiled = compileConfig(config);
  if (compiled.problems.length) throw new ConfigError(compiled.problems, compiled.locale);
  const locale = resolveLocale(compiled.locale);
  const messages = messagesOf((config as { messages?: unknown }).messages);
  return {
    rules: compiled.rules,
    validate(input, options) {
      const problems: ConfigProblem[] = [];
      const previous = optionOf(options, "previous", problems);
      const date = optionOf(options, "today", problems);
      const reading = readingOf(optionOf(options, "reading", problems));
      return run(
        input,
        compiled,
        previous,
        typeof date === "string" ? date : undefined,
        locale,
        problems,
        reading,
        messages,
      ) as ValidationResult<Custom>;
    },
  };
}

// A catalogue is an object of templates; anything else is ignored (never thrown on), as bad options are.
const messagesOf = (value: unknown): Messages | undefined =>
  typeof value === "object" && value !== null ? (value as Messages) : undefined;

// The reader's findings are copied (ids and waivers are added to them here) and all marked as readings.
function readingOf(value: unknown): ReadingInput | undefined {
  const findings = (value as { findings?: unknown } | null | undefined)?.findings;
  if (!Array.isArray(findings)) return undefined;
  const sources = (value as { sources?: unknown }).sources;
  return {
    findings: findings
      .filter((f): f is Finding => typeof f === "object" && f !== null)
      .map((f) => ({ ...f, origin: "reading" as const })),
    ...(typeof sources === "object" && sources !== null
      ? { sources: sources as NonNullable<ReadingInput["sources"]> }
      : {}),
  };
}

function run(
  input: unknown,
  config: CompiledConfig,
  previousInput: unknown,
  date: string | undefined,
  locale: Locale,
  problems: ConfigProblem[],
  reading: ReadingInput | undefined,
  messages?: Messages,
): ValidationResult<string> {
  const parsed = safeParseReport(input, locale);
  const read: Finding<string>[] = reading ? [...reading.findings] : [];
  const findings: Finding<string>[] = problems.length ? problemFindings(problems, locale) : [];
  findings.push(...read);
  // One problem is one finding: what the reader said is missing is not a shape error as well.
  findings.push(...(read.length ? parsed.findings.filter((f) => !saidByReader(f, read)) : parsed.findings));
  const previous = previousReport(previousInput, locale);
  if (previous.finding) findings.push(previous.finding);
  const selected = config.rules;
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
  // A suggestion on a cell OCR read is first of all a possible misreading: a reading problem.
  const misread = ocrMisreads(localisation.suspects, reading?.sources, parsed.edition, locale);
  read.push(...misread);
  findings.push(...misread);
  // A blank of a scanned page that an equation breaks on may be a figure OCR missed: a reading problem.
  const blanks = ocrBlanks(findings, parsed.partial, reading?.sources, parsed.edition, locale, read);
  read.push(...blanks);
  findings.push(...blanks);
  if (findings.length) {
    const identity = identityOf(input);
    assignIds(findings, identity);
    if (config.waivers?.length)
      findings.push(...applyWaivers(findings, config.waivers, identity, date ?? today(), locale));
  }
  // After the waivers: a waived reading problem no longer makes a cell doubtful.
  const judged = read.length
    ? blameReading(findings, read, reading?.sources, parsed.edition, locale)
    : findings;
  const kept = read.length
    ? keepSuspects(localisation.suspects, localisation.areas, judged)
    : { suspects: localisation.suspects, areas: localisation.areas };
  const summary = splitCounts(judged);
  const partial = parsed.report ? undefined : drawable(parsed);
  return {
    valid: summary.error === 0,
    status: statusOf(summary),
    ...(parsed.report ? { report: parsed.report } : {}),
    ...(partial ? { partial } : {}),
    findings: (messages
      ? applyMessages(judged as Finding[], messages, locale)
      : judged) as ValidationResult<string>["findings"],
    suspects: kept.suspects,
    suspectAreas: kept.areas,
    summary,
  };
}

// The tables can be drawn when the edition and all three parsed, whatever the meta.
function drawable(parsed: ReturnType<typeof safeParseReport>): ValidationResult["partial"] {
  const { partial, parts, edition } = parsed;
  if (!partial || !edition) return undefined;
  if (!parts.has("proactive") || !parts.has("requests") || !parts.has("appeals")) return undefined;
  return { ...partial, edition } as ValidationResult["partial"];
}
