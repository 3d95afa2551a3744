import { sample2021, seed } from "../support/fixtures.js";
import { ruleCases } from "../support/rule-cases.js";

ruleCases("meta.edition-matches-year", {
  valid: [
    { name: "2020 in the 2019 format", report: seed },
    { name: "2021 in the 2021 format", report: sample2021 },
    {
      name: "2019 in the 2019 format",
      report: seed,
      cells: { year: 2019, period: { start: "2019-01-01", end: "2019-12-31" } },
    },
  ],
  invalid: [
    {
      name: "2021 in the 2019 format (未按新格式)",
      report: seed,
      cells: { year: 2021 },
      findings: [
        {
          path: "edition",
          cells: ["edition", "year"],
          data: { year: 2021, edition: "2019", expected: "2021" },
        },
      ],
    },
    {
      name: "2020 in the 2021 format",
      report: sample2021,
      cells: { year: 2020 },
      findings: [{ path: "edition", data: { expected: "2019" }, message: /2020年度报告应使用2019年版格式/ }],
    },
  ],
});

ruleCases("meta.period-covers-year", {
  valid: [
    { name: "the calendar year", report: seed },
    { name: "no period given", report: seed, cells: { period: undefined } },
  ],
  invalid: [
    {
      name: "a period starting in February",
      report: seed,
      cells: { "period.start": "2020-02-01" },
      findings: [
        {
          path: "period.start",
          cells: ["period.start", "period.end", "year"],
          data: { start: "2020-02-01", year: 2020 },
        },
      ],
    },
    {
      name: "the wrong year",
      report: sample2021,
      cells: { period: { start: "2020-01-01", end: "2020-12-31" } },
      findings: [{ path: "period.start" }],
    },
    {
      name: "a period ending early",
      report: seed,
      cells: { "period.end": "2020-06-30" },
      findings: [{ path: "period.end" }],
    },
  ],
});

ruleCases("meta.published-after-year", {
  valid: [
    { name: "published in February of the next year", report: seed },
    { name: "published on 1 January of the next year", report: seed, cells: { publishedOn: "2021-01-01" } },
  ],
  invalid: [
    {
      name: "published on the last day of the year",
      report: seed,
      cells: { publishedOn: "2020-12-31" },
      findings: [
        {
          path: "publishedOn",
          cells: ["publishedOn", "year"],
          data: { publishedOn: "2020-12-31", year: 2020 },
        },
      ],
    },
  ],
});

ruleCases("meta.published-on-time", {
  valid: [
    { name: "a government by 31 March", report: seed, cells: { publishedOn: "2021-03-31" } },
    { name: "a department by 31 January", report: sample2021, cells: { publishedOn: "2022-01-31" } },
    {
      name: "an organ of another kind (not checked)",
      report: seed,
      cells: { organKind: "other", publishedOn: "2021-06-01" },
    },
    {
      name: "an organ of unknown kind (not checked)",
      report: seed,
      cells: { organKind: undefined, publishedOn: "2021-06-01" },
    },
  ],
  invalid: [
    {
      name: "a government on 1 April",
      report: seed,
      cells: { publishedOn: "2021-04-01" },
      findings: [
        { path: "publishedOn", data: { deadline: "2021-03-31" }, message: /^人民政府应于 2021-03-31 前公布/ },
      ],
    },
    {
      name: "a department on 1 February",
      report: sample2021,
      cells: { publishedOn: "2022-02-01" },
      findings: [
        {
          path: "publishedOn",
          cells: ["publishedOn", "organKind", "year"],
          data: { deadline: "2022-01-31" },
        },
      ],
    },
  ],
});
