import { sample2021, seed } from "../support/fixtures.js";
import { ruleCases } from "../support/rule-cases.js";

ruleCases("sections.required", {
  valid: [
    { name: "a department's report with 一, 五 and 六", report: sample2021 },
    {
      name: "a government's report that speaks of 考核, 社会评议 and 责任追究",
      report: seed,
      cells: { "sections.other": "2020年度开展工作考核和社会评议，未发生责任追究情况。" },
    },
  ],
  invalid: [
    {
      name: "the seed: a government's report silent on 社会评议 and 责任追究 (条例第五十条第四项)",
      report: seed,
      findings: [
        {
          path: "sections",
          messageId: "governmentTopics",
          data: { missing: [{ zh: "社会评议" }, { zh: "责任追究" }] },
          message: /未提及：社会评议、责任追究$/,
        },
      ],
    },
    {
      name: "no 五 and an empty 六",
      report: sample2021,
      cells: { "sections.problems": undefined, "sections.other": "  " },
      findings: [
        { path: "sections.problems", messageId: "missing", message: /五、存在的主要问题及改进情况/ },
        { path: "sections.other", messageId: "missing" },
      ],
    },
    {
      name: "no sections at all",
      report: sample2021,
      cells: { sections: undefined },
      findings: [{ path: "sections.overview" }, { path: "sections.problems" }, { path: "sections.other" }],
    },
  ],
});

ruleCases("sections.information-fee", {
  valid: [
    { name: "a 2021 report that says no 信息处理费 was charged", report: sample2021 },
    { name: "an edition-2019 report (the fee measures came later)", report: seed },
  ],
  invalid: [
    {
      name: "a 2021 report silent on the fee",
      report: sample2021,
      cells: { "sections.other": "无其他需要报告的事项。" },
      findings: [{ path: "sections.other", cells: ["sections.other"] }],
    },
    {
      name: "a 2021 report that speaks only of 行政事业性收费 (a different thing)",
      report: sample2021,
      cells: { "sections.other": "本年度行政事业性收费12.3456万元。" },
      findings: [{ path: "sections.other" }],
    },
  ],
});
