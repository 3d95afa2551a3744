import type { Label } from "../model/label.js";

/** Messages of the region checks. zh-CN is the source; en must match it key for key. */
export const REGION_MESSAGES = {
  previousMissing: {
    zh: "未找到本机关 {previousYear} 年度的报告：跨年度规则未运行",
    en: "No report of this organ for {previousYear} in the batch: the cross-year rules did not run",
  },
  belowMinCount: {
    zh: "分母小于 {minCount}，不计算比率",
    en: "denominator below {minCount}: no rate",
  },
  noDenominator: { zh: "无分母（空白或为 0）", en: "no denominator (blank or 0)" },
  missing: { zh: "名单内机关未见 {year} 年度报告", en: "listed organ has no report for {year}" },
  unlisted: { zh: "报告机关不在名单内", en: "reporting organ is not on the list" },
  duplicate: { zh: "同一机关同一年度有多份报告", en: "several reports of one organ and year" },
} as const satisfies Record<string, Label>;
