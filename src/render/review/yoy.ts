import type { ReportDiff } from "../../diff/types.js";
import type { Locale } from "../../rules/types.js";
import { esc, say } from "./text.js";

const show = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The year-over-year table: both values, the change, the percent and whether the figure compares. */
export function yoyTable(diff: ReportDiff, locale: Locale): string {
  const rows = diff.entries
    .filter((e) => e.previous !== null || e.current !== null)
    .map((e) => {
      const label = locale === "en" ? e.label.en : e.label.zh;
      const delta = typeof e.delta === "number" && e.delta > 0 ? `+${e.delta}` : show(e.delta);
      const cls = e.comparable ? "" : ` class="zr-nc"`;
      return (
        `<tr${cls}><th>${esc(label)}</th><td>${esc(show(e.previous))}</td><td>${esc(show(e.current))}</td>` +
        `<td>${esc(delta)}</td><td>${e.percent === null ? "" : `${esc(e.percent)}%`}</td>` +
        `<td>${esc(say(e.comparable ? "yes" : "no", locale))}</td></tr>`
      );
    });
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
