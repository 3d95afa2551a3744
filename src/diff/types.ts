import type { Edition } from "../model/edition.js";
import type { Label, Unit } from "../model/label.js";
import type { Finding, Path } from "../rules/types.js";
import type { FigureTable, FigureValue } from "./figures.js";

/**
 * One figure of a report compared with the same figure a year earlier.
 *
 * @category Diff
 */
export interface DiffEntry {
  /** The figure's canonical path (in the 2021 format where the figure has one there). */
  path: Path;
  /** Official label (zh, verbatim) and English gloss, from the field dictionary. */
  label: Label;
  unit: Unit;
  table: FigureTable;
  /** Last year's value: a count, an amount as a decimal string, or null when blank or absent. */
  previous: FigureValue;
  /** This year's value, as `previous`. */
  current: FigureValue;
  /** current − previous, blanks read as 0; amounts as decimal strings; null when not comparable. */
  delta: number | string | null;
  /** delta / |previous| in percent, one decimal place; null when previous is 0 or blank, or not comparable. */
  percent: string | null;
  /** False where the figure changed meaning between the editions, or exists in one report only. */
  comparable: boolean;
  /** The cells read in each report (summed where several; empty where the edition lacks the figure). */
  cells: { previous: Path[]; current: Path[] };
  /** Why the figure is matched the way it is across the 2021 format change. */
  note?: Label;
}

/**
 * Two reports of one organ compared figure by figure, with the cross-year findings.
 *
 * @category Diff
 */
export interface ReportDiff {
  /** The organ of the current report. */
  organ: string;
  /** Year of the previous report. */
  from: number;
  /** Year of the current report. */
  to: number;
  editions: { from: Edition; to: Edition };
  /** Every figure of tables 二, 三 and 四, in format order. */
  entries: DiffEntry[];
  /** The cross-year rules' findings on the pair; cells of the previous report start with "previous". */
  findings: Finding[];
}

/**
 * One figure across several years of an organ's reports.
 *
 * @category Diff
 */
export interface SeriesFigure {
  path: Path;
  label: Label;
  unit: Unit;
  table: FigureTable;
  /** The value of each year whose edition has the figure, oldest first (null when blank). */
  values: { year: number; value: FigureValue }[];
  /**
   * Whether the values mean the same thing year to year. A figure whose meaning changed with the 2021
   * format is split into two series (one per format), so each series is comparable within itself.
   */
  comparable: boolean;
  /** How the figure crosses the 2021 format change, where it does. */
  note?: Label;
}

/**
 * Several years of one organ's reports, figure by figure.
 *
 * @category Diff
 */
export interface SeriesDiff {
  /** The organ of the latest report, or null when no input parsed. */
  organ: string | null;
  /** The years compared, oldest first, one report each. */
  years: number[];
  /** Years missing between the first and the last. */
  gaps: number[];
  /** Years given more than once: the input indices, of which the first is the one used. */
  duplicates: { year: number; inputs: number[] }[];
  /** Inputs that are not reports, with the schema findings that say why (index into the input list). */
  rejected: { index: number; findings: Finding[] }[];
  figures: SeriesFigure[];
  /** The cross-year findings of each pair of consecutive years. */
  pairs: { from: number; to: number; findings: Finding[] }[];
}
