import { describe, expect, it } from "vitest";
import { searchCorrections } from "../../src/localise/search.js";
import { constantForm, SystemBuilder } from "../../src/localise/system.js";

const label = { zh: "格", en: "cell" };
const at = (column: number) => ({ table: "三" as const, row: 0, column });

describe("searchCorrections on small systems", () => {
  it("solves a pair whose cells always appear together, when only one pair of values is non-negative", () => {
    // a + b = 0 with a = b = 5: neither alone can reach it without going below zero.
    const b = new SystemBuilder();
    const a = b.cell(["a"], 5, label, at(0));
    const c = b.cell(["b"], 5, label, at(1));
    b.equal("test", ["a"], [a, c], [constantForm(0)]);
    expect(searchCorrections(b.build())).toEqual([
      { equations: [0], violated: [0], size: 2, corrections: [{ cells: [0, 1], values: [0, 0] }] },
    ]);
  });

  it("marks a pair whose values are not determined", () => {
    // a + b = 4 with a = b = 5: (0,4), (1,3), (2,2), (3,1), (4,0) minus the single-cell ones.
    const b = new SystemBuilder();
    const a = b.cell(["a"], 5, label, at(0));
    const c = b.cell(["b"], 5, label, at(1));
    b.equal("test", ["a"], [a, c], [constantForm(4)]);
    expect(searchCorrections(b.build())[0]).toMatchObject({
      size: 2,
      corrections: [{ cells: [0, 1], values: null }],
    });
  });

  it("does not walk a long range of values to find that a pair is undetermined", () => {
    const b = new SystemBuilder();
    const a = b.cell(["a"], 1e9, label, at(0));
    const c = b.cell(["b"], 1e9, label, at(1));
    b.equal("test", ["a"], [a, c], [constantForm(4)]);
    expect(searchCorrections(b.build())[0]).toMatchObject({
      size: 2,
      corrections: [{ cells: [0, 1], values: null }],
    });
  });

  it("solves two equations in two cells exactly, in integers", () => {
    // x + y = 10, x − y = 3 has no integer solution; x + y = 10, x − y = 4 has (7, 3).
    for (const [difference, expected] of [
      [3, null],
      [4, [7, 3]],
    ] as const) {
      const b = new SystemBuilder();
      const x = b.cell(["x"], 0, label, at(0));
      const y = b.cell(["y"], 0, label, at(1));
      b.equal("sum", ["x"], [x, y], [constantForm(10)]);
      b.equal("difference", ["y"], [x], [y, constantForm(difference)]);
      const [area] = searchCorrections(b.build());
      expect(area?.size).toBe(expected ? 2 : null);
      expect(area?.corrections).toEqual(expected ? [{ cells: [0, 1], values: expected }] : []);
    }
  });

  it("reports an equation no cell can repair as unexplained", () => {
    const b = new SystemBuilder();
    const x = b.cell(["x"], 1, label, at(0));
    b.equal("fixed", ["x"], [constantForm(2)], [constantForm(3)]);
    b.equal("holds", ["x"], [x], [constantForm(1)]);
    expect(searchCorrections(b.build())).toMatchObject([{ violated: [0], size: null, corrections: [] }]);
  });
});
