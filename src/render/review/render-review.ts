import { safeDiffReports } from "../../diff/diff-reports.js";
import { TABLE4_TITLE } from "../../model/appeals.js";
import { TABLE2_TITLE } from "../../model/proactive-rows.js";
import type { AnnualReport } from "../../model/report.js";
import { TABLE3_TITLE } from "../../model/table3.js";
import { resolveLocale } from "../../rules/format.js";
import type { Finding, Locale } from "../../rules/types.js";
import { readReport } from "../../validate/read-report.js";
import type { ValidationResult } from "../../validate/validate.js";
import { table2Layout, table3Layout, table4Layout } from "../layout.js";
import { charts } from "./charts.js";
import { reviewFinding } from "./finding-shape.js";
import { findingsList, type ListedNote, linkTarget } from "./findings.js";
import { areaNote, cellMarks, findingNote, type Note, type ReviewFinding, suspectNote } from "./marks.js";
import { reviewCss } from "./style.js";
import { reviewTable } from "./tables.js";
import { cellId, esc, SYMBOLS, say } from "./text.js";
import { yoyTable } from "./yoy.js";

/**
 * Options of {@link renderReview}.
 *
 * @category Render
 */
export interface ReviewOptions {
  /** Language of the page's own words; default `"zh-CN"`. Findings keep the locale they were validated in. */
  locale?: Locale;
  /**
   * Last year's report, or several earlier reports of the same organ (any order): the nearest earlier
   * year gives the year-over-year table, every year the charts.
   */
  previous?: unknown;
  /** The file the report was read from, shown under the title. */
  source?: string;
  /** Findings of the importer (`import.*`), listed and marked with the validation findings. */
  importFindings?: readonly Finding[];
}

/** The parts of a review page: its title, print header, stylesheet and body markup. */
export interface ReviewParts {
  title: string;
  header: string;
  css: string;
  body: string;
}

function earlierReports(previous: unknown, locale: Locale): { inputs: unknown[]; reports: AnnualReport[] } {
  const inputs = previous === undefined ? [] : Array.isArray(previous) ? [...previous] : [previous];
  const reports: AnnualReport[] = [];
  for (const input of inputs) {
    const read = readReport(input, locale);
    if (read.report) reports.push(read.report);
  }
  return { inputs, reports };
}

function yearOverYear(report: AnnualReport, previous: unknown, locale: Locale): string {
  const { inputs, reports } = earlierReports(previous, locale);
  const earlier = reports.filter((r) => r.year < report.year).sort((a, b) => b.year - a.year);
  const nearest = earlier[0];
  let yoy = "";
  if (nearest) {
    const diff = safeDiffReports(nearest, report, { locale });
    if (diff.success) yoy = yoyTable(diff.diff, locale);
  } else if (inputs.length > 0 && reports.length === 0) {
    const first = inputs.map((i) => readReport(i, locale).findings?.[0]).find(Boolean);
    const detail = first?.message ?? "";
    yoy = `<p class="zr-hint">${esc(say("yoyUnusable", locale, { detail }))}</p>`;
  }
  return `${yoy}${charts([...earlier, report], locale)}`;
}

function legend(locale: Locale): string {
  const key = (cls: string, sym: string, text: string) =>
    `<li><span class="zr-key ${cls}">${sym}</span>${esc(text)}</li>`;
  return (
    `<ul class="zr-legend" aria-label="${esc(say("legend", locale))}">` +
    key("zr-error", SYMBOLS.error, say("error", locale)) +
    key("zr-warning", SYMBOLS.warning, say("warning", locale)) +
    key("zr-info", SYMBOLS.info, say("info", locale)) +
    key("zr-suspect", `${SYMBOLS.suspect}→`, say("suspect", locale)) +
    key("zr-reading", SYMBOLS.reading, say("readingMark", locale)) +
    `<li><span class="zr-key zr-involved">&nbsp;</span>${esc(say("involved", locale))}</li></ul>`
  );
}

