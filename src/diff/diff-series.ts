import { fieldAt } from "../model/fields.js";
import type { AnnualReport } from "../model/report.js";
import { resolveLocale } from "../rules/format.js";
import { readReport } from "../validate/read-report.js";
import { crossYearFindings, type DiffOptions } from "./diff-reports.js";
import { type Figure, figures, readFigure } from "./figures.js";
import type { SeriesDiff, SeriesFigure } from "./types.js";

interface Dated {
  index: number;
  report: AnnualReport;
}

function series(figure: Figure, used: Dated[], side: (report: AnnualReport) => Figure["current"]) {
  return used.flatMap(({ report }) => {
    const value = readFigure(report, side(report), figure.amount);
    return value === undefined ? [] : [{ year: report.year, value }];
  });
}

function seriesFigures(used: Dated[]): SeriesFigure[] {
  const both = used.some((d) => d.report.edition === "2019") && used.some((d) => d.report.edition === "2021");
  if (!both) {
    const edition = used[0]?.report.edition ?? "2021";
    return figures(edition, edition).map((figure) => ({
      ...shape(figure),
      values: series(figure, used, () => figure.current),
      comparable: true,
    }));
  }
  // Across the format change the crosswalk's 2019 side is read in 2019-format reports. A pair of
  // figures whose meaning changed becomes two series, each of one meaning, rather than one broken one.
  const side = (figure: Figure) => (report: AnnualReport) =>
    report.edition === "2019" ? figure.previous : figure.current;
  return figures("2019", "2021").flatMap((figure): SeriesFigure[] => {
    const note = figure.note ? { note: figure.note } : {};
    const [old] = figure.previous;
    if (figure.comparable || !old || figure.current.length === 0) {
      return [{ ...shape(figure), values: series(figure, used, side(figure)), comparable: true, ...note }];
    }
    const info = fieldAt("2019", old);
    const before: SeriesFigure = {
      ...shape(figure),
      path: [...old],
      label: info?.label ?? figure.label,
      values: series(figure, used, (r) => (r.edition === "2019" ? figure.previous : [])),
      comparable: true,
      ...note,
    };
    const after: SeriesFigure = {
      ...shape(figure),
      values: series(figure, used, (r) => (r.edition === "2021" ? figure.current : [])),
      comparable: true,
      ...note,
    };
    return [before, after];
  });
}

function shape(figure: Figure) {
  return { path: [...figure.path], label: figure.label, unit: figure.unit, table: figure.table };
}

/**
 * Lines up several years of one organ's reports: each figure by year, the years missing and the years
 * given twice, and the cross-year findings of each pair of consecutive years. Never throws: an input
 * that is not a report is listed in `rejected` with its schema findings.
 *
 * @param reports - The reports in any order: JSON or reports `validateReport` parsed.
 * @param options - `locale` of the findings' messages.
 * @returns The series, oldest year first.
 * @category Diff
 * @example
 * import { diffSeries } from "zfxxgk";
 * const series = diffSeries([r2019, r2020, r2021]);
 * series.gaps; // []
 * series.figures.find((f) => f.path.join(".") === "requests.received.total")?.values;
 * // [{ year: 2019, value: 132 }, { year: 2020, value: 191 }, { year: 2021, value: 193 }]
 */
export function diffSeries(reports: readonly unknown[], options: DiffOptions = {}): SeriesDiff {
  const locale = resolveLocale(options.locale);
  const rejected: SeriesDiff["rejected"] = [];
  const byYear = new Map<number, Dated[]>();
  reports.forEach((input, index) => {
    const read = readReport(input, locale);
    if (!read.report) {
      rejected.push({ index, findings: read.findings });
      return;
    }
    const list = byYear.get(read.report.year) ?? [];
    list.push({ index, report: read.report });
    byYear.set(read.report.year, list);
  });
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const used = years.flatMap((y) => byYear.get(y)?.slice(0, 1) ?? []);
  const duplicates = years.flatMap((year) => {
    const list = byYear.get(year) ?? [];
    return list.length > 1 ? [{ year, inputs: list.map((d) => d.index) }] : [];
  });
  const first = years[0];
  const last = years.at(-1);
  const gaps: number[] = [];
  if (first !== undefined && last !== undefined) {
    for (let y = first + 1; y < last; y += 1) if (!byYear.has(y)) gaps.push(y);
  }
  const pairs: SeriesDiff["pairs"] = [];
  for (let i = 1; i < used.length; i += 1) {
    const before = used[i - 1];
    const now = used[i];
    if (!before || !now || now.report.year !== before.report.year + 1) continue;
    pairs.push({
      from: before.report.year,
      to: now.report.year,
      findings: crossYearFindings(before.report, now.report, locale),
    });
  }
  return {
    organ: used.at(-1)?.report.organ ?? null,
    years,
    gaps,
    duplicates,
    rejected,
    figures: used.length > 0 ? seriesFigures(used) : [],
    pairs,
  };
}
