import { describe, expect, it } from "vitest";
import { validateReport } from "../../../src/index.js";
import { report } from "../../load-fixture.js";

const crossYear = (current: unknown, previous: unknown) =>
  validateReport(current, { previous, rules: { include: ["cross-year."] } });

describe("cross-year rules on consistent consecutive reports", () => {
  it.each([
    [2019, 2020],
    [2020, 2021],
    [2021, 2022],
  ] as const)("%i → %i gives no cross-year finding", (from, to) => {
    const result = validateReport(report(to), { previous: report(from) });
    expect(result.findings.filter((f) => f.ruleId.startsWith("cross-year."))).toEqual([]);
  });

  it("runs no cross-year rule without a previous report", () => {
    const result = validateReport(report(2021), { rules: { include: ["cross-year."] } });
    expect(result.findings).toEqual([]);
  });

  it("reports a malformed previous report instead of running the cross-year rules on it", () => {
    const previous = report(2020);
    previous.requests.carriedForward.naturalPerson = -1;
    const result = crossYear(report(2021), previous);
    expect(result.findings.map((f) => [f.ruleId, f.messageId])).toEqual([["schema", "previousUnusable"]]);
  });
});

describe("cross-year.same-organ", () => {
  it("accepts the same name written with other spaces and punctuation", () => {
    const current = report(2021);
    current.organ = " 巴里坤县　人民政府 ";
    expect(crossYear(current, report(2020)).findings).toEqual([]);
  });

  it("flags another organ, naming both organ cells", () => {
    const current = report(2021);
    current.organ = "伊吾县人民政府";
    const [finding, ...rest] = crossYear(current, report(2020)).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: "cross-year.same-organ",
      severity: "error",
      path: ["organ"],
      cells: [["organ"], ["previous", "organ"]],
      data: { organ: "伊吾县人民政府", previousOrgan: "巴里坤县人民政府" },
    });
    expect(finding?.message).toBe("报告主体“伊吾县人民政府”与上年报告主体“巴里坤县人民政府”不是同一机关");
  });

  it("flags a year that does not follow last year's, and the other cross-year rules stay silent", () => {
    const current = report(2022);
    const findings = crossYear(current, report(2020)).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "cross-year.same-organ",
      path: ["year"],
      cells: [["year"], ["previous", "year"]],
      data: { year: 2022, previousYear: 2020, expected: 2021, difference: 1 },
    });
  });
});

describe("cross-year.carry-over", () => {
  it("flags this year's 上年结转 that differs from last year's 结转下年度, per column", () => {
    const current = report(2022);
    current.requests.carriedOver.business = 1;
    current.requests.carriedOver.total = 4;
    const findings = crossYear(current, report(2021)).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(["cross-year.carry-over", "cross-year.carry-over"]);
    expect(findings[0]).toMatchObject({
      severity: "error",
      path: ["requests", "carriedOver", "business"],
      cells: [
        ["requests", "carriedOver", "business"],
        ["previous", "requests", "carriedForward", "business"],
      ],
      data: {
        left: [{ path: ["requests", "carriedOver", "business"], label: { zh: "上年结转" }, value: 1 }],
        right: [
          {
            path: ["previous", "requests", "carriedForward", "business"],
            label: { zh: "上年报告结转下年度" },
            value: 2,
          },
        ],
        leftSum: 1,
        rightSum: 2,
        difference: -1,
      },
    });
    expect(findings[0]?.message).toBe("商业企业：上年结转 1 ≠ 上年报告结转下年度 2（差 -1）");
    expect(findings[1]).toMatchObject({
      path: ["requests", "carriedOver", "total"],
      data: { difference: -1 },
    });
  });

  it("holds across the 2021 format change and reads a blank 总计 as the sum of its row", () => {
    const previous = report(2020);
    previous.requests.carriedForward.naturalPerson = 4;
    const current = report(2021);
    current.requests.carriedOver.naturalPerson = 4;
    current.requests.carriedOver.total = 4;
    expect(crossYear(current, previous).findings).toEqual([]);
  });

  it("finds a carry-over lost at the format change", () => {
    const previous = report(2020);
    previous.requests.carriedForward.naturalPerson = 4;
    previous.requests.carriedForward.total = 4;
    const findings = crossYear(report(2021), previous).findings;
    expect(findings.map((f) => [f.ruleId, f.path.at(-1), f.data.difference])).toEqual([
      ["cross-year.carry-over", "naturalPerson", -4],
      ["cross-year.carry-over", "total", -4],
    ]);
  });
});

