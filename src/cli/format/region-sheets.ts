import type { Label } from "../../model/label.js";
import {
  type ConsolidationRow,
  consolidationMessage,
  consolidationTerms,
} from "../../region/consolidation.js";
import type { CoverageRow } from "../../region/coverage.js";
import { INDICATOR_IDS, INDICATOR_LABELS, type Indicator } from "../../region/indicators.js";
import { REGION_MESSAGES } from "../../region/messages.js";
import type { RegionIndicator } from "../../region/totals.js";
import { titleOf } from "../../rules/titles.js";
import type { Locale } from "../../rules/types.js";
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from "../../validate/status.js";
import type { OutputFinding } from "../output-schema.js";
import { cellText } from "./text.js";

/** How a column's values are written: text, a whole number, a rate (fraction, shown as %), or percentage points. */
export type ColumnKind = "text" | "int" | "rate" | "points";

/** A column of a sheet: header in both locales and the kind of its values. */
export interface Column {
  header: Label;
  kind: ColumnKind;
  width: number;
}

/** A cell: text, a number (int/rate/points columns carry decimal strings or numbers), or blank. */
export type Cell = string | number | null;

const col = (zh: string, en: string, kind: ColumnKind = "text", width = 14): Column => ({
  header: { zh, en },
  kind,
  width,
});

/** The sheets of a region's output, in workbook order; `file` is the CSV file name. */
export const SHEETS = {
  reports: {
    name: { zh: "报告", en: "reports" },
    file: "reports.csv",
    columns: [
      col("机关", "organ", "text", 28),
      col("名单机关", "listed organ", "text", 28),
      col("行政区划代码", "region code"),
      col("年度", "year", "int", 8),
      col("格式版本", "edition", "text", 10),
      col("文件", "file", "text", 36),
      col("上年报告文件", "previous year's file", "text", 36),
      col("状态", "status", "text", 10),
      col("错误", "errors", "int", 8),
      col("警告", "warnings", "int", 8),
      col("提示", "infos", "int", 8),
      col("读取问题", "reading problems", "int", 10),
      col("疑似错格", "suspects", "int", 10),
      col("已豁免", "waived", "int", 8),
    ],
  },
  findings: {
    name: { zh: "问题", en: "findings" },
    file: "findings.csv",
    columns: [
      col("文件", "file", "text", 36),
      col("机关", "organ", "text", 28),
      col("年度", "year", "int", 8),
      col("规则", "rule", "text", 30),
      col("级别", "severity", "text", 8),
      col("来源", "origin", "text", 8),
      col("单元格", "cell", "text", 30),
      col("说明", "message", "text", 60),
      col("建议值", "suggested value", "int", 10),
      col("问题编号", "finding id", "text", 20),
    ],
  },
  coverage: {
    name: { zh: "覆盖", en: "coverage" },
    file: "coverage.csv",
    columns: [
      col("类别", "kind", "text", 12),
      col("说明", "meaning", "text", 30),
      col("机关", "organ", "text", 28),
      col("行政区划代码", "region code"),
      col("年度", "year", "int", 8),
      col("文件", "files", "text", 60),
    ],
  },
  indicators: {
    name: { zh: "指标", en: "indicators" },
    file: "indicators.csv",
    columns: [
      col("范围", "scope", "text", 8),
      col("机关或地区", "organ or region", "text", 28),
      col("行政区划代码", "region code"),
      col("年度", "year", "int", 8),
      col("文件", "file", "text", 36),
      col("指标", "indicator", "text", 14),
      col("分子", "numerator", "int", 10),
      col("分母", "denominator", "int", 10),
      col("比率", "rate", "rate", 10),
      col("较上年变化（百分点）", "change from last year (points)", "points", 14),
      col("说明", "note", "text", 30),
    ],
  },
  consolidation: {
    name: { zh: "汇总核对", en: "consolidation" },
    file: "consolidation.csv",
    columns: [
      col("结果", "result", "text", 10),
      col("级别", "severity", "text", 8),
      col("汇总机关", "consolidating organ", "text", 28),
      col("行政区划代码", "region code"),
      col("年度", "year", "int", 8),
      col("文件", "file", "text", 36),
      col("单元格", "cell", "text", 40),
      col("报告值", "reported", "int", 10),
      col("下级合计", "children's sum", "int", 10),
      col("差额", "difference", "int", 10),
      col("计入的下级报告", "children's figures that went in", "text", 60),
      col("下级报告文件", "children's files", "text", 60),
      col("缺少的下级机关", "children without a report", "text", 30),
      col("说明", "message", "text", 60),
    ],
  },
} as const satisfies Record<string, { name: Label; file: string; columns: Column[] }>;

