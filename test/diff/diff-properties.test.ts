import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffReports, fields } from "../../src/index.js";
import type { Edition } from "../../src/model/edition.js";
import { report } from "../load-fixture.js";

type Json = Record<string, unknown>;

const BASE: Record<Edition, Json> = { "2019": report(2020), "2021": report(2021) };

// Every figure cell of tables 二, 三 and 四 of an edition, with an arbitrary of the values it may hold.
function cellArbitraries(edition: Edition) {
  return fields(edition)
    .filter((f) => ["二", "三", "四"].includes(f.table) && !f.path.includes("subtotal"))
    .map((f) => {
      const value: fc.Arbitrary<number | string> =
        f.unit === "万元"
          ? fc
              .tuple(fc.nat({ max: 10_000_000 }), fc.nat({ max: 9999 }))
              .map(([whole, part]) => `${whole}.${String(part).padStart(4, "0")}`)
          : f.path.at(-1) === "change"
            ? fc.integer({ min: -100_000, max: 100_000 })
            : fc.nat({ max: 1_000_000 });
      return { path: f.path, value: fc.option(value, { nil: null, freq: 4 }) };
    });
}

/** A report of the edition with every figure drawn at random (blank included). */
function reportOf(edition: Edition) {
  const cells = cellArbitraries(edition);
  return fc.tuple(...cells.map((c) => c.value)).map((values) => {
    const out = structuredClone(BASE[edition]);
    cells.forEach((cell, i) => {
      let node = out as Json;
      for (const key of cell.path.slice(0, -1)) node = node[key] as Json;
      node[cell.path.at(-1) as string] = values[i];
    });
    return out;
  });
}

const anyReport = fc.oneof(reportOf("2019"), reportOf("2021"));

const isZero = (d: number | string | null) => (typeof d === "string" ? new Decimal(d).isZero() : d === 0);
const sumIsZero = (a: number | string | null, b: number | string | null) =>
  typeof a === "string" && typeof b === "string"
    ? new Decimal(a).plus(b).isZero()
    : Number(a) + Number(b) === 0;

describe("diffReports properties", () => {
  it("a report against itself: every figure comparable, every delta 0", () => {
    fc.assert(
      fc.property(anyReport, (a) => {
        const diff = diffReports(a, a);
        expect(diff.entries.length).toBeGreaterThan(0);
        for (const e of diff.entries) {
          expect(e.comparable).toBe(true);
          expect(isZero(e.delta)).toBe(true);
          expect(e.previous).toEqual(e.current);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("swapping the reports negates every delta, within one edition and across the format change", () => {
    fc.assert(
      fc.property(anyReport, anyReport, (a, b) => {
        const forward = diffReports(a, b).entries;
        const backward = diffReports(b, a).entries;
        expect(backward.map((e) => e.path)).toEqual(forward.map((e) => e.path));
        forward.forEach((f, i) => {
          const r = backward[i];
          expect(r?.comparable).toBe(f.comparable);
          expect([r?.previous, r?.current]).toEqual([f.current, f.previous]);
          if (f.delta === null) expect(r?.delta).toBeNull();
          else expect(sumIsZero(f.delta, r?.delta ?? null)).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("every delta is exactly current − previous, blanks read as 0", () => {
    fc.assert(
      fc.property(anyReport, anyReport, (a, b) => {
        for (const e of diffReports(a, b).entries) {
          if (!e.comparable) continue;
          const expected = new Decimal(e.current ?? 0).minus(e.previous ?? 0);
          expect(new Decimal(e.delta ?? Number.NaN).equals(expected)).toBe(true);
          if (e.previous === null || new Decimal(e.previous).isZero()) expect(e.percent).toBeNull();
        }
      }),
      { numRuns: 40 },
    );
  });
});
