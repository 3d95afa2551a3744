import type { Label } from "../model/label.js";
import { defineRule } from "./define-rule.js";

// Only the sections whose content the Regulations prescribe: 六、其他需要报告的事项 may rightly say 无.
const PRESCRIBED = [
  ["overview", { zh: "一、总体情况", en: "I. Overview" }],
  ["problems", { zh: "五、存在的主要问题及改进情况", en: "V. Main problems and improvements" }],
] as const satisfies readonly (readonly [string, Label])[];

// The heading's own words and stock lead-ins, which a placeholder restates around its 无.
const RESTATED =
  /存在的?主要问题及改进情况|存在的?主要问题|存在问题|改进情况|改进措施|主要问题|总体情况|本年度|本机关|今年|情况/gu;
// What a section says when it says nothing.
const NOTHING = /^(?:无|暂无|没有|不涉及|无此项|略|无相关情况|无相关内容|待补充|详见附件|同上)+$/u;

/**
 * Sections shorter than this (normalised characters) cannot hold what 条例第五十条 asks of them:
 * 一句 "本年度未发现问题" already runs to 8; a real 问题及改进 section runs to hundreds.
 */
export const PLACEHOLDER_MAX_LENGTH = 8;

// Enumerators such as （一） and 1、 are layout, not content.
const ENUMERATOR = /[(（][一二三四五六七八九十0-9]+[)）]|(?:^|(?<=\s))[一二三四五六七八九十0-9]+[、.．]/gu;
const normalise = (text: string) =>
  text
    .normalize("NFKC")
    .replace(ENUMERATOR, "")
    .replace(/[\s\p{P}\p{S}]/gu, "");

// Every character a NOTHING word or a restated heading word is made of, and the numerals an
// enumerator may use: the characters normalisation may drop or that a placeholder may consist of.
const NOTHING_CHARS = new Set(NOTHING.source.replace(/[^\u4e00-\u9fff]/g, ""));
const HEADING_CHARS = new Set(RESTATED.source.replace(/[^\u4e00-\u9fff]/g, ""));
const NUMERALS = new Set("一二三四五六七八九十");

/**
 * Whether the section is plainly neither a placeholder nor too short, told in one pass that stops
 * early (a real section shows it within its first characters), without normalising the whole text:
 * an ideograph survives normalisation unless an enumerator drops it (numerals are passed over), so
 * {@link PLACEHOLDER_MAX_LENGTH} counted ideographs make the section long enough, and one that no
 * heading or NOTHING word contains is content that is not a placeholder.
 */
export function clearlyContent(text: string): boolean {
  let counted = 0;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    const ch = text[i] as string;
    if (NUMERALS.has(ch)) continue;
    counted += 1;
    if (!other && !NOTHING_CHARS.has(ch) && !HEADING_CHARS.has(ch)) other = true;
    if (other && counted >= PLACEHOLDER_MAX_LENGTH) return true;
  }
  return false;
}

/** What the whole section reads as, normalised: nothing but 无 and its heading, too short, or content. */
export function placeholderOf(text: string): { kind: "nothing" | "short"; length: number } | undefined {
  const normalised = normalise(text);
  const rest = normalised.replace(RESTATED, "");
  if (rest === "" || NOTHING.test(rest)) return { kind: "nothing", length: normalised.length };
  if (normalised.length < PLACEHOLDER_MAX_LENGTH) return { kind: "short", length: normalised.length };
  return undefined;
}

export const sectionsPlaceholder = defineRule({
  id: "sections.placeholder",
  title: {
    zh: "法定章节不只是“无”或寥寥数字",
    en: "A prescribed section says more than “none” or a few characters",
  },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: {
    zh: "条例第五十条：年度报告应当包括总体情况（第一项）和存在的主要问题及改进情况（第五项）",
    en: "Regulations art. 50: the report covers the overall situation (item 1) and the main problems and improvements (item 5)",
  },
  uses: ["sections"],
  messages: {
    nothing: {
      zh: "「{section}」只写了“{text}”：条例要求说明这部分内容",
      en: "“{section}” says only “{text}”; the Regulations require this content",
    },
    short: {
      zh: "「{section}」只有 {length} 个字（“{text}”），不足以说明条例要求的内容",
      en: "“{section}” has only {length} characters (“{text}”), too few for what the Regulations require",
    },
  },
  check({ report, emit }) {
    for (const [key, section] of PRESCRIBED) {
      const text = report.sections?.[key];
      // A missing or empty section is sections.required's to report.
      if (text === undefined || text.trim() === "" || clearlyContent(text)) continue;
      const found = placeholderOf(text);
      if (!found) continue;
      emit({
        messageId: found.kind,
        path: ["sections", key],
        cells: [["sections", key]],
        data: { section, text: text.trim().slice(0, 40), length: found.length },
      });
    }
  },
});
