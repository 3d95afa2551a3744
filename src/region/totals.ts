import {
  fraction,
  INDICATOR_IDS,
  INDICATOR_MIN_COUNT,
  type Indicator,
  type IndicatorOptions,
  rateChange,
} from "./indicators.js";

/**
 * One summed indicator of a region (or of the whole batch) for one year.
 *
 * @category Region
 */
export interface RegionIndicator extends Indicator {
  /** 行政区划代码 from the organs list; "" for organs not on it; "*" for the whole batch. */
  regionCode: string;
  year: number;
  /** Reports summed (those with a denominator). */
  reports: number;
  /** Change from the same scope's previous year, percentage points; null unless both rates exist. */
  change: string | null;
}

interface Sum {
  numerator: number;
  denominator: number;
  reports: number;
}

/**
 * Adds up indicators per region code and year as reports go by, keeping only the sums.
 *
 * @category Region
 * @example
 * const totals = new RegionTotals();
 * for await (const r of checkRegion(reports)) totals.add(r.head.listed?.regionCode ?? "", r.head.year, r.indicators);
 * totals.rows();
 */
export class RegionTotals {
  private readonly sums = new Map<string, Sum[]>();
  private readonly minCount: number;

  constructor(options: IndicatorOptions = {}) {
    this.minCount = options.minCount ?? INDICATOR_MIN_COUNT;
  }

  /** Adds one report's indicators to its region's and to the whole batch's sums. */
  add(regionCode: string, year: number | null, list: readonly Indicator[]): void {
    if (year === null) return;
    for (const scope of new Set([regionCode, "*"])) {
      const k = `${scope}\u0000${year}`;
      let sums = this.sums.get(k);
      if (!sums) {
        sums = INDICATOR_IDS.map(() => ({ numerator: 0, denominator: 0, reports: 0 }));
        this.sums.set(k, sums);
      }
      for (const i of list) {
        const s = sums[INDICATOR_IDS.indexOf(i.id)];
        if (!s || i.note === "no-denominator") continue;
        s.numerator += i.numerator;
        s.denominator += i.denominator;
        s.reports += 1;
      }
    }
  }

  /** The sums as rows: the whole batch ("*") first, then by region code, year, indicator. */
  rows(): RegionIndicator[] {
    const keys = [...this.sums.keys()].map((k) => {
      const [regionCode = "", year = "0"] = k.split("\u0000");
      return { k, regionCode, year: Number(year) };
    });
    keys.sort((a, b) =>
      a.regionCode === b.regionCode
        ? a.year - b.year
        : a.regionCode === "*"
          ? -1
          : b.regionCode === "*"
            ? 1
            : a.regionCode < b.regionCode
              ? -1
              : 1,
    );
    const rows: RegionIndicator[] = [];
    const indicatorOf = (k: string | undefined) =>
      k === undefined
        ? undefined
        : this.sums
            .get(k)
            ?.map((s, n) =>
              fraction(
                INDICATOR_IDS[n] ?? "substantiveDisclosure",
                s.numerator,
                s.denominator,
                this.minCount,
              ),
            );
    for (const { k, regionCode, year } of keys) {
      const sums = this.sums.get(k) ?? [];
      const now = indicatorOf(k) ?? [];
      const before = indicatorOf(
        this.sums.has(`${regionCode}\u0000${year - 1}`) ? `${regionCode}\u0000${year - 1}` : undefined,
      );
      now.forEach((indicator, n) => {
        rows.push({
          ...indicator,
          regionCode,
          year,
          reports: sums[n]?.reports ?? 0,
          change: rateChange(indicator, before?.[n]),
        });
      });
    }
    return rows;
  }
}