function statusLine(findings: readonly ReviewFinding[], suspects: number, locale: Locale): string {
  const active = findings.filter((f) => !f.waived);
  const ofReport = active.filter((f) => f.origin !== "reading");
  const count = (s: Finding["severity"]) => ofReport.filter((f) => f.severity === s).length;
  const errors = count("error");
  const warnings = count("warning");
  const infos = count("info");
  // Reading problems of weight make the reading incomplete: a status of its own, never "errors".
  const reading = active.filter((f) => f.origin === "reading" && f.severity !== "info").length;
  if (reading > 0)
    return `<p class="zr-status zr-warnonly" data-status="incomplete">${SYMBOLS.reading} ${esc(
      say("incomplete", locale, { errors, warnings, reading }),
    )}</p>`;
  if (errors + warnings + suspects === 0) {
    const extra = infos > 0 ? ` · ${esc(say("counts", locale, { errors, warnings, infos, suspects }))}` : "";
    return `<p class="zr-status zr-ok" data-status="clean">✔ ${esc(say("clean", locale))}${extra}</p>`;
  }
  const cls = errors + suspects > 0 ? "zr-bad" : "zr-warnonly";
  const status = errors > 0 ? "errors" : "warnings";
  return `<p class="zr-status ${cls}" data-status="${status}">${errors > 0 ? SYMBOLS.error : SYMBOLS.warning} ${esc(
    say("counts", locale, { errors, warnings, infos, suspects }),
  )}</p>`;
}

/**
 * The review page's parts, for embedding (the browser app) or for {@link renderReview}.
 */
