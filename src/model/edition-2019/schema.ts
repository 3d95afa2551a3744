import { z } from "zod";
import { appealsSchema } from "../appeals.js";
import { proactiveAmount, proactiveCount, proactiveSigned } from "../proactive-cell.js";
import { reportMetaFields, sectionsSchema } from "../report-meta.js";
import { commonRequestParts, requestRow } from "../requests.js";

const docs = (row: string) =>
  z.strictObject({
    made: proactiveCount("2019", row, "made"),
    published: proactiveCount("2019", row, "published"),
    totalPublished: proactiveCount("2019", row, "totalPublished"),
  });

const items = (row: string) =>
  z.strictObject({
    previousCount: proactiveCount("2019", row, "previousCount"),
    change: proactiveSigned("2019", row, "change"),
    decisions: proactiveCount("2019", row, "decisions"),
  });

/**
 * 二、主动公开政府信息情况, edition 2019 (国办公开办函〔2019〕60号).
 *
 * @example
 * import { proactive2019Schema } from "zfxxgk";
 * proactive2019Schema.safeParse(json.proactive).success;
 * @category Schemas
 */
export const proactive2019Schema = z.strictObject({
  regulations: docs("regulations"),
  normativeDocuments: docs("normativeDocuments"),
  licensing: items("licensing"),
  otherServices: items("otherServices"),
  penalties: items("penalties"),
  coercion: items("coercion"),
  fees: z.strictObject({
    previousCount: proactiveCount("2019", "fees", "previousCount"),
    change: proactiveSigned("2019", "fees", "change"),
  }),
  procurement: z.strictObject({
    projects: proactiveCount("2019", "procurement", "projects"),
    amount: proactiveAmount("2019", "procurement", "amount"),
  }),
});

const common = commonRequestParts("2019");

/**
 * 三、收到和处理政府信息公开申请情况, edition 2019: （六）其他处理 is one row.
 *
 * @example
 * import { requests2019Schema } from "zfxxgk";
 * requests2019Schema.safeParse(json.requests).success;
 * @category Schemas
 */
export const requests2019Schema = z.strictObject({
  received: common.received,
  carriedOver: common.carriedOver,
  outcomes: z.strictObject({
    disclosed: common.disclosed,
    partiallyDisclosed: common.partiallyDisclosed,
    withheld: common.withheld,
    unavailable: common.unavailable,
    notProcessed: common.notProcessed,
    otherHandling: requestRow("2019", "outcomes", "otherHandling"),
    total: common.total,
  }),
  carriedForward: common.carriedForward,
});

/**
 * A whole report in the 2019 format (reporting years 2019–2020).
 *
 * @example
 * import { report2019Schema } from "zfxxgk";
 * const report = report2019Schema.parse(json); // throws on bad input; validateReport does not
 * report.proactive.procurement.amount.toFixed(); // a Decimal, in 万元
 * @category Schemas
 */
export const report2019Schema = z.strictObject({
  ...reportMetaFields("2019"),
  proactive: proactive2019Schema,
  requests: requests2019Schema,
  appeals: appealsSchema,
  sections: sectionsSchema.optional(),
});

/**
 * A report in the 2019 format, as parsed (amounts are `Decimal`).
 *
 * @category Schemas
 */
export type Report2019 = z.infer<typeof report2019Schema>;
/**
 * A report in the 2019 format as JSON carries it (amounts are strings or numbers).
 *
 * @category Schemas
 */
export type Report2019Input = z.input<typeof report2019Schema>;
