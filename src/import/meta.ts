import type { TextBlock } from "./document.js";
import type { FindingLog } from "./findings.js";
import { isHeading } from "./sections.js";

/** Report-level facts read from the page. */
export interface PageMeta {
  organ?: string;
  organKind?: "government" | "department" | "other";
  year?: number;
  period?: { start: string; end: string };
  publishedOn?: string;
}

// The title in the orders real reports use: XX2023年度…, 2023年XX…, XX关于2023年…的年度报告.
const TITLE_ORGAN_FIRST = /^(.*?)(?:关于)?(\d{4})年度?的?政府信息公开(?:工作)?的?年度报告$/;
const TITLE_YEAR_FIRST = /^(\d{4})年度?(?!度)(.+?)政府信息公开(?:工作)?的?年度报告$/;
const YEAR_ANYWHERE = /(\d{4})\s*年度?\s*(?:的)?\s*政府信息公开(?:工作)?(?:的)?\s*年度报告/;
// 本报告由XX编制 / 本报告是XX根据…编制 / …要求，由XX编制.
const COMPILED_BY = [
  /本报告(?:是|系)([^，。；、,;《》“”（）()]{2,40}?)(?:根据|依据|按照)/,
  /由([^，。；、,;《》“”（）()]{2,40}?)(?:负责)?编制/,
];
const SIGNED_LINE = /^([^。；，,：:]{2,40}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/;
const META_LINE = /^(统计期限|发布日期|发布时间|落款日期|发布机构)\s*[:：]/;
// A page's own box (a crawler's header block): the organ where the title names none.
const PUBLISHER = /^发布机构\s*[:：]\s*(\S.{0,39})$/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})/;
const PERIOD = new RegExp(`统计期限[^0-9]{0,8}${DATE.source}[^0-9]{0,6}(?:至|到|—|-|~)\\s*${DATE.source}`);
const DATE_ALONE = /^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*$/;
/** The meta fields the importers may miss, as findings name them. */
export const FIELD = {
  organ: { zh: "报告主体", en: "the organ" },
  year: { zh: "报告年度", en: "the year" },
} as const;

const KINDS = new Set(["government", "department", "other"]);

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** Organ and year of a title (or a file name) in any of the orders real reports use. */
export function readTitle(text: string): { organ?: string; year: number } | undefined {
  const flat = text.replace(/\s+/g, "");
  const year = TITLE_YEAR_FIRST.exec(flat);
  if (year?.[1] && year[2]) return { organ: year[2], year: Number(year[1]) };
  const organ = TITLE_ORGAN_FIRST.exec(flat);
  if (!organ?.[2]) return undefined;
  const name = organ[1]?.replace(/关于$/, "");
  return { ...(name ? { organ: name } : {}), year: Number(organ[2]) };
}

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

function dateIn(text: string): string | undefined {
  const m = DATE.exec(text) ?? ISO.exec(text);
  return m?.[1] && m[2] && m[3] ? iso(m[1], m[2], m[3]) : undefined;
}

/**
 * Takes the title, meta lines (统计期限：… 发布日期：…) and the closing signature (organ, date) off the
 * page's text and reads them; returns the lines that remain for the narrative.
 */
