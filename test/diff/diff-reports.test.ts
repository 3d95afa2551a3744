import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  type DiffEntry,
  diffReports,
  fields,
  ReportInputError,
  safeDiffReports,
  validateReport,
} from "../../src/index.js";
import { report } from "../load-fixture.js";

const at = (entries: DiffEntry[], path: string) => {
  const found = entries.filter((e) => e.path.join(".") === path);
  expect(found, path).toHaveLength(1);
  return found[0] as DiffEntry;
};

describe("diffReports across the 2021 format change (巴里坤县 2020 → 2021)", () => {
  const diff = diffReports(report(2020), report(2021));

  it("names the years and editions and finds nothing wrong with a consistent pair", () => {
    expect(diff).toMatchObject({
      organ: "巴里坤县人民政府",
      from: 2020,
      to: 2021,
      editions: { from: "2019", to: "2021" },
      findings: [],
    });
  });

  it("compares every figure of tables 三 and 四, with labels, values, delta and percent", () => {
    const table3 = fields("2021").filter((f) => f.table === "三" && !f.path.includes("subtotal"));
    const table4 = fields("2021").filter((f) => f.table === "四");
    const entries3 = diff.entries.filter((e) => e.table === "三");
    for (const f of table3) {
      expect(entries3.some((e) => e.cells.current.some((c) => c.join(".") === f.path.join(".")))).toBe(true);
    }
    expect(diff.entries.filter((e) => e.table === "四")).toHaveLength(table4.length);
    expect(diff.entries.filter((e) => e.table === "四").every((e) => e.comparable)).toBe(true);
    expect(at(diff.entries, "requests.received.total")).toMatchObject({
      label: {
        zh: "一、本年新收政府信息公开申请数量 · 总计",
        en: "I. New requests received this year · total",
      },
      unit: "件",
      previous: 191,
      current: 193,
      delta: 2,
      percent: "1.0",
      comparable: true,
    });
    expect(at(diff.entries, "requests.outcomes.disclosed.business")).toMatchObject({
      previous: 62,
      current: 38,
      delta: -24,
      percent: "-38.7",
    });
    // Blank last year: the change counts, the percent does not exist.
    expect(at(diff.entries, "requests.carriedForward.total")).toMatchObject({
      previous: null,
      current: 5,
      delta: 5,
      percent: null,
    });
    expect(at(diff.entries, "appeals.review.upheld")).toMatchObject({
      previous: 0,
      current: 1,
      delta: 1,
      percent: null,
    });
  });

  it("compares the 2019 （六）其他处理 row with the sum of the three 2021 items", () => {
    const previous = report(2020);
    previous.requests.outcomes.otherHandling.naturalPerson = 4;
    const current = report(2021);
    current.requests.outcomes.otherHandling.other.naturalPerson = 2;
    const entries = diffReports(previous, current).entries;
    expect(at(entries, "requests.outcomes.otherHandling.naturalPerson")).toMatchObject({
      previous: 4,
      current: 3,
      delta: -1,
      percent: "-25.0",
      comparable: true,
      cells: {
        previous: [["requests", "outcomes", "otherHandling", "naturalPerson"]],
        current: [
          ["requests", "outcomes", "otherHandling", "noCorrection", "naturalPerson"],
          ["requests", "outcomes", "otherHandling", "unpaidFee", "naturalPerson"],
          ["requests", "outcomes", "otherHandling", "other", "naturalPerson"],
        ],
      },
      note: { zh: "2021年版将（六）其他处理分为三项，此处与三项之和比较" },
    });
    expect(at(entries, "requests.outcomes.otherHandling.other.naturalPerson")).toMatchObject({
      previous: null,
      current: 2,
      delta: null,
      percent: null,
      comparable: false,
      cells: { previous: [] },
    });
  });

  it("lists every table-二 figure, marking those whose meaning changed as not comparable", () => {
    const table2 = diff.entries.filter((e) => e.table === "二");
    expect(table2).toHaveLength(25);
    expect(at(diff.entries, "proactive.normativeDocuments.inForce")).toMatchObject({
      previous: 8,
      current: 17,
      delta: null,
      percent: null,
      comparable: false,
      cells: {
        previous: [["proactive", "normativeDocuments", "totalPublished"]],
        current: [["proactive", "normativeDocuments", "inForce"]],
      },
    });
    expect(at(diff.entries, "proactive.procurement.amount")).toMatchObject({
      previous: "7113",
      current: null,
      comparable: false,
      cells: { current: [] },
    });
    expect(at(diff.entries, "proactive.fees.amount")).toMatchObject({
      previous: null,
      current: "86.42",
      delta: null,
    });
    expect(at(diff.entries, "proactive.licensing.decisions")).toMatchObject({
      previous: 1229,
      current: 1350,
      delta: 121,
      percent: "9.8",
      comparable: true,
    });
  });

  it("carries the cross-year findings, naming last year's cells with the previous prefix", () => {
    const previous = report(2020);
    previous.requests.carriedForward.naturalPerson = 2;
    previous.requests.carriedForward.total = 2;
    const findings = diffReports(previous, report(2021), { locale: "en" }).findings;
    expect(findings.map((f) => [f.ruleId, f.cells])).toEqual([
      [
        "cross-year.carry-over",
        [
          ["requests", "carriedOver", "naturalPerson"],
          ["previous", "requests", "carriedForward", "naturalPerson"],
        ],
      ],
      [
        "cross-year.carry-over",
        [
          ["requests", "carriedOver", "total"],
          ["previous", "requests", "carriedForward", "total"],
        ],
      ],
    ]);
    expect(findings[0]?.message).toBe(
      "natural persons: carried over 0 ≠ last year's carried forward 2 (off by -2)",
    );
  });
});

