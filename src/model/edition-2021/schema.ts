import { z } from "zod";
import { appealsSchema } from "../appeals.js";
import { proactiveAmount, proactiveCount } from "../proactive-cell.js";
import { reportMetaFields, sectionsSchema } from "../report-meta.js";
import { commonRequestParts, requestRow } from "../requests.js";

const docs = (row: string) =>
  z.strictObject({
    issued: proactiveCount("2021", row, "issued"),
    repealed: proactiveCount("2021", row, "repealed"),
    inForce: proactiveCount("2021", row, "inForce"),
  });

const decisions = (row: string) => z.strictObject({ decisions: proactiveCount("2021", row, "decisions") });

/**
 * 二、主动公开政府信息情况, edition 2021 (国办公开办函〔2021〕30号). 其他对外管理服务事项 and
 * 政府集中采购 were removed; 行政事业性收费 is reported as an amount, not as item counts.
 *
 * @example
 * import { proactive2021Schema } from "zfxxgk";
 * proactive2021Schema.safeParse(json.proactive).success;
 * @category Schemas
 */
export const proactive2021Schema = z.strictObject({
  regulations: docs("regulations"),
  normativeDocuments: docs("normativeDocuments"),
  licensing: decisions("licensing"),
  penalties: decisions("penalties"),
  coercion: decisions("coercion"),
  fees: z.strictObject({ amount: proactiveAmount("2021", "fees", "amount") }),
});

const common = commonRequestParts("2021");
const row = (...path: string[]) => requestRow("2021", ...path);

/**
 * 三、收到和处理政府信息公开申请情况, edition 2021: （六）其他处理 is a group of three items.
 *
 * @example
 * import { requests2021Schema } from "zfxxgk";
 * requests2021Schema.safeParse(json.requests).success;
 * @category Schemas
 */
export const requests2021Schema = z.strictObject({
  received: common.received,
  carriedOver: common.carriedOver,
  outcomes: z.strictObject({
    disclosed: common.disclosed,
    partiallyDisclosed: common.partiallyDisclosed,
    withheld: common.withheld,
    unavailable: common.unavailable,
    notProcessed: common.notProcessed,
    otherHandling: z.strictObject({
      noCorrection: row("outcomes", "otherHandling", "noCorrection"),
      unpaidFee: row("outcomes", "otherHandling", "unpaidFee"),
      other: row("outcomes", "otherHandling", "other"),
      subtotal: row("outcomes", "otherHandling", "subtotal").optional(),
    }),
    total: common.total,
  }),
  carriedForward: common.carriedForward,
});

/**
 * A whole report in the 2021 format (reporting years 2021 on).
 *
 * @example
 * import { report2021Schema } from "zfxxgk";
 * const parsed = report2021Schema.safeParse(json);
 * if (parsed.success) parsed.data.proactive.fees.amount.toFixed(); // a Decimal, in 万元
 * @category Schemas
 */
export const report2021Schema = z.strictObject({
  ...reportMetaFields("2021"),
  proactive: proactive2021Schema,
  requests: requests2021Schema,
  appeals: appealsSchema,
  sections: sectionsSchema.optional(),
});

/**
 * A report in the 2021 format, as parsed (amounts are `Decimal`).
 *
 * @category Schemas
 */
export type Report2021 = z.infer<typeof report2021Schema>;
/**
 * A report in the 2021 format as JSON carries it (amounts are strings or numbers).
 *
 * @category Schemas
 */
export type Report2021Input = z.input<typeof report2021Schema>;
