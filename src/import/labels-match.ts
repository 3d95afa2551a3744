import type { AppealColumn, AppealGroup } from "../model/appeals.js";
import {
  APPEAL_COLUMN_LABELS,
  APPEAL_COLUMNS,
  APPEAL_GROUP_LABELS,
  APPEAL_GROUPS,
} from "../model/appeals.js";
import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS, type ApplicantColumn } from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021, type ProactiveRow } from "../model/proactive-rows.js";
import type { Table3Row } from "../model/table3.js";
import {
  GROUP_LABELS,
  OUTCOMES_LABEL,
  type OutcomeGroup,
  TABLE3_CORNER_NOTE,
  table3Rows,
} from "../model/table3.js";
import { normaliseLabel } from "./normalise.js";

/**
 * Label matching by normalisation plus an explicit alias table. Every canonical label comes from
 * src/model; the aliases below are the variants seen in published reports. The one looser match is
 * inside a known group of table 三: an item with the row's own ordinal whose characters are, in order,
 * most of the row's (a typo that drops a word, 2.其他法律行政止公开), is that row.
 */

/** Published variants of table-三 row labels, keyed by the row's path below `requests`. */
const TABLE3_ALIASES: Record<string, readonly string[]> = {
  "outcomes.partiallyDisclosed": ["（二）部分公开"],
  "outcomes.otherHandling": ["（六）其他"],
  "outcomes.otherHandling.noCorrection": ["1.逾期不补正", "1.申请人无正当理由逾期不补正"],
  "outcomes.otherHandling.unpaidFee": ["2.逾期未缴费", "2.逾期未按收费通知要求缴纳费用", "2.逾期不缴纳费用"],
  "outcomes.withheld.endangersSafety": ["3.危及三安全一稳定"],
  "outcomes.total": ["（七）总计"],
};

/** Variants of group labels of table 三. */
const GROUP_ALIASES: Record<OutcomeGroup, readonly string[]> = {
  withheld: [],
  unavailable: [],
  notProcessed: [],
  otherHandling: ["（六）其他"],
};

/** Variants of table-二 row labels, by row key; 规范性文件 and 行政规范性文件 name the same row. */
const TABLE2_ALIASES: Record<string, readonly string[]> = {
  normativeDocuments: ["规范性文件", "行政规范性文件"],
};

/** Variants of table-二 column headers, by column key. */
const TABLE2_COLUMN_ALIASES: Record<string, readonly string[]> = {
  amount: ["本年收费金额", "本年收费金额(万元)", "采购总金额(万元)"],
};

const SUBTOTAL = "小计";

export function proactiveRows(edition: Edition): readonly ProactiveRow[] {
  return edition === "2019" ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021;
}

function index<T>(entries: [string, T][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [text, value] of entries) map.set(normaliseLabel(text), value);
  return map;
}

// A typo keeps at least this share of the label's characters, in order.
const TYPO_KEEPS = 0.7;

// Length of the longest common subsequence: labels are short, so the quadratic table is small.
function common(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j++)
      row[j] = ch === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    prev = row;
  }
  return prev[b.length] ?? 0;
}

// OCR may read an ordinal's "." as "-" (3-补正后…).
const ordinalOf = (norm: string) => /^(\d+)[.-]/.exec(norm)?.[1];

// Strips a leading ordinal (（一） 1. 一、) so "属于国家秘密" still meets "1.属于国家秘密" inside its group.
function withoutOrdinal(norm: string): string {
  return norm.replace(/^(\([一二三四五六七八九十]+\)|\d+[.-]|[一二三四五六七八九十]+、)/, "");
}

/** What a table-三 label names. */
export type Table3Match =
  | { kind: "row"; row: Table3Row }
  | { kind: "group"; group: OutcomeGroup }
  | { kind: "outcomes" }
  | { kind: "subtotal" };

/** The labels of one edition, ready to match. */
export interface LabelBook {
  edition: Edition;
  table3(text: string, group: OutcomeGroup | undefined): Table3Match | undefined;
  table2Row(text: string): ProactiveRow | undefined;
  table2Column(text: string): string | undefined;
  applicantColumn(text: string): ApplicantColumn | undefined;
  appealGroup(text: string): AppealGroup | undefined;
  appealColumn(text: string): AppealColumn | undefined;
  /** Header words of each table that carry no column of their own. */
  headerWord(text: string): "二" | "三" | "四" | undefined;
  provision(text: string): boolean;
}

const books = new Map<Edition, LabelBook>();

