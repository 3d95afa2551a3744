import type { Edition } from "../model/edition.js";
import type { Label } from "../model/label.js";
import type { AnnualReport } from "../model/report.js";

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
 * @category Model
 */
export type Path = (string | number)[];

/**
 * One problem found in a report: data first, the message rendered from it in the caller's locale.
 *
 * @category Validation
 */
export interface Finding {
  /** A catalogue id such as `requests.balance`, or `"schema"` for a shape problem. */
  ruleId: string;
  severity: Severity;
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
}

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
 * A finding as a rule reports it, before the runner adds rule id, severity and message.
 *
 * @category Rules
 */
export interface Report<M extends string> {
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
  emit(finding: Report<M>): void;
}

/**
 * A rule's metadata: everything but the check.
 *
 * @category Rules
 */
export interface RuleMeta<M extends string = string> {
  /** Stable id, public API: never renamed or reused. */
  id: string;
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
export interface Rule<M extends string = string> extends RuleMeta<M> {
  /** Pure: reads the report, emits findings; no I/O, no throwing, no formatting. */
  check(context: RuleContext<M>): void;
}
