import { describe, expect, it } from "vitest";
import { checkRegion, PREVIOUS_MISSING, type RegionInput, reportHead } from "../../src/region/check.js";
import { CoverageTracker, coverage, regionOrder } from "../../src/region/coverage.js";
import { csvField, csvLine, parseCsv } from "../../src/region/csv.js";
import { indicators, rateChange, sumIndicators } from "../../src/region/indicators.js";
import { normaliseOrganName, OrganListError, parseOrgans } from "../../src/region/organ-name.js";
import { RegionTotals } from "../../src/region/totals.js";
import { fixture, seed, withCells } from "../support/fixtures.js";

describe("normaliseOrganName", () => {
  const same: [string, string][] = [
    ["巴里坤县人民政府", "巴里坤县政府"],
    ["巴里坤县人民政府", " 巴里坤县 人民政府 "],
    ["哈密市人民政府办公室", "哈密市政府办公厅"],
    ["新疆维吾尔自治区人民政府办公厅", "新疆维吾尔自治区人民政府办公室"],
    ["哈密市生态环境局（哈密市环境保护局）", "哈密市生态环境局(哈密市环境保护局)"],
    ["ＡＢ县人民政府", "AB县人民政府"],
  ];
  it.each(same)("%s ≡ %s", (a, b) => expect(normaliseOrganName(a)).toBe(normaliseOrganName(b)));

  const different: [string, string][] = [
    ["巴里坤县人民政府", "伊州区人民政府"],
    // A department's office is not a government's general office, nor the department itself.
    ["哈密市教育局办公室", "哈密市教育局办公厅"],
    ["哈密市人民政府办公室", "哈密市人民政府"],
    ["哈密市人民政府办公室信息科", "哈密市人民政府办公厅信息科"],
    ["巴里坤县人民政府", "巴里坤县人民政府本级"],
  ];
  it.each(different)("%s ≠ %s", (a, b) => expect(normaliseOrganName(a)).not.toBe(normaliseOrganName(b)));
});

describe("parseOrgans", () => {
  it("reads names, aliases, parent and region code; looks up by any normalised name", () => {
    const list = parseOrgans(
      "\ufeffname,aliases,parent,region code\r\n巴里坤县人民政府,巴里坤县政府（本级）|巴县政府,哈密市人民政府,650521\r\n伊州区人民政府,,哈密市人民政府,650502\r\n",
    );
    expect(list.entries).toHaveLength(2);
    const entry = list.byKey.get(normaliseOrganName("巴县 政府"));
    expect(entry).toEqual({
      name: "巴里坤县人民政府",
      aliases: ["巴里坤县政府（本级）", "巴县政府"],
      parent: "哈密市人民政府",
      regionCode: "650521",
    });
    expect(list.byKey.get(normaliseOrganName("巴里坤县政府(本级)"))).toBe(entry);
  });

  it("reads the kind (Chinese words as the options' words) and whether the organ consolidates", () => {
    const list = parseOrgans(
      "名称,上级机关,机关类型,汇总\n哈密市人民政府,,人民政府,是\n伊州区教育局,哈密市人民政府,部门,\n伊州区某镇,伊州区人民政府,乡镇,否\n某中心,,事业单位,\n",
    );
    expect(list.entries.map((e) => [e.kind, e.consolidates])).toEqual([
      ["government", true],
      ["department", undefined],
      ["town", false],
      ["事业单位", undefined],
    ]);
    expect(() => parseOrgans("name,consolidates\n甲县人民政府,maybe\n")).toThrow(
      expect.objectContaining({ name: "OrganListError", line: 2 }),
    );
  });

  it("takes Chinese headers", () => {
    const list = parseOrgans(
      "名称,别名,上级机关,行政区划代码\n伊州区人民政府,伊州区政府；伊州,哈密市人民政府,650502\n",
    );
    expect(list.entries[0]?.aliases).toEqual(["伊州区政府", "伊州"]);
    expect(list.entries[0]?.regionCode).toBe("650502");
  });

  it.each([
    ["别的,列\n巴里坤县人民政府,x\n", 1, /no name column/],
    ["name,aliases\n巴里坤县人民政府,\n,伊州区政府\n", 3, /blank organ name/],
    ["name,aliases\n巴里坤县人民政府,\n巴里坤县政府,\n", 3, /names both/],
  ])("rejects %j at line %i", (text, line, message) => {
    expect(() => parseOrgans(text)).toThrow(message);
    try {
      parseOrgans(text);
    } catch (error) {
      expect(error).toBeInstanceOf(OrganListError);
      expect((error as OrganListError).line).toBe(line);
    }
  });
});

