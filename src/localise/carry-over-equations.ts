import { APPLICANT_COLUMNS, type ApplicantColumn } from "../model/applicants.js";
import type { AnnualReport } from "../model/report.js";
import { consecutive } from "../rules/cross-year/previous.js";
import { type Table3Line, table3View } from "../rules/table3-view.js";
import { constantForm, type LinearForm, type SystemBuilder } from "./system.js";

/**
 * `cross-year.carry-over`: 上年结转 of this year = 结转下年度 of last year, per column. Last year's
 * report is published and fixed: its figures are constants, only this year's cells are candidates.
 * Like the rule, only for consecutive years.
 */
export function addCarryOverEquations(
  builder: SystemBuilder,
  report: AnnualReport,
  previous: AnnualReport,
  carriedOver: Table3Line | undefined,
  form: (line: Table3Line, column: ApplicantColumn) => LinearForm,
) {
  const before = table3View(previous);
  const carriedForward = before.byKey.get("requests.carriedForward");
  if (!carriedOver || !carriedForward || !consecutive(report, previous)) return;
  for (const column of APPLICANT_COLUMNS) {
    builder.equal(
      "cross-year.carry-over",
      [...carriedOver.row.path, column],
      [form(carriedOver, column)],
      [constantForm(before.effective(carriedForward, column))],
    );
  }
}
