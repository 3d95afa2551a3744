import { getAt } from "../../model/path.js";
import type { AnnualReport } from "../../model/report.js";
import type { Locale, Path } from "../../rules/types.js";
import type { ReviewMessage } from "./messages.js";
import { esc, say } from "./text.js";

/** The key figures charted over the years: one path, or several summed (诉讼 = both litigation groups). */
export const CHART_FIGURES: { title: ReviewMessage; paths: Path[] }[] = [
  { title: "chartReceived", paths: [["requests", "received", "total"]] },
  { title: "chartOutcomes", paths: [["requests", "outcomes", "total", "total"]] },
  { title: "chartDisclosed", paths: [["requests", "outcomes", "disclosed", "total"]] },
  { title: "chartCarried", paths: [["requests", "carriedForward", "total"]] },
  { title: "chartReview", paths: [["appeals", "review", "total"]] },
  {
    title: "chartLitigation",
    paths: [
      ["appeals", "litigationDirect", "total"],
      ["appeals", "litigationAfterReview", "total"],
    ],
  },
];

/** A figure's value in one report: the sum of its cells, `null` when every cell is blank. */
export function chartValue(report: AnnualReport, paths: readonly Path[]): number | null {
  const values = paths.map((p) => getAt(report, p)).filter((v): v is number => typeof v === "number");
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}

const W = 220;
const H = 104;
const LEFT = 12;
const RIGHT = 12;
const TOP = 16;
const BOTTOM = 20;

/**
 * One small line chart: a point per year placed by its year, so a missing year leaves its gap on the
 * axis and breaks the line; a gap where a value is blank; the value above each point.
 */
export function lineChart(title: string, points: readonly { year: number; value: number | null }[]): string {
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const first = points[0]?.year ?? 0;
  const span = (points[points.length - 1]?.year ?? first) - first;
  const x = (i: number) =>
    LEFT +
    (span > 0 ? (((points[i]?.year ?? first) - first) / span) * (W - LEFT - RIGHT) : (W - LEFT - RIGHT) / 2);
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / max);
  const segments: string[] = [];
  let run: string[] = [];
  points.forEach((p, i) => {
    const gap = i > 0 && p.year - (points[i - 1]?.year ?? p.year) > 1;
    if (p.value === null || gap) {
      if (run.length > 1) segments.push(run.join(" "));
      run = [];
    }
    if (p.value !== null) run.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (run.length > 1) segments.push(run.join(" "));
  const lines = segments.map((s) => `<polyline points="${s}" class="zr-line"/>`).join("");
  const marks = points
    .map((p, i) => {
      const label = `<text x="${x(i).toFixed(1)}" y="${H - 5}" class="zr-axis">${p.year}</text>`;
      if (p.value === null) return label;
      const cx = x(i).toFixed(1);
      const cy = y(p.value).toFixed(1);
      return (
        `${label}<circle cx="${cx}" cy="${cy}" r="3" class="zr-dot"/>` +
        `<text x="${cx}" y="${(y(p.value) - 6).toFixed(1)}" class="zr-val">${p.value}</text>`
      );
    })
    .join("");
  const summary = `${title}: ${points.map((p) => `${p.year} ${p.value ?? "—"}`).join(", ")}`;
  return (
    `<figure class="zr-chart"><figcaption>${esc(title)}</figcaption>` +
    `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(summary)}">` +
    `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${H - BOTTOM}" y2="${H - BOTTOM}" class="zr-base"/>` +
    `${lines}${marks}</svg></figure>`
  );
}

/** The key figures of every year given, oldest first, as small charts; nothing for a single year. */
export function charts(reports: readonly AnnualReport[], locale: Locale): string {
  const byYear = new Map<number, AnnualReport>();
  for (const r of reports) if (!byYear.has(r.year)) byYear.set(r.year, r);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length < 2) return "";
  const figures = CHART_FIGURES.map((f) =>
    lineChart(
      say(f.title, locale),
      years.map((year) => ({ year, value: chartValue(byYear.get(year) as AnnualReport, f.paths) })),
    ),
  );
  return `<section class="zr-charts-block"><h2>${esc(say("charts", locale))}</h2><div class="zr-charts">${figures.join("")}</div></section>`;
}
