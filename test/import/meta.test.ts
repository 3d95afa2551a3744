import { describe, expect, it } from "vitest";
import type { ImportResult } from "../../src/import/import.js";
import { importHtml } from "../../src/import/import-html.js";
import { readTitle } from "../../src/import/meta.js";
import { reportSchema } from "../../src/model/report.js";
import { renderHtml } from "../../src/render/html.js";
import { validateReport } from "../../src/validate/validate.js";
import { fixture } from "../load-fixture.js";

// The hami fixture rendered without the renderer's hints, so that only what a real page says counts.
const page = () =>
  renderHtml(reportSchema.parse(fixture("official-2021-hami"))).replace(/ data-organ-kind="\w+"/, "");
const TITLE = "<h1>哈密市人民政府2022年政府信息公开工作年度报告</h1>";
const SIGNATURE = '<p class="signature">哈密市人民政府</p>\n<p class="signature">2023年1月30日</p>';
const ids = (result: ImportResult) => result.findings.map((f) => `${f.ruleId} ${f.path.join(".")}`);

describe("readTitle: the orders real titles use", () => {
  it.each([
    ["哈密市人民政府2023年度政府信息公开工作年度报告", { organ: "哈密市人民政府", year: 2023 }],
    ["2023年哈密市人民政府政府信息公开工作年度报告", { organ: "哈密市人民政府", year: 2023 }],
    ["2023年度哈密市生态环境局政府信息公开工作年度报告", { organ: "哈密市生态环境局", year: 2023 }],
    ["哈密市人民政府关于2023年政府信息公开工作的年度报告", { organ: "哈密市人民政府", year: 2023 }],
    ["哈密市人民政府 2023 年政府信息公开工作年度报告", { organ: "哈密市人民政府", year: 2023 }],
    ["2023年度政府信息公开工作年度报告", { year: 2023 }],
    ["哈密市2023年政府信息公开年度报告", { organ: "哈密市", year: 2023 }],
  ])("%s", (title, expected) => {
    expect(readTitle(title)).toEqual(expected);
  });

  it.each(["一、总体情况", "2023年，哈密市人民政府深入贯彻落实《条例》", "政府信息公开工作年度报告"])(
    "%s is no title",
    (text) => {
      expect(readTitle(text)).toBeUndefined();
    },
  );
});

describe("a report is never lost over its meta", () => {
  it("year before organ in the title: the whole report comes back", () => {
    const result = importHtml(page().replace(TITLE, "<h1>2022年哈密市人民政府政府信息公开工作年度报告</h1>"));
    expect(result.report).toMatchObject({ organ: "哈密市人民政府", year: 2022 });
    expect(ids(result).filter((id) => id.includes("meta-missing"))).toEqual([]);
  });

  it("organ and date on one signing line", () => {
    const html = page()
      .replace(TITLE, "<h1>2022年度政府信息公开工作年度报告</h1>")
      .replace(SIGNATURE, "<p>哈密市人民政府办公室　2023年1月30日</p>");
    const result = importHtml(html);
    expect(result.report).toMatchObject({ organ: "哈密市人民政府", year: 2022, publishedOn: "2023-01-30" });
    expect(ids(result)).toContain("import.organ-inferred organ");
  });

  it("the opening sentence: 本报告由XX编制", () => {
    const html = page()
      .replace(TITLE, "<h1>2022年度政府信息公开工作年度报告</h1>")
      .replace(SIGNATURE, "")
      .replace("要求编制。", "要求，由哈密市人民政府办公室编制。");
    const result = importHtml(html);
    expect(result.report?.organ).toBe("哈密市人民政府");
    expect(result.findings.find((f) => f.ruleId === "import.organ-inferred")?.message).toContain("本报告由");
  });

  it("the file name, as a last resort, and said so", () => {
    const html = page()
      .replace(TITLE, "")
      .replace(SIGNATURE, "")
      .replace(/2022年/g, "本年");
    const result = importHtml(html, {
      filename: "reports/哈密市人民政府2022年政府信息公开工作年度报告.html",
    });
    expect(result.report).toMatchObject({ organ: "哈密市人民政府", year: 2022 });
    const named = result.findings.filter((f) => f.ruleId === "import.meta-from-filename");
    expect(named.map((f) => [f.severity, f.path.join(".")])).toEqual([
      ["info", "organ"],
      ["info", "year"],
    ]);
    expect(named[0]?.message).toBe(
      "文件中未写明报告主体，按文件名“哈密市人民政府2022年政府信息公开工作年度报告.html”取为 哈密市人民政府，请核对",
    );
  });

  it("nothing says the organ or year: the tables still come back, the rules still run, the finding says how", () => {
    const html = page()
      .replace(TITLE, "<h1>政府信息公开工作年度报告</h1>")
      .replace(SIGNATURE, "")
      .replace(/统计期限：[^<]*/, "")
      .replace(/2022年/g, "本年")
      .replace("<td>372</td>", "<td>373</td>");
    const result = importHtml(html, { locale: "en" });
    expect(result.report).toBeDefined();
    expect(result.report?.organ).toBeUndefined();
    expect(result.report?.year).toBeUndefined();
    expect(result.report?.appeals).toEqual(reportSchema.parse(fixture("official-2021-hami")).appeals);
    expect(result.findings.filter((f) => f.ruleId === "import.meta-missing").map((f) => f.message)).toEqual([
      "Could not read the organ from the file: the tables were read and their rules still run; supply it with --organ (or options.organ)",
      "Could not read the year from the file: the tables were read and their rules still run; supply it with --year (or options.year)",
    ]);
    const validated = validateReport(JSON.parse(JSON.stringify(result.report)));
    expect(validated.findings.filter((f) => f.ruleId === "schema").map((f) => f.path.join("."))).toEqual([
      "organ",
      "year",
    ]);
    // The changed cell breaks table 三's sums, and the rules say so.
    expect(validated.findings.some((f) => f.ruleId.startsWith("requests."))).toBe(true);
  });

  it("options.organ and options.year fill what the page lacks and make a complete report", () => {
    const html = page()
      .replace(TITLE, "")
      .replace(SIGNATURE, "")
      .replace(/2022年/g, "本年");
    const result = importHtml(html, { organ: "哈密市人民政府", year: 2022 });
    expect(ids(result).filter((id) => id.includes("meta"))).toEqual([]);
    expect(reportSchema.safeParse(result.report).success).toBe(true);
  });
});
