import Decimal from "decimal.js";

/**
 * The indicators {@link indicators} computes, in output order.
 *
 * @category Region
 * @example
 * INDICATOR_IDS.map((id) => INDICATOR_LABELS[id].zh); // ["实质公开率", …]
 */
export const INDICATOR_IDS = [
  "substantiveDisclosure",
  "withheld",
  "unavailable",
  "reviewCorrection",
  "litigationCorrection",
] as const;

/**
 * An indicator id: 实质公开率, 不予公开率, 无法提供率, 复议纠错率 or 诉讼纠错率.
 *
 * @category Region
 */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Names and formulas of the indicators, as the outputs and docs/indicators.md show them.
 *
 * @category Region
 * @example
 * INDICATOR_LABELS.reviewCorrection.formula; // "appeals.review.corrected ÷ (…)"
 */
export const INDICATOR_LABELS: Record<IndicatorId, { zh: string; en: string; formula: string }> = {
  substantiveDisclosure: {
    zh: "实质公开率",
    en: "substantive disclosure rate",
    formula:
      "(requests.outcomes.disclosed.total + requests.outcomes.partiallyDisclosed.total) ÷ requests.outcomes.total.total",
  },
  withheld: {
    zh: "不予公开率",
    en: "withheld rate",
    formula: "Σ requests.outcomes.withheld.*.total ÷ requests.outcomes.total.total",
  },
  unavailable: {
    zh: "无法提供率",
    en: "unavailable rate",
    formula: "Σ requests.outcomes.unavailable.*.total ÷ requests.outcomes.total.total",
  },
  reviewCorrection: {
    zh: "复议纠错率",
    en: "review correction rate",
    formula: "appeals.review.corrected ÷ (appeals.review.total − appeals.review.pending)",
  },
  litigationCorrection: {
    zh: "诉讼纠错率",
    en: "litigation correction rate",
    formula:
      "(appeals.litigationDirect.corrected + appeals.litigationAfterReview.corrected) ÷ (appeals.litigationDirect.total − appeals.litigationDirect.pending + appeals.litigationAfterReview.total − appeals.litigationAfterReview.pending)",
  },
};

/**
 * Below this denominator no rate is given (a rate of 1 case in 3 says nothing about an organ).
 *
 * @category Region
 * @example
 * indicators(report, { minCount: INDICATOR_MIN_COUNT });
 */
export const INDICATOR_MIN_COUNT = 30;

/**
 * One indicator of one report (or of a region's sum): the exact fraction and, when the denominator
 * reaches the minimum count, the rate.
 *
 * @category Region
 */
export interface Indicator {
  id: IndicatorId;
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator as a decimal string (6 places, half-even); null below the minimum count. */
  rate: string | null;
  /** Why there is no rate: "below-min-count" or "no-denominator"; null when there is one. */
  note: "below-min-count" | "no-denominator" | null;
}

/**
 * Options of {@link indicators} and {@link sumIndicators}.
 *
 * @category Region
 */
