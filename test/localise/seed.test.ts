import { describe, expect, it } from "vitest";
import { localiseErrors, localiseReport } from "../../src/localise/localise.js";
import type { Slip } from "../../src/localise/types.js";
import type { AnnualReport } from "../../src/model/report.js";
import { validateReport } from "../../src/validate/validate.js";
import seed from "../fixtures/seed-2020-balikun.json" with { type: "json" };
import { correctionsOf, equalityErrors, withValues } from "../support/localise-helpers.js";

type Cell = (string | number)[];
const R = (...path: string[]): Cell => ["requests", ...path];
const O = (...path: string[]): Cell => ["requests", "outcomes", ...path];

const typed = (changes: [Cell, number | null][]) => withValues(seed, changes);

describe("the seed report", () => {
  it("is valid and has no suspect", () => {
    const result = validateReport(seed);
    expect(result.suspects).toEqual([]);
    expect(result.suspectAreas).toEqual([]);
  });
});

describe("one mistyped cell of table 三 in the seed", () => {
  const cases: [name: string, path: Cell, typed: number | null, truth: number, slip: Slip | null][] = [
    ["digits swapped", O("disclosed", "naturalPerson"), 142, 124, "transposition"],
    ["a digit dropped", R("received", "naturalPerson"), 12, 129, "digit-dropped"],
    ["a digit doubled", O("total", "total"), 1911, 191, "digit-doubled"],
    ["one digit changed", R("received", "total"), 181, 191, "digit-changed"],
    ["a one-digit number changed", O("withheld", "enforcementFiles", "naturalPerson"), 5, 2, "digit-changed"],
    ["a figure left blank", R("received", "business"), null, 62, "left-blank"],
    ["a figure typed into a blank row", O("withheld", "stateSecret", "research"), 40, 0, null],
  ];
  it.each(cases)("%s: names the cell, its value and the slip", (_name, path, value, truth, slip) => {
    const result = validateReport(typed([[path, value]]));
    expect(result.suspects).toHaveLength(1);
    expect(result.suspects[0]).toMatchObject({
      path,
      reported: value,
      suggested: truth,
      slip,
      ambiguous: false,
      alternatives: 0,
      together: [],
    });
    expect(result.suspectAreas).toMatchObject([
      { area: ["requests"], status: "unique", size: 1, corrections: 1 },
    ]);
    // Every broken equation the rules report is one the suspect repairs.
    const broken = new Set(result.findings.filter((f) => f.severity === "error").map((f) => f.ruleId));
    expect(new Set(result.suspects[0]?.ruleIds)).toEqual(broken);
  });

  it("states the suspect the way a person reads the table, in either locale", () => {
    const report = typed([[O("disclosed", "naturalPerson"), 142]]);
    expect(validateReport(report).suspects[0]?.reason).toBe(
      "疑似错误：（一）予以公开 · 自然人 报 142，应为 124（相邻数字颠倒）",
    );
    expect(validateReport(report, { locale: "en" }).suspects[0]?.reason).toBe(
      "Suspected error: (1) Disclosed · natural persons reads 142, should be 124 (adjacent digits swapped)",
    );
    const blank = validateReport(typed([[R("received", "business"), null]]));
    expect(blank.suspects[0]?.reason).toBe(
      "疑似错误：一、本年新收政府信息公开申请数量 · 商业企业 报 空，应为 62（应填未填）",
    );
  });

  it("does not suspect a 总计 left blank: that is requests.total-blank", () => {
    for (const path of [
      O("notProcessed", "complaint", "total"),
      O("total", "total"),
      R("received", "total"),
    ]) {
      const result = validateReport(typed([[path, null]]));
      expect(result.findings.map((f) => f.ruleId)).toContain("requests.total-blank");
      expect(result.suspects).toEqual([]);
    }
  });

  it("lets a blank total follow its parts: the part is the suspect, never the blank total", () => {
    const report = typed([
      [O("notProcessed", "complaint", "total"), null],
      [O("notProcessed", "complaint", "naturalPerson"), 33],
    ]);
    const { suspects } = validateReport(report);
    expect(suspects).toMatchObject([
      {
        path: O("notProcessed", "complaint", "naturalPerson"),
        reported: 33,
        suggested: 3,
        slip: "digit-doubled",
      },
    ]);
  });
});

