import { normaliseOrganName } from "../../model/organ-name.js";
import { defineRule } from "../define-rule.js";
import { previousPath } from "./previous.js";

/**
 * An organ's name as compared across years (see normaliseOrganName): 巴里坤县人民政府, “巴里坤县 人民政府 ”
 * and 巴里坤县政府 are the same organ.
 */
export const normaliseOrgan = normaliseOrganName;

export const crossYearSameOrgan = defineRule({
  id: "cross-year.same-organ",
  title: {
    zh: "上年报告为同一机关的上一年度报告",
    en: "Last year's report is the same organ's, for the year before",
  },
  severity: "error",
  editions: ["2019", "2021"],
  needsPrevious: true,
  basis: {
    zh: "条例第四十九条：各级行政机关每年公布本机关上一年度的年度报告",
    en: "Regulations art. 49: every organ publishes its own report for each year",
  },
  uses: ["meta"],
  messages: {
    organ: {
      zh: "报告主体“{organ}”与上年报告主体“{previousOrgan}”不是同一机关",
      en: "Reporting organ “{organ}” differs from last year's “{previousOrgan}”",
    },
    year: {
      zh: "报告年度 {year} 不是上年报告年度 {previousYear} 的下一年（应为 {expected}）",
      en: "Reporting year {year} does not follow last year's report, for {previousYear} (expected {expected})",
    },
  },
  check({ report, previous, emit }) {
    if (!previous) return;
    const organ = normaliseOrgan(report.organ);
    const previousOrgan = normaliseOrgan(previous.organ);
    if (organ !== previousOrgan) {
      emit({
        messageId: "organ",
        path: ["organ"],
        cells: [["organ"], previousPath(["organ"])],
        data: { organ: report.organ, previousOrgan: previous.organ, normalised: [organ, previousOrgan] },
      });
    }
    const expected = previous.year + 1;
    if (report.year !== expected) {
      emit({
        messageId: "year",
        path: ["year"],
        cells: [["year"], previousPath(["year"])],
        data: {
          year: report.year,
          previousYear: previous.year,
          expected,
          difference: report.year - expected,
        },
      });
    }
  },
});
