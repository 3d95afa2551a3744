import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyReport, fields, report2019Schema, report2021Schema, validateReport } from "../../src/index.js";
import type { Edition } from "../../src/model/edition.js";
import { getAt } from "../../src/model/path.js";

const guide = readFileSync(new URL("../../docs/guide.md", import.meta.url), "utf8");

/** The JSON block that follows `<!-- example: NAME -->` in the guide. */
function guideExample(name: string): unknown {
  const at = guide.indexOf(`<!-- example: ${name} -->`);
  expect(at, `the guide has the example ${name}`).toBeGreaterThanOrEqual(0);
  const block = /```json\n([\s\S]*?)\n```/.exec(guide.slice(at));
  return JSON.parse(block?.[1] ?? "");
}

const META = { organ: "某县人民政府", organKind: "government", year: 2024 } as const;
const SCHEMAS = { "2019": report2019Schema, "2021": report2021Schema };
const YEAR: Record<Edition, number> = { "2019": 2020, "2021": 2024 };

describe("emptyReport", () => {
  it.each(["2019", "2021"] as const)(
    "edition %s: every required cell present and blank, the schema passes",
    (edition) => {
      const report = emptyReport(edition, { ...META, year: YEAR[edition] });
      expect(SCHEMAS[edition].safeParse(report).success).toBe(true);
      const cells = fields(edition).filter(
        (f) => !f.optional && f.table !== "meta" && f.table !== "sections",
      );
      expect(cells.length).toBeGreaterThan(100);
      for (const f of cells) expect(getAt(report, f.path), f.path.join(".")).toBeNull();
      expect(report).not.toHaveProperty("sections");
    },
  );

  it.each(["2019", "2021"] as const)(
    "edition %s: no error, only the narrative warnings a blank report deserves",
    (edition) => {
      const result = validateReport(emptyReport(edition, { ...META, year: YEAR[edition] }));
      expect(result.valid).toBe(true);
      expect(result.summary.error).toBe(0);
      expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(
        new Set(
          edition === "2021" ? ["sections.required", "sections.information-fee"] : ["sections.required"],
        ),
      );
    },
  );

  it("returns a fresh object each time, meta copied not shared", () => {
    const period = { start: "2024-01-01", end: "2024-12-31" };
    const a = emptyReport("2021", { ...META, period });
    const b = emptyReport("2021", { ...META, period });
    a.requests.received.total = 5;
    expect(b.requests.received.total).toBeNull();
    expect(a.period).not.toBe(period);
    expect(a).toMatchObject({
      edition: "2021",
      organ: "某县人民政府",
      organKind: "government",
      year: 2024,
      period,
    });
  });

  it("a filled cell is checked by the rules, blank cells reading as 0", () => {
    const report = emptyReport("2021", META);
    report.requests.received.naturalPerson = 12;
    report.requests.received.total = 12;
    const ids = validateReport(report).findings.map((f) => f.ruleId);
    expect(ids).toContain("requests.balance");
  });
});

describe("the guide's minimal reports", () => {
  it.each([
    ["empty-2021", "2021"],
    ["empty-2019", "2019"],
  ] as const)("%s is what emptyReport returns, and validates with no error", (name, edition) => {
    const example = guideExample(name) as { year: number };
    expect(example).toEqual(emptyReport(edition, { ...META, year: example.year }));
    expect(validateReport(example).valid).toBe(true);
  });
});

describe("an omitted cell is not a blank cell", () => {
  it("a cell left out is a schema error naming it, in one finding with its neighbours", () => {
    const report = emptyReport("2021", META) as unknown as {
      requests: { received: Record<string, unknown> };
    };
    delete report.requests.received.research;
    delete report.requests.received.total;
    const result = validateReport(report);
    expect(result.valid).toBe(false);
    const schema = result.findings.filter((f) => f.ruleId === "schema");
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject({
      messageId: "missingParts",
      path: ["requests"],
      cells: [
        ["requests", "received", "research"],
        ["requests", "received", "total"],
      ],
    });
    expect(schema[0]?.message).toBe(
      "「三、收到和处理政府信息公开申请情况」缺少 2 项：一、本年新收政府信息公开申请数量 · 法人或其他组织 · 科研机构、一、本年新收政府信息公开申请数量 · 总计",
    );
  });

  it("meta alone: one finding per missing table, naming it in Chinese", () => {
    const result = validateReport({
      edition: "2021",
      organ: "某县人民政府",
      organKind: "government",
      year: 2024,
    });
    const schema = result.findings.filter((f) => f.ruleId === "schema").map((f) => f.message);
    expect(schema).toEqual([
      "缺少「二、主动公开政府信息情况」",
      "缺少「三、收到和处理政府信息公开申请情况」",
      "缺少「四、政府信息公开行政复议、行政诉讼情况」",
    ]);
  });

  it("empty tables: one finding per table, not one per cell", () => {
    const result = validateReport({ ...META, edition: "2021", proactive: {}, requests: {}, appeals: {} });
    const schema = result.findings.filter((f) => f.ruleId === "schema");
    expect(schema.map((f) => [f.messageId, f.path])).toEqual([
      ["missingParts", ["proactive"]],
      ["missingParts", ["requests"]],
      ["missingParts", ["appeals"]],
    ]);
    expect(schema[1]?.message).toBe(
      "「三、收到和处理政府信息公开申请情况」缺少 4 项：一、本年新收政府信息公开申请数量、二、上年结转政府信息公开申请数量、三、本年度办理结果、四、结转下年度继续办理",
    );
    const en = validateReport(
      { ...META, edition: "2021", proactive: {}, requests: {}, appeals: {} },
      { locale: "en" },
    );
    expect(en.findings[2]?.message).toBe(
      "IV. Administrative reviews and lawsuits over disclosure: 3 items missing: administrative review; administrative litigation · sued directly, without review; administrative litigation · sued after review",
    );
  });
});
