import type { DiffEntry, ReportDiff } from "../../diff/types.js";
import type { Locale } from "../../rules/types.js";
import { esc, say } from "./text.js";

const show = (v: unknown) => (v === null || v === undefined ? "" : String(v));

// Unchanged: a comparable figure with no change. Figures that do not compare are read with the changed.
const unchanged = (e: DiffEntry) => e.comparable && Number(e.delta) === 0;

/**
 * The year-over-year table: both values, the change, the percent and whether the figure compares;
 * the figures that changed first, then those the same as last year, each in the form's order.
 */
export function yoyTable(diff: ReportDiff, locale: Locale): string {
  const shown = diff.entries.filter((e) => e.previous !== null || e.current !== null);
  const same = shown.filter(unchanged);
  const changed = shown.filter((e) => !unchanged(e));
  const row = (e: DiffEntry) => {
    const label = locale === "en" ? e.label.en : e.label.zh;
    const delta = typeof e.delta === "number" && e.delta > 0 ? `+${e.delta}` : show(e.delta);
    const cls = e.comparable ? "" : ` class="zr-nc"`;
    return (
      `<tr${cls}><th>${esc(label)}</th><td>${esc(show(e.previous))}</td><td>${esc(show(e.current))}</td>` +
      `<td>${esc(delta)}</td><td>${e.percent === null ? "" : `${esc(e.percent)}%`}</td>` +
      `<td>${esc(say(e.comparable ? "yes" : "no", locale))}</td></tr>`
    );
  };
  const rows = changed.map(row);
  if (same.length > 0) {
    const note = say("yoyUnchanged", locale, { count: same.length });
    if (changed.length > 0) rows.push(`<tr class="zr-same"><th colspan="6">${esc(note)}</th></tr>`);
    rows.push(...same.map(row));
  }
  const head = (["figure", "previousValue", "currentValue", "delta", "percent", "comparable"] as const)
    .map((k) => `<th scope="col">${esc(say(k, locale))}</th>`)
    .join("");
  return (
    `<section class="zr-yoy"><h2>${esc(say("yoy", locale, { from: diff.from, to: diff.to }))}</h2>` +
    `<p class="zr-hint">${esc(say("yoyNote", locale))}</p>` +
    `<div class="zr-scroll"><table class="zr-table zr-yoy-table"><thead><tr>${head}</tr></thead>` +
    `<tbody>${rows.join("\n")}</tbody></table></div></section>`
  );
}
