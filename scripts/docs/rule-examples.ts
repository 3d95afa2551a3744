/** How the docs show a rule at work: the seed report with a cell or two changed. */
export interface RuleExample {
  /** Start from the seed restated in the 2021 format (for 2021-only rules). */
  edition2021?: true;
  /** Start from another fixture of test/fixtures/ instead of the seed. */
  report?: string;
  /** Last year's report, a fixture of test/fixtures/: for the cross-year rules. */
  previous?: string;
  /** Cells to change: canonical path and the new value. Empty: the seed as published already triggers it. */
  set: { path: (string | number)[]; value: unknown }[];
}

// Every rule of the catalogue needs an entry; scripts/gen-docs.ts fails on an entry that does not
// make its rule fire, and warns about a rule without one.
export const RULE_EXAMPLES: Record<string, RuleExample> = {
  "cross-year.carry-over": {
    previous: "balikun-2019.json",
    set: [{ path: ["requests", "carriedOver", "naturalPerson"], value: 3 }],
  },
  // The 2021 report restated as the next year's, unchanged: tables and text copied.
  "cross-year.copied-tables": {
    report: "balikun-2021.json",
    previous: "balikun-2021.json",
    set: [{ path: ["year"], value: 2022 }],
  },
  "cross-year.copied-text": {
    report: "balikun-2021.json",
    previous: "balikun-2021.json",
    set: [{ path: ["year"], value: 2022 }],
  },
  "cross-year.in-force-continuity": {
    report: "balikun-2022.json",
    previous: "balikun-2021.json",
    set: [{ path: ["proactive", "normativeDocuments", "inForce"], value: 40 }],
  },
  "cross-year.item-count-continuity": {
    previous: "balikun-2019.json",
    set: [{ path: ["proactive", "licensing", "previousCount"], value: 336 }],
  },
  "cross-year.same-organ": {
    previous: "balikun-2019.json",
    set: [{ path: ["organ"], value: "巴里坤哈萨克自治县人民政府" }],
  },
  "appeals.total": { set: [{ path: ["appeals", "review", "total"], value: 9 }] },
  "appeals.total-blank": {
    set: [
      { path: ["appeals", "review", "upheld"], value: 2 },
      { path: ["appeals", "review", "total"], value: null },
    ],
  },
  "meta.edition-matches-year": { set: [{ path: ["year"], value: 2021 }] },
  "meta.period-covers-year": { set: [{ path: ["period", "start"], value: "2020-03-01" }] },
  "meta.published-after-year": { set: [{ path: ["publishedOn"], value: "2020-12-15" }] },
  "meta.published-on-time": { set: [{ path: ["publishedOn"], value: "2021-04-15" }] },
  "proactive.item-count-nonnegative": { set: [{ path: ["proactive", "fees", "change"], value: -3 }] },
  "proactive.published-within-total": {
    set: [{ path: ["proactive", "normativeDocuments", "published"], value: 9 }],
  },
  "requests.balance": { set: [{ path: ["requests", "received", "naturalPerson"], value: 130 }] },
  "requests.group-subtotal": {
    set: [
      {
        path: ["requests", "outcomes", "notProcessed", "subtotal"],
        value: {
          naturalPerson: 4,
          business: null,
          research: null,
          nonprofit: null,
          legalService: null,
          otherOrganization: null,
          total: 4,
        },
      },
    ],
  },
  "requests.outcome-total": {
    set: [{ path: ["requests", "outcomes", "total", "naturalPerson"], value: 128 }],
  },
  "requests.row-total": { set: [{ path: ["requests", "received", "total"], value: 190 }] },
  "requests.total-blank": { set: [{ path: ["requests", "received", "total"], value: null }] },
  "sections.information-fee": { edition2021: true, set: [] },
  // A table heading over another table, as a copy-paste leaves it.
  "sections.outline-heading-content": {
    set: [
      {
        path: ["sections", "outline"],
        value: [
          { heading: "三、收到和处理政府信息公开申请情况", tables: ["三"] },
          { heading: "四、政府信息公开行政复议、行政诉讼情况", tables: ["三"] },
        ],
      },
    ],
  },
  // 总体情况 left out, the rest numbered 一 to 五.
  "sections.outline-missing-part": {
    set: [
      {
        path: ["sections", "outline"],
        value: [
          { heading: "一、主动公开政府信息情况" },
          { heading: "二、收到和处理政府信息公开申请情况" },
          { heading: "三、政府信息公开行政复议、行政诉讼情况" },
          { heading: "四、存在的主要问题及改进情况" },
          { heading: "五、其他需要报告的事项" },
        ],
      },
    ],
  },
  // The tables' parts numbered in a second scheme.
  "sections.outline-numbering": {
    set: [
      {
        path: ["sections", "outline"],
        value: [
          { heading: "一、总体情况" },
          { heading: "（二）主动公开政府信息情况" },
          { heading: "（三）收到和处理政府信息公开申请情况" },
          { heading: "（四）政府信息公开行政复议、行政诉讼情况" },
          { heading: "五、存在的主要问题及改进情况" },
          { heading: "六、其他需要报告的事项" },
        ],
      },
    ],
  },
  // The seed as printed: 五、政务服务平台建设 inserted, 问题 and 其他 numbered 六 and 七.
  "sections.outline-order": {
    set: [
      {
        path: ["sections", "outline"],
        value: [
          { heading: "一、总体情况" },
          { heading: "二、主动公开政府信息情况" },
          { heading: "三、收到和处理政府信息公开申请情况" },
          { heading: "四、政府信息公开行政复议、行政诉讼情况" },
          { heading: "五、政务服务平台建设" },
          { heading: "六、存在的主要问题及改进情况" },
          { heading: "七、其他需要报告的事项" },
        ],
      },
    ],
  },
  // 上海市科委 2024 as published: the overview's topics numbered 二 to 六, the tables from 一 again.
  "sections.outline-subtopics": {
    set: [
      {
        path: ["sections", "outline"],
        value: [
          { heading: "一、总体情况" },
          { heading: "二、工作机制保障" },
          { heading: "三、主动公开工作情况" },
          { heading: "四、政府信息公开申请情况" },
          { heading: "五、政府信息管理" },
          { heading: "六、政府信息公开平台建设" },
          { heading: "一、主动公开政府信息情况" },
          { heading: "二、收到和处理政府信息公开申请情况" },
          { heading: "三、政府信息公开行政复议、行政诉讼情况" },
        ],
      },
    ],
  },
  "sections.placeholder": {
    set: [{ path: ["sections", "problems"], value: "存在的主要问题及改进情况：无。" }],
  },
  "sections.required": { set: [] },
  // The department carries 4 requests forward; its text is made to say all were closed.
  "text.all-closed": {
    report: "sample-2021-department.json",
    set: [{ path: ["sections", "other"], value: "本年度所有申请均已按时办结。" }],
  },
  // The department's overview restates table 三: "本年度新收政府信息公开申请68件…".
  "text.table-agreement": {
    report: "sample-2021-department.json",
    set: [{ path: ["requests", "received", "total"], value: 66 }],
  },
  // Last year's sentence left in the 2020 report.
  "text.year-mismatch": {
    set: [{ path: ["sections", "other"], value: "2019年度共收到信息处理费0元。" }],
  },
};
