import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { importText } from "../../src/import/import-text.js";
import { MAX_DIGITS, splitsOf } from "../../src/import/run-split.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";

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
