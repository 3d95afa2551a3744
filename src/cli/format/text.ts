import type { Edition } from "../../model/edition.js";
import { countsByTitle, ruleTitle } from "../../rules/titles.js";
import type { Locale } from "../../rules/types.js";
import { placeName } from "../../validate/place.js";
import type { Paint } from "../color.js";
import {
  CLI_MESSAGES,
  countsText,
  leftOutText,
  SEVERITY_LABELS,
  say,
  summaryText,
  TABLE_LABELS,
} from "../messages.js";
import type { FileResult, OutputFinding, RunSummary } from "../output-schema.js";

const TABLE_ORDER = ["meta", "二", "三", "四", "sections", "other"] as const;

/** The colon of the locale: full-width in Chinese. */
export function colon(locale: Locale): string {
  return locale === "en" ? ": " : "：";
}

/** "a.json" or "a.ndjson:12". */
export function fileName(result: FileResult): string {
  return result.line ? `${result.file}:${result.line}` : result.file;
}

/** The report's organ, year and edition in the locale, or "" when unknown. */
export function reportTitle(result: FileResult, locale: Locale): string {
  const r = result.report;
  if (!r?.organ && !r?.year) return "";
  return say(CLI_MESSAGES.reportTitle, locale, {
    organ: r.organ ?? "?",
    year: r.year ?? "?",
    edition: r.edition ?? "?",
  });
}

/** The edition of a result's report, when it was read. */
export function editionOfResult(result: FileResult): Edition | undefined {
  const edition = result.report?.edition;
  return edition === "2019" || edition === "2021" ? edition : undefined;
}

/** Where a finding sits, as a clerk names it: table, row and column labels (表三 · （七）总计 · 自然人). */
export function cellText(finding: OutputFinding, locale: Locale, edition?: Edition): string {
  if (!edition && finding.label) return locale === "en" ? finding.label.en : finding.label.zh;
  return placeName(edition, finding.path, locale);
}

/** The edition an input claims, when it claims one of the two. */
export function editionOf(input: unknown): Edition | undefined {
  const edition = (input as { edition?: unknown } | null)?.edition;
  return edition === "2019" || edition === "2021" ? edition : undefined;
}

/** One finding on one line, as a clerk reads it: [警告] 表格读取 · 表三 · （七）总计：message. */
export function findingLine(
  f: Pick<OutputFinding, "severity" | "ruleId" | "path" | "message">,
  locale: Locale,
  edition?: Edition,
): string {
  const severity = say(SEVERITY_LABELS[f.severity], locale);
  const place = f.path.length ? ` · ${placeName(edition, f.path, locale)}` : "";
  return `[${severity}] ${ruleTitle(f.ruleId, locale)}${place}${colon(locale)}${f.message}`;
}

/** The status word and counts of one report: the report's counts, the reading's apart. */
export function verdict(result: FileResult, locale: Locale): string {
  if (result.documentStatus === "not-a-report")
    return `${say(CLI_MESSAGES.notReport, locale)}${colon(locale)}${result.error?.message ?? ""}`;
  if (result.status === "failed")
    return `${say(CLI_MESSAGES.failed, locale)}${colon(locale)}${result.error?.message ?? ""}`;
  const counts = countsText(result.summary, locale);
  if (result.documentStatus === "incomplete") {
    const { error, warning } = result.summary.reading;
    return say(CLI_MESSAGES.incomplete, locale, { counts, reading: error + warning });
  }
  return say(result.valid ? CLI_MESSAGES.validWith : CLI_MESSAGES.invalidWith, locale, { counts });
}

/** The report's findings and the reading's problems, each kept in its own list. */
export function byOrigin(findings: readonly OutputFinding[]): {
  report: OutputFinding[];
  reading: OutputFinding[];
} {
  return {
    report: findings.filter((f) => f.origin !== "reading"),
    reading: findings.filter((f) => f.origin === "reading"),
  };
}

/** The mark before a file's name: ✓ valid, ✗ errors of the report, ? read incompletely, ! unreadable. */
export function statusMark(result: FileResult, p: Paint): string {
  switch (result.documentStatus) {
    case "valid":
      return p.ok("✓");
    case "invalid":
      return p.error("✗");
    case "incomplete":
      return p.warning("?");
    case "not-a-report":
      return p.dim("-");
    default:
      return p.error("!");
  }
}

/** Groups findings by table, in table order, keeping their order within each table. */
export function byTable(findings: readonly OutputFinding[]): [keyof typeof TABLE_LABELS, OutputFinding[]][] {
  const groups = new Map<keyof typeof TABLE_LABELS, OutputFinding[]>();
  for (const f of findings) {
    const key = f.table ?? "other";
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return TABLE_ORDER.filter((t) => groups.has(t)).map((t) => [t, groups.get(t) ?? []]);
}

/** One report as a person reads it: findings grouped by table, each on its cell, coloured by severity. */
export function renderText(result: FileResult, locale: Locale, p: Paint): string {
  const mark = statusMark(result, p);
  const title = reportTitle(result, locale);
  const lines = [
    `${mark} ${p.bold(fileName(result))}${title ? `  ${title}` : ""}  ${verdict(result, locale)}`,
  ];
  const { report, reading } = byOrigin(result.findings);
  const edition = editionOfResult(result);
  const list = (findings: OutputFinding[], indent: string) => {
    for (const [table, group] of byTable(findings)) {
      lines.push(`${indent}${p.bold(say(TABLE_LABELS[table], locale))}`);
      for (const f of group) {
        const severity = p[f.severity](say(SEVERITY_LABELS[f.severity], locale));
        lines.push(
          `${indent}  ${severity}  ${cellText(f, locale, edition)}  ${p.dim(ruleTitle(f.ruleId, locale))}`,
        );
        lines.push(`${indent}    ${f.message}`);
        if (f.waived)
          lines.push(`${indent}    ${p.dim(`${locale === "en" ? "waived" : "已豁免"}: ${f.waived.reason}`)}`);
      }
    }
  };
  list(report, "  ");
  // Reading problems in a section of their own: never read as the report's errors.
  if (reading.length) {
    lines.push(`  ${p.bold(say(CLI_MESSAGES.readingSection, locale))}`);
    list(reading, "    ");
  }
  // Which cell to fix: error localisation, after the findings it explains.
  for (const s of result.suspects) lines.push(`  ${p.warning("→")} ${s.reason}`);
  return `${lines.join("\n")}\n`;
}

/** The run's summary: totals, then findings per rule. */
export function renderSummaryText(summary: RunSummary, locale: Locale, p: Paint): string {
  const lines = [p.bold(summaryText(summary, locale)), ...leftOutText(summary, locale)];
  const rules = countsByTitle(summary.byRule, locale);
  if (rules.length) {
    lines.push(
      `${say(CLI_MESSAGES.byRule, locale)}${rules.map(([title, n]) => `${title} ${n}`).join(" · ")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
