import { describe, expect, it } from "vitest";
import { FindingLog } from "../../src/import/findings.js";
import type { ImportResult } from "../../src/import/import.js";
import { importHtml } from "../../src/import/import-html.js";
import { readMeta, readTitle } from "../../src/import/meta.js";
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

const blocks = (...texts: string[]) =>
  texts.map((text, i) => ({ kind: "text" as const, text, where: `line ${i + 1}` }));
const metaOf = (texts: string[], fileName?: string) => {
  const log = new FindingLog("zh-CN");
  const read = readMeta(blocks(...texts), undefined, log, fileName);
  return { ...read, findings: log.findings.map((f) => `${f.ruleId}: ${f.message}`) };
};
const BODY = ["一、总体情况", "本年度工作情况如下。", "五、存在的主要问题及改进情况", "问题与改进。"];

describe("readMeta: meta as real layouts print it", () => {
  it("the organ alone on the first line, the year and title on the next, digits spaced from 年", () => {
    const read = metaOf([
      "洪泽区人民政府",
      "2023 年政府信息公开工作年度报告",
      "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和",
      "国政府信息公开条例》要求编制。统计期限自 2023 年 1 月 1 日",
      "起至 2023 年 12 月 31 日止。",
      ...BODY,
    ]);
    expect(read.meta).toMatchObject({
      organ: "洪泽区人民政府",
      year: 2023,
      period: { start: "2023-01-01", end: "2023-12-31" },
    });
    // The title says the organ: nothing was inferred.
    expect(read.findings.filter((f) => f.startsWith("import.organ-inferred"))).toEqual([]);
  });

  it("a title broken after 工作, the short name as written; a page's leftover word above it is chrome", () => {
    const read = metaOf([
      "正文",
      "2024 年上海市科委政府信息公开工作",
      "年度报告",
      "本年度报告中所列数据的统计周期为 2024 年 1 月 1 日至 12 月 31 日。",
      ...BODY,
    ]);
    expect(read.meta).toMatchObject({
      organ: "上海市科委",
      year: 2024,
      period: { start: "2024-01-01", end: "2024-12-31" },
    });
    expect(read.chrome.map((l) => l.text)).toEqual(["正文"]);
    expect(read.rest[0]?.text).toMatch(/^本年度报告/);
  });

  it("a breadcrumb above a whole title is never joined to it", () => {
    const read = metaOf(["首页", "哈密市2023年政府信息公开工作年度报告", ...BODY]);
    expect(read.meta).toMatchObject({ organ: "哈密市", year: 2023 });
  });

  it.each(["2026年1月23日", "2026-01-23", "二〇二六年一月二十三日", "2026 年 1 月 23 日"])(
    "the closing signature, its date as %s: the office signs its government's report",
    (date) => {
      const read = metaOf([
        "2025年度政府信息公开工作年度报告",
        ...BODY,
        "淮安市人民政府办公室",
        date,
        "网站地图",
      ]);
      expect(read.meta).toMatchObject({ organ: "淮安市人民政府", year: 2025, publishedOn: "2026-01-23" });
      expect(read.findings).toContain(
        "import.organ-inferred: 报告主体取自落款“淮安市人民政府办公室”：淮安市人民政府",
      );
      expect(read.chrome.map((l) => l.text)).toEqual(["网站地图"]);
      expect(read.rest.map((l) => l.text)).toEqual(BODY);
    },
  );

  it("本报告由XX办公室…编制 over wrapped lines: the government, and the finding says where from", () => {
    const read = metaOf([
      "2023年政府信息公开工作年度报告",
      "本报告由淮安市人民政府办公室根据《中华人民共和",
      "国政府信息公开条例》（以下简称《条例》）要求编制。",
      ...BODY,
    ]);
    expect(read.meta.organ).toBe("淮安市人民政府");
    expect(read.findings).toContain(
      "import.organ-inferred: 报告主体取自“本报告由淮安市人民政府办公室……编制”一句：淮安市人民政府",
    );
  });

  it("the file name stays the last resort, after the signature and the compiling sentence", () => {
    const read = metaOf(
      ["2023年政府信息公开工作年度报告", ...BODY, "淮安市人民政府", "2024年1月20日"],
      "某局2023.pdf",
    );
    expect(read.meta.organ).toBe("淮安市人民政府");
    expect(read.findings.some((f) => f.startsWith("import.meta-from-filename"))).toBe(false);
  });
});

describe("a page's own box (索引号, 发布机构, 发布日期, 文件下载 …)", () => {
  const boxed = (box: string) =>
    page().replace(TITLE, `${box}<h1>2022年度政府信息公开工作年度报告</h1>`).replace(SIGNATURE, "");

  it("as a table: read as meta, never listed as unknown table rows", () => {
    const result = importHtml(
      boxed(
        "<table><tr><td>索引号：</td><td>11652201MB0000000X/2023-00012</td><td>发布机构：</td><td>哈密市人民政府办公室</td></tr>" +
          "<tr><td>发布日期：</td><td>2023-01-30</td><td>文件下载：</td><td>年度报告.pdf</td></tr></table>",
      ),
    );
    expect(result.report).toMatchObject({ organ: "哈密市人民政府", year: 2022, publishedOn: "2023-01-30" });
    expect(ids(result).filter((id) => id.startsWith("import.unknown-row"))).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === "import.organ-inferred")?.message).toBe(
      "报告主体取自页面的“发布机构”栏：哈密市人民政府",
    );
    // Kept with what was read but not placed, not dropped.
    expect(result.unmapped.map((u) => u.text)).toEqual(expect.arrayContaining(["索引号：", "年度报告.pdf"]));
    expect(result.report?.appeals).toEqual(reportSchema.parse(fixture("official-2021-hami")).appeals);
  });

  it("as lines of text", () => {
    const result = importHtml(
      boxed("<p>索引号：0123/2023-00012　发布机构：哈密市人民政府　发布日期：2023年1月30日</p>"),
    );
    expect(result.report).toMatchObject({ organ: "哈密市人民政府", year: 2022, publishedOn: "2023-01-30" });
    expect(result.report?.sections?.preamble ?? "").not.toContain("索引号");
  });
});
