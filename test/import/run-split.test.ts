import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { importText } from "../../src/import/import-text.js";
import { searchTable } from "../../src/import/run-solve.js";
import { MAX_DIGITS, runLayout, splitRun, splitsOf } from "../../src/import/run-split.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";
import { table3Rows } from "../../src/model/table3.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

// Every split by brute force (recursive, for the test only): six parts and their sum.
function brute(d: string): string[] {
  const out: string[] = [];
  for (let last = 1; last <= MAX_DIGITS && last <= d.length - 6; last++) {
    const totalText = d.slice(d.length - last);
    if (totalText.length > 1 && totalText.startsWith("0")) continue;
    const prefix = d.slice(0, d.length - last);
    const walk = (i: number, parts: string[]) => {
      if (parts.length === 6) {
        if (i === prefix.length && parts.reduce((a, b) => a + Number(b), 0) === Number(totalText))
          out.push([...parts, totalText].map(Number).join(","));
        return;
      }
      for (let n = 1; n <= last && i + n <= prefix.length; n++) {
        const t = prefix.slice(i, i + n);
        if (!(t.length > 1 && t.startsWith("0"))) walk(i + n, [...parts, t]);
      }
    };
    walk(0, []);
  }
  return out.sort();
}

describe("splitsOf: run-together figures of a table-三 row", () => {
  it.each([
    ["713000074", [[71, 3, 0, 0, 0, 0, 74]]],
    ["0000000", [[0, 0, 0, 0, 0, 0, 0]]],
    [
      "1221000033",
      [
        [1, 22, 10, 0, 0, 0, 33],
        [12, 21, 0, 0, 0, 0, 33],
      ],
    ],
    ["1234567", []],
    ["71300007", []],
    ["9".repeat(43), []],
  ])("%s", (digits, expected) => {
    expect(splitsOf(digits)).toEqual(expected);
  });

  it("finds exactly the splits a brute force finds", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 400; i++) {
      const parts = Array.from({ length: 6 }, () => (random() < 0.5 ? 0 : Math.floor(random() * 400)));
      const digits = parts.join("") + parts.reduce((a, b) => a + b, 0);
      const found = splitsOf(digits).map((s) => s.join(","));
      expect(found.sort()).toEqual(brute(digits));
      expect(found).toContain([...parts, parts.reduce((a, b) => a + b, 0)].join(","));
    }
  });
});

describe("text copied from a PDF: table 三's figures run together", () => {
  it("every cell of 二, 三, 四; rows with several row-wise splits decided by the table's identities", () => {
    const result = importText(fixture("copied-2021-department.txt"));
    expect(result.edition).toBe("2021");
    const want = JSON.parse(fixture("sample-2021-department.json"));
    const got = result.report && z.encode(reportSchema, result.report as AnnualReport);
    expect(got?.proactive).toEqual(want.proactive);
    expect(got?.requests).toEqual(want.requests);
    expect(got?.appeals).toEqual(want.appeals);
    expect(result.findings.filter((f) => f.ruleId.startsWith("import.ambiguous"))).toEqual([]);
    // 102011014 splits three ways on its own; with the other rows only 10 | 2 | 0 | 1 | 1 | 0 | 14 fits.
    expect(splitsOf("102011014")).toHaveLength(3);
    expect(got?.requests.outcomes.unavailable.notHeld).toMatchObject({
      naturalPerson: 10,
      business: 2,
      total: 14,
    });
    expect(result.sources["requests.outcomes.unavailable.notHeld.naturalPerson"]?.where).toMatch(
      /^line \d+, split$/,
    );
  });

  it("where several splits fit, the cells they disagree on stay blank and the finding lists them", () => {
    const text = fixture("copied-2021-department.txt").replace(
      /^二、上年结转政府信息公开申请数量\d+$/m,
      "二、上年结转政府信息公开申请数量1221000033",
    );
    // No split of this row keeps the identities: each row has only its own total to go by, so this
    // row and 102011014 (three splits) stay blank and are listed; nothing is guessed.
    const result = importText(text);
    const finding = result.findings.find(
      (f) => f.ruleId === "import.ambiguous-split" && f.path.join(".") === "requests.carriedOver",
    );
    expect(finding?.data).toMatchObject({ digits: "1221000033", count: 2 });
    expect(finding?.data.candidates).toEqual([
      "1 | 22 | 10 | 0 | 0 | 0 | 33",
      "12 | 21 | 0 | 0 | 0 | 0 | 33",
    ]);
    // Both splits give 总计 33 and three zero columns: those are settled; the first three columns are not.
    expect(result.report?.requests.carriedOver).toMatchObject({
      naturalPerson: null,
      business: null,
      research: null,
      nonprofit: 0,
      total: 33,
    });
    expect(finding?.cells?.map((c) => c.at(-1))).toEqual(["naturalPerson", "business", "research"]);
    expect(result.unmapped).toContainEqual({
      text: "1221000033",
      where: expect.stringMatching(/^line \d+$/),
    });
  });

  it("a row alone with two fitting splits is blank and listed (Markdown-less page text)", () => {
    const text = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量1221000033\n";
    const result = importText(text, { edition: "2021", organ: "某局", year: 2022 });
    const finding = result.findings.find((f) => f.ruleId === "import.ambiguous-split");
    expect(finding?.data).toMatchObject({ count: 2 });
    expect(result.report?.requests.received.naturalPerson).toBeNull();
  });
});

