import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importHtml } from "../../src/import/import-html.js";
import { validateReport } from "../../src/validate/validate.js";
import { FIXTURES, mixedFolder, run, SEED, seed } from "./helpers.js";

const fixture = (name: string) => new URL(name, FIXTURES).pathname;

describe("zfxxgk diff", () => {
  it("compares 2020 (edition 2019) with 2021 (edition 2021), figure by figure", async () => {
    const { code, stdout } = await run(["diff", SEED.pathname, fixture("balikun-2021.json"), "--changed"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^巴里坤县人民政府：2021年与2020年报告对比/);
    expect(stdout).toMatch(/一、本年新收政府信息公开申请数量 · 总计\s+191\s+193\s+\+2\s+\+1\.0%/);
    expect(stdout).toContain("不可比");
  });

  it("writes JSON and Markdown, and exits 1 when a cross-year rule finds an error", async () => {
    const dir = mixedFolder();
    const current = seed();
    current.year = 2021; // the seed as the next year's report, in the old format
    current.requests.carriedOver.naturalPerson = 4; // last year carried nothing forward
    const file = join(dir, "next.json");
    writeFileSync(file, JSON.stringify(current));
    const json = await run(["diff", SEED.pathname, file, "--format", "json"]);
    expect(json.code).toBe(1);
    const diff = JSON.parse(json.stdout);
    expect(diff.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("cross-year.carry-over");
    expect(
      diff.entries.find((e: { path: string[] }) => e.path.join(".") === "requests.carriedOver.naturalPerson"),
    ).toMatchObject({ previous: null, current: 4, delta: 4, percent: null });
    const md = await run(["diff", SEED.pathname, file, "--format", "markdown", "--locale", "en"]);
    expect(md.stdout).toMatch(/^## /);
    expect(md.stdout).toContain("| I. New requests received this year · natural persons |");
  });

  it("names the file that is not a report", async () => {
    const dir = mixedFolder();
    const { code, stderr } = await run(["diff", join(dir, "c-corrupt.json"), SEED.pathname]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/c-corrupt\.json：不是有效的 JSON/);
  });
});

describe("zfxxgk convert", () => {
  it("renders the official tables, which import back to the same report", async () => {
    const html = await run(["convert", SEED.pathname, "--to", "html"]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    const back = importHtml(html.stdout);
    expect(validateReport(back.report).report).toEqual(validateReport(seed()).report);
    const md = await run(["convert", SEED.pathname, "--to", "markdown"]);
    expect(md.stdout).toContain("| 一、本年新收政府信息公开申请数量 |");
  });

  it("writes a whole HTML page that declares utf-8, and the bare article with --fragment", async () => {
    const page = await run(["convert", SEED.pathname, "--to", "html"]);
    expect(page.stdout).toMatch(/^<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">/);
    expect(page.stdout).toContain("<title>巴里坤县人民政府2020年政府信息公开工作年度报告</title>");
    expect(page.stdout.trimEnd().endsWith("</html>")).toBe(true);
    const fragment = await run(["convert", SEED.pathname, "--to", "html", "--fragment"]);
    expect(fragment.stdout).toMatch(/^<article class="zfxxgk-report"/);
    expect(page.stdout).toContain(fragment.stdout.trimEnd());
  });

  it("reads back the Markdown it writes, merged cells written once", async () => {
    const dir = mixedFolder();
    const file = join(dir, "report.md");
    await run(["convert", SEED.pathname, "--to", "markdown", "--out", file]);
    const back = await run(["convert", file]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(seed());
  });

  it("turns a published page into canonical JSON and tells what it could not decide", async () => {
    const { code, stdout, stderr } = await run(["convert", fixture("seed-2020-balikun.txt")]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(seed());
    expect(stderr).toContain(
      "[警告] 表格读取 · 表三 · 一、本年新收政府信息公开申请数量 · 法人或其他组织 · 商业企业：扁平文本丢失了列位置",
    );
  });
});

describe("zfxxgk validate, suspects", () => {
  it("prints the cell most likely wrong and the value it should hold", async () => {
    const dir = mixedFolder();
    const typo = seed();
    typo.requests.outcomes.disclosed.naturalPerson = 142; // 124 with two digits swapped
    const file = join(dir, "typo.json");
    writeFileSync(file, JSON.stringify(typo));
    const { code, stdout } = await run(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toContain("→ 疑似错误：（一）予以公开 · 自然人 报 142，应为 124（相邻数字颠倒）");
    const json = JSON.parse((await run(["validate", file, "--format", "json"])).stdout);
    expect(json.files[0].suspects).toEqual([
      expect.objectContaining({
        path: ["requests", "outcomes", "disclosed", "naturalPerson"],
        reported: 142,
        suggested: 124,
        slip: "transposition",
        ambiguous: false,
      }),
    ]);
  });
});
