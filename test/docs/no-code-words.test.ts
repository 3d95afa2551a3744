import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/catalogue.js";
import { run } from "../cli/helpers.js";
import { codeWords, visibleText } from "../support/code-words.js";

/**
 * What a clerk reads names a cell by its labels, a rule by its title and a status in Chinese: no
 * dotted path, rule id or English status word in any human output of the fixtures. Ids stay in JSON
 * and on hover (attribute values are not visible text).
 */

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
// Every kind of document a clerk checks: JSON, text, pages, Markdown, Word and PDF (the encrypted one
// and the scan too low to read by OCR included: their reading problems are read by a clerk as well).
const READABLE = /\.(json|txt|html|md|docx|pdf)$/;
const inputsOf = (dir: string) =>
  readdirSync(dir)
    .filter((f) => READABLE.test(f))
    .map((f) => join(dir, f));
const INPUTS = [...inputsOf(FIXTURES), ...inputsOf(join(FIXTURES, "pdf"))];
const REAL = inputsOf(join(FIXTURES, "real")).filter((f) => !f.endsWith(".json"));
// Reports a clerk gets wrong: a count as text, a row left out, a figure that breaks a sum.
function brokenReports(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-words-in-"));
  const seed = () => JSON.parse(readFileSync(join(FIXTURES, "seed-2020-balikun.json"), "utf8"));
  const text = seed();
  text.requests.received.naturalPerson = "一百二十九";
  const missing = seed();
  delete missing.requests.carriedOver;
  missing.organ = "";
  const sum = seed();
  sum.requests.outcomes.total.naturalPerson += 5;
  const files = { "text.json": text, "missing.json": missing, "sum.json": sum };
  return Object.entries(files).map(([name, report]) => {
    writeFileSync(join(dir, name), JSON.stringify(report));
    return join(dir, name);
  });
}

const ALL = [...INPUTS, ...REAL, ...brokenReports()];

// Pairs for diff: the same organ in successive years, and a pair of different organs.
const PAIRS: [string, string][] = [
  ["balikun-2021.json", "balikun-2022.json"],
  ["balikun-2019.json", "seed-2020-balikun.json"],
  ["real/17-pingtan-2021.json", "real/18-pingtan-2022.json"],
  ["official-2019-yizhou.json", "official-2021-hami.json"],
];

const TIMEOUT = 600_000;

function expectClean(output: string, where: string) {
  expect(codeWords(output, ids), where).toEqual([]);
}

const ids = [...rules.map((r) => r.id)];

function expectPagesClean(dir: string, pages: string[]) {
  const found = pages.flatMap((page) =>
    codeWords(visibleText(readFileSync(join(dir, page), "utf8")), ids).map((w) => `${page}: ${w}`),
  );
  expect(found).toEqual([]);
}

describe("no code words in what a clerk reads", () => {
  it.each(["text", "markdown"])(
    "validate --format %s",
    async (format) => {
      const { stdout } = await run(["validate", ...ALL, "--format", format, "--locale", "zh-CN"]);
      expect(stdout.length).toBeGreaterThan(1000);
      expectClean(stdout, `validate ${format}`);
    },
    TIMEOUT,
  );

  it(
    "review and index pages",
    async () => {
      const out = mkdtempSync(join(tmpdir(), "zfxxgk-words-"));
      await run(["review", ...ALL, "--out", out]);
      const pages = readdirSync(out).filter((f) => f.endsWith(".html"));
      expect(pages).toContain("index.html");
      expect(pages.length).toBeGreaterThan(10);
      expectPagesClean(out, pages);
    },
    TIMEOUT,
  );

  it(
    "review pages with a year before",
    async () => {
      const out = mkdtempSync(join(tmpdir(), "zfxxgk-words-"));
      await run([
        "review",
        join(FIXTURES, "balikun-2022.json"),
        "--previous",
        join(FIXTURES, "balikun-2021.json"),
        "--out",
        out,
      ]);
      expectPagesClean(
        out,
        readdirSync(out).filter((f) => f.endsWith(".html")),
      );
    },
    TIMEOUT,
  );

  it(
    "region text and CSV in Chinese",
    async () => {
      const out = mkdtempSync(join(tmpdir(), "zfxxgk-words-"));
      const organs = join(out, "organs.csv");
      writeFileSync(organs, "名称,上级机关\n巴里坤县人民政府,\n哈密市人民政府,\n不存在的机关,\n");
      const text = await run(["region", ...ALL, "--organs", organs, "--locale", "zh-CN"]);
      expectClean(text.stdout, "region text");
      // A rate's change is in percentage points, said so.
      expect(text.stdout).toMatch(/\d+\.\d{2}% {2}[+-]\d+\.\d{2} 个百分点\n/);
      expect(text.stdout).not.toMatch(/\([+-]\d/);
      await run(["region", ...ALL, "--organs", organs, "--format", "csv", "--out", join(out, "csv")]);
      const sheets = readdirSync(join(out, "csv"));
      expect(sheets.length).toBeGreaterThan(2);
      const found = sheets.flatMap((sheet) =>
        codeWords(readFileSync(join(out, "csv", sheet), "utf8"), ids).map((w) => `${sheet}: ${w}`),
      );
      expect(found).toEqual([]);
    },
    TIMEOUT,
  );

  it.each(PAIRS)(
    "diff %s %s",
    async (before, after) => {
      for (const format of ["text", "markdown"]) {
        const { stdout, stderr } = await run([
          "diff",
          join(FIXTURES, before),
          join(FIXTURES, after),
          "--format",
          format,
        ]);
        expect(stdout + stderr).not.toBe("");
        expectClean(stdout + stderr, `diff ${format}`);
      }
    },
    TIMEOUT,
  );
});

describe("the checker itself", () => {
  it("finds each kind of code word", () => {
    expect(codeWords("定位到单元格 requests.outcomes.withheld", ids)).toEqual(["requests.outcomes.withheld"]);
    expect(codeWords("[警告] cross-year.in-force-continuity 行", ids)).toEqual([
      "cross-year.in-force-continuity",
    ]);
    expect(codeWords("import.missing-row：表三", ids)).toEqual(["import.missing-row"]);
    expect(codeWords("schema 格式", ids)).toEqual(["schema"]);
    expect(codeWords("覆盖,missing\n", ids)).toEqual(["missing"]);
    expect(codeWords("状态 valid", ids)).toEqual(["valid"]);
    expect(codeWords("请核对原文line 33, column 14", ids)).toEqual(["line 33", "column 14"]);
  });

  it("lets pass what a clerk may read", () => {
    expect(codeWords("哈密市人民政府 2021 年 1.5 万元 www.gov.cn 第 3.2 节 a.json", ids)).toEqual([]);
  });

  it("reads only the visible text of a page", () => {
    const page = `<p title="requests.outcomes.withheld" data-rule="schema">表三<style>.valid{}</style><script>let a = "b.c";</script></p>`;
    expect(visibleText(page).trim()).toBe("表三");
  });
});
