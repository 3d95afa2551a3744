import { sample2021, seed } from "../support/fixtures.js";
import { ruleCases } from "../support/rule-cases.js";

const group = (g: string) =>
  ["upheld", "corrected", "other", "pending", "total"].map((c) => `appeals.${g}.${c}`);

ruleCases("appeals.total", {
  valid: [
    { name: "the seed (all 0)", report: seed },
    { name: "a full 2021 report", report: sample2021 },
    {
      name: "a blank total (appeals.total-blank's to report)",
      report: sample2021,
      cells: { "appeals.review.total": null },
    },
  ],
  invalid: [
    {
      name: "复议 结果维持 1 with 总计 0",
      report: seed,
      cells: { "appeals.review.upheld": 1 },
      findings: [
        {
          path: "appeals.review.total",
          cells: group("review"),
          data: { group: { zh: "行政复议" }, leftSum: 1, rightSum: 0, difference: 1 },
          message: /^行政复议：结果维持 1 \+ 结果纠正 0 \+ 其他结果 0 \+ 尚未审结 0 = 1 ≠ 总计 0（差 1）$/,
        },
      ],
    },
    {
      name: "both litigation groups off",
      report: sample2021,
      cells: { "appeals.litigationDirect.total": 3, "appeals.litigationAfterReview.pending": 2 },
      findings: [
        {
          path: "appeals.litigationDirect.total",
          data: { leftSum: 2, rightSum: 3, group: { zh: "行政诉讼 · 未经复议直接起诉" } },
        },
        { path: "appeals.litigationAfterReview.total", data: { leftSum: 3, rightSum: 1 } },
      ],
    },
  ],
});

ruleCases("appeals.total-blank", {
  valid: [
    {
      name: "a blank total with blank parts",
      report: seed,
      cells: { "appeals.review": { upheld: null, corrected: null, other: null, pending: null, total: null } },
    },
  ],
  invalid: [
    {
      name: "a blank total with parts",
      report: sample2021,
      cells: { "appeals.review.total": null },
      findings: [{ path: "appeals.review.total", cells: group("review"), data: { expected: 4 } }],
    },
  ],
});
