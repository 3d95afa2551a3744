import { z } from "zod";
import type { Edition } from "./edition.js";
import { type Report2019, type Report2019Input, report2019Schema } from "./edition-2019/schema.js";
import { type Report2021, type Report2021Input, report2021Schema } from "./edition-2021/schema.js";

/**
 * Either edition, discriminated on `edition`.
 *
 * @example
 * import { reportSchema } from "zfxxgk";
 * const parsed = reportSchema.safeParse(json);
 * if (parsed.success) parsed.data.edition; // "2019" | "2021"
 * @category Schemas
 */
export const reportSchema = z.discriminatedUnion("edition", [report2019Schema, report2021Schema]);

/**
 * A parsed annual report of either edition.
 *
 * @category Model
 */
export type AnnualReport = Report2019 | Report2021;
/**
 * An annual report as JSON carries it.
 *
 * @category Model
 */
export type AnnualReportInput = Report2019Input | Report2021Input;

/** The schema of one edition. */
export function editionSchema(edition: Edition) {
  return edition === "2019" ? report2019Schema : report2021Schema;
}
