import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { validateOutputSchema } from "../../src/cli/output-schema.js";
import { mixedFolder, run, SEED, seed } from "./helpers.js";

const published = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true });
const checkDocument = ajv.compile(published("findings.schema.json"));
const checkLine = ajv.compile(published("findings-line.schema.json"));

describe("zfxxgk validate DIR", () => {
  it("reports every file of a mixed folder, goes on past the corrupt one, sums up, exits 1", async () => {
    const dir = mixedFolder();
    const { code, stdout, stderr } = await run(["validate", dir]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    const verdict = (file: string) => lines.find((l) => l.includes(file)) ?? "";
    expect(verdict("a-seed.json")).toMatch(/^✓ .*巴里坤县人民政府 2020 年度报告（2019 年版格式）.*通过/);
    expect(verdict("b-broken.json")).toMatch(/^✗ .*2 个错误，1 个警告/);
    expect(verdict("c-corrupt.json")).toMatch(/^! .*无法检查：不是有效的 JSON：第 \d+ 行第 \d+ 列附近：/);
    expect(verdict("d-gbk.json")).toMatch(/^✓ .*巴里坤县人民政府 2020 年度报告/);
    expect(verdict("e-bom.json")).toMatch(/^✓ /);
    // Flattened text with a column it could not place: the reading is incomplete, not the report wrong.
    expect(verdict("g-seed.txt")).toMatch(
      /^\? .*巴里坤县人民政府 2020 年度报告.*读取不完整：报告 0 个错误，3 个警告，0 个提示；读取问题 1 个/,
    );
    expect(verdict("h-hami.html")).toMatch(/^✓ .*哈密市人民政府 2022 年度报告（2021 年版格式）/);
    // An excerpt without organ, year and most rows: a reading problem each, none an error of the report.
    expect(verdict("page.html")).toMatch(
      /^\? .*读取不完整：报告 0 个错误，0 个警告，0 个提示；读取问题 34 个/,
    );
    expect(stdout).toContain(
      "未能从文件中读出报告主体：统计表已读取，勾稽关系照常检查；请用命令行参数 --organ",
    );
    // A .docx is read in folders now, for what its bytes are: this one is text that holds no report,
    // listed as such and left out of the counts.
    expect(verdict("notes.docx")).toMatch(/^- .*不是年度报告（未计入）/);
    expect(stdout).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(stdout).toContain(
      "共 8 份报告：通过 4，有错误 1，读取不完整 2，无法读取 1；报告 2 个错误，8 个警告，0 个提示；读取问题 35 个",
    );
    expect(stdout).toMatch(/不是年度报告（未计入）：.*notes\.docx/);
    // The importer's ids (import.*) share one title, so the summary counts them together.
    expect(stdout).toMatch(/按规则：表格读取 39 · 年度报告包含法定内容 6 · /);
  });

  it("puts each finding under its table, on its cell, with the equation", async () => {
    const dir = mixedFolder();
    const { stdout } = await run(["validate", join(dir, "b-broken.json")]);
    const table3 = stdout.indexOf("  三、收到和处理政府信息公开申请情况");
    const sections = stdout.indexOf("  正文章节");
    expect(table3).toBeGreaterThan(0);
    expect(sections).toBeGreaterThan(table3);
    const block = stdout.slice(table3, sections);
    expect(block).toContain(
      "错误  表三 · 一、本年新收政府信息公开申请数量 · 总计  总计 = 自然人 + 法人或其他组织各列之和",
    );
    expect(block).toContain("自然人 130 + 商业企业 62 + 其余 4 项 0 = 192 ≠ 总计 191（差 1）");
    expect(block).toContain(
      "错误  表三 · 四、结转下年度继续办理 · 自然人  本年新收 + 上年结转 = 办理结果总计 + 结转下年度",
    );
    expect(block).toContain(
      "自然人：本年新收 130 + 上年结转 0 = 130 ≠ 办理结果总计 129 + 结转下年度 0 = 129（差 1）",
    );
  });

  it("speaks English with --locale en", async () => {
    const dir = mixedFolder();
    const { stdout } = await run(["validate", join(dir, "b-broken.json"), "--locale", "en"]);
    expect(stdout).toContain("III. Requests received and handled");
    expect(stdout).toContain("  has errors (2 errors, 1 warning, 0 notes)\n");
    expect(stdout).toContain("Received + carried over = outcomes total + carried forward\n");
    expect(stdout).toContain(
      "1 report: 0 valid, 1 with errors, 0 read incompletely, 0 unreadable; reports: 2 errors, 1 warning, 0 notes; 0 reading problem(s)",
    );
    expect(stdout).not.toMatch(/[（）：]/);
    const valid = await run(["validate", SEED.pathname, "--locale", "en"]);
    expect(valid.stdout).toMatch(/ valid \(0 errors, 1 warning, 0 notes\)\n/);
  });

  it("exits 0 when no report has errors and 2 when nothing could be read", async () => {
    expect((await run(["validate", SEED.pathname])).code).toBe(0);
    const dir = mixedFolder();
    const corrupt = await run(["validate", join(dir, "c-corrupt.json")]);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stdout).toContain("无法读取 1");
    const missing = await run(["validate", join(dir, "no-such.json"), SEED.pathname]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/no-such\.json\s+无法检查：无法读取：文件不存在/);
    expect(missing.stdout).toContain("通过 1");
  });

  it("exits 2 with one line on bad usage, and --help works for every command", async () => {
    const bad = await run(["validate", "--format", "xml", SEED.pathname]);
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toBe(
      "zfxxgk：--format 的值“xml”无效，可选：text、json、markdown（用 --help 查看用法）\n",
    );
    expect((await run(["validate"])).code).toBe(2);
    expect((await run(["validate", "--jobs", "0", SEED.pathname])).code).toBe(2);
    expect((await run(["frobnicate"])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    const english = await run(["--locale", "en", "validate", "--format", "xml", SEED.pathname]);
    expect(english.stderr).toBe(
      "zfxxgk: invalid value “xml” for --format; expected one of text, json, markdown (see --help)\n",
    );
    for (const command of ["validate", "diff", "convert", "rules", "schema"]) {
      const help = await run([command, "--help", "--locale", "en"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: zfxxgk ${command}`));
      expect(help.stdout).toContain("--format text|json|markdown");
    }
  });

  it("--previous is read once for the run; an unreadable one stops it with one line", async () => {
    const dir = mixedFolder();
    // Last year's report of the same organ: every cross-year rule holds.
    const previous = join(import.meta.dirname, "../fixtures/balikun-2019.json");
    const ok = await run(["validate", join(dir, "a-seed.json"), "--previous", previous]);
    expect(ok.code).toBe(0);
    // The same report as its own previous year: cross-year.same-organ is an error.
    const same = await run(["validate", join(dir, "a-seed.json"), "--previous", join(dir, "d-gbk.json")]);
    expect(same.code).toBe(1);
    expect(same.stdout).toContain("上年报告为同一机关的上一年度报告");
    const bad = await run(["validate", join(dir, "a-seed.json"), "--previous", join(dir, "c-corrupt.json")]);
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toMatch(
      /^zfxxgk：上年报告 .*c-corrupt\.json：不是有效的 JSON：第 \d+ 行第 \d+ 列附近：.*\n$/,
    );
    const odd = await run([
      "validate",
      join(dir, "a-seed.json"),
      "--previous",
      join(dir, "e-bom.json"),
      "--format",
      "json",
    ]);
    // The BOM-prefixed copy was read as last year's report: same year, so same-organ fires.
    expect(odd.stdout).toContain('"ruleId":"cross-year.same-organ"');
    const shape = join(dir, "shape.json");
    writeFileSync(shape, '{"edition":"2019","organ":"巴里坤县人民政府"}');
    const unusable = await run(["validate", join(dir, "a-seed.json"), "--previous", shape]);
    expect(unusable.stdout).toContain("上年报告格式有误，跨年度规则未运行");
  });

  it("colours by severity only when asked, and never under NO_COLOR", async () => {
    const dir = mixedFolder();
    const file = join(dir, "b-broken.json");
    const forced = await run(["validate", file], { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain("\x1b[31m错误\x1b[39m");
    expect(forced.stdout).toContain("\x1b[33m警告\x1b[39m");
    const tty = await run(["validate", file], { tty: true });
    expect(tty.stdout).toContain("\x1b[31m");
    const off = await run(["validate", file], { env: { FORCE_COLOR: "1", NO_COLOR: "1" }, tty: true });
    expect(off.stdout).not.toContain("\x1b[");
    expect((await run(["validate", file])).stdout).not.toContain("\x1b[");
  });

  it("draws a progress bar on a terminal's stderr only", async () => {
    const dir = mixedFolder();
    const tty = await run(["validate", dir], { tty: true, env: { NO_COLOR: "1" } });
    expect(tty.stderr).toContain("已检查 9/9");
    expect((await run(["validate", dir])).stderr).toBe("");
  });
});

describe("zfxxgk validate --format json", () => {
  it("writes one document that the published findings schema accepts", async () => {
    const dir = mixedFolder();
    const { code, stdout } = await run(["validate", dir, "--format", "json"]);
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(checkDocument(output), JSON.stringify(checkDocument.errors)).toBe(true);
    expect(validateOutputSchema.safeParse(output).success).toBe(true);
    expect(output.summary).toMatchObject({
      files: 8,
      valid: 4,
      invalid: 1,
      incomplete: 2,
      failed: 1,
      error: 2,
      warning: 8, // the seed as printed numbers 问题 and 其他 六 and 七: two sections.outline-order
      reading: { error: 2, warning: 33 },
    });
    expect(output.summary.notReports).toEqual([join(dir, "notes.docx")]);
    const text = output.files.find((f: { file: string }) => f.file.endsWith("g-seed.txt"));
    expect(text).toMatchObject({
      kind: "text",
      status: "checked",
      documentStatus: "incomplete",
      valid: true,
    });
    const column = text.findings.find((f: { ruleId: string }) => f.ruleId === "import.ambiguous-column");
    expect(column).toMatchObject({ origin: "reading", severity: "warning" });
    const broken = output.files.find((f: { file: string }) => f.file.endsWith("b-broken.json"));
    const balance = broken.findings.find((f: { ruleId: string }) => f.ruleId === "requests.balance");
    expect(balance).toMatchObject({
      severity: "error",
      path: ["requests", "carriedForward", "naturalPerson"],
      table: "三",
      label: { zh: "四、结转下年度继续办理 · 自然人" },
    });
    const gbk = output.files.find((f: { file: string }) => f.file.endsWith("d-gbk.json"));
    expect(gbk).toMatchObject({ kind: "json", encoding: "gbk", status: "checked", valid: true });
    const corrupt = output.files.find((f: { file: string }) => f.file.endsWith("c-corrupt.json"));
    expect(corrupt).toMatchObject({ status: "failed", valid: null, error: { code: "E_PARSE" } });
  });

  it("the schema rejects output that breaks the contract", () => {
    const good = { tool: "zfxxgk", version: "0", locale: "en", files: [], summary: {} };
    expect(checkDocument(good)).toBe(false); // summary lacks its counts
  });

  it("writes Markdown tables with --format markdown", async () => {
    const dir = mixedFolder();
    const { stdout } = await run(["validate", join(dir, "b-broken.json"), "--format", "markdown"]);
    expect(stdout).toContain("| 严重程度 | 单元格 | 规则 | 说明 |");
    expect(stdout).toMatch(
      /\| 错误 \| 表三 · 一、本年新收政府信息公开申请数量 · 总计 \| 总计 = 自然人 \+ 法人或其他组织各列之和 \|/,
    );
    expect(stdout).toContain("## 汇总");
  });
});

describe("zfxxgk validate --ndjson", () => {
  it("reads one report per line and writes one result per line, numbered", async () => {
    const compact = JSON.stringify(seed());
    const broken = seed();
    broken.appeals.review.total = 9;
    const stdin = [compact, "", JSON.stringify(broken), '{"edition":', compact].join("\n");
    const { code, stdout, stderr } = await run(["validate", "--ndjson"], { stdin });
    expect(code).toBe(1);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.status, l.valid])).toEqual([
      [1, "checked", true],
      [3, "checked", false],
      [4, "failed", null],
      [5, "checked", true],
    ]);
    for (const line of lines) expect(checkLine(line), JSON.stringify(checkLine.errors)).toBe(true);
    expect(lines[1].findings[0]).toMatchObject({ ruleId: "appeals.total", table: "四" });
    expect(stderr).toContain("共 4 份报告：通过 2，有错误 1，读取不完整 0，无法读取 1");
  });

  it("reads NDJSON files too, and text output when asked", async () => {
    const dir = mixedFolder();
    const file = join(dir, "all.ndjson");
    writeFileSync(file, `${JSON.stringify(seed())}\n${JSON.stringify(seed())}\n`);
    const { code, stdout } = await run(["validate", "--ndjson", file, "--format", "text"]);
    expect(code).toBe(0);
    expect(stdout).toContain("all.ndjson:2");
    expect(stdout).toContain("共 2 份报告：通过 2");
  });
});
