import {
  APPEAL_COLUMN_LABELS,
  APPEAL_GROUP_LABELS,
  APPEAL_GROUPS,
  type AppealColumn,
  type AppealOutcomes,
} from "../model/appeals.js";
import { defineRule } from "./define-rule.js";
import { broken, cellsOf, term } from "./equation.js";

const PARTS = ["upheld", "corrected", "other", "pending"] as const satisfies readonly AppealColumn[];
const BASIS = {
  zh: "年度报告格式 表四：每组总计为结果维持、结果纠正、其他结果、尚未审结之和",
  en: "Report format, table 4: each group's total adds up upheld, corrected, other and pending",
};

const cell = (group: string, column: AppealColumn, values: AppealOutcomes) =>
  term(["appeals", group, column], APPEAL_COLUMN_LABELS[column], values[column]);

export const appealsTotal = defineRule({
  id: "appeals.total",
  title: { zh: "总计 = 维持 + 纠正 + 其他 + 尚未审结", en: "Total = upheld + corrected + other + pending" },
  severity: "error",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: BASIS,
  uses: ["appeals"],
  messages: {
    mismatch: {
      zh: "{group}：{left} = {leftSum} ≠ {right}（差 {difference}）",
      en: "{group}: {left} = {leftSum} ≠ {right} (off by {difference})",
    },
  },
  check({ report, emit }) {
    for (const group of APPEAL_GROUPS) {
      const values = report.appeals[group];
      if (values.total === null) continue; // appeals.total-blank
      if (PARTS.reduce((sum, c) => sum + (values[c] ?? 0), 0) === values.total) continue;
      const equation = broken(
        PARTS.map((c) => cell(group, c, values)),
        [cell(group, "total", values)],
      );
      if (!equation) continue;
      emit({
        messageId: "mismatch",
        path: ["appeals", group, "total"],
        cells: cellsOf(equation),
        data: { group: APPEAL_GROUP_LABELS[group].label, ...equation },
      });
    }
  },
});

export const appealsTotalBlank = defineRule({
  id: "appeals.total-blank",
  title: {
    zh: "表四总计空白而其组成部分不为零",
    en: "Table 4 total left blank while its parts are not zero",
  },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: BASIS,
  uses: ["appeals"],
  messages: {
    blank: {
      zh: "{group}：总计空白，但 {parts} ，应填 {expected}",
      en: "{group}: total left blank while {parts}; it should hold {expected}",
    },
  },
  check({ report, emit }) {
    for (const group of APPEAL_GROUPS) {
      const values = report.appeals[group];
      if (values.total !== null) continue;
      const parts = PARTS.map((c) => cell(group, c, values));
      const expected = parts.reduce((s, t) => s + (typeof t.value === "number" ? t.value : 0), 0);
      if (expected === 0) continue;
      emit({
        messageId: "blank",
        path: ["appeals", group, "total"],
        cells: [["appeals", group, "total"], ...parts.map((p) => p.path)],
        data: { group: APPEAL_GROUP_LABELS[group].label, parts, expected },
      });
    }
  },
});
