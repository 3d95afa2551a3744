import type { Report2019 } from "../model/edition-2019/schema.js";
import { PROACTIVE_ROWS_2019 } from "../model/proactive-rows.js";
import { defineRule } from "./define-rule.js";
import { term } from "./equation.js";

const rowLabel = (key: string) =>
  PROACTIVE_ROWS_2019.find((r) => r.key === key)?.label ?? { zh: key, en: key };

export const proactivePublishedWithinTotal = defineRule({
  id: "proactive.published-within-total",
  title: { zh: "本年新公开数量不超过对外公开总数量", en: "Published this year ≤ total published" },
  severity: "warning",
  editions: ["2019"],
  needsPrevious: false,
  basis: {
    zh: "国办公开办函〔2019〕60号 表二：对外公开总数量包含本年新公开数量",
    en: "Format 2019, table 2: the total published includes this year's publications",
  },
  uses: ["proactive"],
  messages: {
    exceeds: {
      zh: "{row}：本年新公开数量 {published} 大于对外公开总数量 {totalPublished}",
      en: "{row}: published this year {published} exceeds total published {totalPublished}",
    },
  },
  check({ report, emit }) {
    if (report.edition !== "2019") return;
    for (const key of ["regulations", "normativeDocuments"] as const) {
      const { published, totalPublished } = report.proactive[key];
      if ((published ?? 0) <= (totalPublished ?? 0)) continue;
      const path = ["proactive", key, "published"];
      emit({
        messageId: "exceeds",
        path,
        cells: [path, ["proactive", key, "totalPublished"]],
        data: { row: rowLabel(key), published, totalPublished },
      });
    }
  },
});

const ITEM_ROWS = [
  "licensing",
  "otherServices",
  "penalties",
  "coercion",
  "fees",
] as const satisfies readonly (keyof Report2019["proactive"])[];

export const proactiveItemCountNonnegative = defineRule({
  id: "proactive.item-count-nonnegative",
  title: { zh: "上一年项目数量 + 本年增/减 不得为负", en: "Items last year + change must not be negative" },
  severity: "error",
  editions: ["2019"],
  needsPrevious: false,
  basis: {
    zh: "国办公开办函〔2019〕60号 表二：本年增/减为对上一年项目数量的增减",
    en: "Format 2019, table 2: the change is applied to last year's item count",
  },
  uses: ["proactive"],
  messages: {
    negative: {
      zh: "{row}：{left} = {sum}，项目数量不能为负",
      en: "{row}: {left} = {sum}; an item count cannot be negative",
    },
  },
  check({ report, emit }) {
    if (report.edition !== "2019") return;
    for (const key of ITEM_ROWS) {
      const { previousCount, change } = report.proactive[key];
      const sum = (previousCount ?? 0) + (change ?? 0);
      if (sum >= 0) continue;
      const left = [
        term(
          ["proactive", key, "previousCount"],
          { zh: "上一年项目数量", en: "items last year" },
          previousCount,
        ),
        term(["proactive", key, "change"], { zh: "本年增/减", en: "change" }, change),
      ];
      emit({
        messageId: "negative",
        path: ["proactive", key, "change"],
        cells: left.map((t) => t.path),
        data: { row: rowLabel(key), left, sum },
      });
    }
  },
});
