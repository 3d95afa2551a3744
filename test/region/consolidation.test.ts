import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { reportHead } from "../../src/region/check.js";
import {
  ConsolidationCheck,
  ConsolidationError,
  type ConsolidationOptions,
  consolidationMessage,
} from "../../src/region/consolidation.js";
import { type OrganList, parseOrgans } from "../../src/region/organ-name.js";
import { run } from "../cli/helpers.js";
import { buildConsolidatedRegion, CONSOLIDATED_PLAN } from "../support/consolidated-region.js";
import { getPath } from "../support/fixtures.js";

type Json = Record<string, unknown>;

let dir: string;
let organs: OrganList;
let reports: { file: string; input: Json }[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-consolidation-"));
  buildConsolidatedRegion(join(dir, "reports"));
  organs = parseOrgans(readFileSync(join(dir, "reports", "organs.csv"), "utf8"));
  reports = readdirSync(join(dir, "reports"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ file: `reports/${f}`, input: JSON.parse(readFileSync(join(dir, "reports", f), "utf8")) }));
});

const byOrgan = (organ: string) => reports.filter((r) => r.input.organ === organ);

function check(options?: ConsolidationOptions) {
  const c = new ConsolidationCheck(organs, options);
  for (const r of reports) c.add(reportHead(r.file, r.input, organs), r.input);
  return c.rows();
}

describe("ConsolidationCheck on a city, its counties and their departments", () => {
  it("names the two mistyped cells with the children that went in, and says the missing child", () => {
    const rows = check();
    const differs = rows.filter((r) => r.status === "differs");
    expect(differs.map((r) => [r.organ, r.path?.join(".")])).toEqual(
      CONSOLIDATED_PLAN.typos.map((t) => [t.organ, t.path]),
    );
    for (const row of differs) {
      const parent = byOrgan(row.organ)[0] as { file: string; input: Json };
      const cell = row.path?.join(".") ?? "";
      const children = organs.entries.filter((e) => e.parent === row.organ).map((e) => e.name);
      const sum = children.reduce((s, name) => s + Number(getPath(byOrgan(name)[0]?.input, cell) ?? 0), 0);
      expect(row).toMatchObject({
        severity: "error",
        year: 2021,
        file: parent.file,
        reported: getPath(parent.input, cell),
        sum,
        difference: (getPath(parent.input, cell) as number) - sum,
      });
      expect(row.difference).not.toBe(0);
      expect(row.children.map((c) => c.organ).sort()).toEqual([...children].sort());
      expect(row.children.every((c) => c.value === getPath(byOrgan(c.organ)[0]?.input, cell))).toBe(true);
    }
    expect(differs.map((r) => r.label?.zh)).toEqual([
      "表四 · 行政复议 · 结果维持",
      "表三 · 一、本年新收政府信息公开申请数量 · 自然人",
    ]);

    const cannot = rows.filter((r) => r.status === "cannot-tell");
    expect(cannot).toHaveLength(1);
    expect(cannot[0]).toMatchObject({
      organ: "丙县人民政府",
      severity: "info",
      missing: [CONSOLIDATED_PLAN.missing],
      children: [{ organ: "丙县教育局" }, { organ: "丙县公安局" }],
    });
    expect(consolidationMessage(cannot[0] as (typeof rows)[number])).toBe(
      "无法判断：缺少下级机关 2021 年度报告：丙县财政局",
    );
    // Nothing else: 甲县 adds up in every cell.
    expect(rows.filter((r) => r.status === "agrees").map((r) => r.organ)).toEqual(["甲县人民政府"]);
    expect(rows.find((r) => r.status === "agrees")?.cells).toBeGreaterThan(100);
  });

  it("is configurable: cells, the kinds that consolidate, the list's consolidates column", () => {
    const appeals = check({ cells: ["appeals"] });
    expect(appeals.filter((r) => r.status === "differs").map((r) => r.organ)).toEqual([
      CONSOLIDATED_PLAN.city,
    ]);
    expect(appeals.find((r) => r.organ === "乙县人民政府")?.status).toBe("agrees");
    // Only departments count: the city's counties drop out of its sum, so it differs in many cells.
    const departments = check({ childKinds: ["部门"] });
    const city = departments.filter((r) => r.organ === CONSOLIDATED_PLAN.city);
    expect(city.length).toBeGreaterThan(10);
    expect(city[0]?.children.map((c) => c.organ)).toEqual(["哈密市教育局", "哈密市财政局"]);
    // No kind consolidates by default: nothing to check.
    expect(check({ parentKinds: [] })).toEqual([]);
    expect(() => check({ cells: ["requests.nonsense"] })).toThrow(ConsolidationError);
    const csv = readFileSync(join(dir, "reports", "organs.csv"), "utf8").replace(
      `${CONSOLIDATED_PLAN.city},,人民政府,`,
      `${CONSOLIDATED_PLAN.city},,人民政府,否`,
    );
    organs = parseOrgans(csv);
    try {
      expect(check().map((r) => r.organ)).not.toContain(CONSOLIDATED_PLAN.city);
    } finally {
      organs = parseOrgans(readFileSync(join(dir, "reports", "organs.csv"), "utf8"));
    }
  });
});

