import { describe, expect, it } from "vitest";
import { buildSystem, clearSystemShapes } from "../../src/localise/build.js";
import { EQUALITY_RULE_IDS } from "../../src/localise/localise.js";
import type { Edition } from "../../src/model/edition.js";
import { parseReport } from "../../src/validate/parse.js";
import { fixture } from "../load-fixture.js";
import { table3Cells, withValues } from "../support/localise-helpers.js";

type Json = Record<string, unknown>;

// A small deterministic generator: the same cases on every run and machine.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function system(report: Json, previous?: Json) {
  const parsed = parseReport(report, "zh-CN");
  const before = previous ? parseReport(previous, "zh-CN").report : undefined;
  if (!parsed.partial) throw new Error("fixture should parse");
  return buildSystem({
    report: parsed.partial,
    parts: parsed.parts,
    previous: before,
    ruleIds: new Set(EQUALITY_RULE_IDS),
  });
}

describe("buildSystem: a shape cached from one report serves another exactly", () => {
  for (const [name, previousName, edition] of [
    ["balikun-2022", "balikun-2021", "2021"],
    ["seed-2020-balikun", "balikun-2019", "2019"],
    ["full-2021", undefined, "2021"],
  ] as const) {
    it(`${name}: reports with the same blanks but other numbers`, () => {
      const base = fixture(name) as Json;
      const previous = previousName ? (fixture(previousName) as Json) : undefined;
      const cells = table3Cells(base, edition as Edition);
      const random = prng(7);
      for (let round = 0; round < 40; round++) {
        // The same blank cells in both reports, different numbers elsewhere.
        const blanks = cells.filter(() => random() < 0.05);
        const changed = cells.filter(() => random() < 0.2);
        const a = withValues(base, [
          ...blanks.map((p): [typeof p, unknown] => [p, null]),
          ...changed.map((p): [typeof p, unknown] => [p, Math.floor(random() * 50)]),
        ]);
        const b = withValues(base, [
          ...blanks.map((p): [typeof p, unknown] => [p, null]),
          ...changed.map((p): [typeof p, unknown] => [p, Math.floor(random() * 50)]),
        ]);
        clearSystemShapes();
        const fresh = system(b, previous);
        clearSystemShapes();
        system(a, previous);
        const cached = system(b, previous);
        expect(cached.equations.length).toBeGreaterThan(0);
        expect(cached).toEqual(fresh);
      }
    });
  }
});
