import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/cli/decode.js";
import { CliError } from "../../src/cli/errors.js";
import { detectKind, loadBytes, parseJson } from "../../src/cli/load.js";
import { FIXTURES, SEED } from "./helpers.js";

const seedText = readFileSync(SEED, "utf8");

describe("decode", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decode(Buffer.from(seedText))).toEqual({ text: seedText, encoding: "utf-8" });
    expect(decode(Buffer.from(`\uFEFF${seedText}`))).toEqual({ text: seedText, encoding: "utf-8" });
  });

  it("reads UTF-16 with a BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, "utf16le")]);
    expect(decode(bytes)).toEqual({ text: seedText, encoding: "utf-16le" });
  });

  it("detects a GBK file that declares nothing", () => {
    const decoded = decode(readFileSync(new URL("cli/seed-2020-balikun.gbk.json", FIXTURES)));
    expect(decoded.encoding).toBe("gbk");
    expect(decoded.text).toBe(seedText);
  });

  it("follows a page's <meta charset=gb2312>", () => {
    const decoded = decode(readFileSync(new URL("cli/balikun-excerpt.gb2312.html", FIXTURES)));
    expect(decoded.encoding).toBe("gb2312");
    expect(decoded.text).toContain("巴里坤县人民政府2020年政府信息公开工作年度报告");
    expect(decoded.text).toContain("“以公开为常态，不公开为例外”");
  });

  it("prefers valid UTF-8 over a stale GB2312 declaration", () => {
    const page = '<meta charset="gb2312"><title>巴里坤县人民政府</title>';
    expect(decode(Buffer.from(page))).toEqual({ text: page, encoding: "utf-8" });
  });

  it("refuses a UTF-8 file with a damaged byte instead of reading it as GBK mojibake", () => {
    const bytes = Buffer.from(seedText);
    const at = bytes.indexOf(Buffer.from("巴里坤"));
    bytes[at + 1] = 0x41; // breaks 巴 in the middle: a lead byte alone, then a stray continuation byte
    expect(() => decode(bytes)).toThrowError(`damaged UTF-8 (2 invalid sequences, the first at byte ${at})`);
  });

  it("refuses bytes that are neither UTF-8 nor GB18030, instead of inventing U+FFFD", () => {
    const bytes = Buffer.from([0x7b, 0x22, 0x80, 0xff, 0xff, 0x22, 0x7d]);
    expect(() => decode(bytes)).toThrowError(CliError);
    try {
      decode(bytes);
    } catch (error) {
      expect((error as CliError).code).toBe("E_DECODE");
    }
  });
});

describe("detectKind and load", () => {
  it("tells JSON, HTML and text apart by content", () => {
    expect(detectKind(`  \n${seedText}`)).toBe("json");
    expect(detectKind("<!DOCTYPE html><html><body></body></html>")).toBe("html");
    expect(detectKind("巴里坤县人民政府\n<table><tr><td>1</td></tr></table>")).toBe("html");
    expect(detectKind(readFileSync(new URL("seed-2020-balikun.txt", FIXTURES), "utf8"))).toBe("text");
  });

  it("names the line and column of a JSON syntax error", () => {
    const text = '{\n  "edition": "2019",\n  "year": 2020,,\n}';
    expect(() => parseJson(text)).toThrowError(/line 3, column/);
    try {
      parseJson(text);
    } catch (error) {
      expect((error as CliError).code).toBe("E_PARSE");
      expect((error as CliError).label.zh).toBe(
        "不是有效的 JSON：第 3 行第 16 列附近：此处应为用双引号括起的项名",
      );
    }
  });

  it("loads a GBK JSON report into the same input as its UTF-8 original", async () => {
    const loaded = await loadBytes(readFileSync(new URL("cli/seed-2020-balikun.gbk.json", FIXTURES)));
    expect(loaded).toMatchObject({ kind: "json", encoding: "gbk", findings: [] });
    expect(loaded.input).toEqual(JSON.parse(seedText));
  });

  it("imports HTML pages and text through the importers, keeping their findings", async () => {
    const page = await loadBytes(readFileSync(new URL("official-2021-hami.html", FIXTURES)));
    expect(page).toMatchObject({
      kind: "html",
      encoding: "utf-8",
      input: { organ: "哈密市人民政府", year: 2022 },
    });
    const text = await loadBytes(readFileSync(new URL("seed-2020-balikun.txt", FIXTURES)), "en");
    expect(text.kind).toBe("text");
    expect(text.input).toEqual(JSON.parse(readFileSync(new URL("seed-2020-balikun.json", FIXTURES), "utf8")));
    const ambiguous = text.findings.find((f) => f.ruleId === "import.ambiguous-column");
    expect(ambiguous?.message).toMatch(/^The flattened text/);
  });

  it("calls an empty file empty", async () => {
    await expect(loadBytes(Buffer.from(" \n"))).rejects.toThrowError(/empty/);
  });
});