describe("zfxxgk region --organs with consolidated reports", () => {
  const args = ["region", "reports", "--organs", "reports/organs.csv"];

  it("writes the consolidation sheet, read back from the XLSX", async () => {
    const result = await run([...args, "--format", "xlsx", "--out", "out/region.xlsx"], { cwd: dir });
    expect(result.code).toBe(1);
    const book = XLSX.read(readFileSync(join(dir, "out", "region.xlsx")));
    expect(book.SheetNames).toContain("汇总核对");
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      book.Sheets["汇总核对"] as XLSX.WorkSheet,
      {
        defval: null,
      },
    );
    expect(rows.map((r) => [r.结果, r.汇总机关, r.单元格])).toEqual([
      ["不符", CONSOLIDATED_PLAN.city, "表四 · 行政复议 · 结果维持"],
      ["相符", "甲县人民政府", null],
      ["不符", "乙县人民政府", "表三 · 一、本年新收政府信息公开申请数量 · 自然人"],
      ["无法判断", "丙县人民政府", null],
    ]);
    const city = rows[0] as Record<string, unknown>;
    expect(typeof city.差额).toBe("number");
    expect(city.差额).toBe((city.报告值 as number) - (city.下级合计 as number));
    expect(String(city.计入的下级报告)).toMatch(
      /^甲县人民政府 \d+ \+ 乙县人民政府 \d+ \+ 丙县人民政府 \d+ \+ 哈密市教育局 \d+ \+ 哈密市财政局 \d+$/,
    );
    expect(rows[3]).toMatchObject({ 级别: "提示", 缺少的下级机关: "丙县财政局" });
  });

  it("says the same in JSON lines and in text", async () => {
    const json = await run([...args, "--format", "json"], { cwd: dir });
    const lines = json.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Json);
    const consolidation = lines.filter((l) => l.kind === "consolidation");
    expect(consolidation.map((l) => l.status)).toEqual(["differs", "agrees", "differs", "cannot-tell"]);
    expect(lines.at(-1)).toMatchObject({ kind: "summary", consolidationDiffers: 2 });

    const text = await run([...args, "--locale", "en"], { cwd: dir });
    expect(text.stdout).toMatch(/Consolidated reports\n {2}✗ 哈密市人民政府 2021 {2}.*difference/);
    expect(text.stdout).toContain(
      "? 丙县人民政府 2021  cannot tell: no 2021 report of the children 丙县财政局",
    );
  });

  it("keeps the results through --from", async () => {
    await run([...args, "--format", "json", "--out", "out/results.json"], { cwd: dir });
    const again = await run(["region", "--from", "out/results.json", "--format", "json"], { cwd: dir });
    const statuses = again.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Json)
      .filter((l) => l.kind === "consolidation")
      .map((l) => l.status);
    expect(statuses).toEqual(["differs", "agrees", "differs", "cannot-tell"]);
  });
});

describe("zfxxgk review --organs", () => {
  it("puts the consolidated reports' check on the index page", async () => {
    const result = await run(["review", "reports", "--out", "pages", "--organs", "reports/organs.csv"], {
      cwd: dir,
    });
    expect(result.stderr).toBe("");
    const html = readFileSync(join(dir, "pages", "index.html"), "utf8");
    const section = html.slice(html.indexOf('id="zr-consolidation"'));
    const rows = [
      ...section.matchAll(
        /<tr data-result="([^"]+)"><td[^>]*>[^<]*<\/td><td>([^<]*)<\/td><td[^>]*>(\d+)<\/td><td>([^<]*)<\/td>/g,
      ),
    ];
    expect(rows.map((m) => [m[1], m[2], m[3], m[4]])).toEqual([
      ["differs", CONSOLIDATED_PLAN.city, "2021", "表四 · 行政复议 · 结果维持"],
      ["agrees", "甲县人民政府", "2021", ""],
      ["differs", "乙县人民政府", "2021", "表三 · 一、本年新收政府信息公开申请数量 · 自然人"],
      ["cannot-tell", "丙县人民政府", "2021", ""],
    ]);
    expect(section).toContain("无法判断：缺少下级机关 2021 年度报告：丙县财政局");
    // Without the list, the index has no such section.
    await run(["review", "reports", "--out", "plain"], { cwd: dir });
    expect(readFileSync(join(dir, "plain", "index.html"), "utf8")).not.toContain("zr-consolidation");
  });
});
