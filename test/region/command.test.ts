import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { parseCsv } from "../../src/region/csv.js";
import { run } from "../cli/helpers.js";
import { buildRegion, organName, REGION_PLAN } from "../support/region.js";

// Read back with SheetJS, not with ExcelJS that wrote it; the sheet XML for what SheetJS does not model.
function readBack(file: string) {
  const book = XLSX.read(readFileSync(file), { bookFiles: true, cellNF: true });
  const files = (book as unknown as { files: Record<string, { content: Uint8Array }> }).files;
  const xml = (n: number) =>
    Buffer.from(files[`xl/worksheets/sheet${n}.xml`]?.content ?? []).toString("utf8");
  const rows = (name: string) =>
    XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[name] as XLSX.WorkSheet, { defval: null });
  return { book, xml, rows };
}

const LONG = 300_000;

describe("zfxxgk region on a generated region (100 organs × 3 years)", () => {
  let dir: string;
  let out: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zfxxgk-region-"));
    buildRegion(join(dir, "reports"));
    out = join(dir, "out");
  }, LONG);

  const args = () => ["region", "reports", "--organs", "reports/organs.csv", "--year", "2022"];

  it(
    "writes an XLSX whose cells, frozen header, filters and number types read back with another library",
    async () => {
      const result = await run([...args(), "--format", "xlsx", "--out", "out/region.xlsx"], { cwd: dir });
      expect(result.stderr).toMatch(/共 299 份报告（197 份与上年配对/);
      expect(result.code).toBe(1); // the broken carry-overs are errors
      const { book, xml, rows } = readBack(join(out, "region.xlsx"));
      expect(book.SheetNames).toEqual(["报告", "问题", "覆盖", "指标", "汇总核对"]);

      for (let n = 1; n <= 5; n += 1) {
        expect(xml(n)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
        expect(xml(n)).toMatch(/<autoFilter ref="A1:[A-Z]+1"\/>/);
      }
      const reports = book.Sheets.报告 as XLSX.WorkSheet;
      expect(reports.A1?.v).toBe("机关");
      expect(reports["!autofilter"]).toEqual({ ref: "A1:N1" });

      const byFile = new Map(rows("报告").map((r) => [String(r.文件).replace(/^reports\//, ""), r]));
      expect(byFile.size).toBe(299); // 300 − 3 missing + a duplicate + an unlisted organ
      // Pairs: every consecutive year of one organ, across the 2020→2021 edition change and name variants.
      expect(byFile.get("o0-2021.json")).toMatchObject({
        上年报告文件: "reports/o0-2020.json",
        年度: 2021,
        格式版本: "2021",
      });
      expect(byFile.get("o5-2021.json")).toMatchObject({
        机关: "甲己县政府",
        名单机关: organName(5),
        上年报告文件: "reports/o5-2020.json",
      });
      expect(byFile.get("o5-2022.json")?.上年报告文件).toBe("reports/o5-2021.json");
      expect(byFile.get("o6-2022.json")?.上年报告文件).toBe("reports/o6-2021.json");
      expect(byFile.get("o7-2022.json")?.上年报告文件).toBe("reports/o7-2021.json"); // by the list's alias
      expect(byFile.get("o91-2022.json")?.上年报告文件).toBe("reports/o91-2021.json"); // 办公厅 ≡ 办公室
      expect(byFile.get("o10-2022.json")?.上年报告文件).toBeNull();
      expect(byFile.get("o30-2022-again.json")?.上年报告文件).toBe("reports/o30-2021.json");
      expect(byFile.get("o0-2020.json")).toMatchObject({ 行政区划代码: "650501", 错误: 0, 状态: "通过" });
      expect(byFile.get("o20-2022.json")).toMatchObject({ 错误: 2, 警告: 0 });
      // Numbers are numbers, text is text.
      const cell = (ref: string) => reports[ref] as XLSX.CellObject;
      expect([cell("D2").t, cell("I2").t, cell("A2").t, cell("E2").t]).toEqual(["n", "n", "s", "s"]);

      const findings = rows("问题");
      const carry = findings.filter((f) => f.规则 === "上年结转 = 上年报告结转下年度");
      expect(carry.map((f) => String(f.文件).replace(/^reports\//, "")).sort()).toEqual([
        "o20-2022.json",
        "o20-2022.json",
        "o21-2022.json",
        "o21-2022.json",
      ]);
      expect(carry[0]).toMatchObject({
        级别: "错误",
        // The finding's stable id (rule, organ, year, cells), as the validate output carries it.
        问题编号: expect.stringMatching(/^[0-9a-f]{12}$/),
      });
      expect(carry.map((f) => f.单元格)).toContain("表三 · 二、上年结转政府信息公开申请数量 · 总计");
      const missing = findings.filter((f) => f.规则 === "区域汇总").map((f) => f.文件);
      expect(missing.sort()).toEqual([
        "reports/o10-2022.json",
        "reports/o12-2021.json",
        "reports/stranger-2022.json",
      ]);
      expect(findings.some((f) => f.规则 === "上年报告为同一机关的上一年度报告")).toBe(false);

      expect(rows("覆盖").map((r) => [r.类别, r.机关, r.年度, r.文件])).toEqual([
        ["缺报", organName(11), 2022, null],
        ["缺报", REGION_PLAN.silent, 2022, null],
        ["重复", organName(30), 2022, "reports/o30-2022-again.json; reports/o30-2022.json"],
        ["名单外", REGION_PLAN.unlisted, 2022, "reports/stranger-2022.json"],
      ]);

      const indicators = rows("指标");
      const seedRow = indicators.find((r) => r.文件 === "reports/o0-2020.json" && r.指标 === "实质公开率");
      expect(seedRow).toMatchObject({
        范围: "报告",
        分子: 186,
        分母: 191,
        比率: 0.973822,
        "较上年变化（百分点）": null,
      });
      const row2021 = indicators.find((r) => r.文件 === "reports/o0-2021.json" && r.指标 === "实质公开率");
      expect(typeof row2021?.["较上年变化（百分点）"]).toBe("number");
      const review = indicators.find((r) => r.文件 === "reports/o0-2021.json" && r.指标 === "复议纠错率");
      expect(review).toMatchObject({ 分子: 0, 分母: 1, 比率: null, 说明: "分母小于 30，不计算比率" });
      const all2022 = indicators.find((r) => r.范围 === "全部" && r.年度 === 2022 && r.指标 === "实质公开率");
      // 101 reports of 2022 (o11 missing, o30 twice, the stranger): 154 + 0 of 165 each.
      expect(all2022).toMatchObject({ 分子: 154 * 101, 分母: 165 * 101 });
      const indicatorSheet = book.Sheets.指标 as XLSX.WorkSheet;
      const rateCell = Object.entries(indicatorSheet).find(
        ([k, v]) => k.startsWith("I") && (v as XLSX.CellObject).t === "n",
      );
      expect((rateCell?.[1] as XLSX.CellObject | undefined)?.z).toBe("0.00%");
    },
    LONG,
  );

  it(
    "writes one CSV per sheet, UTF-8 with BOM, RFC 4180 quoting, the same rows",
    async () => {
      const result = await run([...args(), "--format", "csv", "--out", "out/csv"], { cwd: dir });
      expect(result.code).toBe(1);
      const text = readFileSync(join(out, "csv", "reports.csv"), "utf8");
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain("\r\n");
      const reports = parseCsv(text);
      expect(reports[0]).toEqual([
        "机关",
        "名单机关",
        "行政区划代码",
        "年度",
        "格式版本",
        "文件",
        "上年报告文件",
        "状态",
        "错误",
        "警告",
        "提示",
        "读取问题",
        "疑似错格",
        "已豁免",
      ]);
      expect(reports).toHaveLength(300);
      const findings = parseCsv(readFileSync(join(out, "csv", "findings.csv"), "utf8"));
      const withComma = findings.find((r) => r[7]?.includes("，") || r[7]?.includes(","));
      expect(withComma).toBeDefined();
      const coverage = parseCsv(readFileSync(join(out, "csv", "coverage.csv"), "utf8"));
      expect(coverage.slice(1).map((r) => r[0])).toEqual(["缺报", "缺报", "重复", "名单外"]);
      const indicators = parseCsv(readFileSync(join(out, "csv", "indicators.csv"), "utf8"));
      expect(
        indicators.find((r) => r[4] === "reports/o0-2020.json" && r[5] === "实质公开率")?.slice(6, 9),
      ).toEqual(["186", "191", "0.973822"]);
    },
    LONG,
  );

  it(
    "rebuilds the spreadsheet from saved JSON results without reading the reports, with another --min-count",
    async () => {
      const saved = await run([...args(), "--format", "json", "--out", "out/results.json"], { cwd: dir });
      expect(saved.code).toBe(1);
      const lines = readFileSync(join(out, "results.json"), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.filter((l) => l.kind === "report")).toHaveLength(299);
      expect(lines.at(-1)).toMatchObject({
        kind: "summary",
        minCount: 30,
        coverageYear: 2022,
        reports: 299,
        paired: 197,
      });

      const again = await run(
        [
          "region",
          "--from",
          "out/results.json",
          "--organs",
          "reports/organs.csv",
          "--year",
          "2022",
          "--min-count",
          "1",
          "--format",
          "xlsx",
          "--out",
          "out/from.xlsx",
        ],
        { cwd: join(dir) },
      );
      expect(again.code).toBe(1);
      const { rows } = readBack(join(out, "from.xlsx"));
      expect(rows("报告")).toHaveLength(299);
      expect(rows("覆盖")).toHaveLength(4);
      const review = rows("指标").find((r) => r.文件 === "reports/o0-2021.json" && r.指标 === "复议纠错率");
      expect(review).toMatchObject({ 分子: 0, 分母: 1, 比率: 0 }); // rated now: --min-count 1
    },
    LONG,
  );

  it(
    "prints pairs, coverage and region indicators as text",
    async () => {
      const result = await run([...args()], { cwd: dir });
      expect(result.stdout).toContain(
        "✗ reports/o20-2022.json  丙甲县人民政府 2022  ← reports/o20-2021.json",
      );
      expect(result.stdout).toContain("名单内机关未见 2022 年度报告  子丑县人民政府  650503  2022");
      expect(result.stdout).toMatch(
        /指标（分母小于 30 不计算比率）\n {2}全部 2020 实质公开率 {2}18414\/18909 {2}97\.38%/,
      );
    },
    LONG,
  );
});

describe("zfxxgk region: usage and bad input", () => {
  it.each([
    [["region"], /请给出要校验的文件或文件夹/],
    [["region", "x", "--format", "csv"], /--format csv 需要 --out 文件夹/],
    [["region", "x", "--format", "xlsx"], /--format xlsx 需要 --out 文件/],
    [["region", "x", "--min-count", "0"], /--min-count 应为 1 到 1000000 之间的整数/],
    [["region", "x", "--from", "y.json"], /--from 与报告文件不能同时给出/],
    [["region", "--from", "missing.json"], /无法读取结果文件 missing\.json/],
  ])("%j → a clear error", async (argv, message) => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-region-"));
    const result = await run(argv, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("lists its own --format values in help", async () => {
    const result = await run(["region", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--format text|json|csv|xlsx");
    expect(result.stdout).not.toContain("text|json|markdown");
  });

  it("names the line of a bad organs list", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-region-"));
    writeFileSync(join(dir, "organs.csv"), "name,aliases\n甲县人民政府,\n甲县政府,\n");
    writeFileSync(join(dir, "a.json"), "{}");
    const result = await run(["region", "a.json", "--organs", "organs.csv"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/机关名单 organs\.csv 第 3 行/);
  });

  it("names the line of a results file that is not one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-region-"));
    writeFileSync(join(dir, "r.json"), '{"kind":"report","file":"a"}\n');
    const result = await run(["region", "--from", "r.json"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/第 1 行不是完整的报告记录/);
  });

  it("lists an unreadable file as failed and goes on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-region-"));
    writeFileSync(join(dir, "a.json"), '{"organ": ');
    writeFileSync(
      join(dir, "b.json"),
      readFileSync(new URL("../fixtures/balikun-2022.json", import.meta.url)),
    );
    const result = await run(["region", ".", "--format", "json"], { cwd: dir });
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      kind: "report",
      file: "a.json",
      status: "failed",
      error: { code: "E_PARSE" },
    });
    expect(lines[1]).toMatchObject({ kind: "report", file: "b.json", status: "checked" });
    expect(result.code).toBe(2);
  });

  it("says how far it is on a terminal's stderr (已读取 N/M, then 已检查 N/M), and nothing elsewhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-region-"));
    for (const year of [2021, 2022])
      writeFileSync(
        join(dir, `${year}.json`),
        readFileSync(new URL(`../fixtures/balikun-${year}.json`, import.meta.url)),
      );
    const tty = await run(["region", "."], { cwd: dir, tty: true, env: { NO_COLOR: "1" } });
    expect(tty.stderr).toContain("已读取 2/2");
    expect(tty.stderr).toContain("已检查 2/2");
    // Cleared before the report lines, so stdout reads as without a terminal.
    expect(tty.stdout).toBe((await run(["region", "."], { cwd: dir })).stdout);
    expect((await run(["region", "."], { cwd: dir })).stderr).toBe("");
  });
});
