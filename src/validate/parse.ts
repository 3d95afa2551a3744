import Decimal from "decimal.js";
import type { z } from "zod";
import { MESSAGES } from "../i18n/messages.js";
import { SCHEMA_MESSAGES, type SchemaMessageId } from "../i18n/schema-messages.js";
import { appealsSchema, TABLE4_TITLE } from "../model/appeals.js";
import type { Edition } from "../model/edition.js";
import { fieldAt, fields } from "../model/fields.js";
import type { Label } from "../model/label.js";
import { getAt } from "../model/path.js";
import { TABLE2_TITLE } from "../model/proactive-rows.js";
import { type AnnualReport, editionSchema, reportSchema } from "../model/report.js";
import { TABLE3_TITLE, table3Rows } from "../model/table3.js";
import { localise, renderTemplate } from "../rules/format.js";
import type { Finding, Locale, Path, ReportPart } from "../rules/types.js";
import { compile, MISS } from "./fast-parse.js";

const MAX_KEYS = 10;
const MAX_KEY_LENGTH = 64;
const MAX_TEXT_SHOWN = 20;

// Unknown keys and text values are the places input text reaches a finding: cut each to a bounded
// length, so a hostile key of megabytes gives a finding of bytes. A cut never splits a surrogate pair.
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

function shownKeys(keys: readonly string[]): string[] {
  return keys.slice(0, MAX_KEYS).map((k) => cut(k, MAX_KEY_LENGTH));
}

type RawIssue = z.core.$ZodRawIssue;
type ExpectId = Extract<SchemaMessageId, `expect${string}`>;
type ActualId = Extract<SchemaMessageId, `actual${string}`>;

/** What a shape finding says, as data: the kind of value expected and the value found. */
export interface IssueWords {
  expected: ExpectId;
  actual: ActualId;
  /** The text or number found, cut short. */
  shown?: string;
}

function actualOf(input: unknown): Pick<IssueWords, "actual" | "shown"> {
  if (input === undefined) return { actual: "actualMissing" };
  if (input === null) return { actual: "actualBlank" };
  if (typeof input === "string")
    return input.trim() === ""
      ? { actual: "actualEmptyText" }
      : { actual: "actualText", shown: cut(input, MAX_TEXT_SHOWN) };
  if (typeof input === "number") {
    if (Number.isNaN(input)) return { actual: "actualNotANumber" };
    if (!Number.isFinite(input)) return { actual: "actualInfinite" };
    return { actual: "actualNumber", shown: String(input) };
  }
  if (typeof input === "boolean") return { actual: "actualBoolean" };
  if (Decimal.isDecimal(input))
    return { actual: "actualNumber", shown: cut((input as Decimal).toString(), MAX_TEXT_SHOWN) };
  if (Array.isArray(input)) return { actual: "actualList" };
  if (typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype)
    return { actual: "actualGroup" };
  return { actual: "actualUnknown" };
}

// Without the field at hand (the error map does not know the path), the expected kind comes from zod's.
function expectedOf(issue: RawIssue): ExpectId {
  const i = issue as RawIssue & { expected?: string; origin?: string; format?: string; minimum?: unknown };
  if (i.code === "invalid_format") return i.format === "date" ? "expectDate" : "expectOther";
  if (i.code === "too_small" || i.code === "too_big") {
    if (i.origin === "string") return "expectText";
    return i.minimum === 0 ? "expectCount" : "expectNumber";
  }
  if (i.code !== "invalid_type") return "expectOther";
  if (i.expected === "int" || i.expected === "number") return "expectNumber";
  if (i.expected === "string") return "expectText";
  if (i.expected === "array") return "expectList";
  if (i.expected === "object") return "expectGroup";
  return "expectOther";
}

function wordsOf(issue: RawIssue): IssueWords {
  return { expected: expectedOf(issue), ...actualOf((issue as { input?: unknown }).input) };
}

