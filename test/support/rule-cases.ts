import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/validate/validate.js";
import { withCells } from "./fixtures.js";

type Json = Record<string, unknown>;

/** A report that the rule must accept. */
export interface ValidCase {
  name: string;
  report: () => Json;
  cells?: Record<string, unknown>;
}

/** A report that the rule must flag, with the findings it must give, in order. */
export interface InvalidCase extends ValidCase {
  findings: {
    path: string;
    /** Every cell the finding must name, as dotted paths (order-insensitive, exact set). */
    cells?: string[];
    messageId?: string;
    data?: Record<string, unknown>;
    message?: RegExp;
  }[];
}

/** Runs one rule alone on a report and returns its findings (asserting the report had the right shape). */
export function runRule(ruleId: string, report: Json) {
  const result = validateReport(report, { rules: { include: [ruleId] } });
  expect(result.findings.filter((f) => f.ruleId === "schema")).toEqual([]);
  return result.findings;
}

/** The eslint-style table of valid and invalid cases for one rule. */
export function ruleCases(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it.each(cases.valid)("accepts $name", (c) => {
      expect(runRule(ruleId, withCells(c.report(), c.cells ?? {}))).toEqual([]);
    });
    it.each(cases.invalid)("flags $name", (c) => {
      const findings = runRule(ruleId, withCells(c.report(), c.cells ?? {}));
      expect(findings.map((f) => f.path.join("."))).toEqual(c.findings.map((f) => f.path));
      c.findings.forEach((want, i) => {
        const got = findings[i];
        if (!got) throw new Error("missing finding");
        expect(got.ruleId).toBe(ruleId);
        expect(got.message).not.toBe("");
        if (want.cells) expect(got.cells.map((p) => p.join(".")).sort()).toEqual([...want.cells].sort());
        expect(got.cells.map((p) => p.join("."))).toContain(want.path);
        if (want.messageId) expect(got.messageId).toBe(want.messageId);
        if (want.data) expect(got.data).toMatchObject(want.data);
        if (want.message) expect(got.message).toMatch(want.message);
      });
    });
  });
}
