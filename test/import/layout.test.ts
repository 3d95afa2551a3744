import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ImportResult } from "../../src/import/import.js";
import { importText } from "../../src/import/import-text.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const expected = (name: string) => JSON.parse(fixture(name));
const encoded = (result: ImportResult) =>
  result.report && z.encode(reportSchema, result.report as AnnualReport);
const ids = (result: ImportResult) => result.findings.map((f) => `${f.ruleId} ${f.path.join(".")}`);

describe("pdftotext -layout output of printed reports", () => {
  it("edition 2021, table 三 across pages, 三、本年度办理结果 printed one character a line, footers '- N -': every cell", () => {
    const text = fixture("pdftotext-2021-hami.txt");
    expect(text).toContain("\f");
    const result = importText(text);
    expect(result.edition).toBe("2021");
    const want = expected("official-2021-hami.json");
    const got = encoded(result);
    expect(got?.proactive).toEqual(want.proactive);
    expect(got?.requests).toEqual(want.requests);
    expect(got?.appeals).toEqual(want.appeals);
    // Title, dates and sections too: wrapped paragraph lines are joined again.
    expect(got).toEqual(want);
    expect(ids(result)).toEqual(["import.organ-kind-inferred organKind"]);
    // Footers and header lines are kept as read, with their line.
    expect(result.unmapped).toContainEqual({ text: "-1-", where: "line 37" });
    expect(result.unmapped.map((u) => u.text)).toContain("-2-");
    // The label wrapped over three lines, its figures on the second.
    expect(result.sources["requests.outcomes.partiallyDisclosed.naturalPerson"]?.raw).toBe("30");
    expect(result.sources["requests.outcomes.otherHandling.other.total"]?.raw).toBe("3");
  });

  it("edition 2019, footers '第 N 页 共 M 页', blank cells told by the column headers: every cell", () => {
    const result = importText(fixture("pdftotext-2019-yizhou.txt"));
    expect(result.edition).toBe("2019");
    const want = expected("official-2019-yizhou.json");
    const got = encoded(result);
    expect(got?.proactive).toEqual(want.proactive);
    expect(got?.requests).toEqual(want.requests);
    expect(got?.appeals).toEqual(want.appeals);
    expect(got).toEqual(want);
    // What the order and the arithmetic left open, the alignment under the headers decided: said so.
    expect(ids(result)).toEqual([
      "import.columns-from-layout proactive.penalties.decisions",
      "import.columns-from-layout requests",
      "import.presumed-natural-person requests",
    ]);
    expect(result.unmapped.map((u) => u.text)).toEqual(
      expect.arrayContaining(["第1页共3页", "第2页共3页", "第3页共3页", "（三）不予", "公开"]),
    );
    expect(result.sources["requests.received.legalService"]).toEqual({
      raw: "1",
      where: "line 35, column 41",
    });
  });

  it("edition 2019 with the vertical label, table 三's rows on a page without its headers: what stays open is listed", () => {
    const result = importText(fixture("pdftotext-2019-yizhou-vertical.txt"));
    const want = expected("official-2019-yizhou.json");
    const got = encoded(result);
    expect(got?.proactive).toEqual(want.proactive);
    expect(got?.appeals).toEqual(want.appeals);
    // The "1" of 一、本年新收 (and the two rows that move with it) is 法律服务机构 in the report, but the
    // arithmetic allows four columns and no header stands on its page: the finding lists them all.
    const open = result.findings.find(
      (f) => f.ruleId === "import.ambiguous-column" && f.path.join(".") === "requests.received.research",
    );
    expect(open?.data.candidates).toEqual(["research", "nonprofit", "legalService", "otherOrganization"]);
    expect(open?.cells.map((c) => c.join("."))).toEqual([
      "requests.received.research",
      "requests.outcomes.unavailable.notHeld.research",
      "requests.outcomes.total.research",
    ]);
    const moved = (r: typeof want.requests) => {
      const copy = structuredClone(r);
      for (const row of [copy.received, copy.outcomes.unavailable.notHeld, copy.outcomes.total]) {
        row.research = row.legalService;
        row.legalService = null;
      }
      return copy;
    };
    expect(got?.requests).toEqual(moved(want.requests));
  });

  it("without the header alignment the open columns are findings, not guesses", () => {
    // The same page with table 三's column headers removed: nothing tells 法律服务机构 from 其他.
    const text = fixture("pdftotext-2019-yizhou.txt").replace(/^和）.*$/m, "和）");
    const result = importText(text);
    const open = result.findings.filter((f) => f.ruleId === "import.ambiguous-column");
    expect(open.length).toBeGreaterThan(0);
    const one = open.find((f) => f.path.join(".") === "requests.received.research");
    expect(one?.data).toMatchObject({ values: ["1"] });
    expect(one?.data.candidates).toEqual(expect.arrayContaining(["legalService", "otherOrganization"]));
    expect(result.report?.requests.received.legalService).toBeNull();
  });
});

