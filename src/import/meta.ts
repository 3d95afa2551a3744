import { DATE_PATTERN, isDateLine, readDate } from "./dates.js";
import type { TextBlock } from "./document.js";
import type { FindingLog } from "./findings.js";
import { type PageBox, readBoxLine } from "./page-box.js";
import { isHeading } from "./sections.js";
import { findTitle, readTitle } from "./title.js";

export { readTitle };

/** Report-level facts read from the page. */
export interface PageMeta {
  organ?: string;
  organKind?: "government" | "department" | "other";
  year?: number;
  period?: { start: string; end: string };
  publishedOn?: string;
}

const YEAR_ANYWHERE = /(\d{4})\s*年度?\s*(?:的)?\s*政府信息公开(?:工作)?(?:的)?\s*年度报告/;
// 本报告由XX编制 / 本报告由XX根据…编制 / 本报告是XX根据…编制 / …要求，由XX编制 (read over wrapped lines).
const COMPILED_BY = [
  /本报告(?:是|系|由)([^，。；、,;《》“”（）()]{2,40}?)(?:根据|依据|按照|负责编制|编制)/,
  /本报告[^。]{0,160}?由([^，。；、,;《》“”（）()]{2,40}?)(?:负责)?编制/,
];
const SIGNED_LINE = new RegExp(`^([^。；，,：:]{2,40}?)\\s*(${DATE_PATTERN})$`);
const META_LINE = /^(统计期限|落款日期)\s*[:：]/;
const DAY = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// 统计期限自2023年1月1日起至2023年12月31日止 / 统计周期为2024年1月1日至12月31日 (the year said once).
const PERIOD = new RegExp(
  `(?:统计期限|统计周期|统计时限|统计时间|统计区间)[^0-9]{0,8}(\\d{4})\\s*年\\s*${DAY.source}[^0-9]{0,6}(?:至|到|—|-|~)\\s*(?:(\\d{4})\\s*年)?\\s*${DAY.source}`,
);
// The preamble a compiling office names itself in, and the period's sentence, stand in the first lines.
const OPENING_LINES = 12;
/** The meta fields the importers may miss, as findings name them. */
export const FIELD = {
  organ: { zh: "报告主体", en: "the organ" },
  year: { zh: "报告年度", en: "the year" },
} as const;

const KINDS = new Set(["government", "department", "other"]);
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;

/** A people's government's report is signed, or compiled, by its office: the organ is the government. */
const organOf = (text: string) => text.trim().replace(/(人民政府)办公室$/, "$1");

/** Organ and year from a file name, the last resort ("哈密市2023年政府信息公开工作年度报告.pdf"). */
function readFileName(fileName: string): { organ?: string; year?: number } {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/\.[A-Za-z0-9]{1,5}$/, "");
  const title = readTitle(base);
  if (title) return title;
  const year = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(base)?.[1];
  const organ = /^([\u4e00-\u9fff]{2,30}?(?:人民政府|委员会|局|厅|办公室|中心|院|部|委|署))/.exec(base)?.[1];
  return { ...(organ ? { organ } : {}), ...(year ? { year: Number(year) } : {}) };
}

function readPeriod(text: string): PageMeta["period"] {
  const m = PERIOD.exec(text);
  if (!m?.[1] || !m[2] || !m[3] || !m[5] || !m[6]) return undefined;
  return { start: iso(m[1], m[2], m[3]), end: iso(m[4] ?? m[1], m[5], m[6]) };
}

/** The closing signature (落款): the signing organ and the date, found after the last heading. */
function readSignature(rest: TextBlock[]): {
  at: number;
  end?: number;
  signer?: string;
  date?: string | undefined;
  source?: string;
} {
  const lastHeading = rest.map((l) => isHeading(l.text)).lastIndexOf(true);
  for (let i = rest.length - 1; i > lastHeading; i--) {
    const text = rest[i]?.text.trim() ?? "";
    if (isDateLine(text)) {
      const above = rest[i - 1]?.text.trim() ?? "";
      const signs =
        i - 1 > lastHeading && above.length <= 40 && !/[。；，,：:]/.test(above) && !isHeading(above);
      return signs
        ? { at: i - 1, end: i, signer: above, date: readDate(text), source: above }
        : { at: i, end: i, date: readDate(text) };
    }
    const signed = SIGNED_LINE.exec(text);
    if (signed?.[1] && !isHeading(text))
      return { at: i, end: i, signer: signed[1], date: readDate(text), source: text };
  }
  return { at: -1 };
}

