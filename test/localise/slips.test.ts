import { describe, expect, it } from "vitest";
import { classifySlip, isNeighbourSlip } from "../../src/localise/slips.js";
import type { Slip } from "../../src/localise/types.js";

describe("classifySlip(reported, suggested)", () => {
  const cases: [reported: number | null, suggested: number, slip: Slip | null][] = [
    [142, 124, "transposition"],
    [21, 12, "transposition"],
    [1243, 1234, "transposition"],
    [241, 124, null], // a rotation, not a swap of neighbours
    [421, 124, null], // the outer digits swapped
    [14, 124, "digit-dropped"],
    [12, 124, "digit-dropped"],
    [1224, 124, "digit-doubled"],
    [1244, 124, "digit-doubled"],
    [1294, 124, null], // a digit added, not doubled
    [134, 124, "digit-changed"],
    [5, 2, "digit-changed"],
    [7, 0, "digit-changed"],
    [133, 124, null],
    [0, 20, null], // 0 is typed on purpose: not 20 with a digit dropped
    [200, 20, "digit-doubled"],
    [null, 62, "left-blank"],
    [9, 124, null],
  ];
  it.each(cases)("%s for %s → %s", (reported, suggested, slip) => {
    expect(classifySlip(reported, suggested)).toBe(slip);
  });
});

describe("isNeighbourSlip", () => {
  const at = (row: number, column: number, table: "三" | "四" = "三") => ({ table, row, column });
  it("takes two adjacent cells whose values changed places", () => {
    expect(
      isNeighbourSlip(
        { at: at(2, 0), reported: 62, suggested: 124 },
        { at: at(2, 1), reported: 124, suggested: 62 },
      ),
    ).toBe(true);
    // A value typed one row down, into a blank cell.
    expect(
      isNeighbourSlip(
        { at: at(2, 0), reported: null, suggested: 5 },
        { at: at(3, 0), reported: 5, suggested: 0 },
      ),
    ).toBe(true);
  });
  it("rejects cells apart, in different tables, or values that did not swap", () => {
    const a = { at: at(2, 0), reported: 62, suggested: 124 };
    expect(isNeighbourSlip(a, { at: at(2, 2), reported: 124, suggested: 62 })).toBe(false);
    expect(isNeighbourSlip(a, { at: at(3, 1), reported: 124, suggested: 62 })).toBe(false);
    expect(isNeighbourSlip(a, { at: at(2, 1, "四"), reported: 124, suggested: 62 })).toBe(false);
    expect(isNeighbourSlip(a, { at: at(2, 1), reported: 125, suggested: 62 })).toBe(false);
  });
});
