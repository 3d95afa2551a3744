import { IMPORT_MESSAGES } from "../import/messages.js";
import { LOCALISE_MESSAGES } from "../localise/messages.js";
import type { Label } from "../model/label.js";
import { appealsTotal, appealsTotalBlank } from "../rules/appeals.js";
import { crossYearCarryOver } from "../rules/cross-year/carry-over.js";
import { crossYearInForceContinuity, crossYearItemCountContinuity } from "../rules/cross-year/continuity.js";
import { crossYearCopiedTables } from "../rules/cross-year/copied-tables.js";
import { crossYearCopiedText } from "../rules/cross-year/copied-text.js";
import { crossYearSameOrgan } from "../rules/cross-year/same-organ.js";
import { renderTemplate } from "../rules/format.js";
import {
  metaEditionMatchesYear,
  metaPeriodCoversYear,
  metaPublishedAfterYear,
  metaPublishedOnTime,
} from "../rules/meta.js";
import { proactiveItemCountNonnegative, proactivePublishedWithinTotal } from "../rules/proactive.js";
import {
  requestsBalance,
  requestsGroupSubtotal,
  requestsOutcomeTotal,
  requestsRowTotal,
  requestsTotalBlank,
} from "../rules/requests.js";
import { sectionsInformationFee, sectionsRequired } from "../rules/sections.js";
import {
  sectionsOutlineHeadingContent,
  sectionsOutlineMissingPart,
  sectionsOutlineNumbering,
  sectionsOutlineOrder,
  sectionsOutlineSubtopics,
} from "../rules/sections-outline.js";
import { sectionsPlaceholder } from "../rules/sections-placeholder.js";
import { textAllClosed } from "../rules/text/all-closed.js";
import { textTableAgreement } from "../rules/text/table-agreement.js";
import { textYearMismatch } from "../rules/text/year-mismatch.js";
import type { Finding, Locale, Rule } from "../rules/types.js";
import type { IssueWords } from "../validate/parse.js";
import { CLI_MESSAGES } from "./cli-messages.js";
import { MESSAGES } from "./messages.js";
import { SCHEMA_MESSAGES } from "./schema-messages.js";

// The built-in rules by id, with their message ids as literal types (a test checks it against the catalogue).
const RULE_MESSAGES = {
  "appeals.total": appealsTotal,
  "appeals.total-blank": appealsTotalBlank,
  "cross-year.carry-over": crossYearCarryOver,
  "cross-year.copied-tables": crossYearCopiedTables,
  "cross-year.copied-text": crossYearCopiedText,
  "cross-year.in-force-continuity": crossYearInForceContinuity,
  "cross-year.item-count-continuity": crossYearItemCountContinuity,
  "cross-year.same-organ": crossYearSameOrgan,
  "meta.edition-matches-year": metaEditionMatchesYear,
  "meta.period-covers-year": metaPeriodCoversYear,
  "meta.published-after-year": metaPublishedAfterYear,
  "meta.published-on-time": metaPublishedOnTime,
  "proactive.item-count-nonnegative": proactiveItemCountNonnegative,
  "proactive.published-within-total": proactivePublishedWithinTotal,
  "requests.balance": requestsBalance,
  "requests.group-subtotal": requestsGroupSubtotal,
  "requests.outcome-total": requestsOutcomeTotal,
  "requests.row-total": requestsRowTotal,
  "requests.total-blank": requestsTotalBlank,
  "sections.information-fee": sectionsInformationFee,
  "sections.outline-heading-content": sectionsOutlineHeadingContent,
  "sections.outline-missing-part": sectionsOutlineMissingPart,
  "sections.outline-numbering": sectionsOutlineNumbering,
  "sections.outline-order": sectionsOutlineOrder,
  "sections.outline-subtopics": sectionsOutlineSubtopics,
  "sections.placeholder": sectionsPlaceholder,
  "sections.required": sectionsRequired,
  "text.all-closed": textAllClosed,
  "text.table-agreement": textTableAgreement,
  "text.year-mismatch": textYearMismatch,
} as const;

type RuleTable = typeof RULE_MESSAGES;
type MessagesOf<R> = R extends Rule<infer M> ? M : never;

/**
 * The id of every message the library renders: `"<rule id>/<message id>"` for the built-in rules,
 * `"schema/…"` for shape findings (and the words they are made of), `"core/…"` for the library's own,
 * `"localise/…"`, `"import.…"` for importer findings and `"cli/…"` for the command.
 *
 * @category Validation
 */