export function reviewParts(result: ValidationResult<string>, options: ReviewOptions = {}): ReviewParts {
  const locale = resolveLocale(options.locale);
  // The tables are drawn whenever they were read, whatever the meta: a missing organ or year is a gap.
  const report = (result.report ?? result.partial) as AnnualReport | undefined;
  const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
  const imported = list(options.importFindings).map((f) => ({
    ...(f as object),
    origin: "reading" as const,
  }));
  const all: ReviewFinding[] = [...imported, ...list(result.findings)].map(reviewFinding);
  const findingNotes = all.map((finding, i) => ({
    finding,
    note: findingNote(finding, `f-${i + 1}`, locale),
  }));
  const suspectNotes = result.suspects.map((suspect, i) => ({
    suspect,
    note: suspectNote(suspect, `s-${i + 1}`, locale),
  }));
  const marks = cellMarks(findingNotes, suspectNotes);

  const gap = say("metaGap", locale);
  const organ = report?.organ || gap;
  const year = report?.year ?? gap;
  const title = report ? say("reportTitle", locale, { organ, year }) : say("pageTitle", locale);
  const header = report ? `${organ} · ${year} · ${say("pageTitle", locale)}` : title;

  const tables: { title: string; html: string }[] = [];
  const drawn = new Set<string>();
  if (report) {
    for (const [heading, layout] of [
      [TABLE2_TITLE, table2Layout(report)],
      [TABLE3_TITLE, table3Layout(report)],
      [TABLE4_TITLE, table4Layout(report)],
    ] as const) {
      for (const row of layout) for (const c of row) if (c.path) drawn.add(cellId(c.path));
      tables.push({
        title: locale === "en" ? heading.en : heading.zh,
        html: reviewTable(layout, marks, locale),
      });
    }
  }
  const listed = (note: Note, path: ListedNote["path"]): ListedNote => ({
    note,
    path,
    cell: linkTarget(path, drawn),
  });
  const active: ListedNote[] = [
    ...suspectNotes.map(({ suspect, note }) => listed(note, suspect.path)),
    ...result.suspectAreas
      .filter((a) => a.status === "unexplained")
      .map((a, i) => listed(areaNote(a, `a-${i + 1}`), a.area)),
    ...findingNotes
      .filter(({ finding }) => !finding.waived && finding.origin !== "reading")
      .map(({ finding, note }) => listed(note, finding.path)),
  ];
  // Reading problems in a section of their own, after the report's: never read as its errors.
  const readingNotes = findingNotes
    .filter(({ finding }) => !finding.waived && finding.origin === "reading")
    .map(({ finding, note }) => listed(note, finding.path));
  const waived = findingNotes
    .filter(({ finding }) => finding.waived)
    .map(({ finding, note }) => listed(note, finding.path));

  const meta = [
    report ? say("edition", locale, { edition: report.edition }) : "",
    options.source ? say("source", locale, { source: options.source }) : "",
  ].filter(Boolean);
  const body = [
    `<header class="zr-head"><h1>${esc(title)}</h1>`,
    meta.map((m) => `<p class="zr-meta">${esc(m)}</p>`).join(""),
    statusLine(all, result.suspects.length, locale),
    legend(locale),
    "</header>",
    `<section class="zr-findings" aria-labelledby="zr-findings-h"><h2 id="zr-findings-h">${esc(say("findings", locale))}</h2>`,
    findingsList(active, locale, report?.edition),
    "</section>",
    readingNotes.length
      ? `<section class="zr-reading-block" aria-labelledby="zr-reading-h"><h2 id="zr-reading-h">${esc(say("readingProblems", locale))}</h2>` +
        `<p class="zr-hint">${esc(say("readingNote", locale))}</p>${findingsList(readingNotes, locale, report?.edition)}</section>`
      : "",
    `<section class="zr-tables"><h2>${esc(say("tables", locale))}</h2><p class="zr-hint">${esc(say("tablesNote", locale))}</p>`,
    report
      ? tables.map((t) => `<h3>${esc(t.title)}</h3>\n${t.html}`).join("\n")
      : `<p class="zr-hint">${esc(say("noTables", locale))}</p>`,
    "</section>",
    result.report ? yearOverYear(result.report, options.previous, locale) : "",
    waived.length
      ? `<section class="zr-waived-block"><h2>${esc(say("waived", locale))}</h2>${findingsList(waived, locale, report?.edition)}</section>`
      : "",
    `<footer class="zr-foot">${esc(say("generated", locale))}</footer>`,
  ].join("\n");
  return {
    title,
    header,
    css: reviewCss(),
    body: `<div class="zr-print-head" aria-hidden="true">${esc(header)}</div>\n<main class="zr-page">\n${body}\n</main>`,
  };
}

/**
 * Writes the review page of a validated report: the official tables of its edition with every published
 * value, each cell a finding blames marked (colour and symbol) with the message, the equation's two
 * sides and the suggested value beside it and on hover or keyboard focus; the findings grouped by
 * table, each linking to its cell; waived findings apart; with earlier reports, the year-over-year
 * table and charts of the key figures. One self-contained HTML document (no network, no script), with
 * an A4 print style whose page header names the organ and year.
 *
 * @param result - What {@link validateReport} returned (validate in the same locale for matching messages).
 * @param options - `locale`, `previous` report(s), `source` file name, `importFindings`.
 * @returns A complete HTML document as a string.
 * @example
 * import { renderReview, validateReport } from "zfxxgk";
 * const result = validateReport(report, { previous: lastYear });
 * writeFileSync("review.html", renderReview(result, { previous: lastYear, source: "2021.json" }));
 * @category Render
 */
export function renderReview(result: ValidationResult<string>, options: ReviewOptions = {}): string {
  const locale = resolveLocale(options.locale);
  const parts = reviewParts(result, options);
  return (
    `<!doctype html>\n<html lang="${locale === "en" ? "en" : "zh-CN"}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">\n` +
    `<title>${esc(parts.title)}</title>\n<style>${parts.css}</style>\n</head>\n<body>\n${parts.body}\n</body>\n</html>\n`
  );
}
