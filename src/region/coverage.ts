import type { ReportHead } from "./check.js";
import type { OrganEntry, OrganList } from "./organ-name.js";

/**
 * One line of the coverage sheet.
 *
 * @category Region
 */
export interface CoverageRow {
  /** missing: a listed organ without a report for the year; unlisted: a report whose organ is not on the list; duplicate: several reports of one organ and year. */
  kind: "missing" | "unlisted" | "duplicate";
  /** The list's name for missing organs; the name the report states otherwise. */
  organ: string;
  regionCode: string;
  year: number | null;
  files: string[];
}

/**
 * Sorts report heads as {@link checkRegion} wants them with `grouped: true`: by organ key, then year,
 * then file; reports without an organ last.
 *
 * @param heads - Heads of every report of the batch (see {@link reportHead}).
 * @returns A new array in that order.
 * @category Region
 * @example
 * const order = regionOrder(heads); // then read and check the files in this order
 */
export function regionOrder<T extends ReportHead>(heads: readonly T[]): T[] {
  const text = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  return [...heads].sort(
    (a, b) =>
      text(a.key, b.key) ||
      (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER) ||
      text(a.file, b.file),
  );
}

/**
 * Who has not published, who is not on the list, who published twice. `missing` needs the list and
 * a year; `unlisted` needs the list; `duplicate` looks at every year.
 *
 * @param heads - Heads of every report of the batch.
 * @param organs - The region's list, if any.
 * @param year - The year whose reports every listed organ owes.
 * @returns Rows: missing (list order), then unlisted and duplicate (by organ and year).
 * @category Region
 * @example
 * coverage(heads, parseOrgans(csv), 2022).filter((r) => r.kind === "missing").map((r) => r.organ);
 */
export function coverage(
  heads: readonly ReportHead[],
  organs: OrganList | undefined,
  year: number | undefined,
): CoverageRow[] {
  const rows: CoverageRow[] = [];
  const byKeyYear = new Map<string, ReportHead[]>();
  for (const h of heads) {
    if (h.key === null) continue;
    const k = `${h.key}\u0000${h.year ?? ""}`;
    const list = byKeyYear.get(k);
    if (list) list.push(h);
    else byKeyYear.set(k, [h]);
  }
  if (organs && year !== undefined) {
    const present = new Set(heads.filter((h) => h.year === year).map((h) => h.listed));
    for (const entry of organs.entries) {
      if (present.has(entry)) continue;
      rows.push({ kind: "missing", organ: entry.name, regionCode: entry.regionCode, year, files: [] });
    }
  }
  const rest: CoverageRow[] = [];
  if (organs) {
    for (const h of heads) {
      if (h.organ !== null && !h.listed)
        rest.push({ kind: "unlisted", organ: h.organ, regionCode: "", year: h.year, files: [h.file] });
    }
  }
  for (const list of byKeyYear.values()) {
    const first = list[0];
    if (!first || list.length < 2) continue;
    rest.push({
      kind: "duplicate",
      organ: first.listed?.name ?? first.organ ?? "",
      regionCode: first.listed?.regionCode ?? "",
      year: first.year,
      files: list.map((h) => h.file).sort(),
    });
  }
  rest.sort((a, b) => (a.organ < b.organ ? -1 : a.organ > b.organ ? 1 : (a.year ?? 0) - (b.year ?? 0)));
  return [...rows, ...rest];
}

/**
 * {@link coverage} as reports go by, for input grouped by organ and year (as {@link regionOrder} sorts
 * it): duplicates are seen as each organ-year closes, so memory holds the organs list and the rows
 * found, not every report.
 *
 * @category Region
 * @example
 * const tracker = new CoverageTracker(organs);
 * for (const head of headsInRegionOrder) tracker.add(head);
 * const rows = tracker.end(2023);
 */
export class CoverageTracker {
  private readonly rows: CoverageRow[] = [];
  private readonly seen = new Map<OrganEntry, Set<number>>();
  private group: ReportHead[] = [];

  constructor(private readonly organs?: OrganList) {}

  /** Takes the next report's head. */
  add(head: ReportHead): void {
    if (head.key === null) return;
    if (this.organs && !head.listed && head.organ !== null)
      this.rows.push({
        kind: "unlisted",
        organ: head.organ,
        regionCode: "",
        year: head.year,
        files: [head.file],
      });
    if (head.listed && head.year !== null) {
      const years = this.seen.get(head.listed) ?? new Set<number>();
      years.add(head.year);
      this.seen.set(head.listed, years);
    }
    const first = this.group[0];
    if (first && (first.key !== head.key || first.year !== head.year)) this.close();
    this.group.push(head);
  }

  private close(): void {
    const first = this.group[0];
    if (first && this.group.length > 1)
      this.rows.push({
        kind: "duplicate",
        organ: first.listed?.name ?? first.organ ?? "",
        regionCode: first.listed?.regionCode ?? "",
        year: first.year,
        files: this.group.map((h) => h.file).sort(),
      });
    this.group = [];
  }

  /** The rows: missing organs for `year` (list order), then unlisted and duplicates as {@link coverage} sorts them. */
  end(year: number | undefined): CoverageRow[] {
    this.close();
    const missing: CoverageRow[] =
      this.organs && year !== undefined
        ? this.organs.entries
            .filter((e) => !this.seen.get(e)?.has(year))
            .map((e) => ({ kind: "missing", organ: e.name, regionCode: e.regionCode, year, files: [] }))
        : [];
    const rest = [...this.rows].sort((a, b) =>
      a.organ < b.organ ? -1 : a.organ > b.organ ? 1 : (a.year ?? 0) - (b.year ?? 0),
    );
    return [...missing, ...rest];
  }
}
