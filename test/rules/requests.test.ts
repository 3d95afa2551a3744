import { sample2021, seed } from "../support/fixtures.js";
import { ruleCases } from "../support/rule-cases.js";

const col = (row: string, c: string) => `requests.${row}.${c}`;
const balanceCells = (c: string) => [
  col("received", c),
  col("carriedOver", c),
  col("outcomes.total", c),
  col("carriedForward", c),
];

ruleCases("requests.balance", {
  valid: [
    { name: "the seed (blank 上年结转 and 结转下年度 read as 0)", report: seed },
    { name: "a full 2021 report", report: sample2021 },
  ],
  invalid: [
    {
      name: "结转下年度 one too many in 自然人 and 总计",
      report: sample2021,
      cells: { "requests.carriedForward.naturalPerson": 4, "requests.carriedForward.total": 5 },
      findings: [
        {
          path: col("carriedForward", "naturalPerson"),
          cells: balanceCells("naturalPerson"),
          data: {
            column: { zh: "自然人" },
            leftSum: 56,
            rightSum: 57,
            difference: -1,
            left: [
              { path: ["requests", "received", "naturalPerson"], value: 52 },
              { path: ["requests", "carriedOver", "naturalPerson"], value: 4 },
            ],
          },
          message: /^自然人：本年新收 52 \+ 上年结转 4 = 56 ≠ 办理结果总计 53 \+ 结转下年度 4 = 57（差 -1）$/,
        },
        {
          path: col("carriedForward", "total"),
          cells: balanceCells("total"),
          data: { leftSum: 73, rightSum: 74 },
        },
      ],
    },
    {
      name: "a count in 结转下年度 of the seed whose row total is blank (the total is implied)",
      report: seed,
      cells: { "requests.carriedForward.naturalPerson": 5 },
      findings: [
        {
          path: col("carriedForward", "naturalPerson"),
          data: { leftSum: 129, rightSum: 134, difference: -5 },
        },
        {
          path: col("carriedForward", "total"),
          data: {
            leftSum: 191,
            rightSum: 196,
            right: [
              { path: ["requests", "outcomes", "total", "total"], value: 191 },
              { path: ["requests", "carriedForward", "total"], value: 5, implied: true },
            ],
          },
        },
      ],
    },
  ],
});

ruleCases("requests.outcome-total", {
  valid: [
    { name: "the seed", report: seed },
    { name: "a full 2021 report with its three （六） items", report: sample2021 },
    {
      name: "a blank （七）总计 cell (requests.total-blank's to report)",
      report: seed,
      cells: { "requests.outcomes.total.naturalPerson": null },
    },
  ],
  invalid: [
    {
      name: "an item raised without raising （七）总计",
      report: seed,
      cells: {
        "requests.outcomes.withheld.enforcementFiles.naturalPerson": 3,
        "requests.outcomes.withheld.enforcementFiles.total": 3,
      },
      findings: [
        {
          path: col("outcomes.total", "naturalPerson"),
          data: { leftSum: 130, rightSum: 129, difference: 1 },
          message:
            /^自然人：予以公开 124 \+ 行政执法案卷 3 \+ 信访举报投诉 3 \+ 其余 16 项 0 = 130 ≠ 办理结果总计 129（差 1）$/,
        },
        { path: col("outcomes.total", "total"), data: { leftSum: 192, rightSum: 191 } },
      ],
    },
    {
      name: "the 2019 （六）其他处理 row, which counts as one item",
      report: seed,
      cells: {
        "requests.outcomes.otherHandling.naturalPerson": 1,
        "requests.outcomes.otherHandling.total": 1,
      },
      findings: [{ path: col("outcomes.total", "naturalPerson") }, { path: col("outcomes.total", "total") }],
    },
    {
      name: "a 2021 （六） item",
      report: sample2021,
      cells: {
        "requests.outcomes.otherHandling.unpaidFee.business": 2,
        "requests.outcomes.otherHandling.unpaidFee.total": 2,
      },
      findings: [
        { path: col("outcomes.total", "business"), data: { leftSum: 12, rightSum: 10, difference: 2 } },
        { path: col("outcomes.total", "total"), data: { leftSum: 71, rightSum: 69 } },
      ],
    },
  ],
});

const withheldSubtotal = (naturalPerson: number | null, total: number | null) => ({
  naturalPerson,
  business: 1,
  research: 0,
  nonprofit: 0,
  legalService: 0,
  otherOrganization: 0,
  total,
});

