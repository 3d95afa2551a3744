import { sample2021, seed } from "../support/fixtures.js";
import { ruleCases } from "../support/rule-cases.js";

ruleCases("proactive.published-within-total", {
  valid: [
    { name: "the seed (8 of 8)", report: seed },
    { name: "an edition-2021 report (no such columns)", report: sample2021 },
    { name: "blank cells", report: seed, cells: { "proactive.regulations.published": null } },
  ],
  invalid: [
    {
      name: "9 published of 8 in total",
      report: seed,
      cells: { "proactive.normativeDocuments.published": 9 },
      findings: [
        {
          path: "proactive.normativeDocuments.published",
          cells: ["proactive.normativeDocuments.published", "proactive.normativeDocuments.totalPublished"],
          data: { row: { zh: "规范性文件" }, published: 9, totalPublished: 8 },
          message: /^规范性文件：本年新公开数量 9 大于对外公开总数量 8$/,
        },
      ],
    },
  ],
});

ruleCases("proactive.item-count-nonnegative", {
  valid: [
    { name: "the seed (行政事业性收费 2 减 1)", report: seed },
    { name: "down to exactly 0", report: seed, cells: { "proactive.fees.change": -2 } },
  ],
  invalid: [
    {
      name: "减 3 from 2",
      report: seed,
      cells: { "proactive.fees.change": -3 },
      findings: [
        {
          path: "proactive.fees.change",
          cells: ["proactive.fees.previousCount", "proactive.fees.change"],
          data: { row: { zh: "行政事业性收费" }, sum: -1 },
          message: /^行政事业性收费：上一年项目数量 2 \+ 本年增\/减 -3 = -1/,
        },
      ],
    },
    {
      name: "a decrease with a blank previous count",
      report: seed,
      cells: { "proactive.coercion.previousCount": null, "proactive.coercion.change": -15 },
      findings: [{ path: "proactive.coercion.change", data: { sum: -15 } }],
    },
  ],
});