/** "应填非负整数，现为空": the words rendered in a locale. */
export function wordsText(words: IssueWords, locale: Locale): string {
  const actual = renderTemplate(
    localise(SCHEMA_MESSAGES[words.actual], locale),
    { text: words.shown ?? "", number: words.shown ?? "" },
    locale,
  );
  return renderTemplate(
    localise(SCHEMA_MESSAGES.wrongValue, locale),
    { expected: SCHEMA_MESSAGES[words.expected], actual: { zh: actual, en: actual } },
    locale,
  );
}

// Both locales are rendered while zod still has the input at hand; the finding keeps them as data,
// so it can be shown in either locale later without the input. The words travel along as data too.
export const bilingual: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "unrecognized_keys") {
    const data = { keys: shownKeys(issue.keys).map((k) => `“${k}”`), count: issue.keys.length };
    const template = issue.keys.length > MAX_KEYS ? SCHEMA_MESSAGES.tooManyKeys : SCHEMA_MESSAGES.unknownKeys;
    return JSON.stringify({
      zh: renderTemplate(template.zh, data, "zh-CN"),
      en: renderTemplate(template.en, data, "en"),
    });
  }
  const words = wordsOf(issue);
  return JSON.stringify({ zh: wordsText(words, "zh-CN"), en: wordsText(words, "en"), words });
};

/** The zh/en pair a message of {@link bilingual} carries. */
export function detail(message: string): Label {
  const parsed = carried(message);
  return parsed ? { zh: parsed.zh, en: parsed.en } : { zh: message, en: message };
}

function carried(message: string): (Label & { words?: IssueWords }) | undefined {
  try {
    const parsed = JSON.parse(message) as Label & { words?: IssueWords };
    if (typeof parsed.zh === "string" && typeof parsed.en === "string") return parsed;
  } catch {
    // A message of zod's own (a refine's): no words to carry.
  }
  return undefined;
}

const PART_TITLES: Partial<Record<string, Label>> = {
  proactive: TABLE2_TITLE,
  requests: TABLE3_TITLE,
  appeals: TABLE4_TITLE,
  sections: { zh: "报告正文各部分", en: "narrative sections" },
};

const EXTRA_SECTIONS: Label = { zh: "非标准章节", en: "non-standard sections" };

// A row or group has no label of its own: its cells' labels share it as their first parts.
function groupLabel(edition: Edition, path: Path): Label | undefined {
  const prefix = `${path.join(".")}.`;
  const under = fields(edition).filter((f) => `${f.path.join(".")}.`.startsWith(prefix));
  if (under.length === 0) return undefined;
  const common = (pick: (l: Label) => string) => {
    const lists = under.map((f) => pick(f.label).split(" · "));
    const first = lists[0] ?? [];
    let n = 0;
    while (n < first.length - 1 && lists.every((l) => l[n] === first[n])) n++;
    return first.slice(0, n).join(" · ");
  };
  const label = { zh: common((l) => l.zh), en: common((l) => l.en) };
  return label.zh ? label : undefined;
}

/** The label of a path for messages: a field's official label, a table-三 row's, a group's, else the path. */
export function describePath(edition: Edition | undefined, path: Path): Label {
  if (path.length === 0) return MESSAGES.root;
  const key = path.length === 1 ? path[0] : undefined;
  // Own keys only: a path such as ["constructor"] must not find Object.prototype's members.
  const part = typeof key === "string" && Object.hasOwn(PART_TITLES, key) ? PART_TITLES[key] : undefined;
  if (part) return part;
  if (path[0] === "sections" && path[1] === "extra") {
    if (path.length === 2) return EXTRA_SECTIONS;
    if (path.length === 3)
      return {
        zh: `${EXTRA_SECTIONS.zh}第 ${Number(path[2]) + 1} 项`,
        en: `${EXTRA_SECTIONS.en}, item ${Number(path[2]) + 1}`,
      };
  }
  // The report's own fields (organ, year, …) are the same in both editions.
  const field = fieldAt(edition ?? "2021", path);
  if (field && (edition || field.table === "meta")) return field.label;
  if (edition) {
    const key = path.join(".");
    const row = table3Rows(edition, true).find((r) => r.path.join(".") === key);
    if (row) return row.label;
    const group = groupLabel(edition, path);
    if (group) return group;
  }
  const dotted = path.join(".");
  return { zh: dotted, en: dotted };
}

