const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const DIGIT = "[0-9０-９]";
const NUMERAL = "[零〇一二两三四五六七八九十百千万]";

/**
 * A count as reports write it: ASCII or full-width digits (with thousands commas), or Chinese numerals.
 * Each kind starts only where a run of its characters starts: tried inside a run, a pattern that
 * fails at the run's end would rescan it from every position (quadratic in the run's length).
 */
export const COUNT_PATTERN = `(?<![0-9０-９,])${DIGIT}{1,3}(?:,[0-9]{3})+|(?<!${DIGIT})${DIGIT}+|(?<!${NUMERAL})${NUMERAL}+`;

/** One character a count ends with: a count with its unit exists exactly where one of these precedes the unit. */
export const COUNT_CHAR = "[0-9０-９零〇一二两三四五六七八九十百千万]";

// Below 万: 一百二十九, 三百零八, 十五. Each digit must be followed by a unit in descending order, or
// close the number; anything else (一九三, 百百) is not read, rather than read wrongly.
function below10000(text: string): number | undefined {
  if (text === "") return 0;
  let value = 0;
  let digit: number | undefined;
  let lastUnit = 10000;
  let zeroSeen = false;
  for (const char of text) {
    const d = DIGITS[char];
    if (d === 0) {
      if (digit !== undefined || zeroSeen) return undefined;
      zeroSeen = true;
      continue;
    }
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      digit = d;
      continue;
    }
    const unit = UNITS[char];
    if (unit === undefined || unit >= lastUnit) return undefined;
    // 十五 starts with its unit; elsewhere a unit without its digit (一百十) is not standard.
    if (digit === undefined && !(unit === 10 && value === 0 && !zeroSeen)) return undefined;
    // 零 stands for a skipped unit, so it may only precede a unit at least two places lower.
    if (zeroSeen && unit * 10 >= lastUnit) return undefined;
    value += (digit ?? 1) * unit;
    lastUnit = unit;
    digit = undefined;
    zeroSeen = false;
  }
  if (digit !== undefined) {
    // A trailing digit is the ones place, unless the number stopped early (二百五 is colloquial).
    if (lastUnit !== 10 && lastUnit !== 10000 && !zeroSeen) return undefined;
    value += digit;
  } else if (zeroSeen) return undefined;
  return value;
}

function chinese(text: string): number | undefined {
  const parts = text.split("万");
  if (parts.length > 2) return undefined;
  if (parts.length === 1) return below10000(text);
  const [high = "", low = ""] = parts;
  if (high === "") return undefined;
  const h = below10000(high);
  const l = below10000(low);
  if (h === undefined || l === undefined || h === 0) return undefined;
  // 一万零五 needs its 零; 一万二 (colloquial 12000) is not read.
  if (l > 0 && l < 1000 && !low.startsWith("零")) return undefined;
  if (l >= 1000 && low.startsWith("零")) return undefined;
  return h * 10000 + l;
}

/**
 * Reads a count written in digits (full-width too, thousands commas allowed) or Chinese numerals
 * (一百二十九, 两千零五, 一万二千); `undefined` for anything it cannot read with certainty.
 */
export function parseCount(text: string): number | undefined {
  if (text === "") return undefined;
  const ascii = text.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  if (/^[0-9]{1,3}(?:,[0-9]{3})+$|^[0-9]+$/.test(ascii)) {
    const n = Number(ascii.replaceAll(",", ""));
    return Number.isSafeInteger(n) ? n : undefined;
  }
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return undefined;
  // A lone 零 is zero; 〇 alone or 零零 are not how a count is written.
  if (text === "零") return 0;
  return chinese(text);
}
