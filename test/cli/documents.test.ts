import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fixture } from "../load-fixture.js";
import { fillTemplate } from "../support/fill-template.js";
import { FIXTURES, run, SEED } from "./helpers.js";

/** A folder of what offices send in: a Word file, a page, JSON, and an Excel sheet named on its own. */
function officeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-docs-"));
  writeFileSync(join(dir, "a-qinghe.docx"), fillTemplate(fixture("full-2021")));
  writeFileSync(join(dir, "b-hami.docx"), fillTemplate(fixture("official-2021-hami")));
  writeFileSync(join(dir, "table.xlsx"), zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }));
  return dir;
}

describe("zfxxgk reads Word files and names what it cannot read", { timeout: 120_000 }, () => {
  it("validate a.docx b.html c.json: each read by its own reader", async () => {
    const dir = officeFolder();
    const { code, stdout, stderr } = await run([
      "validate",
      join(dir, "a-qinghe.docx"),
      new URL("official-2021-hami.html", FIXTURES).pathname,
      SEED.pathname,
      "--format",
      "json",
    ]);
    expect(stderr).toBe("");
    const out = JSON.parse(stdout);
    expect(out.files.map((f: { kind: string; encoding: string | null }) => [f.kind, f.encoding])).toEqual([
      ["docx", null],
      ["html", "utf-8"],
      ["json", "utf-8"],
    ]);
    expect(out.files[0]).toMatchObject({
      status: "checked",
      report: { organ: "青禾市人民政府", year: 2023 },
    });
    expect(code).toBe(out.summary.error > 0 ? 1 : 0);
  });

  it("validate DIR takes the .docx files of a folder (and leaves what holds no report)", async () => {
    const { stdout } = await run(["validate", officeFolder()]);
    expect(stdout).toMatch(/a-qinghe\.docx\s+青禾市人民政府 2023 年度报告（2021 年版格式）/);
    expect(stdout).toMatch(/b-hami\.docx\s+哈密市人民政府 2022 年度报告/);
    // Skipped for its format, and said so in the summary rather than dropped without a word.
    expect(stdout).not.toMatch(/^. .*table\.xlsx/m);
    expect(stdout).toMatch(/因格式未读取（请另存为 PDF、Word 或文本）：.*table\.xlsx/);
  });

  it("an Excel file named on the command line: exit 2 and what to do", async () => {
    const file = join(officeFolder(), "table.xlsx");
    const zh = await run(["validate", file]);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain(
      "无法检查：不支持读取Excel 表格（.xlsx）：请另存为 PDF 或 Word（.docx）后再试",
    );
    const en = await run(["convert", file, "--locale", "en"]);
    expect(en).toMatchObject({ code: 2, stdout: "" });
    expect(en.stderr).toContain(
      "Cannot read an Excel workbook (.xlsx): save it as PDF or Word (.docx) and try again",
    );
  });

  it("convert: a Word file without organ or year takes them from --organ and --year", async () => {
    const template = new URL("2021-template.docx", FIXTURES).pathname;
    const without = await run(["convert", template]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("请用命令行参数 --organ（或 options.organ）补上");
    const given = await run(["convert", template, "--organ", "青禾市人民政府", "--year", "2023"]);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout)).toMatchObject({ edition: "2021", organ: "青禾市人民政府", year: 2023 });
    const bad = await run(["convert", template, "--year", "二〇二三"]);
    expect(bad).toMatchObject({
      code: 2,
      stderr: "zfxxgk：--year 应为 2019 年起的年份，而不是 “二〇二三”（用 --help 查看用法）\n",
    });
  });
});
