import type { Label } from "../model/label.js";
import type { AnnualReport } from "../model/report.js";
import { defineRule } from "./define-rule.js";

const REQUIRED = [
  ["overview", { zh: "一、总体情况", en: "I. Overview" }],
  ["problems", { zh: "五、存在的主要问题及改进情况", en: "V. Main problems and improvements" }],
  ["other", { zh: "六、其他需要报告的事项", en: "VI. Other matters to report" }],
] as const satisfies readonly (readonly [string, Label])[];

// 第五十条第（四）项: a government's report also covers 工作考核、社会评议和责任追究结果. Each topic
// is recognised by the words reports use for it; a topic none of them names is reported missing.
const GOVERNMENT_TOPICS: readonly { label: Label; words: readonly string[] }[] = [
  { label: { zh: "工作考核", en: "performance assessment" }, words: ["考核"] },
  { label: { zh: "社会评议", en: "public evaluation" }, words: ["社会评议", "评议"] },
  { label: { zh: "责任追究", en: "accountability" }, words: ["责任追究", "追责", "问责"] },
];

/** The narrative texts of a report, in order. */
function texts(report: AnnualReport): string[] {
  const s = report.sections;
  if (!s) return [];
  return [s.preamble, s.overview, ...(s.extra ?? []).map((e) => e.text), s.problems, s.other].filter(
    (t): t is string => typeof t === "string",
  );
}

/** All narrative text of a report, in order. */
export function narrative(report: AnnualReport): string {
  return texts(report).join("\n");
}

// Searched section by section: no word contains the "\n" narrative() joins with, and a report
// of megabytes is not copied once more.
const mentions = (report: AnnualReport, word: string) => texts(report).some((t) => t.includes(word));

export const sectionsRequired = defineRule({
  id: "sections.required",
  title: { zh: "年度报告包含法定内容", en: "Report contains the sections the Regulations require" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: {
    zh: "条例第五十条（第四项：各级人民政府的报告还应包括工作考核、社会评议和责任追究结果情况）",
    en: "Regulations art. 50 (item 4: a government's report also covers assessment, public evaluation and accountability)",
  },
  uses: ["meta", "sections"],
  messages: {
    missing: { zh: "缺少或未填写「{section}」部分", en: "Section “{section}” is missing or empty" },
    governmentTopics: {
      zh: "人民政府的年度报告应说明工作考核、社会评议和责任追究结果情况，未提及：{missing|list}",
      en: "A government's report should cover assessment, public evaluation and accountability; not mentioned: {missing|list}",
    },
  },
  check({ report, emit }) {
    for (const [key, label] of REQUIRED) {
      if ((report.sections?.[key] ?? "").trim() !== "") continue;
      emit({
        messageId: "missing",
        path: ["sections", key],
        cells: [["sections", key]],
        data: { section: label },
      });
    }
    if (report.organKind !== "government") return;
    const missing = GOVERNMENT_TOPICS.filter((t) => !t.words.some((w) => mentions(report, w))).map(
      (t) => t.label,
    );
    if (missing.length === 0) return;
    emit({
      messageId: "governmentTopics",
      path: ["sections"],
      cells: [["sections"]],
      data: { missing },
    });
  },
});

export const sectionsInformationFee = defineRule({
  id: "sections.information-fee",
  title: { zh: "说明信息处理费收取情况", en: "States whether information processing fees were charged" },
  severity: "warning",
  editions: ["2021"],
  needsPrevious: false,
  basis: {
    zh: "国办公开办函〔2021〕30号；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
    en: "国办公开办函〔2021〕30号; Measures on information processing fees (国办函〔2020〕109号)",
  },
  uses: ["meta", "sections"],
  messages: {
    silent: {
      zh: "报告未说明信息处理费的收取情况（表二“行政事业性收费”不是信息处理费）",
      en: "The report does not say whether information processing fees were charged (table 2's administrative fees are something else)",
    },
  },
  check({ report, emit }) {
    // 信息处理费 is named as such, or as 处理费; 行政事业性收费 in table 二 is a different thing.
    if (mentions(report, "处理费")) return;
    emit({ messageId: "silent", path: ["sections", "other"], cells: [["sections", "other"]], data: {} });
  },
});