/** A sheet id. */
export type SheetId = keyof typeof SHEETS;

/** Sheet ids in workbook order. */
export const SHEET_IDS = Object.keys(SHEETS) as SheetId[];

const pick = (label: Label, locale: Locale) => (locale === "en" ? label.en : label.zh);

const SEVERITY: Record<string, Label> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};
const ORIGIN: Record<string, Label> = {
  report: { zh: "报告", en: "report" },
  reading: { zh: "读取", en: "reading" },
};
const STATUS: Record<string, Label> = {
  checked: { zh: "已校验", en: "checked" },
  failed: { zh: "无法读取", en: "failed" },
};
const RESULT: Record<ConsolidationRow["status"], Label> = {
  differs: { zh: "不符", en: "differs" },
  agrees: { zh: "相符", en: "agrees" },
  "cannot-tell": { zh: "无法判断", en: "cannot tell" },
};
const COVERAGE_KINDS: Record<CoverageRow["kind"], Label> = {
  missing: { zh: "缺报", en: "missing" },
  unlisted: { zh: "名单外", en: "unlisted" },
  duplicate: { zh: "重复", en: "duplicate" },
};
const SCOPE: Record<string, Label> = {
  report: { zh: "报告", en: "report" },
  region: { zh: "地区", en: "region" },
  all: { zh: "全部", en: "all" },
};

/** One finding as the region outputs keep it: the validate output's finding plus a suggested value and id. */
export type RegionFinding = OutputFinding & { suggested?: number | null };

/** One report of a region run, as `--format json` writes it (one line) and `--from` reads it back. */
export interface RegionRecord {
  kind: "report";
  file: string;
  organ: string | null;
  year: number | null;
  edition: string | null;
  listedName: string | null;
  regionCode: string;
  status: "checked" | "failed";
  /** valid, invalid, incomplete (读取不完整) or unreadable; absent in records of older versions. */
  documentStatus?: DocumentStatus;
  error?: { code: string; message: string };
  previousFile: string | null;
  /** The report's findings; reading problems apart in `reading` (absent in records of older versions). */
  summary: {
    error: number;
    warning: number;
    info: number;
    reading?: { error: number; warning: number; info: number };
  };
  suspects: number;
  waived: number;
  findings: RegionFinding[];
  indicators: Indicator[];
  /** Per indicator, the change from the organ's previous year in points (filled in by the writer). */
  changes?: (string | null)[];
}

/** The reports sheet's row of a record. */
export function reportRow(r: RegionRecord, locale: Locale): Cell[] {
  return [
    r.organ,
    r.listedName,
    r.regionCode,
    r.year,
    r.edition,
    r.file,
    r.previousFile,
    pick(
      r.documentStatus
        ? DOCUMENT_STATUS_LABELS[r.documentStatus]
        : (STATUS[r.status] ?? (STATUS.checked as Label)),
      locale,
    ),
    r.summary.error,
    r.summary.warning,
    r.summary.info,
    r.summary.reading ? r.summary.reading.error + r.summary.reading.warning : 0,
    r.suspects,
    r.waived,
  ];
}

/** The findings sheet's rows of a record; an unreadable file is one row saying why. */
export function findingRows(r: RegionRecord, locale: Locale): Cell[][] {
  if (r.status === "failed")
    return [
      [
        r.file,
        r.organ,
        r.year,
        "",
        pick(SEVERITY.error as Label, locale),
        pick(ORIGIN.reading as Label, locale),
        "",
        r.error?.message ?? "",
        null,
        "",
      ],
    ];
  // The report's findings first, then the reading's: each kind in a block of its own.
  const ordered = [
    ...r.findings.filter((f) => f.origin !== "reading"),
    ...r.findings.filter((f) => f.origin === "reading"),
  ];
  return ordered.map((f) => {
    const title = titleOf(f.ruleId);
    return [
      r.file,
      r.organ,
      r.year,
      // The title a clerk reads; the id stays in the JSON output.
      title ? pick(title, locale) : f.ruleId,
      pick(SEVERITY[f.severity] ?? (SEVERITY.info as Label), locale),
      pick(ORIGIN[f.origin] ?? (ORIGIN.report as Label), locale),
      cellText(f, locale, r.edition === "2019" || r.edition === "2021" ? r.edition : undefined),
      f.message,
      f.suggested ?? null,
      f.id ?? "",
    ];
  });
}