ruleCases("requests.group-subtotal", {
  valid: [
    { name: "no subtotal printed", report: sample2021 },
    {
      name: "a subtotal equal to its items",
      report: sample2021,
      cells: { "requests.outcomes.withheld.subtotal": withheldSubtotal(8, 9) },
    },
    {
      name: "a printed subtotal row with blank cells",
      report: sample2021,
      cells: { "requests.outcomes.withheld.subtotal": withheldSubtotal(null, null) },
    },
  ],
  invalid: [
    {
      name: "a subtotal one too high",
      report: sample2021,
      cells: { "requests.outcomes.withheld.subtotal": withheldSubtotal(9, 10) },
      findings: [
        {
          path: col("outcomes.withheld.subtotal", "naturalPerson"),
          data: { group: { zh: "（三）不予公开 · 小计" }, leftSum: 8, rightSum: 9, difference: -1 },
        },
        { path: col("outcomes.withheld.subtotal", "total"), data: { leftSum: 9, rightSum: 10 } },
      ],
    },
  ],
});

ruleCases("requests.row-total", {
  valid: [
    { name: "the seed", report: seed },
    {
      name: "a blank row total (requests.total-blank's to report)",
      report: seed,
      cells: { "requests.received.total": null },
    },
    {
      name: "blank parts of （七）总计 under a filled 总计 (read as their items, as total-blank says)",
      report: seed,
      cells: { "requests.outcomes.total.naturalPerson": null, "requests.outcomes.total.business": null },
    },
  ],
  invalid: [
    {
      name: "总计 of 本年新收 one short",
      report: seed,
      cells: { "requests.received.total": 190 },
      findings: [
        {
          path: "requests.received.total",
          cells: [
            "requests.received.naturalPerson",
            "requests.received.business",
            "requests.received.research",
            "requests.received.nonprofit",
            "requests.received.legalService",
            "requests.received.otherOrganization",
            "requests.received.total",
          ],
          data: {
            row: { zh: "一、本年新收政府信息公开申请数量" },
            leftSum: 191,
            rightSum: 190,
            difference: 1,
          },
          message:
            /^一、本年新收政府信息公开申请数量：自然人 129 \+ 商业企业 62 \+ 其余 4 项 0 = 191 ≠ 总计 190（差 1）$/,
        },
      ],
    },
    {
      name: "a 2021 （六） item row",
      report: sample2021,
      cells: { "requests.outcomes.otherHandling.noCorrection.total": 2 },
      findings: [
        { path: "requests.outcomes.otherHandling.noCorrection.total", data: { leftSum: 3, rightSum: 2 } },
      ],
    },
  ],
});

ruleCases("requests.total-blank", {
  valid: [
    { name: "a blank 总计 whose parts are all blank", report: seed },
    {
      name: "blank totals of rows with only zeros",
      report: sample2021,
      cells: { "requests.outcomes.withheld.prohibitedByLaw.total": null },
    },
  ],
  invalid: [
    {
      name: "the whole 总计 column left blank",
      report: seed,
      cells: {
        "requests.received.total": null,
        "requests.outcomes.disclosed.total": null,
        "requests.outcomes.withheld.enforcementFiles.total": null,
        "requests.outcomes.notProcessed.complaint.total": null,
        "requests.outcomes.total.total": null,
      },
      findings: [
        {
          path: "requests.received.total",
          cells: [
            "requests.received.total",
            "requests.outcomes.disclosed.total",
            "requests.outcomes.withheld.enforcementFiles.total",
            "requests.outcomes.notProcessed.complaint.total",
            "requests.outcomes.total.total",
          ],
          data: {
            count: 5,
            cells: [
              { path: ["requests", "received", "total"], value: 191 },
              { path: ["requests", "outcomes", "disclosed", "total"], value: 186 },
              { path: ["requests", "outcomes", "withheld", "enforcementFiles", "total"], value: 2 },
              { path: ["requests", "outcomes", "notProcessed", "complaint", "total"], value: 3 },
              { path: ["requests", "outcomes", "total", "total"], value: 191 },
            ],
          },
          message: /^表三有 5 个总计单元格空白.*一、本年新收政府信息公开申请数量 · 总计 191、/,
        },
      ],
    },
    {
      name: "the （七）总计 row left blank",
      report: seed,
      cells: {
        "requests.outcomes.total.naturalPerson": null,
        "requests.outcomes.total.business": null,
        "requests.outcomes.total.total": null,
      },
      findings: [
        {
          path: "requests.outcomes.total.naturalPerson",
          cells: [
            "requests.outcomes.total.naturalPerson",
            "requests.outcomes.total.business",
            "requests.outcomes.total.total",
          ],
          data: { count: 3 },
        },
      ],
    },
  ],
});
