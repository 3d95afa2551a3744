import { z } from "zod";
import { MESSAGES } from "../i18n/messages.js";
import { appealsSchema, TABLE4_TITLE } from "../model/appeals.js";
import type { Edition } from "../model/edition.js";
import { fieldAt } from "../model/fields.js";
import type { Label } from "../model/label.js";
import { TABLE2_TITLE } from "../model/proactive-rows.js";
import { type AnnualReport, editionSchema, reportSchema } from "../model/report.js";
import { TABLE3_TITLE, table3Rows } from "../model/table3.js";
import { localise, renderTemplate } from "../rules/format.js";
import type { Finding, Locale, Path, ReportPart } from "../rules/types.js";
import { compile, MISS } from "./fast-parse.js";

const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;
const MAX_KEYS = 10;
const MAX_KEY_LENGTH = 64;

// Unknown keys are the one place input text reaches a finding: cut each to a bounded length, so a
// hostile key of megabytes gives a finding of bytes. A cut never splits a surrogate pair.
function shortKey(key: string): string {
  if (key.length <= MAX_KEY_LENGTH) return key;
  const end = /[\uD800-\uDBFF]/.test(key[MAX_KEY_LENGTH - 1] ?? "") ? MAX_KEY_LENGTH - 1 : MAX_KEY_LENGTH;
  return `${key.slice(0, end)}…`;
}

function shownKeys(keys: readonly string[]): string[] {
  return keys.slice(0, MAX_KEYS).map(shortKey);
}

type RawIssue = z.core.$ZodRawIssue;

function text(map: typeof zhCN, issue: RawIssue): string {
  const out = map(issue as never);
  return typeof out === "string" ? out : (out?.message ?? issue.code ?? "invalid");
}

// Both locales are rendered while zod still has the input at hand; the finding keeps them as data,
// so it can be shown in either locale later without the input.
export const bilingual: z.core.$ZodErrorMap = (issue) => {
  if (
    issue.code === "unrecognized_keys" &&
    (issue.keys.length > MAX_KEYS || issue.keys.some((k) => k.length > MAX_KEY_LENGTH))
  ) {
    const data = { keys: shownKeys(issue.keys), count: issue.keys.length };
    const template = issue.keys.length > MAX_KEYS ? MESSAGES.tooManyKeys : MESSAGES.unknownKeys;
    return JSON.stringify({
      zh: renderTemplate(template.zh, data, "zh-CN"),
      en: renderTemplate(template.en, data, "en"),
    });
  }
  return JSON.stringify({ zh: text(zhCN, issue), en: text(en, issue) });
};

/** The zh/en pair a message of {@link bilingual} carries. */
export function detail(message: string): Label {
  try {
    const parsed = JSON.parse(message) as Label;
    if (typeof parsed.zh === "string" && typeof parsed.en === "string") return parsed;
  } catch {
    // A schema-level message of zod's own: use it for both locales.
  }
  return { zh: message, en: message };
}

const PART_TITLES: Partial<Record<string, Label>> = {
  proactive: TABLE2_TITLE,
  requests: TABLE3_TITLE,
  appeals: TABLE4_TITLE,
  sections: { zh: "报告正文各部分", en: "narrative sections" },
};

/** The label of a path for messages: a field's official label, a table-三 row's, else the path. */
export function describePath(edition: Edition | undefined, path: Path): Label {
  if (path.length === 0) return MESSAGES.root;
  const key = path.length === 1 ? path[0] : undefined;
  // Own keys only: a path such as ["constructor"] must not find Object.prototype's members.
  const part = typeof key === "string" && Object.hasOwn(PART_TITLES, key) ? PART_TITLES[key] : undefined;
  if (part) return part;
  if (edition) {
    const field = fieldAt(edition, path);
    if (field) return field.label;
    const key = path.join(".");
    const row = table3Rows(edition, true).find((r) => r.path.join(".") === key);
    if (row) return row.label;
  }
  const dotted = path.join(".");
  return { zh: dotted, en: dotted };
}

function schemaFinding(edition: Edition | undefined, issue: z.core.$ZodIssue, locale: Locale): Finding {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const { message, path: _path, input: _input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  const data: Record<string, unknown> = {
    ...rest,
    ...(issue.code === "unrecognized_keys"
      ? { keys: shownKeys(issue.keys), keyCount: issue.keys.length }
      : {}),
    field: describePath(edition, path),
    detail: detail(message),
  };
  return {
    ruleId: "schema",
    severity: "error",
    path,
    cells: [path],
    messageId: issue.code,
    message: renderTemplate(localise(MESSAGES.shape, locale), data, locale),
    data,
  };
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
  const findings = result.error.issues.map((issue) => schemaFinding(edition, issue, locale));
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
