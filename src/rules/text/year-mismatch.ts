import { defineRule } from "../define-rule.js";
import { sentencesWith } from "./sentences.js";

const SECTIONS = ["preamble", "overview", "problems", "other"] as const;

// "2022年（度）[，全年/本机关] 共/累计 收到/受理/办理…": a year stated as the subject of the work done.
const STATED =
  /((?:19|20)\d{2})\s*年度?[，,、\s]*(?:全年|本机关|我[县市区局委办省厅])?[，,、\s]*(?:共|累计|总计)?[，,、\s]*(?:新收|收到|受理|办理|答复|主动公开|公开发布|发布|制发|印发)/gu;
// A sentence that compares years, carries cases over, looks back or ahead, or names a range is history.
const HISTORIC =
  /较|比|同比|环比|相比|对比|上年|去年|上一年|前年|增长|增加|下降|减少|持平|结转|以来|至今|截至|截止|之前|以前|此前|同期|分别|连续|延续|将|计划|拟|预计|继续|自\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*年?\s*(?:至|到|—|-|~|～)/u;

export const textYearMismatch = defineRule({
  id: "text.year-mismatch",
  title: {
    zh: "正文所述工作年度与报告年度一致",
    en: "The narrative reports the reporting year's work",
  },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: {
    zh: "条例第五十条：年度报告报告本行政机关上一年度（即报告年度）的政府信息公开工作情况",
    en: "Regulations art. 50: the report covers the organ's work in the reporting year",
  },
  uses: ["meta", "sections"],
  messages: {
    mismatch: {
      zh: "{year} 年度报告的正文写明“{phrase}”：所述为 {stated} 年的工作（是否沿用了往年报告？）",
      en: "The {year} report states “{phrase}”: work of {stated} (text carried over from an earlier report?)",
    },
  },
  check({ report, emit }) {
    for (const key of SECTIONS) {
      const text = report.sections?.[key];
      if (!text) continue;
      for (const sentence of sentencesWith(text, STATED)) {
        if (HISTORIC.test(sentence.text)) continue;
        STATED.lastIndex = 0;
        const match = STATED.exec(sentence.text);
        const stated = Number(match?.[1]);
        // Within four years of the report: other numbers before 年 (e.g. 2000年以来 is caught above) are not years of work.
        if (!match || stated === report.year || Math.abs(stated - report.year) > 4) continue;
        emit({
          messageId: "mismatch",
          path: ["sections", key],
          cells: [["sections", key]],
          data: {
            year: report.year,
            stated,
            phrase: match[0],
            sentence: sentence.text,
            offset: sentence.offset + match.index,
          },
        });
      }
    }
  },
});
