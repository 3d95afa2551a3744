import type { Suspect } from "../localise/types.js";
import { renderTemplate } from "../rules/format.js";
import type { RuleSelection } from "../rules/select.js";
import type { Finding, Locale } from "../rules/types.js";
import { validateReport } from "../validate/validate.js";
import { type Indicator, type IndicatorOptions, indicators, rateChange } from "./indicators.js";
import { REGION_MESSAGES } from "./messages.js";
import { normaliseOrganName, type OrganEntry, type OrganList } from "./organ-name.js";

/**
 * The rule id of the info finding a report gets when its organ's previous year is not in the batch.
 *
 * @category Region
 * @example
 * result.findings.filter((f) => f.ruleId === PREVIOUS_MISSING);
 */
export const PREVIOUS_MISSING = "region.previous-missing";

/**
 * One report handed to {@link checkRegion}.
 *
 * @category Region
 */
export interface RegionInput {
  /** Where it came from (file name), carried to the outputs. */
  file: string;
  /** The report as JSON carries it; `undefined` when an importer could build none. */
  input: unknown;
  /** Findings made while reading it (importers): reading problems, counted apart from the report's. */
  findings?: readonly Finding[];
  /** Where each cell stood in the source (an importer's `sources`), named by findings on doubtful cells. */
  sources?: Readonly<Record<string, { raw: string; where: string }>>;
}

/**
 * Who a report is of and for which year, read from its JSON without validating it.
 *
 * @category Region
 */
export interface ReportHead {
  file: string;
  /** The organ as the report names it; null when missing. */
  organ: string | null;
  year: number | null;
  edition: string | null;
  /** The grouping key: the list entry's name when the organ is on the list, else its normalised name. */
  key: string | null;
  /** The list entry the organ matched, if any. */
  listed?: OrganEntry;
}

/**
 * Reads a report's head: organ, year, edition, and the key its organ is grouped by.
 *
 * @param file - Where the report came from.
 * @param input - The report as JSON carries it.
 * @param organs - The region's list (`organs.csv`), if any.
 * @returns The head; missing fields are null.
 * @category Region
 * @example
 * reportHead("a.json", { organ: "巴里坤县政府", year: 2022 }).key; // "巴里坤县政府"
 */
export function reportHead(file: string, input: unknown, organs?: OrganList): ReportHead {
  const r = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const organ = typeof r.organ === "string" && r.organ.trim() !== "" ? r.organ.trim() : null;
  const year = typeof r.year === "number" && Number.isInteger(r.year) ? r.year : null;
  const edition = typeof r.edition === "string" ? r.edition : null;
  if (organ === null) return { file, organ, year, edition, key: null };
  const normalised = normaliseOrganName(organ);
  const listed = organs?.byKey.get(normalised);
  return listed
    ? { file, organ, year, edition, key: normaliseOrganName(listed.name), listed }
    : { file, organ, year, edition, key: normalised };
}

/**
 * Options of {@link checkRegion}.
 *
 * @category Region
 */
export interface RegionOptions extends IndicatorOptions {
  locale?: Locale;
  rules?: RuleSelection;
  /** The region's list of organs (see {@link parseOrgans}). */
  organs?: OrganList;
  /**
   * The years the batch holds. A report whose previous year is among them but not found for its
   * organ gets one {@link PREVIOUS_MISSING} info finding; the batch's first year gets none. Without
   * it, every report without a previous year gets one.
   */
  years?: ReadonlySet<number>;
  /**
   * The input comes grouped by organ (all of one organ's reports together, years ascending), as
   * {@link regionOrder} sorts it: only the current organ's last report is kept, so memory stays flat.
   * Otherwise the last report of every organ is kept.
   */
  grouped?: boolean;
}

/**
 * What {@link checkRegion} yields for each report.
 *
 * @category Region
 */
export interface RegionReport {
  head: ReportHead;
  /** The file of the previous year's report it was checked against, or null. */
  previousFile: string | null;
  /** No error of the report (reading problems apart). */
  valid: boolean;
  /** `incomplete` when the reading has problems of weight: its errors are not final (see validateReport). */
  status: "valid" | "invalid" | "incomplete";
  findings: Finding[];
  suspects: Suspect[];
  /** The report's findings by severity; reading problems apart in `reading`. */
  summary: {
    error: number;
    warning: number;
    info: number;
    reading: { error: number; warning: number; info: number };
  };
  indicators: Indicator[];
  /** Per indicator, the change from the organ's previous year in percentage points, or null. */
  changes: (string | null)[];
}