describe("two mistyped cells of table 三 in the seed", () => {
  it("finds values typed into the neighbouring cells", () => {
    const result = validateReport(
      typed([
        [O("disclosed", "naturalPerson"), 62],
        [O("disclosed", "business"), 124],
      ]),
    );
    expect(result.suspectAreas).toMatchObject([{ status: "unique", size: 2, corrections: 1 }]);
    expect(result.suspects).toMatchObject([
      {
        path: O("disclosed", "naturalPerson"),
        suggested: 124,
        slip: "neighbour",
        together: [O("disclosed", "business")],
      },
      {
        path: O("disclosed", "business"),
        suggested: 62,
        slip: "neighbour",
        together: [O("disclosed", "naturalPerson")],
      },
    ]);
    expect(result.suspects[0]?.reason).toBe(
      "疑似错误：（一）予以公开 · 自然人 报 62，应为 124（数值填入了相邻单元格；须与 （一）予以公开 · 商业企业 一并改正）",
    );
  });

  it("says it cannot tell when two rows of one column may have swapped figures or both totals be wrong", () => {
    const report = typed([
      [O("withheld", "enforcementFiles", "naturalPerson"), 0],
      [O("notProcessed", "complaint", "naturalPerson"), 5],
    ]);
    const result = validateReport(report);
    expect(result.suspectAreas).toMatchObject([{ status: "ambiguous", size: 2, corrections: 2 }]);
    expect(result.suspects.every((s) => s.ambiguous && s.alternatives === 1)).toBe(true);
    expect(correctionsOf(result.suspects)).toEqual([
      [
        [O("withheld", "enforcementFiles", "naturalPerson"), 2],
        [O("notProcessed", "complaint", "naturalPerson"), 3],
      ],
      [
        [O("withheld", "enforcementFiles", "total"), 0],
        [O("notProcessed", "complaint", "total"), 5],
      ],
    ]);
    for (const correction of correctionsOf(result.suspects)) {
      expect(equalityErrors(withValues(report, correction))).toEqual([]);
    }
    expect(result.suspects[0]?.reason).toBe(
      "可能有误：（三）不予公开 · 7.属于行政执法案卷 · 自然人 报 0，改为 2 则等式成立（一位数字输错；须与 （五）不予处理 · 1.信访举报投诉类申请 · 自然人 一并改正；2 种改法同样能使等式成立，无法确定是哪一种）",
    );
  });

  it("says so when no change of one or two cells fits", () => {
    const result = validateReport(
      typed([
        [O("disclosed", "naturalPerson"), 100],
        [R("received", "business"), 70],
        [O("notProcessed", "complaint", "naturalPerson"), 9],
      ]),
    );
    expect(result.suspects).toEqual([]);
    expect(result.suspectAreas).toMatchObject([
      { area: ["requests"], status: "unexplained", size: null, corrections: 0 },
    ]);
    expect(result.suspectAreas[0]?.message).toBe(
      "表三：改动一至两个单元格都无法使全部等式成立，可能有多处错误",
    );
  });
});

describe("table 四 in the seed", () => {
  it("lists every cell of the group that could be wrong, marked ambiguous", () => {
    const result = validateReport(typed([[["appeals", "review", "upheld"], 3]]));
    expect(result.suspectAreas).toMatchObject([
      { area: ["appeals", "review"], status: "ambiguous", corrections: 2 },
    ]);
    expect(result.suspects).toMatchObject([
      { path: ["appeals", "review", "upheld"], reported: 3, suggested: 0, ambiguous: true, alternatives: 1 },
      { path: ["appeals", "review", "total"], reported: 0, suggested: 3, ambiguous: true, alternatives: 1 },
    ]);
    expect(result.suspectAreas[0]?.message).toBe(
      "表四 · 行政复议：2 种改动 1 个单元格的改法都能使全部等式成立，仅凭算术无法确定哪个单元格有误",
    );
  });

  it("lets a typing slip single one cell out, and says others fit too", () => {
    // 27 typed as 72: only the total reads as a slip; 20 → 65 or 7 → 52 would be no slip at all.
    const review = { upheld: 20, corrected: 7, other: 0, pending: 0, total: 72 };
    const result = validateReport(withValues(seed, [[["appeals", "review"], review]]));
    expect(result.suspectAreas).toMatchObject([{ status: "slip", corrections: 5 }]);
    expect(result.suspects).toMatchObject([
      {
        path: ["appeals", "review", "total"],
        suggested: 27,
        slip: "transposition",
        ambiguous: false,
        alternatives: 4,
      },
    ]);
    expect(result.suspects[0]?.reason).toBe(
      "疑似错误：行政复议 · 总计 报 72，应为 27（相邻数字颠倒；另有 4 种改法也能使等式成立，此种符合录入错误）",
    );
  });

  it("does not single one out when a slip explains two of the corrections", () => {
    // 15 typed as 51: the total swapped, or 39 typed as 3 (a digit dropped).
    const review = { upheld: 12, corrected: 3, other: 0, pending: 0, total: 51 };
    const result = validateReport(withValues(seed, [[["appeals", "review"], review]]));
    expect(result.suspectAreas).toMatchObject([{ status: "ambiguous", corrections: 5 }]);
    expect(result.suspects.slice(0, 2)).toMatchObject([
      { path: ["appeals", "review", "total"], suggested: 15, slip: "transposition", ambiguous: true },
      { path: ["appeals", "review", "corrected"], suggested: 39, slip: "digit-dropped", ambiguous: true },
    ]);
  });

  it("localises each group on its own", () => {
    const result = validateReport(
      typed([
        [["appeals", "review", "total"], 2],
        [O("disclosed", "naturalPerson"), 142],
      ]),
    );
    expect(result.suspectAreas.map((a) => [a.area.join("."), a.status])).toEqual([
      ["requests", "unique"],
      ["appeals.review", "ambiguous"],
    ]);
  });
});

