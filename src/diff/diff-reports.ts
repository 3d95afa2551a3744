import type { AnnualReport } from "../model/report.js";
import { rules as catalogue } from "../rules/catalogue.js";
import { resolveLocale } from "../rules/format.js";
import { runRules } from "../rules/run.js";
import { selectRules } from "../rules/select.js";
import type { Finding, Locale, ReportPart } from "../rules/types.js";
import { readReport } from "../validate/read-report.js";
import { delta, percent } from "./delta.js";
import { ReportInputError } from "./errors.js";
import { type Figure, figures, readFigure } from "./figures.js";
import type { DiffEntry, ReportDiff } from "./types.js";

/**
 * Options of {@link diffReports}, {@link safeDiffReports} and {@link diffSeries}.
 *
 * @category Diff
 */
export interface DiffOptions {
  /** Locale of the findings' messages; default `"zh-CN"`. */
  locale?: Locale;
}

const ALL_PARTS: ReadonlySet<ReportPart> = new Set(["meta", "proactive", "requests", "appeals", "sections"]);

/** The cross-year rules' findings on a pair of parsed reports. */
export function crossYearFindings(previous: AnnualReport, current: AnnualReport, locale: Locale): Finding[] {
  return runRules(
    selectRules(catalogue, { include: ["cross-year."] }),
    { report: current, parts: ALL_PARTS, edition: current.edition, previous },
    locale,
  );
}

function entry(figure: Figure, previous: AnnualReport, current: AnnualReport): DiffEntry {
  const before = readFigure(previous, figure.previous, figure.amount);
  const now = readFigure(current, figure.current, figure.amount);
  const comparable = figure.comparable && before !== undefined && now !== undefined;
  const change = comparable ? delta(before, now, figure.amount) : null;
  return {
    path: [...figure.path],
    label: figure.label,
    unit: figure.unit,
    table: figure.table,
    previous: before ?? null,
    current: now ?? null,
    delta: change,
    percent: change === null ? null : percent(before ?? null, change),
    comparable,
    cells: { previous: figure.previous.map((p) => [...p]), current: figure.current.map((p) => [...p]) },
    ...(figure.note ? { note: figure.note } : {}),
  };
}

/** Compares two parsed reports; the inputs are trusted to have the right shape. */
export function compareReports(previous: AnnualReport, current: AnnualReport, locale: Locale): ReportDiff {
  return {
    organ: current.organ,
    from: previous.year,
    to: current.year,
    editions: { from: previous.edition, to: current.edition },
    entries: figures(previous.edition, current.edition).map((f) => entry(f, previous, current)),
    findings: crossYearFindings(previous, current, locale),
  };
}

/**
 * What {@link safeDiffReports} returns: the diff, or the error naming the input that is not a report.
 *
 * @category Diff
 */
export type SafeDiffResult =
  | { success: true; diff: ReportDiff }
  | { success: false; error: ReportInputError };

/**
 * Like {@link diffReports}, but returns bad input as a value instead of throwing.
 *
 * @param previous - Last year's report (JSON, or a report `validateReport` parsed).
 * @param current - This year's report.
 * @param options - `locale` of the findings.
 * @returns `{ success: true, diff }`, or `{ success: false, error }` naming the bad input and cells.
 * @category Diff
 * @example
 * const result = safeDiffReports(lastYear, thisYear);
 * if (!result.success) console.log(result.error.side, result.error.findings.map((f) => f.message));
 */
export function safeDiffReports(
  previous: unknown,
  current: unknown,
  options: DiffOptions = {},
): SafeDiffResult {
  const locale = resolveLocale(options.locale);
  const before = readReport(previous, locale);
  if (!before.report) return { success: false, error: new ReportInputError("previous", before.findings) };
  const now = readReport(current, locale);
  if (!now.report) return { success: false, error: new ReportInputError("current", now.findings) };
  return { success: true, diff: compareReports(before.report, now.report, locale) };
}

/**
 * Compares an organ's report with its report of the year before, figure by figure: every figure of
 * tables 二, 三 and 四 with its label, both values, the change and the change in percent (exact:
 * counts as integers, amounts as decimal strings), plus the findings of the cross-year rules.
 *
 * Across the 2021 format change (a 2020 report in the 2019 format against a 2021 report) tables 三
 * and 四 compare figure by figure — the 2019 （六）其他处理 row against the sum of the three 2021
 * items — and every table-二 figure is listed, with `comparable: false` where its meaning changed.
 *
 * @param previous - Last year's report: JSON (`JSON.parse` output) or a report `validateReport` parsed.
 * @param current - This year's report, likewise.
 * @param options - `locale` of the findings' messages.
 * @returns The entries in format order and the cross-year findings.
 * @throws {ReportInputError} When an input is not a report of either edition; it names the input and
 *   carries the schema findings (path and message of each bad cell). {@link safeDiffReports} returns it instead.
 * @category Diff
 * @example
 * import { diffReports } from "zfxxgk";
 * const diff = diffReports(report2020, report2021);
 * for (const e of diff.entries) if (e.delta !== 0) console.log(e.label.zh, e.previous, "→", e.current, e.percent);
 */
export function diffReports(previous: unknown, current: unknown, options: DiffOptions = {}): ReportDiff {
  const result = safeDiffReports(previous, current, options);
  if (!result.success) throw result.error;
  return result.diff;
}
