import { describe, expect, it } from "vitest";
import { diffSeries, type SeriesDiff } from "../../src/index.js";
import { report } from "../load-fixture.js";

const figure = (series: SeriesDiff, path: string) => {
  const found = series.figures.filter((f) => f.path.join(".") === path);
  expect(found, path).toHaveLength(1);
  return found[0];
};

describe("diffSeries on 巴里坤县 2019–2022", () => {
  // Out of order on purpose: the series sorts by year.
  const series = diffSeries([report(2021), report(2019), report(2022), report(2020)]);

  it("lines the years up with no gap, no duplicate and a clean pair each year", () => {
    expect(series).toMatchObject({ organ: "巴里坤县人民政府", years: [2019, 2020, 2021, 2022], gaps: [] });
    expect(series.duplicates).toEqual([]);
    expect(series.rejected).toEqual([]);
    expect(series.pairs).toEqual([
      { from: 2019, to: 2020, findings: [] },
      { from: 2020, to: 2021, findings: [] },
      { from: 2021, to: 2022, findings: [] },
    ]);
  });

  it("gives each figure by year, across the format change", () => {
    expect(figure(series, "requests.received.total")?.values).toEqual([
      { year: 2019, value: 132 },
      { year: 2020, value: 191 },
      { year: 2021, value: 193 },
      { year: 2022, value: 161 },
    ]);
    // The 2019 （六）其他处理 row continues as the sum of the three 2021 items.
    expect(figure(series, "requests.outcomes.otherHandling.naturalPerson")).toMatchObject({
      comparable: true,
      values: [
        { year: 2019, value: 2 },
        { year: 2020, value: null },
        { year: 2021, value: 1 },
        { year: 2022, value: null },
      ],
    });
    expect(figure(series, "proactive.fees.amount")?.values).toEqual([
      { year: 2021, value: "86.42" },
      { year: 2022, value: "79.3" },
    ]);
  });

  it("splits a table-二 figure whose meaning changed into one series per format", () => {
    expect(figure(series, "proactive.normativeDocuments.totalPublished")).toMatchObject({
      label: { zh: "第二十条第（一）项 · 规范性文件 · 对外公开总数量" },
      values: [
        { year: 2019, value: 7 },
        { year: 2020, value: 8 },
      ],
    });
    expect(figure(series, "proactive.normativeDocuments.inForce")).toMatchObject({
      label: { zh: "第二十条第（一）项 · 行政规范性文件 · 现行有效件数" },
      values: [
        { year: 2021, value: 17 },
        { year: 2022, value: 20 },
      ],
    });
  });
});

describe("diffSeries reports what does not line up", () => {
  it("reports a missing year and pairs only consecutive years", () => {
    const series = diffSeries([report(2019), report(2021), report(2022)]);
    expect(series.gaps).toEqual([2020]);
    expect(series.pairs.map((p) => [p.from, p.to])).toEqual([[2021, 2022]]);
  });

  it("reports a year given twice, uses the first, and lists inputs that are not reports", () => {
    const copy = report(2021);
    copy.requests.received.naturalPerson = 1;
    const series = diffSeries([report(2021), { edition: "2021" }, copy, report(2022)]);
    expect(series.duplicates).toEqual([{ year: 2021, inputs: [0, 2] }]);
    expect(figure(series, "requests.received.naturalPerson")?.values[0]).toEqual({ year: 2021, value: 152 });
    expect(series.rejected.map((r) => r.index)).toEqual([1]);
    expect(series.rejected[0]?.findings.every((f) => f.ruleId === "schema")).toBe(true);
  });

  it("carries each consecutive pair's cross-year findings", () => {
    const r2022 = report(2022);
    r2022.proactive.normativeDocuments.inForce = 30;
    const series = diffSeries([report(2021), r2022]);
    expect(series.pairs[0]?.findings.map((f) => [f.ruleId, f.data.difference])).toEqual([
      ["cross-year.in-force-continuity", 10],
    ]);
  });

  it("returns an empty series when nothing parses", () => {
    expect(diffSeries([null, "x"])).toMatchObject({ organ: null, years: [], figures: [], pairs: [] });
  });
});
