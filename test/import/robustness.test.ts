import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importHtml } from "../../src/import/import-html.js";
import { importText } from "../../src/import/import-text.js";
import { reportSchema } from "../../src/model/report.js";
import { renderHtml } from "../../src/render/html.js";

const seed = readFileSync(new URL("../fixtures/seed-2020-balikun.txt", import.meta.url), "utf8");
const canonical = reportSchema.parse(
  JSON.parse(readFileSync(new URL("../fixtures/seed-2020-balikun.json", import.meta.url), "utf8")),
);

describe("bad or partial input gives findings, never an exception or a silent loss", () => {
  it.each(["", "<html>", "<table><tr><td rowspan='x' colspan='-3'>规章</td></tr></table>", "<<<>>>|||"])(
    "importHtml(%j) returns a result",
    (html) => {
      const result = importHtml(html);
      expect(result.report).toBeUndefined();
      expect(result.findings.map((f) => f.ruleId)).toContain("import.no-tables");
    },
  );

  it("reports a value it cannot read, keeps it in unmapped and leaves the cell blank", () => {
    const html = renderHtml(canonical).replace("<td>25915</td>", "<td>约两万</td>");
    const result = importHtml(html);
    const finding = result.findings.find((f) => f.ruleId === "import.unparsed-value");
    expect(finding?.path).toEqual(["proactive", "penalties", "previousCount"]);
    expect(result.unmapped.map((u) => u.text)).toEqual(["约两万"]);
    expect(result.report?.proactive.penalties).toEqual({ previousCount: null, change: 9727, decisions: 304 });
  });

  it("fills a table that is missing with blanks and names every row it did not find", () => {
    const html = renderHtml(canonical).replace(/<h2>四、[\s\S]*?<\/table>/, "");
    const result = importHtml(html);
    const missing = result.findings
      .filter((f) => f.ruleId === "import.missing-row")
      .map((f) => f.path.join("."));
    expect(missing).toEqual(["appeals.review", "appeals.litigationDirect", "appeals.litigationAfterReview"]);
    expect(result.report?.appeals.review.total).toBeNull();
  });

  it("keeps a table row that names nothing of the format and says so", () => {
    const html = renderHtml(canonical).replace(
      '<tr><td colspan="3">四、结转下年度继续办理</td>',
      '<tr><td colspan="3">其中：网上申请</td><td>100</td><td>50</td><td></td><td></td><td></td><td></td><td>150</td></tr>\n<tr><td colspan="3">四、结转下年度继续办理</td>',
    );
    const result = importHtml(html);
    expect(result.unmapped.map((u) => u.text)).toEqual(["其中：网上申请", "100", "50", "150"]);
    const finding = result.findings.find((f) => f.ruleId === "import.unknown-row");
    expect(finding?.data.text).toBe("其中：网上申请 | 100 | 50 | 150");
    expect(result.report?.requests.carriedForward.total).toBeNull();
  });

  it("flags a 2021 report published in the 2019 layout", () => {
    const html = renderHtml({ ...canonical, year: 2021 });
    expect(importHtml(html).findings.map((f) => f.ruleId)).toContain("import.outdated-layout");
  });

  it("says which columns of a flattened table-二 row it could not decide", () => {
    const text = seed.replace("规章 |\n0 |\n0 |\n0 |\n", "规章 |\n0 |\n0 |\n|\n");
    const result = importText(text);
    const finding = result.findings.find(
      (f) => f.ruleId === "import.ambiguous-column" && f.path[0] === "proactive",
    );
    expect(finding?.cells).toEqual([
      ["proactive", "regulations", "made"],
      ["proactive", "regulations", "published"],
    ]);
  });

  it("keeps a text line it cannot place under a table heading", () => {
    const text = seed.replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n单位：件\n");
    expect(importText(text).unmapped).toEqual([{ text: "单位：件", where: "line 7" }]);
  });
});

describe("edition detection", () => {
  const html = renderHtml(canonical);
  it("reads the edition from table 二's headers", () => {
    expect(importHtml(html).edition).toBe("2019");
  });

  it("falls back on the year in the title when table 二 is missing, and says so", () => {
    const result = importHtml(html.replace(/<h2>二、[\s\S]*?<\/table>/, ""));
    expect(result.edition).toBe("2019");
    const finding = result.findings.find((f) => f.ruleId === "import.edition-guessed");
    expect(finding?.data.edition).toBe("2019");
    expect(result.findings.filter((f) => f.ruleId === "import.missing-row")).toHaveLength(8);
  });
});

describe("importers never throw", () => {
  const page = renderHtml(canonical);
  it("on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(() => importText(text)).not.toThrow();
        expect(() => importHtml(text)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("on a page cut anywhere, and its text cut anywhere", () => {
    fc.assert(
      fc.property(fc.nat({ max: page.length }), fc.nat({ max: seed.length }), (at, cut) => {
        const html = importHtml(page.slice(0, at));
        const text = importText(seed.slice(0, cut));
        for (const result of [html, text]) {
          expect(Array.isArray(result.findings)).toBe(true);
          if (!result.report) expect(result.findings.some((f) => f.severity === "error")).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