export type MessageId =
  | { [K in keyof RuleTable]: `${K}/${MessagesOf<RuleTable[K]>}` }[keyof RuleTable]
  | `schema/${keyof typeof SCHEMA_MESSAGES}`
  | `core/${keyof typeof MESSAGES}`
  | `localise/${keyof typeof LOCALISE_MESSAGES}`
  | keyof typeof IMPORT_MESSAGES
  | `cli/${keyof typeof CLI_MESSAGES}`;

/**
 * A complete message catalogue of one language or house style: a template for every {@link MessageId},
 * with the same `{placeholders}` as the built-in one. The type has every id as a required key, so a
 * catalogue that misses one fails `tsc`.
 *
 * @category Validation
 */
export type Messages = { readonly [K in MessageId]: string };

function entries(prefix: string, table: Record<string, Label>, locale: Locale): [string, string][] {
  return Object.entries(table).map(([id, label]) => [
    `${prefix}${id}`,
    locale === "en" ? label.en : label.zh,
  ]);
}

/**
 * The built-in catalogue of a locale: a starting point for house wording or a new language.
 *
 * @param locale - `"zh-CN"` (the source) or `"en"`.
 * @returns Every message template, by {@link MessageId}.
 * @example
 * import { builtInMessages, validateReport } from "zfxxgk";
 * const messages = { ...builtInMessages("zh-CN"), "requests.balance/mismatch": "{column}：收支不平（差 {difference}）" };
 * validateReport(report, { messages });
 * @category Validation
 */
export function builtInMessages(locale: Locale): Messages {
  const list: [string, string][] = [
    ...Object.entries(RULE_MESSAGES).flatMap(([id, rule]) =>
      entries(`${id}/`, (rule as Rule).messages, locale),
    ),
    ...entries("schema/", SCHEMA_MESSAGES, locale),
    ...entries("core/", MESSAGES, locale),
    ...entries("localise/", LOCALISE_MESSAGES, locale),
    ...entries("", IMPORT_MESSAGES, locale),
    ...entries("cli/", CLI_MESSAGES, locale),
  ];
  return Object.freeze(Object.fromEntries(list)) as Messages;
}

/** The rule ids the typed catalogue knows (for a test that keeps it in step with the rule catalogue). */
export const CATALOGUED_RULE_IDS: readonly string[] = Object.keys(RULE_MESSAGES);

function fill(
  messages: Messages,
  id: string,
  data: Record<string, unknown>,
  locale: Locale,
): string | undefined {
  const template = (messages as Record<string, string | undefined>)[id];
  return typeof template === "string" ? renderTemplate(template, data, locale) : undefined;
}

// A shape finding is made of words: the cell, what it should hold, what it holds.
function schemaMessage(finding: Finding, messages: Messages, locale: Locale): string | undefined {
  const { data } = finding;
  if (finding.messageId === "missing" || finding.messageId === "missingParts")
    return fill(messages, `schema/${finding.messageId}`, data, locale);
  if (finding.messageId === "previousUnusable" || finding.messageId === "unreadable")
    return fill(messages, `core/${finding.messageId}`, data, locale);
  let detail: string | undefined;
  const words = data.words as IssueWords | undefined;
  if (words) {
    const actual = fill(
      messages,
      `schema/${words.actual}`,
      { text: words.shown, number: words.shown },
      locale,
    );
    const expected = fill(messages, `schema/${words.expected}`, {}, locale);
    detail = fill(messages, "schema/wrongValue", { expected, actual }, locale);
  } else if (finding.messageId === "unrecognized_keys") {
    const keys = (data.keys as string[]).map((k) => `“${k}”`);
    const many = (data.keyCount as number) > keys.length;
    detail = fill(
      messages,
      many ? "schema/tooManyKeys" : "schema/unknownKeys",
      { keys, count: data.keyCount },
      locale,
    );
  }
  return detail === undefined ? undefined : fill(messages, "core/shape", { ...data, detail }, locale);
}

/** Renders findings again from a caller's catalogue; a finding the catalogue cannot word keeps its message. */
export function applyMessages(findings: readonly Finding[], messages: Messages, locale: Locale): Finding[] {
  return findings.map((f) => {
    const message =
      f.ruleId === "internal" && f.messageId in MESSAGES
        ? fill(messages, `core/${f.messageId as keyof typeof MESSAGES}`, f.data, locale)
        : f.ruleId === "schema"
          ? schemaMessage(f, messages, locale)
          : f.ruleId === "localise"
            ? fill(messages, `localise/${f.messageId}`, f.data, locale)
            : fill(messages, `${f.ruleId}/${f.messageId}`, f.data, locale);
    return message === undefined ? f : { ...f, message };
  });
}
