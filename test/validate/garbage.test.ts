import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/validate/validate.js";
import { seed, withCells } from "../support/fixtures.js";

const cyclic: Record<string, unknown> = { edition: "2019" };
cyclic.proactive = cyclic;

const throwing = {
  get edition(): string {
    throw new Error("boom");
  },
};

const GARBAGE: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["an empty string", ""],
  ["a string", "巴里坤县"],
  ["a number", 42],
  ["NaN", Number.NaN],
  ["a bigint", 10n],
  ["a symbol", Symbol("x")],
  ["a function", () => 1],
  ["an array", [1, 2, 3]],
  ["an empty object", {}],
  ["an unknown edition", { edition: "2020" }],
  ["a Date", new Date(0)],
  ["a Map", new Map([["edition", "2019"]])],
  ["a cyclic object", cyclic],
  ["an object whose getter throws", throwing],
  [
    "a proxy that throws",
    new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    ),
  ],
  ["a 10 MB string", "年".repeat(10 * 1024 * 1024)],
  [
    "an object with 200,000 keys",
    Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i])),
  ],
];

describe("garbage of every kind", () => {
  it.each(GARBAGE)("%s gives schema findings, no exception", (_name, input) => {
    const result = validateReport(input);
    expect(result.valid).toBe(false);
    expect(result.report).toBeUndefined();
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.ruleId === "schema" && f.message.length > 0)).toBe(true);
    // Findings stay small whatever the input's size.
    expect(JSON.stringify(result.findings).length).toBeLessThan(20_000);
  });

  it("names the wrong cell with its official label, in the chosen locale", () => {
    const input = withCells(seed(), { "requests.received.naturalPerson": "129" });
    const zh = validateReport(input).findings[0];
    expect(zh?.path).toEqual(["requests", "received", "naturalPerson"]);
    expect(zh?.message).toBe("一、本年新收政府信息公开申请数量 · 自然人：应填非负整数，现为文字“129”");
    const en = validateReport(input, { locale: "en" }).findings[0];
    expect(en?.message).toMatch(
      /^I\. New requests received this year · natural persons: should be a whole number, 0 or more; found the text “129”$/,
    );
  });

  it("still runs the rules on the tables that parsed", () => {
    const input = withCells(seed(), { proactive: "见附件", "requests.received.total": 190 });
    const result = validateReport(input);
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      "schema",
      "requests.balance",
      "requests.row-total",
      "sections.required",
    ]);
    expect(result.findings[0]?.path).toEqual(["proactive"]);
    expect(result.findings[0]?.message).toMatch(/^二、主动公开政府信息情况：/);
  });

  it("checks table 四 even when the edition is unknown", () => {
    const input = withCells(seed(), { edition: "2020", "appeals.review.upheld": 1 });
    const ids = validateReport(input).findings.map((f) => f.ruleId);
    expect(ids[0]).toBe("schema");
    expect(ids).toContain("appeals.total");
  });

  it("lists at most ten unknown keys of 200,000 but counts them all", () => {
    const keys = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const finding = validateReport({ ...seed(), ...keys }).findings.find(
      (f) => f.messageId === "unrecognized_keys",
    );
    expect(finding?.data.keyCount).toBe(200_000);
    expect(finding?.data.keys).toHaveLength(10);
    expect(finding?.message).toMatch(/等共 200000 个$/);
  });

  it("reports a malformed previous report as a warning and skips nothing else", () => {
    const result = validateReport(seed(), { previous: { edition: "2019" } });
    expect(result.valid).toBe(true);
    expect(result.findings[0]).toMatchObject({
      ruleId: "schema",
      severity: "warning",
      messageId: "previousUnusable",
    });
  });

  it("honours include and exclude by id and prefix", () => {
    const input = withCells(seed(), { "requests.received.total": 190 });
    const only = validateReport(input, { rules: { include: ["requests"] } }).findings.map((f) => f.ruleId);
    expect(only).toEqual(["requests.balance", "requests.row-total"]);
    const none = validateReport(input, { rules: { exclude: ["requests.", "sections"] } }).findings;
    expect(none).toEqual([]);
  });
});

describe("reports that were parsed already", () => {
  it("validates a report validateReport returned (Decimal amounts) to the same findings", () => {
    const first = validateReport(seed());
    const again = validateReport(first.report);
    expect(again.report).toEqual(first.report);
    expect(again.findings).toEqual(first.findings);
  });

  it("rejects a negative or infinite Decimal amount", () => {
    for (const value of [new Decimal(-1), new Decimal(Number.POSITIVE_INFINITY)]) {
      const result = validateReport(withCells(seed(), { "proactive.procurement.amount": value }));
      expect(result.findings[0]).toMatchObject({
        ruleId: "schema",
        path: ["proactive", "procurement", "amount"],
      });
    }
  });
});

describe("a locale that is no locale", () => {
  it("renders in the source locale instead of throwing", () => {
    const input = withCells(seed(), { "requests.carriedOver.naturalPerson": 1 });
    const result = validateReport(input, { locale: "fr" as never });
    expect(result.findings[0]?.message).toMatch(/^自然人：/);
    expect(result.suspects[0]?.reason).toMatch(/^(疑似错误|可能有误)：/);
  });
});