// With the field at hand, say what the cell should hold in the words of the form.
function expectedAt(edition: Edition | undefined, path: Path, fallback: ExpectId): ExpectId {
  if (path.length === 0) return "expectReport";
  const key = path.join(".");
  if (key === "edition") return "expectEdition";
  if (key === "year") return "expectYear";
  if (key === "organ") return "expectOrgan";
  if (key === "organKind") return "expectOrganKind";
  const field = fieldAt(edition ?? "2021", path);
  if (!field || (!edition && field.table !== "meta"))
    return fallback === "expectOther" ? "expectGroup" : fallback;
  if (field.table === "meta") return "expectDate";
  if (field.table === "sections") return "expectText";
  if (field.unit === "万元") return "expectAmount";
  if (field.unit === "none") return fallback;
  return field.label.zh.endsWith("增/减") ? "expectSigned" : "expectCount";
}

function schemaFinding(
  edition: Edition | undefined,
  issue: z.core.$ZodIssue,
  locale: Locale,
  input: unknown,
): Finding {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const { message, path: _path, input: _input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  const field = describePath(edition, path);
  const carriedWords = carried(message)?.words;
  // The edition decides the schema, so zod reports it on the whole report: the value is the report's.
  const found = path.length === 1 && path[0] === "edition" ? actualOf(getAt(input, path)) : undefined;
  const words: IssueWords | undefined =
    issue.code === "unrecognized_keys"
      ? undefined
      : {
          ...(carriedWords ?? { expected: "expectOther", actual: "actualUnknown" }),
          ...found,
          expected: expectedAt(edition, path, carriedWords?.expected ?? "expectOther"),
        };
  const data: Record<string, unknown> = {
    ...rest,
    ...(issue.code === "unrecognized_keys"
      ? { keys: shownKeys(issue.keys), keyCount: issue.keys.length }
      : {}),
    field,
    detail: words ? { zh: wordsText(words, "zh-CN"), en: wordsText(words, "en") } : detail(message),
    ...(words ? { words } : {}),
  };
  return {
    ruleId: "schema",
    origin: "report",
    severity: "error",
    path,
    cells: [path],
    messageId: issue.code,
    message: renderTemplate(localise(MESSAGES.shape, locale), data, locale),
    data,
  };
}

// Cells, rows or tables left out of the input: one finding per table (or per report-level field)
// that lists what is missing, not one per cell.
function missingFindings(edition: Edition | undefined, paths: Path[], locale: Locale): Finding[] {
  const groups = new Map<string, Path[]>();
  for (const path of paths) {
    const key = String(path[0] ?? "");
    const list = groups.get(key);
    if (list) list.push(path);
    else groups.set(key, [path]);
  }
  return [...groups.values()].map((cells) => {
    const first = cells[0] ?? [];
    if (cells.length === 1) {
      const data = { field: describePath(edition, first) };
      return {
        ruleId: "schema",
        origin: "report",
        severity: "error",
        path: first,
        cells,
        messageId: "missing",
        message: renderTemplate(localise(SCHEMA_MESSAGES.missing, locale), data, locale),
        data,
      };
    }
    const table = first.slice(0, 1);
    const data = {
      field: describePath(edition, table),
      count: cells.length,
      items: cells.slice(0, MAX_KEYS).map((c) => describePath(edition, c)),
    };
    return {
      ruleId: "schema",
      origin: "report",
      severity: "error",
      path: table,
      cells,
      messageId: "missingParts",
      message: renderTemplate(localise(SCHEMA_MESSAGES.missingParts, locale), data, locale),
      data,
    };
  });
}

/** Shape findings of a failed parse: missing parts grouped, the rest one per issue, in zod's order. */
function schemaFindings(
  edition: Edition | undefined,
  issues: readonly z.core.$ZodIssue[],
  locale: Locale,
  input: unknown,
): Finding[] {
  const missing: Path[] = [];
  const findings: Finding[] = [];
  for (const issue of issues) {
    if (issue.code === "invalid_type" && carried(issue.message)?.words?.actual === "actualMissing")
      missing.push(issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)));
    else findings.push(schemaFinding(edition, issue, locale, input));
  }
  return [...findings, ...missingFindings(edition, missing, locale)];
}

