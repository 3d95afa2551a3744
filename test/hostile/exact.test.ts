import Decimal from "decimal.js";
import { afterEach, describe, expect, it } from "vitest";
import { type DiffEntry, diffReports, validateReport } from "../../src/index.js";
import { fixture } from "../load-fixture.js";
import { full2021 } from "./helpers.js";

const pair = (before: string, after: string) => {
  const previous = fixture("balikun-2021");
  const current = fixture("balikun-2022");
  previous.proactive.fees.amount = before;
  current.proactive.fees.amount = after;
  const entry = diffReports(previous, current).entries.find(
    (e) => e.path.join(".") === "proactive.fees.amount",
  );
  return entry as DiffEntry;
};

describe("amounts are diffed exactly, with any number of decimals", () => {
  afterEach(() => {
    Decimal.set({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
  });

  it("1 → 1.00000000000000000001 万元 is a change of 0.00000000000000000001, not 0", () => {
    expect(pair("1", "1.00000000000000000001")).toMatchObject({
      previous: "1",
      current: "1.00000000000000000001",
      delta: "0.00000000000000000001",
      percent: "0.0",
    });
  });

  it("a change of 0.04999…9 percent (25 nines) rounds to 0.0, not up to 0.1", () => {
    expect(pair("1", "1.0004999999999999999999999999")).toMatchObject({
      delta: "0.0004999999999999999999999999",
      percent: "0.0",
    });
    expect(pair("1", "1.0005")).toMatchObject({ percent: "0.1" });
    expect(pair("2", "1.999")).toMatchObject({ delta: "-0.001", percent: "-0.1" });
  });

  it("50-digit amounts keep every digit in the delta and the percent", () => {
    const big = `${"9".repeat(50)}.5`;
    expect(pair(big, `1${"0".repeat(50)}`)).toMatchObject({ delta: "0.5", percent: "0.0" });
    expect(pair("2", `3${"0".repeat(49)}`)).toMatchObject({
      delta: `2${"9".repeat(48)}8`,
      percent: `14${"9".repeat(48)}00.0`,
    });
  });

  it("a caller's global Decimal settings neither change the diff nor are changed by it", () => {
    Decimal.set({ precision: 3 });
    expect(pair("1", "1.00001")).toMatchObject({ delta: "0.00001" });
    expect(Decimal.precision).toBe(3);
  });
});

describe("sums of counts are exact: counts are bounded at 10¹² so no sum reaches 2⁵³", () => {
  it("a balance off by one near 2⁵³ is not valid (the cells are too big)", () => {
    const input = full2021();
    // 2⁵³ − 2 + 3 rounds to 2⁵³ + 2 as a double: the balance held when counts went up to 2⁵³ − 1.
    input.requests.received.naturalPerson = 2 ** 53 - 2;
    input.requests.received.total = 2 ** 53 - 2 + input.requests.received.total - 0;
    const result = validateReport(input, { locale: "en" });
    expect(result.valid).toBe(false);
    expect(result.findings.filter((f) => f.ruleId === "schema").map((f) => f.messageId)).toContain("too_big");
  });

  it("10¹² is a count, 10¹² + 1 is not", () => {
    const at = (value: number) => {
      const input = full2021();
      input.appeals.review.other = value;
      return validateReport(input).findings.filter((f) => f.ruleId === "schema");
    };
    expect(at(1e12)).toEqual([]);
    expect(at(1e12 + 1).map((f) => [f.path.join("."), f.messageId])).toEqual([
      ["appeals.review.other", "too_big"],
    ]);
  });

  it("an equation off by one over counts of 10¹² is reported with the exact difference", () => {
    const input = full2021();
    const review = input.appeals.review;
    review.upheld = 5e11;
    review.other = 5e11 - 10;
    review.total = 1e12 - 10 + review.corrected + review.pending + 1;
    const finding = validateReport(input).findings.find((f) => f.ruleId === "appeals.total");
    expect(finding?.data).toMatchObject({ difference: -1 });
  });
});
