import {
  type ConsolidationRow,
  consolidationMessage,
  consolidationTerms,
} from "../../region/consolidation.js";
import { resolveLocale } from "../../rules/format.js";
import type { Locale } from "../../rules/types.js";
import type { ValidationResult } from "../../validate/validate.js";
import type { ReviewMessage } from "./messages.js";
import { sha256Base64 } from "./sha256.js";
import { reviewCss } from "./style.js";
import { esc, escValue, safeHref, say } from "./text.js";

/**
 * One report in a folder's review index.
 *
 * @category Render
 */
export interface ReviewIndexEntry {
  /** The file the report came from, as the user named it. */
  file: string;
  /** The review page, relative to the index; absent when the file could not be read. */
  href?: string;
  organ?: string | null;
  year?: number | null;
  edition?: string | null;
  /** `incomplete`: the reading has problems of weight (读取不完整); its errors are not final. */
  status: "clean" | "warnings" | "errors" | "incomplete" | "unreadable";
  /** Errors and warnings of the report; reading problems apart in `reading`. */
  errors: number;
  warnings: number;
  suspects: number;
  /** Reading problems of weight (errors and warnings of the reading). */
  reading?: number;
  /** Why the file could not be read, for `status: "unreadable"`. */
  message?: string;
}

/**
 * The index row of a validated report.
 *
 * @param result - What {@link validateReport} returned.
 * @param file - The file the report came from.
 * @param href - Its review page, relative to the index.
 * @returns The entry for {@link renderReviewIndex}.
 * @example
 * const entry = reviewIndexEntry(validateReport(report), "2021.json", "2021.html");
 * @category Render
 */
export function reviewIndexEntry(
  result: ValidationResult<string>,
  file: string,
  href?: string,
): ReviewIndexEntry {
  const { error, warning } = result.summary;
  const read = result.report ?? result.partial;
  const reading = result.summary.reading ? result.summary.reading.error + result.summary.reading.warning : 0;
  return {
    file,
    ...(href === undefined ? {} : { href }),
    organ: read?.organ ?? null,
    year: read?.year ?? null,
    edition: read?.edition ?? null,
    status:
      reading > 0
        ? "incomplete"
        : error > 0
          ? "errors"
          : warning > 0 || result.suspects.length > 0
            ? "warnings"
            : "clean",
    errors: error,
    warnings: warning,
    suspects: result.suspects.length,
    reading,
  };
}

const STATUS: Record<ReviewIndexEntry["status"], ReviewMessage> = {
  clean: "statusClean",
  warnings: "statusWarnings",
  errors: "statusErrors",
  incomplete: "statusIncomplete",
  unreadable: "statusUnreadable",
};
const STATUS_SYMBOL: Record<ReviewIndexEntry["status"], string> = {
  clean: "✔",
  warnings: "▲",
  errors: "✖",
  incomplete: "?",
  unreadable: "⊘",
};

const COLUMNS: { key: string; title: ReviewMessage; numeric?: true }[] = [
  { key: "organ", title: "organ" },
  { key: "year", title: "year", numeric: true },
  { key: "edition", title: "editionColumn" },
  { key: "status", title: "status" },
  { key: "errors", title: "errors", numeric: true },
  { key: "warnings", title: "warnings", numeric: true },
  { key: "suspects", title: "suspects", numeric: true },
  { key: "reading", title: "readingColumn", numeric: true },
  { key: "file", title: "file" },
];

// An entry may come from JSON: a status outside the four is shown as unreadable, never interpolated.
const statusOf = (e: ReviewIndexEntry): ReviewIndexEntry["status"] =>
  Object.hasOwn(STATUS, e.status) ? e.status : "unreadable";