export function readMeta(
  lines: TextBlock[],
  organKindHint: string | undefined,
  log: FindingLog,
  fileName?: string,
): { meta: PageMeta; rest: TextBlock[]; chrome: TextBlock[] } {
  const meta: PageMeta = {};
  const chrome: TextBlock[] = [];
  let rest = lines.slice();
  let titleYear: number | undefined;
  const firstHeading = rest.findIndex((l) => isHeading(l.text));
  const titleAt = rest.findIndex((l, i) => (firstHeading < 0 || i < firstHeading) && readTitle(l.text));
  const title = titleAt >= 0 ? readTitle(rest[titleAt]?.text ?? "") : undefined;
  if (title) {
    if (title.organ) meta.organ = title.organ;
    titleYear = title.year;
    // Breadcrumbs and navigation stand above the title.
    for (const line of rest.slice(0, titleAt)) chrome.push(line);
    rest = rest.slice(titleAt + 1);
  }
  const publisher = meta.organ ? undefined : rest.map((l) => PUBLISHER.exec(l.text)?.[1]).find(Boolean);
  if (publisher) {
    meta.organ = organOf(publisher);
    log.add("import.organ-inferred", ["organ"], {
      source: { zh: `页面的“发布机构”栏`, en: "the page's 发布机构 box" },
      organ: meta.organ,
    });
  }
  for (const line of rest) {
    const period = PERIOD.exec(line.text);
    if (period && !meta.period) {
      const [, y1, m1, d1, y2, m2, d2] = period;
      if (y1 && m1 && d1 && y2 && m2 && d2) meta.period = { start: iso(y1, m1, d1), end: iso(y2, m2, d2) };
    }
    const label = META_LINE.exec(line.text)?.[1];
    const published = label && label !== "统计期限" ? dateIn(line.text) : undefined;
    if (published) meta.publishedOn ??= published;
  }
  rest = rest.filter((l) => !META_LINE.test(l.text));
  // The closing signature: a date alone on a line, the signing organ alone just above it; what follows
  // it (a site's footer) is no part of the report.
  const lastHeading = rest.map((l) => isHeading(l.text)).lastIndexOf(true);
  let dateAt = -1;
  let signedWith: string | undefined;
  rest.forEach((l, i) => {
    if (i <= lastHeading) return;
    if (DATE_ALONE.test(l.text)) {
      dateAt = i;
      signedWith = undefined;
    } else if (SIGNED_LINE.test(l.text) && !isHeading(l.text)) {
      dateAt = i;
      signedWith = SIGNED_LINE.exec(l.text)?.[1];
    }
  });
  const dateLine = rest[dateAt];
  if (dateLine && signedWith) {
    // One by one: a page of a hundred thousand lines after its date would overflow a spread.
    for (const line of rest.slice(dateAt + 1)) chrome.push(line);
    rest = rest.slice(0, dateAt);
    const published = dateIn(dateLine.text);
    if (published) meta.publishedOn ??= published;
    if (!meta.organ) {
      meta.organ = organOf(signedWith);
      log.add("import.organ-inferred", ["organ"], {
        source: { zh: `落款“${dateLine.text}”`, en: `the signature “${dateLine.text}”` },
        organ: meta.organ,
      });
    }
  } else if (dateLine) {
    for (const line of rest.slice(dateAt + 1)) chrome.push(line);
    rest = rest.slice(0, dateAt);
    const published = dateIn(dateLine.text);
    if (published) meta.publishedOn ??= published;
    const signer = rest[rest.length - 1];
    if (signer && signer.text.length <= 40 && !/[。；，,：:]/.test(signer.text) && !isHeading(signer.text)) {
      rest.pop();
      if (!meta.organ) {
        // An office of a people's government signs the government's own report.
        const organ = organOf(signer.text);
        meta.organ = organ;
        log.add("import.organ-inferred", ["organ"], {
          source: { zh: `落款“${signer.text.trim()}”`, en: `the signature “${signer.text.trim()}”` },
          organ,
        });
      }
    }
  }
  if (!meta.organ) {
    for (const line of rest.slice(0, 12)) {
      const by = COMPILED_BY.map((re) => re.exec(line.text)?.[1]).find(Boolean);
      if (!by || !/本报告/.test(line.text)) continue;
      meta.organ = organOf(by);
      log.add("import.organ-inferred", ["organ"], {
        source: { zh: `“本报告由……编制”一句`, en: "the sentence saying who compiled the report" },
        organ: meta.organ,
      });
      break;
    }
  }
  const anywhere = lines.map((l) => YEAR_ANYWHERE.exec(l.text)?.[1]).find(Boolean);
  let year =
    titleYear ??
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
