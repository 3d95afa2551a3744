import { fixture, sample2021, seed } from "../../support/fixtures.js";
import { ruleCases } from "../../support/rule-cases.js";

// sample-2021-department.json is the 2021 report of 哈密市生态环境局.
const overview = (text: string) => ({ "sections.overview": text });

ruleCases("text.year-mismatch", {
  valid: [
    { name: "the sample as written", report: sample2021 },
    { name: "the seed as published", report: seed },
    { name: "a 2023 report with plans for 2024", report: () => fixture("full-2021.json") },
    {
      name: "this year's work",
      report: sample2021,
      cells: overview("2021年，本机关共受理政府信息公开申请69件。"),
    },
    {
      name: "a comparison with last year",
      report: sample2021,
      cells: overview("2021年共受理申请69件，较2020年受理62件增长11.3%。"),
    },
    { name: "比上年", report: sample2021, cells: overview("受理申请69件，比2020年共受理的62件多7件。") },
    {
      name: "cases carried over",
      report: sample2021,
      cells: overview("2020年受理的申请中有5件结转至本年办理。"),
    },
    { name: "a range of years", report: sample2021, cells: overview("2019年至2021年累计受理申请180件。") },
    { name: "since", report: sample2021, cells: overview("自2019年新条例施行以来，共办理申请300余件。") },
    { name: "a plan", report: sample2021, cells: overview("2022年将继续做好依申请公开答复工作。") },
    {
      name: "a date, not a year's work",
      report: sample2021,
      cells: overview("2021年1月1日至12月31日，共受理申请69件。"),
    },
    {
      name: "far from any year of work",
      report: sample2021,
      cells: overview("2008年发布的条例于2019年修订。"),
    },
  ],
  invalid: [
    {
      name: "last year's total restated as this year's",
      report: sample2021,
      cells: overview("2020年，本机关共受理政府信息公开申请62件，均已按期答复。"),
      findings: [
        {
          path: "sections.overview",
          cells: ["sections.overview"],
          data: { year: 2021, stated: 2020, phrase: "2020年，本机关共受理" },
          message: /2021 年度报告的正文写明“2020年，本机关共受理”：所述为 2020 年的工作/,
        },
      ],
    },
    {
      name: "a copied paragraph with the old year in 六",
      report: seed,
      cells: { "sections.other": "2019年度共收到信息处理费0元。" },
      findings: [{ path: "sections.other", data: { stated: 2019 } }],
    },
    {
      name: "a year ahead, stated as done",
      report: sample2021,
      cells: { "sections.problems": "存在问题已整改。2022年主动公开政府信息2,416条。" },
      findings: [{ path: "sections.problems", data: { stated: 2022 } }],
    },
    {
      name: "two stale sentences, each reported",
      report: sample2021,
      cells: overview("2020年共受理申请62件。2020年办理答复61件。"),
      findings: [{ path: "sections.overview" }, { path: "sections.overview" }],
    },
  ],
});
