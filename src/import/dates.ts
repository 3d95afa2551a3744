/** Dates as reports print them: 2026年1月23日, 2026-01-23, 2026/1/23, 2026.1.23, 二〇二六年一月二十三日. */

const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  "○": 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN = "〇零○ＯO一二三四五六七八九十廿";
const ARABIC = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const NUMERIC = /(?<!\d)(\d{4})\s*[-/.．]\s*(\d{1,2})\s*[-/.．]\s*(\d{1,2})(?!\d)/;
const CHINESE = new RegExp(`([${HAN}]{4})\\s*年\\s*([${HAN}]{1,3})\\s*月\\s*([${HAN}]{1,4})\\s*日`);
const DATE_ALONE = new RegExp(
  `^(?:${ARABIC.source}|${NUMERIC.source.replace("(?<!\\d)", "").replace("(?!\\d)", "")}|${CHINESE.source})$`,
);

// 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23, 廿三 = 23; digit by digit otherwise (一〇 is not a month).
function hanNumber(text: string): number | undefined {
  const t = text.replace(/^廿/, "二十");
  const at = t.indexOf("十");
  if (at < 0) return t.length === 1 ? DIGIT[t] : undefined;
  const tens = at === 0 ? 1 : DIGIT[t.slice(0, at)];
  const units = at === t.length - 1 ? 0 : DIGIT[t.slice(at + 1)];
  return tens === undefined || units === undefined || t.length > 3 ? undefined : tens * 10 + units;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first date in a text, as YYYY-MM-DD; undefined if none (or if its month or day cannot be). */
export function readDate(text: string): string | undefined {
  const arabic = ARABIC.exec(text) ?? NUMERIC.exec(text);
  if (arabic?.[1] && arabic[2] && arabic[3])
    return iso(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const han = CHINESE.exec(text);
  if (!han?.[1] || !han[2] || !han[3]) return undefined;
  const digits = [...han[1]].map((c) => DIGIT[c]);
  if (digits.some((d) => d === undefined)) return undefined;
  const month = hanNumber(han[2]);
  const day = hanNumber(han[3]);
  return month && day ? iso(Number(digits.join("")), month, day) : undefined;
}

/** Whether a line is a date and nothing else (the date line of a closing signature). */
export function isDateLine(text: string): boolean {
  return DATE_ALONE.test(text.trim()) && readDate(text) !== undefined;
}

/** A date of any of the printed forms, as a pattern to embed (no capture groups). */
export const DATE_PATTERN = `(?:${[ARABIC, NUMERIC, CHINESE].map((re) => re.source.replace(/\((?!\?)/g, "(?:")).join("|")})`;
