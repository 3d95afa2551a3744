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
  consolidationDiffers: {
    zh: "{cell}：汇总报告 {reported} ≠ 下级报告合计 {sum}（差 {difference}）",
    en: "{cell}: the consolidated report says {reported} ≠ the children's sum {sum} (difference {difference})",
  },
  consolidationAgrees: {
    zh: "{cells} 个单元格均等于 {children} 份下级报告之和",
    en: "all {cells} cells equal the sum of {children} children's reports",
  },
  consolidationMissing: {
    zh: "无法判断：缺少下级机关 {year} 年度报告：{organs}",
    en: "cannot tell: no {year} report of the children {organs}",
  },
  consolidationDuplicate: {
    zh: "无法判断：同一年度有多份报告：{organs}",
    en: "cannot tell: several reports of the year from {organs}",
  },
  consolidationOtherEdition: {
    zh: "无法判断：下级报告与汇总报告格式版本不同：{organs}",
    en: "cannot tell: children's reports in another edition than the consolidated one: {organs}",
  },
} as const satisfies Record<string, Label>;
