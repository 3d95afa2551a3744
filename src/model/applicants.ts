import { z } from "zod";
import { BASIS } from "./basis.js";
import { joinLabels, type Label } from "./label.js";
import { count } from "./primitives.js";

/**
 * The seven columns of table 三, in the official order: 自然人, the five 法人或其他组织 columns, 总计.
 *
 * @example
 * import { APPLICANT_COLUMNS } from "zfxxgk";
 * APPLICANT_COLUMNS.map((c) => report.requests.received[c]); // 自然人 … 总计
 * @category Model
 */
export const APPLICANT_COLUMNS = [
  "naturalPerson",
  "business",
  "research",
  "nonprofit",
  "legalService",
  "otherOrganization",
  "total",
] as const;

/**
 * A column of table 三: a kind of applicant, or the row total.
 *
 * @category Model
 */
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** The six columns that add up to 总计. */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.filter(
  (c): c is Exclude<ApplicantColumn, "total"> => c !== "total",
);

const LEGAL_PERSON: Label = { zh: "法人或其他组织", en: "legal persons or other organisations" };

/**
 * Column headers of table 三, verbatim; 法人或其他组织 spans five of them.
 *
 * @example
 * import { APPLICANT_COLUMN_LABELS } from "zfxxgk";
 * APPLICANT_COLUMN_LABELS.business.label.zh; // "法人或其他组织 · 商业企业"
 * @category Model
 */
export const APPLICANT_COLUMN_LABELS: Record<ApplicantColumn, { label: Label; short: Label }> = {
  naturalPerson: {
    label: { zh: "自然人", en: "natural persons" },
    short: { zh: "自然人", en: "natural persons" },
  },
  business: {
    label: joinLabels(LEGAL_PERSON, { zh: "商业企业", en: "businesses" }),
    short: { zh: "商业企业", en: "businesses" },
  },
  research: {
    label: joinLabels(LEGAL_PERSON, { zh: "科研机构", en: "research institutions" }),
    short: { zh: "科研机构", en: "research institutions" },
  },
  nonprofit: {
    label: joinLabels(LEGAL_PERSON, { zh: "社会公益组织", en: "non-profit organisations" }),
    short: { zh: "社会公益组织", en: "non-profit organisations" },
  },
  legalService: {
    label: joinLabels(LEGAL_PERSON, { zh: "法律服务机构", en: "legal service providers" }),
    short: { zh: "法律服务机构", en: "legal service providers" },
  },
  otherOrganization: {
    label: joinLabels(LEGAL_PERSON, { zh: "其他", en: "other" }),
    short: { zh: "其他组织", en: "other organisations" },
  },
  total: { label: { zh: "总计", en: "total" }, short: { zh: "总计", en: "total" } },
};

/** A row label of table 三: the full official text and the short form used inside equations. */
export interface RowLabel {
  label: Label;
  short: Label;
}

/** One data row of table 三: seven counts, one per applicant column, each labelled row × column. */
export function applicantsRow(row: RowLabel) {
  const cell = (column: ApplicantColumn) =>
    count({
      label: joinLabels(row.label, APPLICANT_COLUMN_LABELS[column].label),
      short: row.short,
      unit: "件",
      table: "三",
      basis: BASIS.requests,
    });
  return z.strictObject({
    naturalPerson: cell("naturalPerson"),
    business: cell("business"),
    research: cell("research"),
    nonprofit: cell("nonprofit"),
    legalService: cell("legalService"),
    otherOrganization: cell("otherOrganization"),
    total: cell("total"),
  });
}

/**
 * One row of table 三 as data: seven counts, `null` where the cell was blank.
 *
 * @category Model
 */
export type Applicants = z.infer<ReturnType<typeof applicantsRow>>;
