import {
  APPEAL_COLUMN_LABELS,
  APPEAL_COLUMNS,
  APPEAL_GROUP_LABELS,
  APPEAL_GROUPS,
} from "../model/appeals.js";
import { joinLabels } from "../model/label.js";
import type { AnnualReport } from "../model/report.js";
import type { SystemBuilder } from "./system.js";

const PARTS = ["upheld", "corrected", "other", "pending"] as const;

/**
 * `appeals.total`, one equation per group. A blank 总计 is `appeals.total-blank`'s to report: the
 * group then has no equation, as in the rule.
 */
export function addTable4Equations(builder: SystemBuilder, report: AnnualReport) {
  for (const group of APPEAL_GROUPS) {
    const values = report.appeals[group];
    const forms = Object.fromEntries(
      APPEAL_COLUMNS.map((column) => [
        column,
        builder.cell(
          ["appeals", group, column],
          values[column],
          joinLabels(APPEAL_GROUP_LABELS[group].label, APPEAL_COLUMN_LABELS[column]),
          // Table 四 prints its three groups side by side in one row of fifteen cells.
          {
            table: "四",
            row: 0,
            column: APPEAL_GROUPS.indexOf(group) * APPEAL_COLUMNS.length + APPEAL_COLUMNS.indexOf(column),
          },
        ),
      ]),
    ) as Record<(typeof APPEAL_COLUMNS)[number], ReturnType<SystemBuilder["cell"]>>;
    if (values.total === null) continue;
    builder.equal(
      "appeals.total",
      ["appeals", group, "total"],
      PARTS.map((c) => forms[c]),
      [forms.total],
    );
  }
}
