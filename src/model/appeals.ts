import { z } from "zod";
import { BASIS } from "./basis.js";
import { joinLabels, type Label } from "./label.js";
import { count } from "./primitives.js";

/**
 * The five columns of each group of table 四, in the official order.
 *
 * @example
 * import { APPEAL_COLUMNS } from "zfxxgk";
 * APPEAL_COLUMNS.map((c) => report.appeals.review[c]); // upheld … total, in table order
 * @category Model
 */
export const APPEAL_COLUMNS = ["upheld", "corrected", "other", "pending", "total"] as const;
/**
 * A column of table 四: upheld, corrected, other, pending or total.
 *
 * @category Model
 */
export type AppealColumn = (typeof APPEAL_COLUMNS)[number];

export const APPEAL_COLUMN_LABELS: Record<AppealColumn, Label> = {
  upheld: { zh: "结果维持", en: "upheld" },
  corrected: { zh: "结果纠正", en: "corrected" },
  other: { zh: "其他结果", en: "other result" },
  pending: { zh: "尚未审结", en: "pending" },
  total: { zh: "总计", en: "total" },
};

/**
 * The three groups of table 四: 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉.
 *
 * @example
 * import { APPEAL_GROUPS } from "zfxxgk";
 * APPEAL_GROUPS.map((g) => report.appeals[g].total);
 * @category Model
 */
export const APPEAL_GROUPS = ["review", "litigationDirect", "litigationAfterReview"] as const;
/**
 * A group of table 四: administrative review, or litigation direct or after review.
 *
 * @category Model
 */
export type AppealGroup = (typeof APPEAL_GROUPS)[number];

const LITIGATION: Label = { zh: "行政诉讼", en: "administrative litigation" };

export const APPEAL_GROUP_LABELS: Record<AppealGroup, { label: Label; short: Label }> = {
  review: {
    label: { zh: "行政复议", en: "administrative review" },
    short: { zh: "行政复议", en: "review" },
  },
  litigationDirect: {
    label: joinLabels(LITIGATION, { zh: "未经复议直接起诉", en: "sued directly, without review" }),
    short: { zh: "未经复议直接起诉", en: "direct litigation" },
  },
  litigationAfterReview: {
    label: joinLabels(LITIGATION, { zh: "复议后起诉", en: "sued after review" }),
    short: { zh: "复议后起诉", en: "litigation after review" },
  },
};

export const TABLE4_TITLE: Label = {
  zh: "四、政府信息公开行政复议、行政诉讼情况",
  en: "IV. Administrative reviews and lawsuits over disclosure",
};

function outcomes(group: AppealGroup) {
  const cell = (column: AppealColumn) =>
    count({
      label: joinLabels(APPEAL_GROUP_LABELS[group].label, APPEAL_COLUMN_LABELS[column]),
      short: APPEAL_COLUMN_LABELS[column],
      unit: "件",
      table: "四",
      basis: BASIS.appeals,
    });
  return z.strictObject({
    upheld: cell("upheld"),
    corrected: cell("corrected"),
    other: cell("other"),
    pending: cell("pending"),
    total: cell("total"),
  });
}

/**
 * 四、政府信息公开行政复议、行政诉讼情况: one row of 15 numbers in three groups (the same in both editions).
 *
 * @example
 * import { appealsSchema } from "zfxxgk";
 * appealsSchema.safeParse(json.appeals).success;
 * @category Schemas
 */
export const appealsSchema = z.strictObject({
  review: outcomes("review"),
  litigationDirect: outcomes("litigationDirect"),
  litigationAfterReview: outcomes("litigationAfterReview"),
});

/**
 * Table 四 as data.
 *
 * @category Model
 */
export type Appeals = z.infer<typeof appealsSchema>;
/**
 * One group of table 四.
 *
 * @category Model
 */
export type AppealOutcomes = Appeals["review"];
