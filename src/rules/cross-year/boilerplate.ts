import { normaliseNarrative } from "./similarity.js";

/**
 * Sentences the official template, or nearly every organ, writes the same way each year: they say
 * nothing of the year's work, so {@link stripBoilerplate} takes them out before the copied share is
 * measured. Each pattern is matched against one sentence normalised as {@link normaliseNarrative}
 * does (no punctuation or spaces, each run of digits `0`), so 《条例》, 2023年 and half-width
 * commas do not matter. A sentence is boilerplate only when the whole sentence is one of these.
 *
 * @category Rules
 * @example
 * BOILERPLATE.some((p) => p.test(normaliseNarrative("如对本报告有疑问，请与县政府办公室联系。"))); // true
 */
export const BOILERPLATE: readonly RegExp[] = [
  // The standard opening: 本报告根据《条例》和…要求编制 / 现按照《条例》…公布…年度报告
  /^本报告(?:是)?(?:根据|依据|按照).{0,160}(?:编制|制作|撰写|编写|发布|公布)(?:而成|完成)?(?:本报告)?$/u,
  /^(?:现|特)?(?:根据|依据|按照).{0,120}(?:公布|发布|编制|编写).{0,60}年度报告.{0,80}$/u,
  // 全文包括总体情况、主动公开政府信息情况…其他需要报告的事项
  /^全文(?:包括|由|分为|共分|共有).{0,120}$/u,
  // The statistics period: 本报告所列数据的统计期限自0年0月0日起至0年0月0日止
  /^(?:本报告)?(?:中|中的)?(?:所列)?数据的?统计期限.{0,6}0年0月0日.{0,4}0?年?0月0日止?$/u,
  // Where to read it, whom to ask.
  /^本报告(?:的)?(?:电子版)?.{0,80}(?:查阅|下载|获取)$/u,
  /^如(?:对本报告|有).{0,10}(?:疑问|问题|意见|建议).{0,120}联系.{0,80}$/u,
  // 本年度无其他需要报告的事项
  /^(?:0年度?|本年度?|今年|本机关|我[县市区局委])?(?:无|没有|暂无)其他需要报告的?事项$/u,
];

const SENTENCE = /[^。！？；;!?\n]+[。！？；;!?\n]*/gu;

/**
 * A narrative without its boilerplate sentences ({@link BOILERPLATE}).
 *
 * @param text - The narrative as published.
 * @returns The rest of the text, and how many normalised characters were taken out.
 * @category Rules
 * @example
 * stripBoilerplate("本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。全年受理申请69件。").text; // "全年受理申请69件。"
 */
export function stripBoilerplate(text: string): { text: string; removed: number } {
  let removed = 0;
  const kept = text.replace(SENTENCE, (sentence) => {
    const normalised = normaliseNarrative(sentence);
    if (normalised === "" || !BOILERPLATE.some((p) => p.test(normalised))) return sentence;
    removed += normalised.length;
    return "";
  });
  return { text: kept, removed };
}
