import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importText } from "../../src/index.js";

const seed = readFileSync(new URL("../fixtures/seed-2020-balikun.txt", import.meta.url), "utf8");
const RECEIVED = "一、本年新收政府信息公开申请数量 |";
const BIG = 120_000;

describe("hostile text: importText walks without recursion", () => {
  it("a 4 MB flattened text repeating one row of table 三 (the column solver's walk)", () => {
    const row = `${RECEIVED}\n1 |\n0 |\n0 |\n0 |\n0 |\n0 |\n1 |\n|||\n`;
    const text = seed.replace(RECEIVED, row.repeat(Math.ceil(4_000_000 / row.length)) + RECEIVED);
    expect(text.length).toBeGreaterThan(4_000_000);
    const result = importText(text);
    // The first reading of the row is kept; every repeat is a conflict said once, not a crash.
    expect(result.report?.requests.received.naturalPerson).toBe(1);
    expect(result.findings.filter((f) => f.ruleId === "import.conflicting-value").length).toBeGreaterThan(0);
  }, 120_000);

  it("a row of table 三 given 10,000 times with open columns", () => {
    const row = `${RECEIVED}\n1 |\n2 |\n3 |\n|||\n`;
    const result = importText(seed.replace(RECEIVED, row.repeat(10_000) + RECEIVED));
    expect(result.report).toBeDefined();
    expect(result.findings.some((f) => f.ruleId === "import.columns-unresolved")).toBe(true);
  }, 120_000);

  it("a Markdown rule row of 2 million columns", () => {
    const text = `| 信息内容 | 本年制发件数 |\n|${" --- |".repeat(2_000_000)}\n| 规章 | 5 |`;
    const result = importText(text);
    expect(result.sources["proactive.regulations.issued"]?.raw).toBe("5");
  }, 120_000);

  it(`a Markdown data row of ${BIG} columns is read, its surplus kept`, () => {
    const text = `| 信息内容 | 本年制发件数 |\n| --- | --- |\n| 规章 | 5 |${" 1 |".repeat(BIG)}`;
    const result = importText(text);
    expect(result.sources["proactive.regulations.issued"]?.raw).toBe("5");
    expect(result.unmapped.length).toBeGreaterThanOrEqual(BIG);
  }, 120_000);
});

describe("hostile text: the new text readers stay linear and never throw", () => {
  const hami = readFileSync(new URL("../fixtures/pdftotext-2021-hami.txt", import.meta.url), "utf8");

  it("a pdftotext -layout row with 200,000 figures", () => {
    const text = hami.replace("规章    2", `规章    2${" 1".repeat(200_000)}`);
    const result = importText(text);
    expect(result.findings.map((f) => f.ruleId)).toContain("import.extra-values");
    expect(result.sources["proactive.regulations.issued"]?.raw).toBe("2");
  }, 120_000);

  it("100,000 lines of run-together figures for one row", () => {
    const text = `三、收到和处理政府信息公开申请情况\n${"一、本年新收政府信息公开申请数量1221000033\n".repeat(100_000)}`;
    const result = importText(text, { edition: "2021" });
    // The first is the row's reading (two splits fit: listed); every repeat is a conflict, kept as read.
    expect(result.findings.filter((f) => f.ruleId === "import.ambiguous-split")).toHaveLength(1);
    expect(result.unmapped.length).toBeGreaterThanOrEqual(100_000);
  }, 120_000);

  it("a run of 10,000 digits is not split", () => {
    const text = `三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量${"7".repeat(10_000)}\n`;
    const result = importText(text, { edition: "2021" });
    expect(result.findings.find((f) => f.ruleId === "import.ambiguous-split")?.data).toMatchObject({
      count: 0,
    });
  }, 120_000);
});

describe("hostile layout text: wrapped-figure rejoining stays linear", () => {
  it("three layout lines of 100,000 aligned figures each", () => {
    const hami = readFileSync(new URL("../fixtures/pdftotext-2021-hami.txt", import.meta.url), "utf8");
    const wide = (digits: string) => `      ${`${digits}   `.repeat(100_000)}`;
    const block = `${wide("123")}\n一、本年新收政府信息公开申请数量 ${"7 ".repeat(10)}\n${wide("4")}\n`;
    const result = importText(hami.replace("二、上年结转", `${block}二、上年结转`));
    expect(result.findings.length).toBeGreaterThan(0);
  }, 120_000);
});

describe("hostile text: hundreds of thousands of lines around the report", () => {
  it("300,000 lines after the signature are page chrome, kept, not a stack overflow", () => {
    const result = importText(`${seed}${"\nx".repeat(300_000)}`);
    expect(result.report?.organ).toBe("巴里坤县人民政府");
    expect(result.unmapped.filter((u) => u.text === "x").length).toBe(300_000);
  }, 120_000);

  it("a section of 200,000 paragraphs renders and reads back", async () => {
    const { renderHtml } = await import("../../src/index.js");
    const report = importText(seed).report;
    if (!report) throw new Error("the seed should import");
    const long = { ...report, sections: { ...report.sections, overview: "段落。\n".repeat(200_000) } };
    const html = renderHtml(long as unknown as Parameters<typeof renderHtml>[0]);
    expect(html.split("<p>段落。</p>").length - 1).toBe(200_000);
  }, 120_000);
});

describe("hostile crawled page: one line of megabytes stays linear", () => {
  const page = readFileSync(new URL("../fixtures/real/17-pingtan-2021.txt", import.meta.url), "utf8");

  it("a table section of 2 MB of labels with no figures between them", () => {
    const text = page.replace("规章 000", `${"规章".repeat(1_000_000)} 000`);
    const result = importText(text);
    expect(result.sources["proactive.regulations.issued"]?.raw).toBe("0");
  }, 120_000);

  it("a table section of 2 MB of run-together digits, and 100,000 rows given again", () => {
    const digits = page.replace("行政规范性文件693665", `行政规范性文件${"1".repeat(2_000_000)}`);
    expect(
      importText(digits).findings.find((f) => f.path.join(".") === "proactive.normativeDocuments")?.data,
    ).toMatchObject({
      count: 0,
    });
    const rows = page.replace("行政强制42", "行政强制42".repeat(100_000));
    const result = importText(rows);
    expect(result.report?.proactive.coercion).toEqual({ decisions: 42 });
    expect(result.findings.filter((f) => f.ruleId === "import.conflicting-value").length).toBeGreaterThan(0);
  }, 120_000);
});
