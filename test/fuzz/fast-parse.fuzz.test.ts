import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { report2019Schema, report2021Schema } from "../../src/index.js";
import { compile, MISS } from "../../src/validate/fast-parse.js";
import { arbitraryJson, FIXTURE_TEXTS, mutatedReport, reshapedReport } from "./arbitraries.js";

const SCHEMAS = [report2019Schema, report2021Schema] as const;

/** The fast path either declines (MISS) or returns exactly what zod returns, key order included. */
function agrees(input: unknown): boolean {
  for (const [schema, jit] of SCHEMAS.flatMap((s) => [[s, true] as const, [s, false] as const])) {
    const fast = compile(schema, jit)(input);
    if (fast === MISS) continue;
    const zod = schema.safeParse(input);
    if (!zod.success) throw new Error(`fast path accepted what zod rejects: ${zod.error.issues[0]?.message}`);
    expect(fast).toStrictEqual(zod.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  }
  return true;
}

vi.setConfig({ testTimeout: 60_000 });

describe("the fast parse path", () => {
  it.each([true, false])("takes every fixture, and gives zod's output for it (generated code: %s)", (jit) => {
    for (const text of FIXTURE_TEXTS) {
      const input = JSON.parse(text);
      const schema = input.edition === "2019" ? report2019Schema : report2021Schema;
      const fast = compile(schema, jit)(input);
      expect(fast).not.toBe(MISS);
      expect(fast).toStrictEqual(schema.parse(input));
      expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.parse(input)));
    }
  });

  it.each([true, false])(
    "declines what zod would report: unknown keys, a missing cell, a wrong type (generated code: %s)",
    (jit) => {
      const input = JSON.parse(FIXTURE_TEXTS[0] as string);
      const parse = compile(input.edition === "2019" ? report2019Schema : report2021Schema, jit);
      expect(parse({ ...input, extra: 1 })).toBe(MISS);
      const { appeals: _appeals, ...missing } = input;
      expect(parse(missing)).toBe(MISS);
      expect(parse({ ...input, year: "2020" })).toBe(MISS);
      expect(parse(JSON.parse(JSON.stringify(input).replace("{", '{"__proto__":{},')))).toBe(MISS);
    },
  );

  it("agrees with zod on reshaped reports (many still valid)", () => {
    let hits = 0;
    fc.assert(
      fc.property(reshapedReport, (input) => {
        if (SCHEMAS.some((s) => compile(s)(input) !== MISS)) hits++;
        return agrees(input);
      }),
      { numRuns: 500 },
    );
    // Enough of them stay valid for the comparison to mean something.
    expect(hits).toBeGreaterThan(50);
  });

  it("agrees with zod on mutated reports and arbitrary JSON", () => {
    fc.assert(fc.property(fc.oneof(mutatedReport, arbitraryJson), agrees), { numRuns: 500 });
  });
});
