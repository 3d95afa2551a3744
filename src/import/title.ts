import type { TextBlock } from "./document.js";

// The title in the orders real reports use: XX2023年度…, 2023年XX…, XX关于2023年…的年度报告.
const TITLE_ORGAN_FIRST = /^(.*?)(?:关于)?(\d{4})年度?的?政府信息公开(?:工作)?的?年度报告$/;
const TITLE_YEAR_FIRST = /^(\d{4})年度?(?!度)(.+?)政府信息公开(?:工作)?的?年度报告$/;
/** A line that is an organ's name and nothing else: the first line of a title printed over two. */
const ORGAN_LINE =
  /^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|委员会|管委会|委|局|厅|办公室|办|中心|院|部|署|处|所|站|会|区|县|市|州|盟|旗|镇|乡|街道|办事处)$/;
// A title wraps over two or three lines, never more.
const MAX_TITLE_LINES = 3;

const PHRASE = "政府信息公开";

/**
 * The title's fixed phrase read with a character or two wrong (OCR: 改府信恩公开 for 政府信息公开) put
 * right, where the line ends as a title does: the organ's name is kept as read.
 */
function mendPhrase(flat: string): string {
  if (flat.includes(PHRASE) || !/年度报告$/.test(flat)) return flat;
  for (let i = 0; i + PHRASE.length <= flat.length; i++) {
    let off = 0;
    for (let k = 0; k < PHRASE.length && off <= 2; k++) if (flat[i + k] !== PHRASE[k]) off++;
    if (off <= 2 && flat[i + 1] === "府") return flat.slice(0, i) + PHRASE + flat.slice(i + PHRASE.length);
  }
  return flat;
}

/** Organ and year of a title (or a file name) in any of the orders real reports use. */
export function readTitle(text: string): { organ?: string; year: number } | undefined {
  const flat = mendPhrase(text.replace(/\s+/g, ""));
  const year = TITLE_YEAR_FIRST.exec(flat);
  if (year?.[1] && year[2]) return { organ: year[2], year: Number(year[1]) };
  const organ = TITLE_ORGAN_FIRST.exec(flat);
  if (!organ?.[2]) return undefined;
  const name = organ[1]?.replace(/关于$/, "");
  return { ...(name ? { organ: name } : {}), year: Number(organ[2]) };
}

/** The title found among the lines: where it starts and ends (inclusive), its organ and year. */
export interface TitleAt {
  from: number;
  to: number;
  organ?: string;
  year: number;
}

const isOrganLine = (text: string | undefined) =>
  text !== undefined && ORGAN_LINE.test(text.replace(/\s+/g, ""));

/**
 * Finds the title among the first `limit` lines, also where it wraps: the organ alone on the line
 * above `2023 年政府信息公开工作年度报告`, or `2024 年上海市科委政府信息公开工作` / `年度报告`.
 * A window of lines counts only when none of its lines is a title alone, so a breadcrumb above a
 * whole title never joins it.
 */
export function findTitle(lines: readonly TextBlock[], limit: number): TitleAt | undefined {
  const text = (i: number) => lines[i]?.text ?? "";
  for (let i = 0; i < limit; i++) {
    const alone = readTitle(text(i));
    if (alone?.organ) return { from: i, to: i, ...alone };
    if (alone) {
      const above = i > 0 && isOrganLine(text(i - 1)) && !readTitle(text(i - 1));
      return above
        ? { from: i - 1, to: i, organ: text(i - 1).replace(/\s+/g, ""), year: alone.year }
        : { from: i, to: i, ...alone };
    }
    for (let to = i + 1; to < Math.min(limit, i + MAX_TITLE_LINES); to++) {
      if (readTitle(text(to))) break;
      const joined = readTitle(
        lines
          .slice(i, to + 1)
          .map((l) => l.text)
          .join(""),
      );
      if (joined) return { from: i, to, ...joined };
    }
  }
  return undefined;
}