describe("diffReports within one edition", () => {
  it("compares amounts exactly, as decimal strings (2021 → 2022 行政事业性收费)", () => {
    const diff = diffReports(report(2021), report(2022));
    expect(diff.entries.every((e) => e.comparable)).toBe(true);
    expect(at(diff.entries, "proactive.fees.amount")).toMatchObject({
      previous: "86.42",
      current: "79.3",
      delta: "-7.12",
      percent: "-8.2",
    });
    expect(at(diff.entries, "proactive.normativeDocuments.inForce")).toMatchObject({
      delta: 3,
      percent: "17.6",
    });
  });

  it("reads 2019-format figures, signed changes included (2019 → 2020)", () => {
    const diff = diffReports(report(2019), report(2020));
    expect(at(diff.entries, "proactive.procurement.amount")).toMatchObject({
      previous: "5620.5",
      current: "7113",
      delta: "1492.5",
      percent: "26.6",
    });
    expect(at(diff.entries, "proactive.fees.change")).toMatchObject({
      previous: -1,
      current: -1,
      delta: 0,
      percent: "0.0",
    });
    expect(at(diff.entries, "proactive.licensing.change")).toMatchObject({ delta: 496, percent: "1458.8" });
    expect(diff.findings).toEqual([]);
  });

  it("takes a report validateReport already parsed (Decimal amounts)", () => {
    const parsed = validateReport(report(2021)).report;
    expect(diffReports(parsed, report(2022)).entries).toEqual(
      diffReports(report(2021), report(2022)).entries,
    );
  });
});

describe("diffReports on input that is not a report", () => {
  it("throws a ReportInputError naming the input and the cell, never a raw ZodError", () => {
    const current = report(2021);
    current.requests.received.naturalPerson = "很多";
    let caught: unknown;
    try {
      diffReports(report(2020), current);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportInputError);
    expect(caught).not.toBeInstanceOf(ZodError);
    const error = caught as ReportInputError;
    expect(error.code).toBe("invalid-report");
    expect(error.side).toBe("current");
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["schema", ["requests", "received", "naturalPerson"]],
    ]);
  });

  it.each([null, "report", 42, [], {}])(
    "safeDiffReports returns the error for %j as last year's report",
    (bad) => {
      const result = safeDiffReports(bad, report(2021));
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.side).toBe("previous");
      expect(result.error.findings.length).toBeGreaterThan(0);
      expect(result.error.findings.every((f) => f.ruleId === "schema")).toBe(true);
    },
  );

  it("reads hostile input (throwing getters, cycles) as not a report", () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    const cycle: Record<string, unknown> = { edition: "2021" };
    cycle.self = cycle;
    // The proxy shows no edition; the cycle is a 2021 report with an unknown key and no tables.
    const expected = [["invalid_union"], ["missing", "unrecognized_keys"]];
    [trap, cycle].forEach((bad, i) => {
      const result = safeDiffReports(report(2020), bad);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.findings.every((f) => f.ruleId === "schema")).toBe(true);
      expect(result.error.findings.map((f) => f.messageId)).toEqual(
        expect.arrayContaining(expected[i] ?? []),
      );
    });
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    );
    const result = safeDiffReports(report(2020), throwing);
    if (!result.success) expect(result.error.findings.map((f) => f.messageId)).toEqual(["unreadable"]);
    expect(result.success).toBe(false);
  });
});
