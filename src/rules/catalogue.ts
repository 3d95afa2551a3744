import { appealsTotal, appealsTotalBlank } from "./appeals.js";
import { crossYearCarryOver } from "./cross-year/carry-over.js";
import { crossYearInForceContinuity, crossYearItemCountContinuity } from "./cross-year/continuity.js";
import { crossYearCopiedTables } from "./cross-year/copied-tables.js";
import { crossYearCopiedText } from "./cross-year/copied-text.js";
import { crossYearSameOrgan } from "./cross-year/same-organ.js";
import {
  metaEditionMatchesYear,
  metaPeriodCoversYear,
  metaPublishedAfterYear,
  metaPublishedOnTime,
} from "./meta.js";
import { proactiveItemCountNonnegative, proactivePublishedWithinTotal } from "./proactive.js";
import {
  requestsBalance,
  requestsGroupSubtotal,
  requestsOutcomeTotal,
  requestsRowTotal,
  requestsTotalBlank,
} from "./requests.js";
import { sectionsInformationFee, sectionsRequired } from "./sections.js";
import {
  sectionsOutlineHeadingContent,
  sectionsOutlineMissingPart,
  sectionsOutlineNumbering,
  sectionsOutlineOrder,
  sectionsOutlineSubtopics,
} from "./sections-outline.js";
import { sectionsPlaceholder } from "./sections-placeholder.js";
import { textAllClosed } from "./text/all-closed.js";
import { textTableAgreement } from "./text/table-agreement.js";
import { textYearMismatch } from "./text/year-mismatch.js";
import type { Rule } from "./types.js";

const BUILT_IN = [
  appealsTotal,
  appealsTotalBlank,
  crossYearCarryOver,
  crossYearCopiedTables,
  crossYearCopiedText,
  crossYearInForceContinuity,
  crossYearItemCountContinuity,
  crossYearSameOrgan,
  metaEditionMatchesYear,
  metaPeriodCoversYear,
  metaPublishedAfterYear,
  metaPublishedOnTime,
  proactiveItemCountNonnegative,
  proactivePublishedWithinTotal,
  requestsBalance,
  requestsGroupSubtotal,
  requestsOutcomeTotal,
  requestsRowTotal,
  requestsTotalBlank,
  sectionsInformationFee,
  sectionsOutlineHeadingContent,
  sectionsOutlineMissingPart,
  sectionsOutlineNumbering,
  sectionsOutlineOrder,
  sectionsOutlineSubtopics,
  sectionsPlaceholder,
  sectionsRequired,
  textAllClosed,
  textTableAgreement,
  textYearMismatch,
] as const;

/**
 * The id of a built-in rule: a misspelt literal id fails `tsc`.
 *
 * @category Rules
 */
export type RuleId = (typeof BUILT_IN)[number]["id"];

/**
 * A family of built-in rules: the part of an id before its last dot, with the dot (`"cross-year."`).
 *
 * @category Rules
 */
export type RulePrefix = RuleId extends infer I
  ? I extends `${infer P}.${string}`
    ? `${P}.`
    : never
  : never;

/**
 * The rule catalogue: every reconciliation rule (勾稽关系), sorted by id. The ids are public API.
 *
 * @category Rules
 * @example
 * import { rules } from "zfxxgk";
 * rules.map((r) => `${r.id}: ${r.title.zh}`);
 */
export const rules: readonly Rule<string, RuleId>[] = Object.freeze(
  BUILT_IN.map((r) => r as Rule<string, RuleId>).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);
