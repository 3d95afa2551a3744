import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { full2021 } from "./helpers.js";

const COUNT = ["requests", "received", "research"] as const;

function withCount(value: unknown) {
  const input = full2021();
  input.requests.received.research = value;
  return validateReport(input, { locale: "en" });
}

const schemaPaths = (result: ReturnType<typeof validateReport>) =>
  result.findings.filter((f) => f.ruleId === "schema").map((f) => f.path.join("."));

describe("hostile numbers in count cells", () => {
  it.each([
    ["2^53", 2 ** 53, "too_big"],
    ["MAX_SAFE_INTEGER (above the bound of 10^12)", Number.MAX_SAFE_INTEGER, "too_big"],
    ["10^12 + 1", 1e12 + 1, "too_big"],
    ["MAX_SAFE_INTEGER + 2", Number.MAX_SAFE_INTEGER + 2, "too_big"],
    ["1e308", 1e308, "too_big"],
    ["NaN", Number.NaN, "invalid_type"],
    ["Infinity", Number.POSITIVE_INFINITY, "invalid_type"],
    ["-Infinity", Number.NEGATIVE_INFINITY, "invalid_type"],
    ["-1", -1, "too_small"],
    ["0.5", 0.5, "invalid_type"],
    ["a numeric string", "73", "invalid_type"],
  ])(
    "%s is a schema error at the cell, and the rules still run on the other tables",
    (_name, value, code) => {
      const result = withCount(value);
      expect(result.valid).toBe(false);
      expect(schemaPaths(result)).toEqual([COUNT.join(".")]);
      expect(result.findings[0]?.messageId).toBe(code);
      expect(result.findings[0]?.message).toMatch(
        /^I\. New requests received this year · .*research institutions: /,
      );
      expect(result.report).toBeUndefined();
    },
  );

  it("10^12 itself is a count, and an equation over it is reported, not crashed", () => {
    const result = withCount(1e12);
    expect(schemaPaths(result)).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toContain("requests.balance");
  });

  it("-0 in a count reads as 0 (normalised by the count schema)", () => {
    const input = full2021();
    input.appeals.review.total -= input.appeals.review.other;
    input.appeals.review.other = JSON.parse("-0");
    expect(Object.is(input.appeals.review.other, -0)).toBe(true);
    const result = validateReport(input);
    expect(result.valid).toBe(true);
    expect(Object.is(result.report?.appeals.review.other, 0)).toBe(true);
  });

  it("-0 in a signed cell (本年增/减, edition 2019) reads as 0", () => {
    const input = JSON.parse(
      readFileSync(new URL("../fixtures/seed-2020-balikun.json", import.meta.url), "utf8"),
    );
    input.proactive.fees.change = JSON.parse("-0");
    const report = validateReport(input).report;
    expect(report?.edition).toBe("2019");
    expect(report?.edition === "2019" && Object.is(report.proactive.fees.change, 0)).toBe(true);
  });
});

describe("hostile numbers in amount cells", () => {
  const withAmount = (value: unknown) => {
    const input = full2021();
    input.proactive.fees.amount = value;
    return validateReport(input);
  };
  const amountOf = (result: ReturnType<typeof validateReport>): Decimal | null | undefined => {
    const fees = result.report?.proactive.fees;
    return fees && "amount" in fees ? fees.amount : undefined;
  };

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["negative", -1],
    ["a string with a unit", "15432.6718万元"],
    ["an exponent string", "1e5"],
  ])("%s is a schema error at the cell", (_name, value) => {
    const result = withAmount(value);
    expect(schemaPaths(result)).toEqual(["proactive.fees.amount"]);
  });

  it("a 1,000-digit amount keeps every digit", () => {
    const digits = `${"9".repeat(996)}.125`;
    const result = withAmount(digits);
    expect(result.valid).toBe(true);
    const amount = amountOf(result);
    expect(amount).toBeInstanceOf(Decimal);
    expect(amount?.toFixed()).toBe(digits);
  });

  it("a JSON number beyond 2^53 reads as its shortest round-trip digits; exact digits need a string", () => {
    const fromNumber = withAmount(JSON.parse("1152921504606846976"));
    expect(amountOf(fromNumber)?.toFixed()).toBe("1152921504606847000");
    const fromString = withAmount("1152921504606846976");
    expect(amountOf(fromString)?.toFixed()).toBe("1152921504606846976");
  });
});