describe("CSV", () => {
  it.each([
    ["巴里坤县", "巴里坤县"],
    ["a,b", '"a,b"'],
    ['他说"好"', '"他说""好"""'],
    ["一\n二", '"一\n二"'],
    [" lead", '" lead"'],
    [12, "12"],
    [null, ""],
  ] as const)("field %j → %j", (value, field) => expect(csvField(value)).toBe(field));

  it("parses what it writes", () => {
    const rows = [
      ["机关", "说明"],
      ["巴里坤县人民政府", '写明“新收申请一百九十三件”，与"表格"不符\r\n第二行'],
      ["", "末尾,逗号"],
    ];
    expect(parseCsv(rows.map(csvLine).join(""))).toEqual(rows);
  });
});

describe("indicators", () => {
  it("computes the seed's rates from table 三 and 四, with numerator and denominator", () => {
    // Seed 2020: 予以公开 124+62, 部分公开 0, 不予公开 2 (行政执法案卷), 无法提供 0, 总计 191.
    const list = indicators(seed());
    expect(list.map((i) => [i.id, i.numerator, i.denominator, i.rate, i.note])).toEqual([
      ["substantiveDisclosure", 186, 191, "0.973822", null],
      ["withheld", 2, 191, "0.010471", null],
      ["unavailable", 0, 191, "0.000000", null],
      ["reviewCorrection", 0, 0, null, "no-denominator"],
      ["litigationCorrection", 0, 0, null, "no-denominator"],
    ]);
  });

  it("takes pending cases out of the correction denominators", () => {
    const report = fixture("sample-2021-department.json");
    const review = indicators(report, { minCount: 1 })[3];
    // 复议: 维持 2, 纠正 1, 其他 0, 尚未审结 1, 总计 4 → 1 ÷ (4 − 1).
    expect(review).toMatchObject({ id: "reviewCorrection", numerator: 1, denominator: 3, rate: "0.333333" });
  });

  it("gives no rate below the minimum count, but keeps the fraction", () => {
    const report = withCells(fixture("sample-2021-department.json"), {});
    const [disclosure] = indicators(report);
    expect(disclosure?.denominator).toBeLessThan(100);
    const strict = indicators(report, { minCount: (disclosure?.denominator ?? 0) + 1 })[0];
    expect(strict).toMatchObject({ rate: null, note: "below-min-count", numerator: disclosure?.numerator });
  });

  it("reads a blank total as its row's sum, and a report without tables as no denominator", () => {
    const report = withCells(seed(), { "requests.outcomes.total.total": null });
    expect(indicators(report)[0]).toMatchObject({ numerator: 186, denominator: 191 });
    expect(indicators({ organ: "x" }).every((i) => i.note === "no-denominator")).toBe(true);
    expect(indicators(null)).toHaveLength(5);
  });

  it("sums fractions, not rates, and gives the change in points", () => {
    const a = indicators(seed())[0];
    const b = { ...indicators(seed())[0], numerator: 10, denominator: 20 } as NonNullable<typeof a>;
    const sum = sumIndicators([a as NonNullable<typeof a>, b], "substantiveDisclosure");
    expect(sum).toMatchObject({ numerator: 196, denominator: 211, rate: "0.928910" });
    expect(rateChange(sum, a)).toBe("-4.491204");
    expect(rateChange(sum, undefined)).toBeNull();
  });
});

