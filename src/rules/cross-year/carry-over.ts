import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS, type ApplicantColumn } from "../../model/applicants.js";
import type { Label } from "../../model/label.js";
import type { AnnualReport } from "../../model/report.js";
import { defineRule } from "../define-rule.js";
import { broken, cellsOf, type EquationTerm, term } from "../equation.js";
import { table3View } from "../table3-view.js";
import type { Path } from "../types.js";
import { consecutive, previousPath } from "./previous.js";

const CARRIED_OVER: Label = { zh: "上年结转", en: "carried over" };
const PREVIOUS_CARRIED_FORWARD: Label = { zh: "上年报告结转下年度", en: "last year's carried forward" };

// A blank 总计 reads as the sum of its row, as in requests.balance, so a blank total is not a break;
// the term then names the cells it was summed from (prefixed like the cell itself).
function cellTerm(
  report: AnnualReport,
  row: string,
  column: ApplicantColumn,
  label: Label,
  prefix: (path: Path) => Path,
): EquationTerm | undefined {
  const view = table3View(report);
  const line = view.byKey.get(`requests.${row}`);
  if (!line) return undefined;
  const implied = view.implied(line, column);
  return term(
    prefix([...line.row.path, column]),
    label,
    line.values[column],
    implied ? { expected: implied.expected, from: implied.from.map(prefix) } : undefined,
  );
}

export const crossYearCarryOver = defineRule({
  id: "cross-year.carry-over",
  title: {
    zh: "上年结转 = 上年报告结转下年度",
    en: "Carried over = last year's carried forward",
  },
  severity: "error",
  editions: ["2019", "2021"],
  needsPrevious: true,
  basis: {
    zh: "年度报告格式 表三：本年“二、上年结转”即上年“四、结转下年度继续办理”（2020年至2021年格式变更前后均同）",
    en: "Report format, table 3: this year's row II is last year's row IV (unchanged by the 2021 format)",
  },
  uses: ["meta", "requests"],
  messages: {
    mismatch: {
      zh: "{column}：{left} ≠ {right}（差 {difference}）",
      en: "{column}: {left} ≠ {right} (off by {difference})",
    },
  },
  check({ report, previous, emit }) {
    if (!previous || !consecutive(report, previous)) return;
    for (const column of APPLICANT_COLUMNS) {
      const left = cellTerm(report, "carriedOver", column, CARRIED_OVER, (p) => p);
      const right = cellTerm(previous, "carriedForward", column, PREVIOUS_CARRIED_FORWARD, previousPath);
      if (!left || !right) continue;
      const equation = broken([left], [right]);
      if (!equation) continue;
      emit({
        messageId: "mismatch",
        path: ["requests", "carriedOver", column],
        cells: cellsOf(equation),
        data: { column: APPLICANT_COLUMN_LABELS[column].short, ...equation },
      });
    }
  },
});
