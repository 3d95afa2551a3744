import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { validateReport } from "../../src/index.js";
import { arbitraryJson, FIXTURE_TEXTS, mutatedReport } from "./arbitraries.js";
import { brokenInvariant } from "./invariants.js";

// Bounded runs for CI; `npm run fuzz` runs the same properties 10⁶ times.
const RUNS = 500;

function holds(input: unknown, locale: "zh-CN" | "en"): boolean {
  const result = validateReport(input, { locale });
  const broken = brokenInvariant(result);
  if (broken) throw new Error(broken);
  return true;
}

// Bounded in runs, not time: a loaded CI machine may take longer, never unboundedly.
vi.setConfig({ testTimeout: 60_000 });

describe("validateReport under fuzzing", () => {
  it("the fixtures themselves are valid reports", () => {
    for (const text of FIXTURE_TEXTS) expect(validateReport(JSON.parse(text)).valid).toBe(true);
  });

  it("arbitrary JSON never throws and always gives well-formed findings", () => {
    fc.assert(fc.property(arbitraryJson, fc.constantFrom("zh-CN" as const, "en" as const), holds), {
      numRuns: RUNS,
    });
  });

  it("real reports with random mutations never throw and always give well-formed findings", () => {
    fc.assert(fc.property(mutatedReport, fc.constantFrom("zh-CN" as const, "en" as const), holds), {
      numRuns: RUNS,
    });
  });

  it("a mutation that changes a count into a string is an error finding at that cell", () => {
    const report = JSON.parse(FIXTURE_TEXTS[0] as string);
    report.requests.received.total = String(report.requests.received.total);
    const result = validateReport(report);
    expect(result.valid).toBe(false);
    expect(result.findings.map((f) => [f.ruleId, f.path.join(".")])).toContainEqual([
      "schema",
      "requests.received.total",
    ]);
  });

  it("the invariant check itself catches a doctored result", () => {
    const result = validateReport(JSON.parse(FIXTURE_TEXTS[0] as string));
    expect(brokenInvariant({ ...result, summary: { ...result.summary, error: 1 } })).toMatch(/summary.error/);
    expect(brokenInvariant({ ...result, valid: false })).toMatch(/valid is false/);
  });
});