interface Last {
  year: number;
  file: string;
  input: unknown;
  indicators: Indicator[];
  /** The organ's latest report of an earlier year, so a duplicate still pairs with last year. */
  earlier?: Last;
}

// The organs list said the two names are one organ; cross-year.same-organ should not say otherwise.
function sameOrgan(previous: unknown, head: ReportHead): unknown {
  const organ = (previous as { organ?: unknown } | null)?.organ;
  if (!head.listed || head.organ === null || typeof organ !== "string") return previous;
  if (normaliseOrganName(organ) === normaliseOrganName(head.organ)) return previous;
  return { ...(previous as object), organ: head.organ };
}

// Only one year back is kept per organ: the chain would otherwise hold every year in memory.
function withoutEarlier({ earlier: _, ...rest }: Last): Last {
  return rest;
}

/**
 * Checks a region's reports: each with the cross-year rules against its organ's previous year
 * (paired by {@link reportHead}'s key, across the 2020→2021 edition change), and its indicators with
 * the change from that year. Yields one result per input, in input order, as soon as it is checked.
 *
 * @param reports - The reports, in any order; grouped by organ with years ascending (as
 *   {@link regionOrder} sorts them) for pairs in both directions and flat memory (`grouped: true`).
 * @param options - Locale, rules, organs list, the batch's years, `minCount`, `grouped`.
 * @returns An async iterator of {@link RegionReport}.
 * @category Region
 * @example
 * for await (const r of checkRegion(reports, { grouped: true })) console.log(r.head.organ, r.head.year, r.summary);
 */
export async function* checkRegion(
  reports: Iterable<RegionInput> | AsyncIterable<RegionInput>,
  options: RegionOptions = {},
): AsyncGenerator<RegionReport> {
  const locale: Locale = options.locale === "en" ? "en" : "zh-CN";
  const last = new Map<string, Last>();
  let currentKey: string | null = null;
  for await (const entry of reports) {
    const head = reportHead(entry.file, entry.input, options.organs);
    if (options.grouped && head.key !== currentKey) {
      last.clear();
      currentKey = head.key;
    }
    const latest = head.key === null ? undefined : last.get(head.key);
    const before = latest && head.year !== null && latest.year === head.year ? latest.earlier : latest;
    const previous = before && head.year !== null && before.year === head.year - 1 ? before : undefined;
    const result = validateReport(entry.input, {
      locale,
      ...(previous ? { previous: sameOrgan(previous.input, head) } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
      ...(entry.findings?.length
        ? { reading: { findings: entry.findings, ...(entry.sources ? { sources: entry.sources } : {}) } }
        : {}),
    });
    const findings: Finding[] = [...result.findings];
    const yearBefore = head.year === null ? null : head.year - 1;
    if (!previous && yearBefore !== null && head.key !== null && (options.years?.has(yearBefore) ?? true)) {
      const data = { previousYear: yearBefore, organ: head.organ };
      findings.push({
        ruleId: PREVIOUS_MISSING,
        origin: "report",
        severity: "info",
        path: ["year"],
        cells: [["year"]],
        messageId: "previousMissing",
        message: renderTemplate(
          locale === "en" ? REGION_MESSAGES.previousMissing.en : REGION_MESSAGES.previousMissing.zh,
          data,
          locale,
        ),
        data,
      });
    }
    const summary = { error: 0, warning: 0, info: 0, reading: { error: 0, warning: 0, info: 0 } };
    for (const f of findings) {
      if (f.waived) continue;
      if (f.origin === "reading") summary.reading[f.severity] += 1;
      else summary[f.severity] += 1;
    }
    const status =
      summary.reading.error + summary.reading.warning > 0
        ? "incomplete"
        : summary.error
          ? "invalid"
          : "valid";
    const own = indicators(entry.input, options);
    const changes = own.map((i, n) => rateChange(i, previous?.indicators[n]));
    if (head.key !== null && head.year !== null && (!latest || latest.year <= head.year)) {
      const earlier = latest && latest.year < head.year ? withoutEarlier(latest) : latest?.earlier;
      last.set(head.key, {
        year: head.year,
        file: entry.file,
        input: entry.input,
        indicators: own,
        ...(earlier ? { earlier } : {}),
      });
    }
    yield {
      head,
      previousFile: previous ? previous.file : null,
      valid: summary.error === 0,
      status,
      findings,
      suspects: result.suspects,
      summary,
      indicators: own,
      changes,
    };
  }
}