describe("cross-year.in-force-continuity", () => {
  it("flags 现行有效件数 that does not follow last year's plus issued minus repealed", () => {
    const current = report(2022);
    current.proactive.normativeDocuments.inForce = 21;
    const findings = crossYear(current, report(2021)).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "cross-year.in-force-continuity",
      severity: "warning",
      path: ["proactive", "normativeDocuments", "inForce"],
      cells: [
        ["proactive", "normativeDocuments", "inForce"],
        ["previous", "proactive", "normativeDocuments", "inForce"],
        ["proactive", "normativeDocuments", "issued"],
        ["proactive", "normativeDocuments", "repealed"],
      ],
      data: {
        left: [{ value: 21 }],
        right: [{ value: 17 }, { value: 4 }, { value: 1 }],
        rightSigns: [1, 1, -1],
        leftSum: 21,
        rightSum: 20,
        difference: 1,
      },
    });
    expect(findings[0]?.message).toBe(
      "行政规范性文件：现行有效件数 21 ≠ 上年现行有效件数 17 + 本年制发 4 − 本年废止 1 = 20（差 1）",
    );
  });

  it("does not compare across the format change (2019 has no 现行有效件数)", () => {
    const current = report(2021);
    current.proactive.normativeDocuments.inForce = 999;
    expect(crossYear(current, report(2020)).findings).toEqual([]);
  });
});

describe("cross-year.item-count-continuity", () => {
  it("flags 上一年项目数量 that is not last year's count plus last year's change", () => {
    const previous = report(2019);
    previous.proactive.licensing.change = 30;
    const findings = crossYear(report(2020), previous).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "cross-year.item-count-continuity",
      severity: "warning",
      path: ["proactive", "licensing", "previousCount"],
      cells: [
        ["proactive", "licensing", "previousCount"],
        ["previous", "proactive", "licensing", "previousCount"],
        ["previous", "proactive", "licensing", "change"],
      ],
      data: { leftSum: 335, rightSum: 331, difference: 4 },
    });
    expect(findings[0]?.message).toBe(
      "行政许可：上一年项目数量 335 ≠ 上年报告上一年项目数量 301 + 上年报告本年增/减 30 = 331（差 4）",
    );
  });

  it("adds a negative change (减1)", () => {
    const previous = report(2019);
    previous.proactive.fees.change = -2;
    const findings = crossYear(report(2020), previous).findings;
    expect(findings.map((f) => [f.path, f.data.rightSum])).toEqual([
      [["proactive", "fees", "previousCount"], 1],
    ]);
  });
});

describe("cross-year.copied-tables", () => {
  it("flags tables 三 and 四 copied from last year, naming the non-zero cells of both", () => {
    const previous = report(2019);
    const current = report(2020);
    current.requests = previous.requests;
    current.appeals = previous.appeals;
    const findings = crossYear(current, previous).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(["cross-year.copied-tables"]);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      path: ["requests", "received", "naturalPerson"],
      // 23 rows of table 三 in the 2019 format, 15 cells of table 四.
      data: { compared: 7 * 23 + 15, nonZero: 15 },
    });
    expect((findings[0]?.data.identical as unknown[] | undefined)?.[0]).toEqual({
      path: ["requests", "received", "naturalPerson"],
      previousPath: ["previous", "requests", "received", "naturalPerson"],
      label: {
        zh: "一、本年新收政府信息公开申请数量 · 自然人",
        en: "I. New requests received this year · natural persons",
      },
      value: 97,
    });
    expect(findings[0]?.cells.slice(0, 2)).toEqual([
      ["requests", "received", "naturalPerson"],
      ["previous", "requests", "received", "naturalPerson"],
    ]);
  });

  it("sees a copy across the format change: the 2019 （六）其他处理 against the sum of the 2021 items", () => {
    const previous = report(2020);
    previous.requests.outcomes.otherHandling.naturalPerson = 3;
    previous.requests.outcomes.otherHandling.total = 3;
    const current = report(2021);
    for (const key of ["received", "carriedOver", "carriedForward"] as const) {
      current.requests[key] = previous.requests[key];
    }
    for (const key of [
      "disclosed",
      "partiallyDisclosed",
      "withheld",
      "unavailable",
      "notProcessed",
      "total",
    ]) {
      current.requests.outcomes[key] = previous.requests.outcomes[key];
    }
    current.requests.outcomes.otherHandling.noCorrection.naturalPerson = 1;
    current.requests.outcomes.otherHandling.other.naturalPerson = 2;
    current.requests.outcomes.otherHandling.other.total = 2;
    current.appeals = previous.appeals;
    const findings = crossYear(current, previous).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(["cross-year.copied-tables"]);
    expect(findings[0]?.cells).toContainEqual([
      "requests",
      "outcomes",
      "otherHandling",
      "noCorrection",
      "naturalPerson",
    ]);
    expect(findings[0]?.cells).toContainEqual([
      "previous",
      "requests",
      "outcomes",
      "otherHandling",
      "naturalPerson",
    ]);
  });

  it("does not flag tables that are all zero or blank in both years", () => {
    const previous = report(2019);
    const current = report(2020);
    for (const r of [previous, current]) {
      r.requests = report(2020).requests;
      for (const row of Object.values(r.requests) as Record<string, unknown>[]) {
        for (const key of Object.keys(row)) if (typeof row[key] === "number") row[key] = 0;
      }
      r.requests.outcomes = report(2019).requests.outcomes;
      const blank = (node: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(node)) {
          if (typeof v === "number") node[k] = null;
          else if (v && typeof v === "object") blank(v as Record<string, unknown>);
        }
      };
      blank(r.requests.outcomes);
    }
    expect(crossYear(current, previous).findings).toEqual([]);
  });

  it("does not flag one changed figure", () => {
    const previous = report(2019);
    const current = report(2020);
    current.requests = structuredClone(previous.requests);
    current.appeals = previous.appeals;
    current.requests.outcomes.unavailable.notHeld.naturalPerson = 4;
    expect(crossYear(current, previous).findings).toEqual([]);
  });
});