const META_KEYS = ["edition", "organ", "organKind", "year", "period", "publishedOn"] as const;
const TABLE_PARTS = ["proactive", "requests", "appeals", "sections"] as const;

// Built once per edition: pick() makes a new schema, and zod compiles each schema on first use.
const metaSchemas = new Map<Edition, z.ZodType>();

function metaSchema(edition: Edition): z.ZodType {
  let schema = metaSchemas.get(edition);
  if (!schema) {
    schema = editionSchema(edition).pick({
      edition: true,
      organ: true,
      organKind: true,
      year: true,
      period: true,
      publishedOn: true,
    });
    metaSchemas.set(edition, schema);
  }
  return schema;
}

/** A report as far as it parsed: the whole report, or the parts that have the right shape. */
export interface Parsed {
  edition: Edition | undefined;
  report: AnnualReport | undefined;
  partial: AnnualReport | undefined;
  parts: Set<ReportPart>;
  findings: Finding[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses input of any kind into a report, or as many parts of one as have the right shape. Never throws. */
export function parseReport(input: unknown, locale: Locale): Parsed {
  const edition =
    isRecord(input) && (input.edition === "2019" || input.edition === "2021")
      ? (input.edition as Edition)
      : undefined;
  const schema = edition ? editionSchema(edition) : reportSchema;
  const fast = edition ? compile(schema)(input) : MISS;
  const result =
    fast === MISS ? schema.safeParse(input, { error: bilingual }) : { success: true as const, data: fast };
  if (result.success) {
    const report = result.data as AnnualReport;
    return {
      edition,
      report,
      partial: report,
      parts: new Set(["meta", ...TABLE_PARTS]),
      findings: [],
    };
  }
  const findings = schemaFindings(edition, result.error.issues, locale, input);
  const parts = new Set<ReportPart>();
  const partial: Record<string, unknown> = {};
  if (isRecord(input)) {
    // Table 四 is the same in both editions, so it can be checked even when the edition is unknown.
    const tables = edition ? editionSchema(edition).shape : { appeals: appealsSchema };
    for (const part of TABLE_PARTS) {
      const partSchema = (tables as Partial<Record<string, z.ZodType>>)[part];
      if (!partSchema) continue;
      const fast = compile(partSchema)(input[part]);
      const parsed =
        fast === MISS ? partSchema.safeParse(input[part]) : { success: true as const, data: fast };
      if (parsed.success) {
        partial[part] = parsed.data;
        parts.add(part);
      }
    }
    if (edition) {
      const meta = metaSchema(edition).safeParse(
        Object.fromEntries(META_KEYS.filter((k) => k in input).map((k) => [k, input[k]])),
      );
      if (meta.success) {
        Object.assign(partial, meta.data);
        parts.add("meta");
      }
    }
  }
  return { edition, report: undefined, partial: partial as unknown as AnnualReport, parts, findings };
}

/**
 * {@link parseReport} for input whose getters or proxies may throw while zod reads them: such input is
 * one "unreadable" finding, never an exception.
 */
export function safeParseReport(input: unknown, locale: Locale): Parsed {
  try {
    return parseReport(input, locale);
  } catch (error) {
    const data = { detail: error instanceof Error ? error.message : String(error) };
    const finding: Finding = {
      ruleId: "schema",
      origin: "report",
      severity: "error",
      path: [],
      cells: [],
      messageId: "unreadable",
      message: renderTemplate(localise(MESSAGES.unreadable, locale), data, locale),
      data,
    };
    return {
      edition: undefined,
      report: undefined,
      partial: undefined,
      parts: new Set(),
      findings: [finding],
    };
  }
}