function row(e: ReviewIndexEntry, locale: Locale): string {
  const organ = escValue(e.organ);
  const file = escValue(e.file);
  const href = safeHref(e.href);
  const name = href ? `<a href="${esc(href)}">${organ || file}</a>` : organ || file;
  const st = statusOf(e);
  const status = `${STATUS_SYMBOL[st]} ${say(STATUS[st], locale)}`;
  const title = e.message ? ` title="${escValue(e.message)}"` : "";
  const [year, edition, errors, warnings, suspects] = [
    e.year,
    e.edition,
    e.errors,
    e.warnings,
    e.suspects,
  ].map(escValue);
  const reading = escValue(e.reading ?? 0);
  return (
    `<tr data-status="${st}" data-organ="${organ}" data-year="${year}" data-edition="${edition}" ` +
    `data-errors="${errors}" data-warnings="${warnings}" data-suspects="${suspects}" data-reading="${reading}" data-file="${file}">` +
    `<td>${name}</td><td class="zr-n">${year}</td><td>${edition}</td>` +
    `<td class="zr-st-${st}"${title}>${esc(status)}</td><td class="zr-n">${errors}</td>` +
    `<td class="zr-n">${warnings}</td><td class="zr-n">${suspects}</td><td class="zr-n">${reading}</td><td>${file}</td></tr>`
  );
}

const RESULT_SYMBOL: Record<ConsolidationRow["status"], string> = {
  differs: "✖",
  agrees: "✔",
  "cannot-tell": "?",
};
const RESULT_STATUS: Record<ConsolidationRow["status"], ReviewIndexEntry["status"]> = {
  differs: "errors",
  agrees: "clean",
  "cannot-tell": "warnings",
};

// The consolidated reports' check, below the index: which cells differ, by how much, from which children.
function consolidationTable(rows: readonly ConsolidationRow[], locale: Locale): string {
  if (rows.length === 0) return "";
  const heads: ReviewMessage[] = [
    "consolidationResult",
    "organ",
    "year",
    "consolidationCell",
    "consolidationReported",
    "consolidationSum",
    "consolidationDifference",
    "consolidationChildren",
    "consolidationMessage",
  ];
  const body = rows.map(
    (c) =>
      `<tr data-result="${c.status}"><td class="zr-st-${RESULT_STATUS[c.status]}">${RESULT_SYMBOL[c.status]}</td>` +
      `<td>${esc(c.organ)}</td><td class="zr-n">${c.year}</td><td>${esc(c.label ? (locale === "en" ? c.label.en : c.label.zh) : "")}</td>` +
      `<td class="zr-n">${c.reported ?? ""}</td><td class="zr-n">${c.sum ?? ""}</td><td class="zr-n">${c.difference ?? ""}</td>` +
      `<td>${esc(consolidationTerms(c, locale))}</td><td>${esc(consolidationMessage(c, locale))}</td></tr>`,
  );
  return (
    `<h2>${esc(say("indexConsolidation", locale))}</h2><div class="zr-scroll"><table id="zr-consolidation" class="zr-table">` +
    `<thead><tr>${heads.map((h) => `<th scope="col">${esc(say(h, locale))}</th>`).join("")}</tr></thead>` +
    `<tbody>${body.join("\n")}</tbody></table></div>`
  );
}

// Sorting moves rows within one fragment and filtering toggles `hidden`: both stay fast on thousands of rows.
const SCRIPT = `(function(){
var table=document.getElementById("zr-index"),body=table.tBodies[0],rows=[].slice.call(body.rows);
var q=document.getElementById("zr-q"),st=document.getElementById("zr-st"),shown=document.getElementById("zr-shown");
var tpl=shown.getAttribute("data-template");
function filter(){var t=q.value.trim().toLowerCase(),s=st.value,n=0;
for(var i=0;i<rows.length;i++){var r=rows[i],d=r.dataset;
var ok=(!s||d.status===s)&&(!t||(d.organ+" "+d.year+" "+d.file+" "+d.edition).toLowerCase().indexOf(t)>=0);
r.hidden=!ok;if(ok)n++;}
shown.textContent=tpl.replace("{shown}",n).replace("{total}",rows.length);}
var pending=0;function later(){if(!pending){pending=1;requestAnimationFrame(function(){pending=0;filter();});}}
q.addEventListener("input",later);st.addEventListener("change",filter);
var ths=table.tHead.rows[0].cells;
[].forEach.call(ths,function(th){var b=th.querySelector("button");if(!b)return;b.addEventListener("click",function(){
var key=th.getAttribute("data-key"),num=th.hasAttribute("data-numeric");
var dir=th.getAttribute("aria-sort")==="ascending"?-1:1;
[].forEach.call(ths,function(o){o.removeAttribute("aria-sort");});
th.setAttribute("aria-sort",dir===1?"ascending":"descending");
rows.sort(function(a,b){var x=a.dataset[key],y=b.dataset[key];
if(num){x=x===""?-Infinity:+x;y=y===""?-Infinity:+y;return (x-y)*dir;}
return x.localeCompare(y,"zh-CN")*dir;});
var f=document.createDocumentFragment();for(var i=0;i<rows.length;i++)f.appendChild(rows[i]);body.appendChild(f);});});
filter();})();`;