describe("Markdown from PDF-to-Markdown converters, fragmented", () => {
  it("split tables, generic headers, headings and a footer between rows, figures apart from labels, remarks in cells", () => {
    const result = importText(fixture("fragmented-2021-qinghe.md"));
    expect(result.edition).toBe("2021");
    const want = expected("full-2021.json");
    const got = encoded(result);
    expect(got?.proactive).toEqual(want.proactive);
    expect(got?.requests).toEqual(want.requests);
    expect(got?.appeals).toEqual(want.appeals);
    expect(got).toEqual(want);
    expect(ids(result)).toEqual([
      "import.organ-kind-inferred organKind",
      "import.cell-remark proactive.regulations.issued",
      "import.cell-remark proactive.normativeDocuments.inForce",
      "import.cell-remark proactive.coercion.decisions",
    ]);
    // Remarks are not lost: each is kept with the cell it stood in.
    expect(result.unmapped).toContainEqual({
      text: "其中修订1件",
      where: "table 1, row 3, column 2 (proactive.regulations.issued)",
    });
    expect(result.sources["proactive.regulations.issued"]?.raw).toBe("3（其中修订1件）");
    // Figures on a row of their own take the label named above them, as a line or as a row.
    expect(result.sources["requests.outcomes.partiallyDisclosed.total"]).toEqual({
      raw: "136",
      where: "table 7, row 2, column 8",
    });
    expect(result.sources["requests.outcomes.unavailable.notHeld.naturalPerson"]?.raw).toBe("433");
    expect(result.unmapped.map((u) => u.text)).toEqual(expect.arrayContaining(["- 3 -", "（单位：件）"]));
  });

  it("a row of figures alone with no label named before it is kept, not placed", () => {
    const text = fixture("fragmented-2021-qinghe.md").replace(
      /^（二）部分公开（区分处理的，只计这一情形，不计其他情形）$/m,
      "",
    );
    const result = importText(text);
    expect(result.report?.requests.outcomes.partiallyDisclosed.total).toBeNull();
    expect(result.unmapped.map((u) => u.text)).toContain("136");
  });
});

describe("what is not layout text", () => {
  it("narrative lines ending in long numbers (telephone numbers) are not rows of figures", async () => {
    const { readText } = await import("../../src/import/text-tables.js");
    const text = [
      "二、主动公开政府信息情况",
      "联系电话：09022345678",
      "传真号码：09022345679",
      "邮政编码 839000 信箱 12345678",
    ].join("\n");
    expect(readText(text).unmapped).toBeUndefined();
    expect(readText(fixture("pdftotext-2021-hami.txt")).unmapped).toBeDefined();
  });
});

describe("pdftotext -layout of the committed office PDFs (other producers, other layouts)", () => {
  it.each([
    // LibreOffice from HTML: labels wrapped inside narrow cells, （二）部分公开 spelled over four lines.
    ["pdftotext-of-soffice-2022-balikun.txt", "balikun-2022.json"],
    // The Word template through LibreOffice: a tall row's total a line above its other figures.
    ["pdftotext-of-word-sample-2021-department.txt", "sample-2021-department.json"],
    // The Word template with four-digit counts: 2042 printed as 204 above its row's line and 2 below.
    ["pdftotext-of-word-full-2021.txt", "full-2021.json"],
    // Chromium on a narrow page: the heading of table 三 wrapped (…申请情 / 况), column headers in syllables.
    ["pdftotext-of-chromium-2021-department.txt", "sample-2021-department.json"],
  ])("%s: every cell of 二, 三, 四", (text, json) => {
    const result = importText(fixture(text));
    const want = expected(json);
    const got = encoded(result);
    expect(result.edition).toBe(want.edition);
    expect(got?.proactive).toEqual(want.proactive);
    expect(got?.requests).toEqual(want.requests);
    expect(got?.appeals).toEqual(want.appeals);
  });
});