function organ(input: Record<string, unknown>, organName: string, year?: number) {
  const copy = structuredClone(input);
  copy.organ = organName;
  if (year) copy.year = year;
  return copy;
}

describe("checkRegion", () => {
  const y2020 = () => seed();
  const y2021 = () => fixture("balikun-2021.json");
  const y2022 = () => fixture("balikun-2022.json");

  async function run(inputs: RegionInput[], options = {}) {
    const out = [];
    for await (const r of checkRegion(inputs, options)) out.push(r);
    return out;
  }

  it("pairs consecutive years of one organ across the 2020→2021 edition change and name variants", async () => {
    const results = await run([
      { file: "a-2020", input: organ(y2020(), "巴里坤县人民政府") },
      { file: "a-2021", input: organ(y2021(), "巴里坤县政府") },
      { file: "a-2022", input: organ(y2022(), "巴里坤县 人民政府") },
    ]);
    expect(results.map((r) => r.previousFile)).toEqual([null, "a-2020", "a-2021"]);
    expect(results.map((r) => r.head.key)).toEqual(["巴里坤县政府", "巴里坤县政府", "巴里坤县政府"]);
    expect(results.every((r) => r.valid)).toBe(true);
    // Without `years`, the first report says once that 2019 is missing.
    expect(results[0]?.findings.filter((f) => f.ruleId === PREVIOUS_MISSING)).toHaveLength(1);
  });

  it("runs the cross-year rules on each pair: a broken carry-over is an error of the later year", async () => {
    // 2021 carries forward 8 (received raised by 3 to keep its balance); 2022 carries over 5.
    const previous = withCells(y2021(), {
      "requests.received.total": 196,
      "requests.carriedForward.total": 8,
    });
    const results = await run(
      [
        { file: "b-2021", input: previous },
        { file: "b-2022", input: y2022() },
      ],
      { years: new Set([2021, 2022]) },
    );
    const carry = results[1]?.findings.filter((f) => f.ruleId === "cross-year.carry-over");
    expect(carry?.map((f) => [f.path.join("."), f.data.difference])).toEqual([
      ["requests.carriedOver.total", -3],
    ]);
    expect(results[0]?.findings.some((f) => f.ruleId === PREVIOUS_MISSING)).toBe(false);
  });

  it("says once, as info, that a report's previous year is missing when the batch has that year", async () => {
    const results = await run(
      [
        { file: "a-2020", input: organ(y2020(), "甲县人民政府") },
        { file: "b-2020", input: organ(y2020(), "乙县人民政府") },
        { file: "a-2022", input: organ(y2022(), "甲县人民政府") },
        { file: "b-2021", input: organ(y2021(), "乙县人民政府") },
      ],
      { years: new Set([2020, 2021, 2022]) },
    );
    const missing = results.map((r) => r.findings.filter((f) => f.ruleId === PREVIOUS_MISSING));
    expect(missing.map((m) => m.length)).toEqual([0, 0, 1, 0]);
    expect(missing[2]?.[0]).toMatchObject({ severity: "info", data: { previousYear: 2021 } });
    expect(missing[2]?.[0]?.message).toBe("未找到本机关 2021 年度的报告：跨年度规则未运行");
    expect(results[3]?.previousFile).toBe("b-2020");
  });

  it("pairs both of two reports of one organ and year with last year, in grouped order", async () => {
    const heads = [
      reportHead("x-2022b", organ(y2022(), "甲县人民政府")),
      reportHead("x-2021", organ(y2021(), "甲县人民政府")),
      reportHead("x-2022a", organ(y2022(), "甲县政府")),
    ];
    const inputs = { "x-2022b": y2022(), "x-2021": y2021(), "x-2022a": y2022() } as Record<string, unknown>;
    const ordered = regionOrder(heads).map((h) => ({
      file: h.file,
      input: organ(inputs[h.file] as Record<string, unknown>, h.organ ?? ""),
    }));
    expect(ordered.map((o) => o.file)).toEqual(["x-2021", "x-2022a", "x-2022b"]);
    const results = await run(ordered, { grouped: true, years: new Set([2021, 2022]) });
    expect(results.map((r) => r.previousFile)).toEqual([null, "x-2021", "x-2021"]);
  });

  it("uses the organs list for names no rule can merge, and gives the change of rates", async () => {
    const organs = parseOrgans(
      "name,aliases,parent,region code\n巴里坤县人民政府,巴里坤县人民政府（本级）,哈密市人民政府,650521\n",
    );
    const results = await run(
      [
        { file: "2021", input: organ(y2021(), "巴里坤县人民政府（本级）") },
        { file: "2022", input: organ(y2022(), "巴里坤县人民政府") },
      ],
      { organs },
    );
    expect(results[1]?.previousFile).toBe("2021");
    expect(results[0]?.head.listed?.regionCode).toBe("650521");
    expect(results[1]?.findings.filter((f) => f.ruleId.startsWith("cross-year."))).toEqual([]);
    const [now, before] = [results[1]?.indicators[0], results[0]?.indicators[0]];
    expect(results[1]?.changes[0]).toBe(rateChange(now as NonNullable<typeof now>, before));
    expect(results[1]?.changes[0]).toMatch(/^-?\d+\.\d{6}$/);
  });
});