/**
 * Writes the review index of a folder: one row per report (organ, year, edition, status, errors,
 * warnings, suspects), sortable by any column and filterable by text and status in the page, each row
 * linking to the report's review page (only `http:`, `https:` and relative links are kept). Self-contained:
 * one inline script, allowed by its hash alone (no other script, no `javascript:` link runs), no network.
 *
 * @param entries - One per report, e.g. from {@link reviewIndexEntry}.
 * @param options - `locale` of the page's words (default `"zh-CN"`); `consolidation`: the rows of a
 *   `ConsolidationCheck`, shown below the reports (cells that differ, by how much, from which children).
 * @returns A complete HTML document as a string.
 * @example
 * writeFileSync("index.html", renderReviewIndex([reviewIndexEntry(result, "a.json", "a.html")]));
 * @category Render
 */
export function renderReviewIndex(
  entries: readonly ReviewIndexEntry[],
  options: { locale?: Locale; consolidation?: readonly ConsolidationRow[] } = {},
): string {
  const locale = resolveLocale(options.locale);
  const title = say("indexTitle", locale);
  const head = COLUMNS.map(
    (c) =>
      `<th scope="col" data-key="${c.key}"${c.numeric ? " data-numeric" : ""}><button type="button" title="${esc(say("sortBy", locale))}">${esc(say(c.title, locale))}</button></th>`,
  ).join("");
  const options2 = (["clean", "warnings", "errors", "incomplete", "unreadable"] as const)
    .map((s) => `<option value="${s}">${esc(say(STATUS[s], locale))}</option>`)
    .join("");
  const template = say("indexShown", locale, { shown: "{shown}", total: "{total}" });
  const initial = say("indexShown", locale, { shown: entries.length, total: entries.length });
  const body = [
    `<main class="zr-page"><h1>${esc(title)}</h1>`,
    `<div class="zr-index-tools zr-noprint"><label>${esc(say("indexFilter", locale))} <input id="zr-q" type="search"></label>`,
    `<label>${esc(say("status", locale))} <select id="zr-st"><option value="">${esc(say("indexStatusAll", locale))}</option>${options2}</select></label>`,
    `<span id="zr-shown" role="status" data-template="${esc(template)}">${esc(initial)}</span></div>`,
    `<div class="zr-scroll"><table id="zr-index" class="zr-table zr-index"><thead><tr>${head}</tr></thead><tbody>`,
    entries.map((e) => row(e, locale)).join("\n"),
    `</tbody></table></div>${consolidationTable(options.consolidation ?? [], locale)}<footer class="zr-foot">${esc(say("generated", locale))}</footer></main>`,
  ].join("\n");
  return (
    `<!doctype html>\n<html lang="${locale === "en" ? "en" : "zh-CN"}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${sha256Base64(SCRIPT)}'; base-uri 'none'; form-action 'none'">\n` +
    `<title>${esc(title)}</title>\n<style>${reviewCss()}</style>\n</head>\n<body>\n${body}\n<script>${SCRIPT}</script>\n</body>\n</html>\n`
  );
}
