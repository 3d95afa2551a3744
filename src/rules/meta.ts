import { defineRule } from "./define-rule.js";

const BOTH = ["2019", "2021"] as const;

export const metaEditionMatchesYear = defineRule({
  id: "meta.edition-matches-year",
  title: { zh: "表格格式与报告年度相符", en: "Format edition matches the reporting year" },
  severity: "error",
  editions: BOTH,
  needsPrevious: false,
  basis: {
    zh: "国办公开办函〔2021〕30号：2021年度起按新格式编制（2019、2020年度用国办公开办函〔2019〕60号格式）",
    en: "国办公开办函〔2021〕30号: reports for 2021 on use the new format; 2019–2020 use the 2019 format",
  },
  uses: ["meta"],
  messages: {
    mismatch: {
      zh: "{year}年度报告应使用{expected}年版格式，实际为{edition}年版（未按规定格式）",
      en: "A report for {year} should use the {expected} format, not the {edition} one",
    },
  },
  check({ report, emit }) {
    const expected = report.year >= 2021 ? "2021" : "2019";
    if (report.edition === expected) return;
    emit({
      messageId: "mismatch",
      path: ["edition"],
      cells: [["edition"], ["year"]],
      data: { year: report.year, edition: report.edition, expected },
    });
  },
});

export const metaPeriodCoversYear = defineRule({
  id: "meta.period-covers-year",
  title: { zh: "统计期限为报告年度全年", en: "Reporting period covers the calendar year" },
  severity: "warning",
  editions: BOTH,
  needsPrevious: false,
  basis: {
    zh: "条例第四十九条：报告上一年度政府信息公开工作",
    en: "Regulations art. 49: the report covers the previous calendar year",
  },
  uses: ["meta"],
  messages: {
    period: {
      zh: "统计期限 {start} 至 {end} 不是 {year} 年 1 月 1 日至 12 月 31 日",
      en: "Reporting period {start} to {end} is not 1 January to 31 December {year}",
    },
  },
  check({ report, emit }) {
    const { period, year } = report;
    if (!period) return;
    if (period.start === `${year}-01-01` && period.end === `${year}-12-31`) return;
    emit({
      messageId: "period",
      path: period.start === `${year}-01-01` ? ["period", "end"] : ["period", "start"],
      cells: [["period", "start"], ["period", "end"], ["year"]],
      data: { start: period.start, end: period.end, year },
    });
  },
});

export const metaPublishedAfterYear = defineRule({
  id: "meta.published-after-year",
  title: { zh: "发布日期在报告年度结束之后", en: "Published after the reporting year ended" },
  severity: "error",
  editions: BOTH,
  needsPrevious: false,
  basis: {
    zh: "条例第四十九条：年度报告报告上一年度的工作",
    en: "Regulations art. 49: an annual report reports on a year that has ended",
  },
  uses: ["meta"],
  messages: {
    early: {
      zh: "发布日期 {publishedOn} 早于报告年度 {year} 结束",
      en: "Published on {publishedOn}, before the reporting year {year} ended",
    },
  },
  check({ report, emit }) {
    const { publishedOn, year } = report;
    if (!publishedOn || publishedOn > `${year}-12-31`) return;
    emit({
      messageId: "early",
      path: ["publishedOn"],
      cells: [["publishedOn"], ["year"]],
      data: { publishedOn, year },
    });
  },
});

export const metaPublishedOnTime = defineRule({
  id: "meta.published-on-time",
  title: { zh: "按期公布年度报告", en: "Report published by the statutory deadline" },
  severity: "warning",
  editions: BOTH,
  needsPrevious: false,
  basis: {
    zh: "条例第四十九条：政府部门每年1月31日前、地方人民政府每年3月31日前公布上一年度报告",
    en: "Regulations art. 49: departments publish by 31 January, governments by 31 March",
  },
  uses: ["meta"],
  messages: {
    late: {
      zh: "{kind}应于 {deadline} 前公布，实际发布日期为 {publishedOn}",
      en: "A {kind} must publish by {deadline}; this report was published on {publishedOn}",
    },
  },
  check({ report, emit }) {
    const { publishedOn, organKind, year } = report;
    if (!publishedOn || (organKind !== "government" && organKind !== "department")) return;
    const deadline = organKind === "department" ? `${year + 1}-01-31` : `${year + 1}-03-31`;
    if (publishedOn <= deadline) return;
    const kind =
      organKind === "department"
        ? { zh: "政府部门", en: "government department" }
        : { zh: "人民政府", en: "people's government" };
    emit({
      messageId: "late",
      path: ["publishedOn"],
      cells: [["publishedOn"], ["organKind"], ["year"]],
      data: { kind, deadline, publishedOn },
    });
  },
});