function note(i: Indicator, minCount: number, locale: Locale): string {
  if (i.note === "below-min-count")
    return pick(REGION_MESSAGES.belowMinCount, locale).replace("{minCount}", String(minCount));
  if (i.note === "no-denominator") return pick(REGION_MESSAGES.noDenominator, locale);
  return "";
}

/** The indicators sheet's rows of one report. */
export function reportIndicatorRows(r: RegionRecord, minCount: number, locale: Locale): Cell[][] {
  return r.indicators.map((i, n) => [
    pick(SCOPE.report as Label, locale),
    r.organ,
    r.regionCode,
    r.year,
    r.file,
    pick(INDICATOR_LABELS[i.id], locale),
    i.numerator,
    i.denominator,
    i.rate,
    r.changes?.[n] ?? null,
    note(i, minCount, locale),
  ]);
}

/** The indicators sheet's rows of a region's (or the batch's) sums. */
export function regionIndicatorRow(i: RegionIndicator, minCount: number, locale: Locale): Cell[] {
  const all = i.regionCode === "*";
  return [
    pick((all ? SCOPE.all : SCOPE.region) as Label, locale),
    all
      ? pick(SCOPE.all as Label, locale)
      : i.regionCode || pick({ zh: "（未列入名单）", en: "(not on the list)" }, locale),
    all ? "" : i.regionCode,
    i.year,
    "",
    pick(INDICATOR_LABELS[i.id], locale),
    i.numerator,
    i.denominator,
    i.rate,
    i.change,
    [note(i, minCount, locale), `${i.reports}${locale === "en" ? " reports" : " 份报告"}`]
      .filter(Boolean)
      .join("；"),
  ];
}

/** The coverage sheet's row. */
export function coverageRow(c: CoverageRow, locale: Locale): Cell[] {
  const meaning =
    c.kind === "missing"
      ? pick(REGION_MESSAGES.missing, locale).replace("{year}", String(c.year ?? ""))
      : pick(REGION_MESSAGES[c.kind], locale);
  return [pick(COVERAGE_KINDS[c.kind], locale), meaning, c.organ, c.regionCode, c.year, c.files.join("; ")];
}

// OWASP's CSV-injection advice: a spreadsheet runs a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A cell as a spreadsheet may hold it: text that a spreadsheet would take for a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`. A number, and a decimal string in
 * a number column (a negative rate change), is a number, left as it is.
 */
export function neutralCell(value: Cell, kind: ColumnKind): Cell {
  if (typeof value !== "string" || !FORMULA_START.test(value)) return value;
  return kind !== "text" && DECIMAL.test(value) ? value : `'${value}`;
}

/** A row of a sheet with every cell made {@link neutralCell}; the CSV and XLSX writers get only these. */
export function neutralRow(sheet: SheetId, cells: readonly Cell[]): Cell[] {
  const columns: readonly Column[] = SHEETS[sheet].columns;
  return cells.map((v, n) => neutralCell(v, columns[n]?.kind ?? "text"));
}

/** The consolidation sheet's row of a result of {@link ConsolidationCheck}. */
export function consolidationRow(c: ConsolidationRow, locale: Locale): Cell[] {
  return [
    pick(RESULT[c.status], locale),
    pick(SEVERITY[c.severity] ?? (SEVERITY.info as Label), locale),
    c.organ,
    c.regionCode,
    c.year,
    c.file,
    c.label ? pick(c.label, locale) : null,
    c.reported ?? null,
    c.sum ?? null,
    c.difference ?? null,
    consolidationTerms(c, locale),
    c.children.map((t) => t.file).join("; "),
    c.missing.join(locale === "en" ? ", " : "、"),
    consolidationMessage(c, locale),
  ];
}

/** The indicator ids in order, for readers of the JSON output. */
export const INDICATOR_ORDER = INDICATOR_IDS;
