import { TABLE4_TITLE } from "../model/appeals.js";
import type { Label } from "../model/label.js";
import { TABLE2_TITLE } from "../model/proactive-rows.js";
import { TABLE3_TITLE } from "../model/table3.js";
import { rules } from "../rules/catalogue.js";
import { localise, renderTemplate, resolveLocale } from "../rules/format.js";
import { renderRuleMessage } from "../rules/run.js";
import { ruleTitle } from "../rules/titles.js";
import type { Finding, Locale } from "../rules/types.js";
import { placeName } from "../validate/place.js";
import type { FigureTable } from "./figures.js";
import { DIFF_WORDS } from "./messages.js";
import type { DiffEntry, ReportDiff } from "./types.js";

/**
 * Options of the diff renderers.
 *
 * @category Diff
 */
export interface RenderDiffOptions {
  /** Language of labels and headings; default `"zh-CN"`. */
  locale?: Locale;
  /**
   * Leave out figures that did not change, and figures not comparable that are blank on both sides;
   * a count of them is printed instead.
   */
  changedOnly?: boolean;
}

/** A diff as rows of text, ready to lay out as Markdown or for a terminal. */
export interface DiffView {
  /** What makes the comparison doubtful (another organ, years out of order), said before anything else. */
  alerts: string[];
  title: string;
  subtitle: string | undefined;
  header: string[];
  tables: { title: string; rows: string[][]; hidden: string | undefined }[];
  findingsTitle: string;
  noFindings: string;
  findings: string[];
}

const TITLES: Record<FigureTable, Label> = { 二: TABLE2_TITLE, 三: TABLE3_TITLE, 四: TABLE4_TITLE };

export const word = (key: keyof typeof DIFF_WORDS, locale: Locale, data: Record<string, unknown> = {}) =>
  renderTemplate(localise(DIFF_WORDS[key], locale), data, locale);

const signed = (value: number | string) => {
  const text = String(value);
  return text.startsWith("-") || /^0(\.0*)?$/.test(text) ? text : `+${text}`;
};

// Blank cells stay blank, as published; "—" marks a figure the report's edition does not have.
function value(v: DiffEntry["previous"], cells: unknown[]): string {
  if (cells.length === 0) return "—";
  return v === null ? "" : String(v);
}

function row(entry: DiffEntry, locale: Locale): string[] {
  return [
    localise(entry.label, locale),
    value(entry.previous, entry.cells.previous),
    value(entry.current, entry.cells.current),
    entry.delta === null ? word("notComparable", locale) : signed(entry.delta),
    entry.percent === null ? "" : `${signed(entry.percent)}%`,
    entry.note ? localise(entry.note, locale) : "",
  ];
}

// A finding is rendered again from its data, so the diff reads in the renderer's locale throughout.
function message(finding: Finding, locale: Locale): string {
  const rule = rules.find((r) => r.id === finding.ruleId);
  return rule ? renderRuleMessage(rule, finding.messageId, finding.data, locale) : finding.message;
}

// Unchanged: a comparable figure with no change, or a figure present in one report only and blank there.
const unchanged = (e: DiffEntry) =>
  e.comparable ? Number(e.delta) === 0 : e.previous === null && e.current === null;

const SAME_ORGAN = "cross-year.same-organ";

// Another organ or years out of order make every row doubtful: said first, in the clerk's words.
function alerts(diff: ReportDiff, locale: Locale): string[] {
  return diff.findings
    .filter((f) => f.ruleId === SAME_ORGAN)
    .map((f) => {
      const { year, previousYear } = f.data as { year?: number; previousYear?: number };
      const reversed = f.messageId === "year" && Number(year) < Number(previousYear);
      const text = reversed ? word("reversed", locale, f.data) : message(f, locale);
      return word("alert", locale, { message: text });
    });
}

function title(diff: ReportDiff, locale: Locale): string {
  const other = diff.findings.find((f) => f.ruleId === SAME_ORGAN && f.messageId === "organ");
  const data = { organ: diff.organ, from: diff.from, to: diff.to };
  return other
    ? word("titleTwoOrgans", locale, { ...data, previousOrgan: other.data.previousOrgan })
    : word("title", locale, data);
}

/** Lays a diff out as rows of localised text. */
export function diffView(diff: ReportDiff, options: RenderDiffOptions = {}): DiffView {
  const locale = resolveLocale(options.locale);
  const tables = (["二", "三", "四"] as const).map((table) => {
    const entries = diff.entries.filter((e) => e.table === table);
    const shown = options.changedOnly ? entries.filter((e) => !unchanged(e)) : entries;
    const hiddenCount = entries.length - shown.length;
    return {
      title: localise(TITLES[table], locale),
      rows: shown.map((e) => row(e, locale)),
      hidden: hiddenCount > 0 ? word("unchanged", locale, { count: hiddenCount }) : undefined,
    };
  });
  const { from, to } = diff.editions;
  return {
    alerts: alerts(diff, locale),
    title: title(diff, locale),
    subtitle: from === to ? undefined : word("editions", locale, { from, to }),
    header: [
      word("figure", locale),
      String(diff.from),
      String(diff.to),
      word("delta", locale),
      word("percent", locale),
      word("note", locale),
    ],
    tables,
    findingsTitle: word("findings", locale),
    noFindings: word("noFindings", locale),
    // The rule by its title and the cell by its labels; the ids are in the JSON output.
    findings: diff.findings.map(
      (f) =>
        `[${word(f.severity, locale)}] ${ruleTitle(f.ruleId, locale)} · ${placeName(diff.editions.to, f.path, locale)}${locale === "en" ? ": " : "："}${message(f, locale)}`,
    ),
  };
}
