import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { full2021 } from "./helpers.js";

const MB = 1024 * 1024;
// A finding quotes at most 10 keys of at most 64 characters: a few kilobytes, whatever the input.
const BOUND = 16 * 1024;
const size = (value: unknown) => JSON.stringify(value).length;

describe("10 MB inputs", () => {
  it("a 10 MB narrative is kept whole and checked", () => {
    const input = full2021();
    input.sections.overview += "政府信息公开".repeat((10 * MB) / 6);
    const result = validateReport(input);
    expect(result.valid).toBe(true);
    expect(result.report?.sections?.overview).toHaveLength(input.sections.overview.length);
    expect(result.findings).toEqual([]);
  });

  it("a 10 MB narrative without the required topics gives one bounded warning", () => {
    const input = full2021();
    input.sections = { overview: "公开".repeat(5 * MB), problems: "无", other: "无" };
    const result = validateReport(input);
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      "sections.information-fee",
      "sections.placeholder", // 五 says only 无
      "sections.required",
    ]);
    expect(size(result.findings)).toBeLessThan(BOUND);
  });

  it("100,000 unknown keys give one finding that names ten of them and counts all", () => {
    const input = full2021();
    for (let i = 0; i < 100_000; i++) input[`unknownKey${i}`] = i;
    expect(size(input)).toBeGreaterThan(2 * MB);
    const result = validateReport(input);
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding?.path).toEqual([]);
    expect(finding?.data.keys).toHaveLength(10);
    expect(finding?.data.keyCount).toBe(100_000);
    expect(finding?.message).toContain("100000");
    expect(size(result.findings)).toBeLessThan(BOUND);
  });

  it("100,000 unknown keys in a table row are reported at that row", () => {
    const input = full2021();
    for (let i = 0; i < 100_000; i++) input.requests.received[`k${i}`] = null;
    const result = validateReport(input);
    expect(result.findings.map((f) => f.path.join("."))).toEqual(["requests.received"]);
    expect(size(result.findings)).toBeLessThan(BOUND);
  });

  it("unknown keys of 2 MB each are cut in the finding, which stays small", () => {
    const input = full2021();
    for (const c of "abc") input[c.repeat(2 * MB)] = 1;
    const result = validateReport(input, { locale: "en" });
    const [finding] = result.findings;
    expect(finding?.data.keys).toEqual(["a", "b", "c"].map((c) => `${c.repeat(64)}…`));
    expect(finding?.data.keyCount).toBe(3);
    expect(finding?.message).toMatch(/^report: items the format does not have: “a{64}…”/);
    expect(size(result.findings)).toBeLessThan(BOUND);
  });

  it("a cut key never ends in half a surrogate pair", () => {
    const input = full2021();
    input[`${"x".repeat(63)}😀${"y".repeat(100)}`] = 1;
    const keys = validateReport(input).findings[0]?.data.keys as string[];
    expect(keys).toEqual([`${"x".repeat(63)}…`]);
  });

  it("a 10 MB organ name is kept, not truncated", () => {
    const input = full2021();
    input.organ = "青".repeat(10 * MB);
    const result = validateReport(input);
    expect(result.valid).toBe(true);
    expect(result.report?.organ).toHaveLength(10 * MB);
  });

  it("a 10 MB string where the report should be is one finding", () => {
    const result = validateReport("{".repeat(10 * MB));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.data.expected).toBe("object");
    expect(size(result.findings)).toBeLessThan(BOUND);
  });
});
