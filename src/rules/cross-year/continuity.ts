import type { Label } from "../../model/label.js";
import { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021 } from "../../model/proactive-rows.js";
import { defineRule } from "../define-rule.js";
import { broken, cellsOf, type EquationTerm, term } from "../equation.js";
import { consecutive, previousPath } from "./previous.js";

const rowLabel = (rows: readonly { key: string; label: Label }[], key: string): Label =>
  rows.find((r) => r.key === key)?.label ?? { zh: key, en: key };

const DOC_ROWS = ["regulations", "normativeDocuments"] as const;

export const crossYearInForceContinuity = defineRule({
  id: "cross-year.in-force-continuity",
  title: {
    zh: "现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止",
    en: "In force = last year's in force + issued − repealed",
  },
  severity: "warning",
  editions: ["2021"],
  needsPrevious: true,
  basis: {
    zh: "国办公开办函〔2021〕30号 表二：现行有效件数随本年制发、废止件数增减",
    en: "Format 2021, table 2: the documents in force change by those issued and repealed",
  },
  uses: ["meta", "proactive"],
  messages: {
    mismatch: {
      zh: "{row}：{left} ≠ {previousInForce} + {issued} − {repealed} = {rightSum}（差 {difference}）",
      en: "{row}: {left} ≠ {previousInForce} + {issued} − {repealed} = {rightSum} (off by {difference})",
    },
  },
  check({ report, previous, emit }) {
    if (!previous || !consecutive(report, previous)) return;
    if (report.edition !== "2021" || previous.edition !== "2021") return;
    for (const key of DOC_ROWS) {
      const now = report.proactive[key];
      const before = previous.proactive[key];
      const inForce = term(
        ["proactive", key, "inForce"],
        { zh: "现行有效件数", en: "in force" },
        now.inForce,
      );
      const previousInForce = term(
        previousPath(["proactive", key, "inForce"]),
        { zh: "上年现行有效件数", en: "in force last year" },
        before.inForce,
      );
      const issued = term(["proactive", key, "issued"], { zh: "本年制发", en: "issued" }, now.issued);
      const repealed = term(["proactive", key, "repealed"], { zh: "本年废止", en: "repealed" }, now.repealed);
      // Repealed documents enter the sum negated; the term keeps the published value for the message.
      const negated: EquationTerm = { ...repealed, value: -(now.repealed ?? 0) };
      const equation = broken([inForce], [previousInForce, issued, negated]);
      if (!equation) continue;
      emit({
        messageId: "mismatch",
        path: ["proactive", key, "inForce"],
        cells: cellsOf(equation),
        data: {
          row: rowLabel(PROACTIVE_ROWS_2021, key),
          previousInForce,
          issued,
          repealed,
          ...equation,
          right: [previousInForce, issued, repealed],
          rightSigns: [1, 1, -1],
        },
      });
    }
  },
});

const ITEM_ROWS = ["licensing", "otherServices", "penalties", "coercion", "fees"] as const;

export const crossYearItemCountContinuity = defineRule({
  id: "cross-year.item-count-continuity",
  title: {
    zh: "上一年项目数量 = 上年报告上一年项目数量 + 上年报告本年增/减",
    en: "Items last year = last year's items last year + last year's change",
  },
  severity: "warning",
  editions: ["2019"],
  needsPrevious: true,
  basis: {
    zh: "国办公开办函〔2019〕60号 表二：上一年项目数量即上年报告的上一年项目数量加本年增/减",
    en: "Format 2019, table 2: the item count last year is last year's count plus its change",
  },
  uses: ["meta", "proactive"],
  messages: {
    mismatch: {
      zh: "{row}：{left} ≠ {right} = {rightSum}（差 {difference}）",
      en: "{row}: {left} ≠ {right} = {rightSum} (off by {difference})",
    },
  },
  check({ report, previous, emit }) {
    if (!previous || !consecutive(report, previous)) return;
    if (report.edition !== "2019" || previous.edition !== "2019") return;
    for (const key of ITEM_ROWS) {
      const now = report.proactive[key];
      const before = previous.proactive[key];
      const equation = broken(
        [
          term(
            ["proactive", key, "previousCount"],
            { zh: "上一年项目数量", en: "items last year" },
            now.previousCount,
          ),
        ],
        [
          term(
            previousPath(["proactive", key, "previousCount"]),
            { zh: "上年报告上一年项目数量", en: "last year's items last year" },
            before.previousCount,
          ),
          term(
            previousPath(["proactive", key, "change"]),
            { zh: "上年报告本年增/减", en: "last year's change" },
            before.change,
          ),
        ],
      );
      if (!equation) continue;
      emit({
        messageId: "mismatch",
        path: ["proactive", key, "previousCount"],
        cells: cellsOf(equation),
        data: { row: rowLabel(PROACTIVE_ROWS_2019, key), ...equation },
      });
    }
  },
});
