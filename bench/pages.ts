import { readFileSync } from "node:fs";

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8");

/** The official 2021 layout as a portal publishes it: 7 KB, three tables with rowspan/colspan. */
export const HAMI_HTML = fixture("official-2021-hami.html");
/** A Word export of a 2019-edition report: 98 KB of mso styles, <o:p>, spans and a layout table. */
export const WORD_HTML = fixture("word-export-2020-yizhou.html");
/** Text flattened from a page (each cell on its own line ending in `|`). */
export const SEED_TEXT = fixture("seed-2020-balikun.txt");

const NARRATIVE = "<h3>一、总体情况</h3>";
const PARAGRAPH =
  "<p>（一）主动公开情况。全年主动公开政府信息8615条，其中规章2件、行政规范性文件14件，通过政府网站、政务新媒体等渠道及时发布。</p>\n";

/** The Hami page with its 总体情况 section grown by `factor` × 40 paragraphs (≈ 9 KB each step). */
export function longerHtmlNarrative(factor: number): string {
  return HAMI_HTML.replace(NARRATIVE, `${NARRATIVE}\n${PARAGRAPH.repeat(40 * factor)}`);
}

// What CMS templates and editors leave around the tables: wrappers, inline styles, empty spans,
// comments, scripts and styles. None of it is text; all of it is parsed and walked.
const JUNK =
  '<div class="wp_articlecontent" style="margin:0 auto;line-height:1.8"><span style="font-family:宋体;mso-bidi-font-size:10.5pt"><o:p></o:p></span><font size="3"><b></b></font><!-- cms:block --></div><script>var _hmt=_hmt||[];</script><style>.x{color:#333}</style>\n';

/** The Hami page with `factor` × 30 blocks of junk markup before and after each table (≈ 9 KB each step). */
export function moreJunkMarkup(factor: number): string {
  const junk = JUNK.repeat(15 * factor);
  return HAMI_HTML.replaceAll("<table", `${junk}<table`).replaceAll("</table>", `</table>${junk}`);
}

/** The flattened text with its 总体情况 section grown by `factor` × 40 paragraphs. */
export function longerTextNarrative(factor: number): string {
  const lines = SEED_TEXT.split("\n");
  const paragraph = lines[2] ?? "";
  return [lines[0], lines[1], ...Array<string>(40 * factor).fill(paragraph), ...lines.slice(2)].join("\n");
}

/** `pdftotext -layout` output of the 2021 fixture with `factor` × 200 more wrapped label lines in table 三. */
export function longerLayoutTable(factor: number): string {
  const layout = fixture("pdftotext-2021-hami.txt");
  return layout.replace(
    "四、结转下年度继续办理",
    `${"      查询事项\n".repeat(200 * factor)}四、结转下年度继续办理`,
  );
}

/** Text copied from a PDF with `factor` × 200 more run-together lines of table 三 (a row repeated). */
export function moreRunTogetherRows(factor: number): string {
  const copied = fixture("copied-2021-department.txt");
  const row = "1.属于国家秘密1000001\n";
  return copied.replace("1.属于国家秘密", `${row.repeat(200 * factor)}1.属于国家秘密`);
}