describe("cross-year.copied-text", () => {
  it("flags a narrative copied from last year with only the year changed, giving the share", () => {
    const previous = report(2020);
    const current = report(2021);
    const text = JSON.stringify(previous.sections).replaceAll("2020", "2021");
    current.sections = { ...JSON.parse(text), other: "本年度未收取信息处理费。" };
    const findings = crossYear(current, previous).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(["cross-year.copied-text"]);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      path: ["sections"],
      cells: [["sections"], ["previous", "sections"]],
      data: { threshold: 50, shingle: 13 },
    });
    const data = findings[0]?.data as { share: number; copied: number; length: number; percent: string };
    expect(data.share).toBeGreaterThan(0.98);
    expect(data.percent).toBe((Math.floor((data.copied * 1000) / data.length) / 10).toFixed(1));
    expect(findings[0]?.message).toMatch(/^正文与上年报告重复率为 9\d\.\d%（\d+\/\d+ 字/);
  });

  it("does not flag a narrative under half copied", () => {
    const previous = report(2020);
    const current = report(2021);
    // About a third of last year's overview on top of this year's own text.
    current.sections.overview += previous.sections.overview.slice(0, 300);
    expect(crossYear(current, previous).findings).toEqual([]);
  });

  it("ignores very short narratives that say the same stock phrase every year", () => {
    const previous = report(2021);
    const current = report(2022);
    previous.sections = { other: "本年度无其他需要报告的事项。未收取信息处理费。" };
    current.sections = { other: "本年度无其他需要报告的事项。未收取信息处理费。" };
    expect(crossYear(current, previous).findings).toEqual([]);
  });
});

describe("validateReport with a previous report it parsed itself", () => {
  it("takes last year's parsed report (Decimal amounts) as previous", () => {
    const previous = validateReport(report(2021)).report;
    const current = report(2022);
    current.proactive.normativeDocuments.inForce = 21;
    expect(crossYear(current, previous).findings.map((f) => f.ruleId)).toEqual([
      "cross-year.in-force-continuity",
    ]);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited freely before being validated.
type Edit = (previous: any, current: any) => void;

describe("breaking each cross-year rule in turn gives exactly that rule's finding", () => {
  const cases: [ruleId: string, years: [2019 | 2020 | 2021, 2020 | 2021 | 2022], edit: Edit, path: string][] =
    [
      [
        "cross-year.same-organ",
        [2020, 2021],
        (_, c) => {
          c.organ = "哈密市人民政府";
        },
        "organ",
      ],
      [
        "cross-year.carry-over",
        [2020, 2021],
        (_, c) => {
          c.requests.carriedOver.naturalPerson = 1;
          c.requests.carriedOver.total = 1;
        },
        "requests.carriedOver.naturalPerson",
      ],
      [
        "cross-year.in-force-continuity",
        [2021, 2022],
        (p) => {
          p.proactive.regulations.inForce = 2;
        },
        "proactive.regulations.inForce",
      ],
      [
        "cross-year.item-count-continuity",
        [2019, 2020],
        (_, c) => {
          c.proactive.coercion.previousCount = 36;
        },
        "proactive.coercion.previousCount",
      ],
      [
        "cross-year.copied-tables",
        [2019, 2020],
        (p, c) => {
          c.requests = p.requests;
          c.appeals = p.appeals;
        },
        "requests.received.naturalPerson",
      ],
      [
        "cross-year.copied-text",
        [2021, 2022],
        (p, c) => {
          c.sections = p.sections;
        },
        "sections",
      ],
    ];

  it.each(cases)("%s", (ruleId, [from, to], edit, path) => {
    const previous = report(from);
    const current = report(to);
    expect(crossYear(current, previous).findings).toEqual([]);
    edit(previous, current);
    const findings = crossYear(current, previous).findings;
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set([ruleId]));
    expect(findings[0]?.path.join(".")).toBe(path);
    // Every finding names a cell of each report and carries its numbers.
    for (const f of findings) {
      expect(f.cells.some((c) => c[0] === "previous")).toBe(true);
      expect(f.cells.some((c) => c[0] !== "previous")).toBe(true);
      expect(Object.keys(f.data).length).toBeGreaterThan(0);
    }
  });
});
