import Decimal from "decimal.js";
import { defineRule } from "../define-rule.js";
import { narrative } from "../sections.js";
import { stripBoilerplate } from "./boilerplate.js";
import { consecutive, previousPath } from "./previous.js";
import { SHINGLE, textOverlap } from "./similarity.js";

/**
 * 与上年度重复率大于50%: the share above which the assessment rule counts a report as copied.
 *
 * @category Rules
 * @example
 * textOverlap(thisYear, lastYear).share > COPIED_TEXT_THRESHOLD;
 */
export const COPIED_TEXT_THRESHOLD = 0.5;

/**
 * Narratives shorter than this (normalised characters) are not measured: a report that says little
 * more than 本年度无其他需要报告的事项 repeats itself legitimately every year, and on a few dozen
 * characters one stock phrase swings the share past any threshold.
 *
 * @category Rules
 * @example
 * textOverlap(thisYear, lastYear).length >= COPIED_TEXT_MIN_LENGTH; // measured at all
 */
export const COPIED_TEXT_MIN_LENGTH = 200;

export const crossYearCopiedText = defineRule({
  id: "cross-year.copied-text",
  title: { zh: "正文与上年报告重复率大于50%", en: "Narrative more than 50% the same as last year's" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: true,
  basis: {
    zh: "条例第五十条（报告本年度政府信息公开工作情况）；政务公开考核评估规则：与上年度重复率大于50%的视为内容雷同。模板句（标准开头、统计期限、全文包括……、电子版查阅、联系方式、无其他需要报告的事项）不计入",
    en: "Regulations art. 50 (a report covers the year's own work); assessment rule: more than 50% the same as last year's counts as copied. Template sentences (standard opening, statistics period, table of contents, where to read it, contact, no other matters) do not count",
  },
  uses: ["meta", "sections"],
  messages: {
    copied: {
      zh: "正文与上年报告重复率为 {percent}%（{copied}/{length} 字，连续 {shingle} 字相同即计为重复），超过 {threshold}%",
      en: "{percent}% of the narrative repeats last year's ({copied} of {length} characters, counting runs of {shingle}), above {threshold}%",
    },
  },
  check({ report, previous, emit }) {
    if (!previous || !consecutive(report, previous)) return;
    // Template sentences (BOILERPLATE) repeat in every report of every year; only the rest is measured.
    const own = stripBoilerplate(narrative(report));
    const overlap = textOverlap(own.text, narrative(previous));
    if (overlap.length < COPIED_TEXT_MIN_LENGTH || overlap.share <= COPIED_TEXT_THRESHOLD) return;
    emit({
      messageId: "copied",
      path: ["sections"],
      cells: [["sections"], previousPath(["sections"])],
      data: {
        ...overlap,
        boilerplate: own.removed,
        percent: new Decimal(overlap.copied).times(100).div(overlap.length).toFixed(1, Decimal.ROUND_DOWN),
        threshold: COPIED_TEXT_THRESHOLD * 100,
        shingle: SHINGLE,
      },
    });
  },
});