describe("splitRun: the readings of a run on any table's layout", () => {
  const texts = (digits: string, layout: ReturnType<typeof runLayout>) =>
    layout ? splitRun(digits, layout).splits.map((s) => s.join(" | ")) : [];

  it.each([
    // A sign starts a cell: 2648 is 上一年项目数量 in every reading.
    [
      "2019",
      "二",
      ["proactive", "penalties"],
      "2648-18538",
      ["2648 | -1 | 8538", "2648 | -18 | 538", "2648 | -185 | 38", "2648 | -1853 | 8"],
    ],
    // A space is always a cell boundary.
    ["2021", "三", ["requests", "received"], "230 000023", ["23 | 0 | 0 | 0 | 0 | 0 | 23"]],
    ["2021", "三", ["requests", "received"], "0 0 0 0 0 00", ["0 | 0 | 0 | 0 | 0 | 0 | 0"]],
    // Table 四's three totals each the sum of their group.
    [
      "2021",
      "四",
      ["appeals"],
      "10203120001200000",
      ["1 | 0 | 2 | 0 | 3 | 12 | 0 | 0 | 0 | 12 | 0 | 0 | 0 | 0 | 0"],
    ],
    // An amount in 元 after a count: the count's length is open.
    ["2019", "二", ["proactive", "procurement"], "1357.5元", ["1 | 357.5元", "13 | 57.5元", "135 | 7.5元"]],
    ["2021", "二", ["proactive", "fees"], "24252.311082", ["24252.311082"]],
  ] as const)("%s %s %j %s", (edition, table, path, digits, expected) => {
    expect(texts(digits, runLayout(edition, table, path))).toEqual(expected);
  });

  it("stops at its step budget and says the list is incomplete", () => {
    const layout = runLayout("2021", "三", ["requests", "received"]);
    const cut = layout && splitRun("6335743253458268884141258", layout, 1_000);
    expect(cut).toMatchObject({ complete: false, splits: [] });
    expect(cut?.work).toBeLessThanOrEqual(1_001);
    // The same run under the default budget: searched to the end, and no reading fits.
    expect(layout && splitRun("6335743253458268884141258", layout)).toMatchObject({
      complete: true,
      splits: [],
    });
  });

  it("a count has at most six digits: eighteen digits in three counts read one way", () => {
    const layout = runLayout("2019", "二", ["proactive", "licensing"]);
    const many = layout && splitRun(`${"1".repeat(6)} ${"1".repeat(6)} ${"1".repeat(6)}`, layout);
    expect(many?.complete).toBe(true);
    const wide = layout && splitRun("1".repeat(18), layout);
    expect(wide?.splits).toHaveLength(1);
    expect(wide?.splits[0]).toEqual(["111111", "111111", "111111"]);
  });
});

describe("searchTable: table 三's equations across rows", () => {
  const swap = [
    [1, 22, 10, 0, 0, 0, 33],
    [12, 21, 0, 0, 0, 0, 33],
  ];
  const tie = (rows: number, totals: number[]) =>
    [0, 1, 2, 6].map((c) => ({
      left: Array.from({ length: rows }, (_, row) => ({ row, cell: c })),
      right: [{ value: totals[c] ?? 0 }],
    }));

  it("keeps every reading some solution uses, and only those", () => {
    // 1 + 12 = 13 in the first column: the two rows must read differently, either way round.
    const result = searchTable([swap, swap], tie(2, [13, 43, 10, 0, 0, 0, 66]));
    expect(result.kept?.map((k) => [...k].sort())).toEqual([
      [0, 1],
      [0, 1],
    ]);
    // 2 = 1 + 1: only the first reading, in both rows.
    expect(searchTable([swap, swap], tie(2, [2, 44, 20, 0, 0, 0, 66])).kept?.map((k) => [...k])).toEqual([
      [0],
      [0],
    ]);
    expect(searchTable([swap, swap], tie(2, [3, 0, 0, 0, 0, 0, 66])).kept).toBeUndefined();
  });

  it("stops at its node budget and says so", () => {
    const rows = Array.from({ length: 21 }, () => swap);
    const result = searchTable(rows, tie(21, [136, 452, 105, 0, 0, 0, 693]), 5_000);
    expect(result).toMatchObject({ exhausted: true });
    expect(result.kept).toBeUndefined();
  });
});

describe("a table 三 with too many combinations to check", () => {
  it("is reported (import.split-search-budget); each row then goes by its own total", () => {
    // Every item row reads two ways (1221000033) and the totals fit many mixes of them.
    const rows = table3Rows("2021");
    const items = rows.filter((r) => r.kind === "item").length;
    const total = [Math.round(items * 6.5), Math.round(items * 21.5), items * 5, 0, 0, 0, items * 33].join(
      "",
    );
    const lines = rows.map((r) => {
      if (r.kind === "item") return `${r.own.zh}1221000033`;
      if (r.kind === "received" || r.kind === "total") return `${r.own.zh}${total}`;
      return r.kind === "subtotal" ? "" : `${r.own.zh}0000000`;
    });
    const text = `三、收到和处理政府信息公开申请情况\n${lines.filter((l) => l !== "").join("\n")}\n`;
    const result = importText(text, { edition: "2021", organ: "某局", year: 2023 });
    expect(result.findings.filter((f) => f.ruleId === "import.split-search-budget")).toHaveLength(1);
    const split = result.findings.filter((f) => f.ruleId === "import.ambiguous-split");
    const named = split.map((f) => f.path.join("."));
    for (const r of rows.filter((x) => x.kind === "item")) expect(named).toContain(r.path.join("."));
    for (const f of split.filter((x) => x.data.digits === "1221000033"))
      expect(f.data.candidates).toHaveLength(2);
  });
});