export interface IndicatorOptions {
  /** No rate below this denominator; default {@link INDICATOR_MIN_COUNT}. */
  minCount?: number;
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

// A row's total: the 总计 cell, else the sum of its filled parts (a blank total reads as its row's sum,
// as the balance rules read it); null when the row is wholly blank.
function rowTotal(row: unknown): number | null {
  const r = obj(row);
  if (!r) return null;
  const total = num(r.total);
  if (total !== null) return total;
  let sum: number | null = null;
  for (const [key, value] of Object.entries(r)) {
    const n = num(value);
    if (key !== "total" && n !== null) sum = (sum ?? 0) + n;
  }
  return sum;
}

function groupTotal(group: unknown): number | null {
  const g = obj(group);
  if (!g) return null;
  let sum: number | null = null;
  for (const [key, row] of Object.entries(g)) {
    if (key === "subtotal") continue;
    const n = rowTotal(row);
    if (n !== null) sum = (sum ?? 0) + n;
  }
  return sum ?? rowTotal(g.subtotal);
}

/** Builds an indicator from its fraction; `denominator` null means the report does not give it. */
export function fraction(
  id: IndicatorId,
  numerator: number,
  denominator: number | null,
  minCount: number = INDICATOR_MIN_COUNT,
): Indicator {
  if (denominator === null || denominator <= 0)
    return { id, numerator, denominator: denominator ?? 0, rate: null, note: "no-denominator" };
  if (denominator < minCount) return { id, numerator, denominator, rate: null, note: "below-min-count" };
  return {
    id,
    numerator,
    denominator,
    rate: new Decimal(numerator).div(denominator).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed(6),
    note: null,
  };
}

function closed(group: unknown): { corrected: number; closed: number | null } {
  const g = obj(group);
  const total = num(g?.total);
  return {
    corrected: num(g?.corrected) ?? 0,
    closed: total === null ? null : total - (num(g?.pending) ?? 0),
  };
}

/**
 * The supervision indicators of one report, from its tables 三 and 四 (formulas in docs/indicators.md).
 * Blank parts read as 0; a blank or zero denominator gives no rate, nor does one below `minCount`.
 *
 * @param report - A report as JSON carries it, or as parsed (either edition).
 * @param options - `minCount`.
 * @returns One {@link Indicator} per id of {@link INDICATOR_IDS}, in that order.
 * @category Region
 * @example
 * for (const i of indicators(report)) console.log(i.id, i.numerator, i.denominator, i.rate);
 */
export function indicators(report: unknown, options: IndicatorOptions = {}): Indicator[] {
  const min = options.minCount ?? INDICATOR_MIN_COUNT;
  const outcomes = obj(obj(obj(report)?.requests)?.outcomes);
  const total = rowTotal(outcomes?.total);
  const appeals = obj(obj(report)?.appeals);
  const review = closed(appeals?.review);
  const direct = closed(appeals?.litigationDirect);
  const after = closed(appeals?.litigationAfterReview);
  const litigationClosed =
    direct.closed === null && after.closed === null ? null : (direct.closed ?? 0) + (after.closed ?? 0);
  return [
    fraction(
      "substantiveDisclosure",
      (rowTotal(outcomes?.disclosed) ?? 0) + (rowTotal(outcomes?.partiallyDisclosed) ?? 0),
      total,
      min,
    ),
    fraction("withheld", groupTotal(outcomes?.withheld) ?? 0, total, min),
    fraction("unavailable", groupTotal(outcomes?.unavailable) ?? 0, total, min),
    fraction("reviewCorrection", review.corrected, review.closed, min),
    fraction("litigationCorrection", direct.corrected + after.corrected, litigationClosed, min),
  ];
}

/**
 * Sums indicators of many reports: numerators and denominators added (a region's rate is its
 * cases' rate, not the mean of its organs' rates); reports without a denominator are left out.
 *
 * @param list - Indicators of the same id from several reports.
 * @param id - Which indicator.
 * @param options - `minCount`, applied to the summed denominator.
 * @returns The summed indicator.
 * @category Region
 * @example
 * sumIndicators(reports.map((r) => indicators(r)[0]), "substantiveDisclosure");
 */
export function sumIndicators(
  list: readonly Indicator[],
  id: IndicatorId,
  options: IndicatorOptions = {},
): Indicator {
  let numerator = 0;
  let denominator = 0;
  for (const i of list) {
    if (i.id !== id || i.note === "no-denominator") continue;
    numerator += i.numerator;
    denominator += i.denominator;
  }
  return fraction(id, numerator, denominator, options.minCount ?? INDICATOR_MIN_COUNT);
}

/**
 * The change of a rate from last year, in percentage points (6 places); null unless both rates exist.
 *
 * @param current - This year's indicator.
 * @param previous - Last year's, of the same organ or region.
 * @returns The difference × 100 as a decimal string, e.g. "-3.250000".
 * @category Region
 * @example
 * rateChange(thisYear, lastYear); // "2.500000" = up 2.5 percentage points
 */
export function rateChange(current: Indicator, previous: Indicator | undefined): string | null {
  if (current.rate === null || previous?.rate == null) return null;
  return new Decimal(current.numerator)
    .div(current.denominator)
    .minus(new Decimal(previous.numerator).div(previous.denominator))
    .times(100)
    .toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN)
    .toFixed(6);
}