function buildBook(edition: Edition): LabelBook {
  const rows = table3Rows(edition, false);
  const rowEntries: [string, Table3Row][] = [];
  for (const row of rows) {
    rowEntries.push([row.own.zh, row]);
    for (const alias of TABLE3_ALIASES[row.path.slice(1).join(".")] ?? []) rowEntries.push([alias, row]);
  }
  // Pages that drop the top rows' ordinals: 本年新收政府信息公开申请数量 for 一、本年新收….
  for (const row of rows) {
    if (row.kind === "received" || row.kind === "carriedOver" || row.kind === "carriedForward")
      rowEntries.push([withoutOrdinal(normaliseLabel(row.own.zh)), row]);
  }
  const rowIndex = index(rowEntries);
  // Within a group, a label may also lack its ordinal; this index is consulted only with the group known.
  const bare = new Map<string, Table3Row>();
  for (const row of rows) {
    if (row.group) bare.set(`${row.group}:${withoutOrdinal(normaliseLabel(row.own.zh))}`, row);
  }
  const typo = (norm: string, group: OutcomeGroup): Table3Row | undefined => {
    const n = ordinalOf(norm);
    const row = n
      ? rows.find((r) => r.group === group && ordinalOf(normaliseLabel(r.own.zh)) === n)
      : undefined;
    if (!row) return undefined;
    const want = withoutOrdinal(normaliseLabel(row.own.zh));
    const got = withoutOrdinal(norm);
    if (got.length > want.length * 1.2 || got.length > 60) return undefined;
    return common(got, want) >= TYPO_KEEPS * Math.max(got.length, want.length) ? row : undefined;
  };
  // The top rows (一、本年新收…) by their ordinal, with the same typo allowance (OCR may set a
  // wrapped label's second line inside its first: 二、上年结转政量府信息公开申请数).
  const top = rows.filter(
    (r) => r.kind === "received" || r.kind === "carriedOver" || r.kind === "carriedForward",
  );
  const topTypo = (norm: string): Table3Row | undefined => {
    const n = /^[一二三四五六七八九十]+、/.exec(norm)?.[0];
    const row = n ? top.find((r) => normaliseLabel(r.own.zh).startsWith(n)) : undefined;
    if (!row) return undefined;
    const want = normaliseLabel(row.own.zh);
    // Never shorter: the first half of a label a page break cut (一、本年新收…申请 | 数量) is no label yet.
    if (norm.length < want.length || norm.length > want.length * 1.2) return undefined;
    return common(norm, want) >= TYPO_KEEPS * Math.max(norm.length, want.length) ? row : undefined;
  };
  const groupEntries: [string, OutcomeGroup][] = [];
  for (const [group, label] of Object.entries(GROUP_LABELS) as [OutcomeGroup, { zh: string }][]) {
    // 2019's （六）其他处理 is a row, not a group.
    if (edition === "2019" && group === "otherHandling") continue;
    groupEntries.push([label.zh, group]);
    for (const alias of GROUP_ALIASES[group]) groupEntries.push([alias, group]);
  }
  const groupIndex = index(groupEntries);
  const outcomes = normaliseLabel(OUTCOMES_LABEL.zh);

  const t2 = proactiveRows(edition);
  const t2Rows = index(
    t2.flatMap((row) => [[row.label.zh, row], ...(TABLE2_ALIASES[row.key] ?? []).map((a) => [a, row])]) as [
      string,
      ProactiveRow,
    ][],
  );
  const t2Columns = index(
    t2.flatMap((row) =>
      row.columns.flatMap((c) => [
        [c.label.zh, c.key],
        ...(TABLE2_COLUMN_ALIASES[c.key] ?? []).map((a) => [a, c.key]),
      ]),
    ) as [string, string][],
  );
  const applicants = index(
    APPLICANT_COLUMNS.map(
      (c) => [APPLICANT_COLUMN_LABELS[c].short.zh, c] as [string, ApplicantColumn],
    ).concat([["其他", "otherOrganization"]]),
  );
  const groups = index(
    APPEAL_GROUPS.map((g) => [APPEAL_GROUP_LABELS[g].short.zh, g] as [string, AppealGroup]),
  );
  const appealColumns = index(
    APPEAL_COLUMNS.map((c) => [APPEAL_COLUMN_LABELS[c].zh, c] as [string, AppealColumn]),
  );
  const words = index<"二" | "三" | "四">([
    ["信息内容", "二"],
    [TABLE3_CORNER_NOTE, "三"],
    ["申请人情况", "三"],
    ["法人或其他组织", "三"],
    ["行政诉讼", "四"],
  ]);

  return {
    edition,
    table3(text, group) {
      const norm = normaliseLabel(text);
      if (norm === outcomes) return { kind: "outcomes" };
      // OCR often loses the "、" after a top row's ordinal (一本年新收…, read as one glyph with the 一).
      const row =
        rowIndex.get(norm) ??
        rowIndex.get(norm.replace(/^([一二三四五六七八九十])(?=[^、一二三四五六七八九十])/, "$1、"));
      if (row) return { kind: "row", row };
      const g = groupIndex.get(norm);
      const typoTop = g ? undefined : topTypo(norm);
      if (typoTop) return { kind: "row", row: typoTop };
      if (g) return { kind: "group", group: g };
      if (norm === SUBTOTAL) return { kind: "subtotal" };
      if (group) {
        const inGroup = bare.get(`${group}:${withoutOrdinal(norm)}`) ?? typo(norm, group);
        if (inGroup) return { kind: "row", row: inGroup };
      }
      return undefined;
    },
    table2Row: (text) => t2Rows.get(normaliseLabel(text)),
    table2Column: (text) => t2Columns.get(normaliseLabel(text)),
    applicantColumn: (text) => applicants.get(normaliseLabel(text)),
    appealGroup: (text) => groups.get(normaliseLabel(text)),
    appealColumn: (text) => appealColumns.get(normaliseLabel(text)),
    headerWord: (text) => words.get(normaliseLabel(text)),
    provision: (text) => /^第二十条第\([一二三四五六七八九十]+\)项$/.test(normaliseLabel(text)),
  };
}

/** The label book of an edition (built once). */
export function labelBook(edition: Edition): LabelBook {
  let book = books.get(edition);
  if (!book) {
    book = buildBook(edition);
    books.set(edition, book);
  }
  return book;
}

/** Generic column headers of PDF conversions: 数据1 … 数据N; returns N. */
export function genericColumn(text: string): number | undefined {
  const m = /^数据(\d{1,2})$/.exec(normaliseLabel(text));
  return m ? Number(m[1]) : undefined;
}
