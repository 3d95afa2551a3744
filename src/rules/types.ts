import type { Edition } from "../model/edition.js";
import type { Label } from "../model/label.js";
import type { AnnualReport } from "../model/report.js";
import type { RuleId } from "./catalogue.js";

/**
 * error: an identity of the format or the law is broken; warning: very likely wrong; info: worth a look.
 *
 * @category Rules
 */
export type Severity = "error" | "warning" | "info";

/**
 * The locales messages are rendered in; zh-CN is the source.
 *
 * @category Rules
 */
export type Locale = "zh-CN" | "en";

/**
 * A canonical path into a report, e.g. `["requests", "outcomes", "total", "naturalPerson"]`.
 *
 * @category Rules
 */
export type Path = (string | number)[];

/**
 * One problem found in a report: data first, the message rendered from it in the caller's locale.
 *
 * Paths are canonical paths into the report being checked. A cross-year finding also names cells of
 * last year's report: those paths start with `"previous"`, e.g. this year's
 * `["requests", "carriedOver", "naturalPerson"]` against last year's
 * `["previous", "requests", "carriedForward", "naturalPerson"]`. `path` is always a cell of this year's report.
 *
 * @category Rules
 */
export interface Finding<Custom extends string = never> {
  /**
   * A stable id of the problem (a 12-hex-digit hash of rule, organ, year, edition and cells; see
   * docs/guide.md "Configure"): set on every finding {@link validateReport} returns.
   */
  id?: string;
  /** A catalogue id such as `requests.balance`, `"schema"` for a shape problem, or a custom rule's id. */
  ruleId: FindingRuleId | Custom;
  severity: Severity;
  /**
   * Whether the finding is about the report as published or about how it was read (see
   * {@link FindingOrigin}): a reading problem never counts as an error of the report.
   */
  origin: FindingOrigin;
  /** The main cell, as a canonical path. */
  path: Path;
  /** Every cell the finding involves. */
  cells: Path[];
  /** The rule's message id (its template), so the message can be rendered again in another locale. */
  messageId: string;
  /** Rendered in the locale asked for. */
  message: string;
  /** The numbers behind the message: terms, sides, difference. */
  data: Record<string, unknown>;
  /** Present when a waiver (or a baseline) covers the finding: it no longer counts against `valid`. */
  waived?: Waived;
}

/**
 * Where a finding comes from.
 *
 * - `"report"`: the report as published (or as given in JSON) is wrong: rule findings, `"schema"`
 *   (a shape problem of the input), `"localise"` (which cell of a broken equation is wrong), and
 *   `"config"` and `"internal"`, which are not the reading's fault either (a wrong option or a crashed
 *   rule leaves the verdict on the report open, so they keep counting where they always did).
 * - `"reading"`: the reader may have misread the source: every `import.*` finding, and any report
 *   finding that involves a cell an `import.*` finding of severity error or warning names (an
 *   unresolved column, an ambiguous split, a conflict between two readings, a row not found, a
 *   low-confidence OCR cell): "the reading may be the cause" until the reading is sure.
 *   `region.*` findings are `"report"` findings of the set of reports (a year missing, an organ
 *   without its previous report), `"reading"` when they say a report's organ or year could not be read.
 *
 * @category Rules
 */
export type FindingOrigin = "report" | "reading";

/**
 * Why a finding no longer counts: the matching waiver's reason, who gave it and until when.
 *
 * @category Configuration
 */
export interface Waived {
  reason: string;
  by?: string;
  until?: string;
}

/**
 * The `ruleId` of a finding: a built-in rule, `"schema"` (shape), `"config"` (options or waivers),
 * `"internal"` (a rule crashed), `"localise"` (error localisation), an importer's `import.*` or a
 * whole-region run's `region.*`.
 *
 * @category Rules
 */
export type FindingRuleId =
  | RuleId
  | "schema"
  | "config"
  | "internal"
  | "localise"
  | `import.${string}`
  | `region.${string}`;

/**
 * One term of an equation: the cell, its label and the value used (blank is read as 0).
 *
 * @category Rules
 */
export interface Term {
  path: Path;
  label: Label;
  /** The published value: `null` when blank. */
  value: number | string | null;
}

/**
 * The parts of a report a rule reads; a rule runs only when all of them parsed.
 *
 * @category Rules
 */
export type ReportPart = "meta" | "proactive" | "requests" | "appeals" | "sections";

/**
 * A finding as a rule emits it, before the runner adds rule id, severity, message and id.
 *
 * @category Rules
 */
export interface FindingDraft<M extends string = string> {
  messageId: M;
  path: Path;
  cells: Path[];
  data: Record<string, unknown>;
}

/**
 * What a rule's check receives. Only the parts listed in the rule's `uses` are guaranteed present.
 *
 * @category Rules
 */
export interface RuleContext<M extends string = string> {
  report: AnnualReport;
  /** Last year's report, present when the rule `needsPrevious`. */
  previous: AnnualReport | undefined;
  emit(finding: FindingDraft<M>): void;
}

/**
 * Old name of {@link FindingDraft} (it is a finding being emitted, not a report).
 *
 * @deprecated Use `FindingDraft`; this alias goes in the next major version.
 * @category Rules
 */
export type Report<M extends string = string> = FindingDraft<M>;

/**
 * A rule's metadata: everything but the check.
 *
 * @category Rules
 */
export interface RuleMeta<M extends string = string, I extends string = string> {
  /** Stable id, public API: never renamed or reused. */
  id: I;
  title: Label;
  severity: Severity;
  editions: readonly Edition[];
  needsPrevious: boolean;
  /** The provision or format note the rule rests on. */
  basis: Label;
  uses: readonly ReportPart[];
  /** Message templates with named `{placeholders}` filled from the finding's data. */
  messages: Record<M, Label>;
}

/**
 * A reconciliation rule (勾稽关系): metadata plus a pure check.
 *
 * @category Rules
 */
export interface Rule<M extends string = string, I extends string = string> extends RuleMeta<M, I> {
  /**
   * Pure and synchronous: reads the report (frozen for a custom rule), emits findings; no I/O, no
   * throwing, no formatting. `undefined | void` rather than `void`, so that an `async` check fails
   * `tsc`; at run time a returned promise is one `"internal"` finding and its later findings are dropped.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: `void` alone would accept an async check
  check(context: RuleContext<M>): undefined | void;
}