/**
 * Takes the title (also wrapped over lines), meta lines (统计期限：…, a page box's 索引号：… 发布日期：…)
 * and the closing signature (organ, date) off the page's text and reads them; returns the lines that
 * remain for the narrative. Where the organ is not in the title it is taken, in this order and each
 * time said in an `import.organ-inferred` finding, from the signature, the page box's 发布机构, the
 * sentence naming who compiled the report, and last the file name.
 */
export function readMeta(
  lines: TextBlock[],
  organKindHint: string | undefined,
  log: FindingLog,
  fileName?: string,
  box: PageBox = {},
): { meta: PageMeta; rest: TextBlock[]; chrome: TextBlock[] } {
  const meta: PageMeta = {};
  const chrome: TextBlock[] = [];
  let rest = lines.slice();
  const firstHeading = rest.findIndex((l) => isHeading(l.text));
  const title = findTitle(rest, firstHeading < 0 ? rest.length : firstHeading);
  if (title) {
    if (title.organ) meta.organ = title.organ;
    // Breadcrumbs, navigation and the page's box stand above the title.
    for (const line of rest.slice(0, title.from)) {
      readBoxLine(line.text, box);
      chrome.push(line);
    }
    rest = rest.slice(title.to + 1);
  }
  const period =
    readPeriod(
      rest
        .slice(0, OPENING_LINES)
        .map((l) => l.text.trim())
        .join(""),
    ) ?? rest.map((l) => readPeriod(l.text)).find(Boolean);
  if (period) meta.period = period;
  let signedOn: string | undefined;
  rest = rest.filter((line) => {
    if (readBoxLine(line.text, box)) {
      chrome.push(line);
      return false;
    }
    const label = META_LINE.exec(line.text)?.[1];
    if (label === "落款日期") signedOn ??= readDate(line.text);
    return !label;
  });
  const opening = rest
    .slice(0, OPENING_LINES)
    .map((l) => l.text.trim())
    .join("");
  const signature = readSignature(rest);
  if (signature.end !== undefined) {
    // What follows the date is a site's footer. One by one: a page of a hundred thousand lines after
    // its date would overflow a spread.
    for (const line of rest.slice(signature.end + 1)) chrome.push(line);
    rest = rest.slice(0, signature.at);
  }
  // The page's own date first: a signature's date is when the text was signed, not published.
  const publishedOn = box.publishedOn ?? signedOn ?? signature.date;
  if (publishedOn) meta.publishedOn = publishedOn;
  const inferred = (organ: string, source: { zh: string; en: string }) => {
    meta.organ = organ;
    log.add("import.organ-inferred", ["organ"], { source, organ });
  };
  if (!meta.organ && signature.signer)
    inferred(organOf(signature.signer), {
      zh: `落款“${signature.source}”`,
      en: `the signature “${signature.source}”`,
    });
  if (!meta.organ && box.publisher)
    inferred(organOf(box.publisher.value), {
      zh: `页面的“${box.publisher.label}”栏`,
      en: `the page's “${box.publisher.label}” box`,
    });
  const by = meta.organ ? undefined : COMPILED_BY.map((re) => re.exec(opening)?.[1]).find(Boolean);
  if (by) {
    const source = { zh: `“本报告由${by}……编制”一句`, en: `the sentence saying ${by} compiled the report` };
    inferred(organOf(by), source);
  }
  const anywhere = lines.map((l) => YEAR_ANYWHERE.exec(l.text)?.[1]).find(Boolean);
  let year =
    title?.year ??
    (anywhere ? Number(anywhere) : undefined) ??
    (meta.period ? Number(meta.period.end.slice(0, 4)) : undefined) ??
    (meta.publishedOn ? Number(meta.publishedOn.slice(0, 4)) - 1 : undefined);
  if ((!meta.organ || year === undefined) && fileName) {
    const named = readFileName(fileName);
    const file = fileName.split(/[\\/]/).pop() ?? fileName;
    if (!meta.organ && named.organ) {
      meta.organ = named.organ;
      log.add("import.meta-from-filename", ["organ"], { field: FIELD.organ, file, value: named.organ });
    }
    if (year === undefined && named.year !== undefined) {
      year = named.year;
      log.add("import.meta-from-filename", ["year"], { field: FIELD.year, file, value: named.year });
    }
  }
  if (year !== undefined) meta.year = year;
  if (organKindHint === "unstated") {
    // Written by the renderers for a report that states no kind: infer nothing.
  } else if (organKindHint && KINDS.has(organKindHint)) meta.organKind = organKindHint as "government";
  else if (meta.organ?.endsWith("人民政府")) {
    meta.organKind = "government";
    log.add("import.organ-kind-inferred", ["organKind"], { organ: meta.organ });
  }
  return { meta, rest, chrome };
}
