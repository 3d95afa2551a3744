import type { Label } from "./label.js";

/**
 * The six parts of the format (国办公开办函〔2019〕60号 and 〔2021〕30号), numbered 一 to 六.
 *
 * @category Model
 * @example
 * OUTLINE_PARTS[2]?.zh; // "三、收到和处理政府信息公开申请情况"
 */
export const OUTLINE_PARTS: readonly Label[] = [
  { zh: "一、总体情况", en: "I. Overview" },
  { zh: "二、主动公开政府信息情况", en: "II. Proactive disclosure" },
  { zh: "三、收到和处理政府信息公开申请情况", en: "III. Requests received and handled" },
  { zh: "四、政府信息公开行政复议、行政诉讼情况", en: "IV. Administrative reviews and lawsuits" },
  { zh: "五、存在的主要问题及改进情况", en: "V. Main problems and improvements" },
  { zh: "六、其他需要报告的事项", en: "VI. Other matters to report" },
];

/**
 * A numbering scheme of headings: 一、 / （一） / 1. / 第一部分.
 *
 * @category Model
 */
export type OutlineScheme = "一、" | "（一）" | "1." | "第一部分";

/**
 * A heading read into its numbering and what it names.
 *
 * @category Model
 */
export interface OutlineHeading {
  scheme: OutlineScheme;
  /** The number as a value (三 → 3). */
  number: number;
  /** The words after the number, spaces removed. */
  title: string;
  /** Which of the six parts the words name (1–6), if any. */
  part?: number;
  /** Whether the words name a sub-topic of 总体情况 (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障). */
  subtopic: boolean;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number; undefined for anything else. */
function chineseNumber(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === "") return undefined;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGITS[tens] : undefined;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

const NUMBERED: readonly [OutlineScheme, RegExp][] = [
  ["一、", /^([一二三四五六七八九十]{1,3})[、，,．.]\s*(.*)$/u],
  ["（一）", /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(.*)$/u],
  ["1.", /^([0-9]{1,2})(?:[、．]|\.(?![0-9]))\s*(.*)$/u],
  ["第一部分", /^第([一二三四五六七八九十]{1,3})(?:部分|章)[、，,：:\s]*(.*)$/u],
];

// Words of each part's heading: the three table parts by their official titles, the others by their key words.
function partOf(title: string): number | undefined {
  if (/^(?:政府信息公开|政务公开)?(?:工作)?(?:的)?(?:总体情况|基本情况|概述|概况)/u.test(title)) return 1;
  if (title.includes("主动公开政府信息情况")) return 2;
  if (title.includes("收到和处理政府信息公开申请情况")) return 3;
  if (title.includes("行政复议") && title.includes("行政诉讼")) return 4;
  if (title.includes("存在的主要问题") || (title.includes("主要问题") && title.includes("改进"))) return 5;
  if (title.includes("其他需要报告的事项")) return 6;
  return undefined;
}

// The sub-topics the 2021 format lists under 一、总体情况 (and those reports add), whole titles only:
// 主动公开政府信息情况 is part 二, not the sub-topic 主动公开.
const SUBTOPIC =
  /^(?:(?:关于)?(?:政府信息)?(?:主动公开|依申请公开|政府信息公开申请|政府信息管理|(?:政府信息公开|信息公开|政务公开)?平台建设|(?:政府信息公开|政务公开)?监督保障|工作机制保障|(?:组织|制度|工作)机制建设?)(?:工作)?(?:情况|方面)?)$/u;

/**
 * Reads a heading as printed into its numbering scheme, number and the part or sub-topic it names.
 *
 * @param text - One heading line, e.g. "三、收到和处理政府信息公开申请情况".
 * @returns The parsed heading, or undefined when the line is not numbered in a known scheme.
 * @category Model
 * @example
 * parseOutlineHeading("（二）主动公开政府信息情况"); // { scheme: "（一）", number: 2, part: 2, … }
 */
export function parseOutlineHeading(text: string): OutlineHeading | undefined {
  const line = text.normalize("NFKC").replace(/[*#]/g, "").trim();
  for (const [scheme, pattern] of NUMBERED) {
    const m = pattern.exec(line);
    if (!m) continue;
    const number = scheme === "1." ? Number(m[1]) : chineseNumber(m[1] ?? "");
    if (number === undefined || number < 1) return undefined;
    const title = (m[2] ?? "").replace(/\s+/gu, "").replace(/[。：:]$/u, "");
    const part = partOf(title);
    return { scheme, number, title, ...(part ? { part } : {}), subtopic: !part && SUBTOPIC.test(title) };
  }
  return undefined;
}