describe("which equalities localisation uses", () => {
  const report = typed([[O("disclosed", "naturalPerson"), 125]]);

  it("uses only the rules that ran", () => {
    expect(validateReport(report).suspects).toHaveLength(1);
    // Without the row totals, any item of the column could hold the extra 1.
    const noRowTotal = validateReport(report, { rules: { exclude: ["requests.row-total"] } });
    expect(noRowTotal.suspectAreas).toMatchObject([{ status: "ambiguous", corrections: 3 }]);
    expect(noRowTotal.suspects.map((s) => [s.path.join("."), s.suggested])).toEqual([
      ["requests.outcomes.disclosed.naturalPerson", 124],
      ["requests.outcomes.withheld.enforcementFiles.naturalPerson", 1],
      ["requests.outcomes.notProcessed.complaint.naturalPerson", 2],
    ]);
    expect(validateReport(report, { rules: { exclude: ["requests."] } }).suspects).toEqual([]);
    expect(localiseErrors(report, { rules: { include: ["appeals."] } })).toEqual({ suspects: [], areas: [] });
  });

  it("adds the carry-over from last year's report, which tells 上年结转 from 结转下年度", () => {
    const report = typed([[R("carriedOver", "naturalPerson"), 7]]);
    const alone = localiseErrors(report);
    expect(alone.areas).toMatchObject([{ status: "ambiguous", corrections: 2 }]);
    expect(alone.suspects.map((s) => [s.path.join("."), s.suggested])).toEqual([
      ["requests.carriedOver.naturalPerson", 0],
      ["requests.carriedForward.naturalPerson", 7],
    ]);
    // Last year carried nothing forward (the seed's 结转下年度 is blank).
    const previous = withValues(seed, [[["year"], 2019]]);
    const withPrevious = localiseErrors(report, { previous });
    expect(withPrevious.areas).toMatchObject([{ status: "unique", size: 1 }]);
    expect(withPrevious.areas[0]?.ruleIds).toContain("cross-year.carry-over");
    expect(withPrevious.suspects).toMatchObject([{ path: R("carriedOver", "naturalPerson"), suggested: 0 }]);
    expect(validateReport(report, { previous }).suspects).toEqual(withPrevious.suspects);
    const excluded = localiseErrors(report, { previous, rules: { exclude: ["cross-year."] } });
    expect(excluded.areas).toMatchObject([{ status: "ambiguous" }]);
    // Like the rule, the carry-over holds between consecutive years only.
    expect(localiseErrors(report, { previous: seed }).areas).toMatchObject([{ status: "ambiguous" }]);
  });

  it("works on the parts that parsed and never throws on bad input", () => {
    const partial = withValues(typed([[O("disclosed", "naturalPerson"), 142]]), [
      [["appeals", "review", "total"], "x"],
    ]);
    const result = validateReport(partial);
    expect(result.suspects).toMatchObject([{ path: O("disclosed", "naturalPerson"), suggested: 124 }]);
    for (const input of [null, "text", 42, [], { edition: "2019" }]) {
      expect(localiseErrors(input)).toEqual({ suspects: [], areas: [] });
      expect(validateReport(input).suspects).toEqual([]);
    }
    const { edition: _edition, ...noEdition } = typed([[["appeals", "review", "upheld"], 3]]);
    expect(validateReport(noEdition).suspects.map((s) => s.path.join("."))).toEqual([
      "appeals.review.upheld",
      "appeals.review.total",
    ]);
  });

  it("turns a failure of its own into a finding instead of throwing", () => {
    const hostile = new Proxy({} as AnnualReport, {
      get() {
        throw new Error("boom");
      },
    });
    const result = localiseReport(
      {
        report: hostile,
        parts: new Set(["appeals"]),
        previous: undefined,
        ruleIds: new Set(["appeals.total"]),
      },
      "en",
    );
    expect(result.suspects).toEqual([]);
    expect(result.findings).toMatchObject([
      {
        ruleId: "localise",
        severity: "warning",
        message: "Rule localise failed (a bug in zfxxgk, please report it): boom",
      },
    ]);
  });
});
