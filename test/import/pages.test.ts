import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ImportResult } from "../../src/import/import.js";
import { importHtml } from "../../src/import/import-html.js";
import { importText } from "../../src/import/import-text.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const expected = (name: string) => JSON.parse(fixture(name));
const encoded = (result: ImportResult) =>
  result.report && z.encode(reportSchema, result.report as AnnualReport);
const ids = (result: ImportResult) => result.findings.map((f) => `${f.ruleId} ${f.path.join(".")}`);

describe("pages written the way government sites publish them", () => {
  it("official 2019 layout (rowspans, colspans, page chrome): cell for cell", () => {
    const result = importHtml(fixture("official-2019-yizhou.html"));
    expect(result.edition).toBe("2019");
    expect(encoded(result)).toEqual(expected("official-2019-yizhou.json"));
    expect(ids(result)).toEqual([
      "import.placeholder proactive.penalties.previousCount",
      "import.placeholder proactive.penalties.change",
      "import.unit-converted proactive.procurement.amount",
    ]);
    const converted = result.findings.find((f) => f.ruleId === "import.unit-converted");
    expect(converted?.data).toMatchObject({ raw: "251000元", value: "25.1" });
    // The site's breadcrumb, page box and footer are kept, not dropped, and not taken for narrative.
    expect(result.unmapped.map((u) => u.text)).toEqual([
      "首页 > 政府信息公开 > 年度报告",
      "发布日期：2021-01-25 来源：伊州区教育局 浏览次数：128",
      "主办：伊州区人民政府办公室 网站标识码：6522010001",
      "新ICP备00000000号",
    ]);
    expect(result.sources["proactive.licensing.decisions"]?.raw).toBe("1,229");
    expect(result.sources["requests.outcomes.unavailable.notHeld.legalService"]).toEqual({
      raw: "1",
      where: "table 2, row 16, column 8",
    });
  });

  it("Word-exported page (mso styles, <span>, <o:p>, &nbsp;, labels split over lines): cell for cell", () => {
    const result = importHtml(fixture("word-export-2020-yizhou.html"));
    expect(encoded(result)).toEqual(expected("official-2019-yizhou.json"));
    expect(ids(result)).toEqual([
      "import.placeholder proactive.penalties.previousCount",
      "import.placeholder proactive.penalties.change",
    ]);
    expect(result.unmapped).toEqual([]);
  });

  it("official 2021 layout (<th>, uneven header spans, （六） as a group of three): cell for cell", () => {
    const result = importHtml(fixture("official-2021-hami.html"));
    expect(result.edition).toBe("2021");
    expect(encoded(result)).toEqual(expected("official-2021-hami.json"));
    expect(ids(result)).toEqual(["import.organ-kind-inferred organKind"]);
    expect(result.unmapped.map((u) => u.text)).toEqual(["首页", "信息公开"]);
  });

  it("PDF-to-Markdown conversion (one small table per row, 数据1 … 数据6 | 总计): cell for cell", () => {
    const result = importText(fixture("pdf-2022-hami.md"));
    expect(result.edition).toBe("2021");
    expect(encoded(result)).toEqual(expected("official-2021-hami.json"));
    expect(ids(result)).toEqual(["import.organ-kind-inferred organKind"]);
    expect(result.unmapped).toEqual([]);
    expect(result.sources["requests.outcomes.otherHandling.noCorrection.business"]?.raw).toBe("1");
  });
});