describe("coverage and totals", () => {
  const organs = parseOrgans("name,aliases\n甲县人民政府,\n乙县人民政府,\n丙县人民政府,\n");
  const heads = [
    reportHead("a", { organ: "甲县政府", year: 2022 }, organs),
    reportHead("a2", { organ: "甲县人民政府", year: 2022 }, organs),
    reportHead("b", { organ: "乙县人民政府", year: 2021 }, organs),
    reportHead("z", { organ: "某局", year: 2022 }, organs),
  ];

  it("finds missing, unlisted and duplicate reports", () => {
    expect(coverage(heads, organs, 2022)).toEqual([
      { kind: "missing", organ: "乙县人民政府", regionCode: "", year: 2022, files: [] },
      { kind: "missing", organ: "丙县人民政府", regionCode: "", year: 2022, files: [] },
      { kind: "unlisted", organ: "某局", regionCode: "", year: 2022, files: ["z"] },
      { kind: "duplicate", organ: "甲县人民政府", regionCode: "", year: 2022, files: ["a", "a2"] },
    ]);
  });

  it("gives the same rows as reports go by in region order", () => {
    for (const list of [organs, undefined]) {
      const tracker = new CoverageTracker(list);
      for (const head of regionOrder(heads)) tracker.add(head);
      expect(tracker.end(2022)).toEqual(coverage(heads, list, 2022));
    }
  });

  it("without a list, only duplicates", () => {
    expect(coverage(heads, undefined, 2022).map((r) => r.kind)).toEqual(["duplicate"]);
  });

  it("sums per region code and for the whole batch, with the change from last year", () => {
    const totals = new RegionTotals();
    totals.add("650521", 2021, indicators(seed()));
    totals.add("650502", 2021, indicators(seed()));
    totals.add("650521", 2022, indicators(withCells(seed(), { "requests.outcomes.disclosed.total": 100 })));
    const rows = totals.rows().filter((r) => r.id === "substantiveDisclosure");
    expect(rows.map((r) => [r.regionCode, r.year, r.numerator, r.denominator, r.reports])).toEqual([
      ["*", 2021, 372, 382, 2],
      ["*", 2022, 100, 191, 1],
      ["650502", 2021, 186, 191, 1],
      ["650521", 2021, 186, 191, 1],
      ["650521", 2022, 100, 191, 1],
    ]);
    expect(rows[4]?.change).toBe("-45.026178");
  });
});
