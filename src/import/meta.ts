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

const TITLE = /^(.*?)(\d{4})年度?政府信息公开工作年度报告$/;
const META_LINE = /^(统计期限|发布日期|发布时间|落款日期)\s*[:：]/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})/;
const PERIOD = new RegExp(`统计期限[^0-9]{0,8}${DATE.source}[^0-9]{0,6}(?:至|到|—|-|~)\\s*${DATE.source}`);
const DATE_ALONE = /^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*$/;
const KINDS = new Set(["government", "department", "other"]);

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
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
): { meta: PageMeta; rest: TextBlock[]; chrome: TextBlock[] } {
  const meta: PageMeta = {};
  const chrome: TextBlock[] = [];
  let rest = lines.slice();
  let titleYear: number | undefined;
  const firstHeading = rest.findIndex((l) => isHeading(l.text));
  const titleAt = rest.findIndex((l, i) => (firstHeading < 0 || i < firstHeading) && TITLE.test(l.text));
  const title = titleAt >= 0 ? TITLE.exec(rest[titleAt]?.text ?? "") : null;
  if (title) {
    if (title[1]) meta.organ = title[1].trim();
    titleYear = Number(title[2]);
    // Breadcrumbs and navigation stand above the title.
    chrome.push(...rest.slice(0, titleAt));
    rest = rest.slice(titleAt + 1);
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
  rest.forEach((l, i) => {
    if (i > lastHeading && DATE_ALONE.test(l.text)) dateAt = i;
  });
  const dateLine = rest[dateAt];
  if (dateLine) {
    chrome.push(...rest.slice(dateAt + 1));
    rest = rest.slice(0, dateAt);
    const published = dateIn(dateLine.text);
    if (published) meta.publishedOn ??= published;
    const signer = rest[rest.length - 1];
    if (signer && signer.text.length <= 40 && !/[。；，,：:]/.test(signer.text) && !isHeading(signer.text)) {
      rest.pop();
      if (!meta.organ) {
        // An office of a people's government signs the government's own report.
        const organ = signer.text.trim().replace(/(人民政府)办公室$/, "$1");
        meta.organ = organ;
        log.add("import.organ-inferred", ["organ"], {
          source: { zh: `落款“${signer.text.trim()}”`, en: `the signature “${signer.text.trim()}”` },
          organ,
        });
      }
    }
  }
  const anywhere = lines.map((l) => /(\d{4})年度?政府信息公开工作年度报告/.exec(l.text)?.[1]).find(Boolean);
  const year =
    titleYear ??
    (anywhere ? Number(anywhere) : undefined) ??
    (meta.period ? Number(meta.period.end.slice(0, 4)) : undefined) ??
    (meta.publishedOn ? Number(meta.publishedOn.slice(0, 4)) - 1 : undefined);
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
