import type { Edition } from "./edition.js";
import type { Report2019Input } from "./edition-2019/schema.js";
import type { Report2021Input } from "./edition-2021/schema.js";
import { fields } from "./fields.js";
import { setAt } from "./path.js";
import type { OrganKind } from "./report-meta.js";

/**
 * What {@link emptyReport} needs to know: who reports, for which year.
 *
 * @category Model
 */
export interface EmptyReportMeta {
  /** 报告主体（机关名称）. */
  organ: string;
  /** 报告年度. */
  year: number;
  organKind?: OrganKind;
  period?: { start: string; end: string };
  /** 发布日期, YYYY-MM-DD. */
  publishedOn?: string;
}

/**
 * The JSON form of a report of the given edition.
 *
 * @category Model
 */
export type ReportInputOf<E extends Edition> = E extends "2019" ? Report2019Input : Report2021Input;

const META_KEYS = ["organ", "year", "organKind", "period", "publishedOn"] as const;

/**
 * A complete report of an edition with every cell blank (`null`): every table and row present, no
 * optional subtotal, no narrative. It passes the schema; fill its cells and sections from there.
 *
 * @param edition - `"2019"` (reporting years 2019–2020) or `"2021"` (2021 on).
 * @param meta - The organ, year and, optionally, kind of organ, period and publication date.
 * @returns A fresh report in its JSON form, ready for `JSON.stringify` or `validateReport`.
 * @example
 * import { emptyReport, validateReport } from "zfxxgk";
 * const report = emptyReport("2021", { organ: "某县人民政府", organKind: "government", year: 2024 });
 * report.requests.received.naturalPerson = 12;
 * validateReport(report).findings; // no schema finding; the rules read blank cells as 0
 * @category Model
 */
export function emptyReport<E extends Edition>(edition: E, meta: EmptyReportMeta): ReportInputOf<E> {
  const report: Record<string, unknown> = { edition };
  for (const key of META_KEYS) if (meta[key] !== undefined) report[key] = structuredClone(meta[key]);
  for (const field of fields(edition)) {
    if (field.optional || field.table === "meta" || field.table === "sections") continue;
    setAt(report, field.path, null);
  }
  return report as ReportInputOf<E>;
}
