import { describe, expect, it } from "vitest";
import { solveColumns } from "../../src/import/column-solver.js";

const R = "requests.received";
const T = "requests.outcomes.total";
const D = "requests.outcomes.disclosed";
const N = "requests.outcomes.unavailable.notHeld";

describe("solveColumns", () => {
  it("places a full row of seven values as printed", () => {
    const result = solveColumns("2019", [{ key: R, values: [1, 2, 3, 4, 5, 6, 21] }]);
    expect(result.columns.get(R)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(result.open.size).toBe(0);
  });

  it("decides columns when the identities leave one placement", () => {
    // 自然人 and 商业企业 both filed; 不掌握 holds the business requests only.
    const rows = [
      { key: R, values: [5, 2, 7] },
      { key: D, values: [5, 5] },
      { key: N, values: [2, 2] },
      { key: T, values: [5, 2, 7] },
    ];
    const result = solveColumns("2019", rows);
    expect(result.columns.get(D)).toEqual([0, 6]);
    expect(result.columns.get(N)).toEqual([1, 6]);
    expect(result.open.get(R)?.get(1)).toEqual([1, 2, 3, 4, 5]);
    expect(result.groups).toHaveLength(1);
  });

  it("reads a row whose last value is not the sum of the others left to right and says so", () => {
    const result = solveColumns("2019", [{ key: R, values: [3, 4] }]);
    expect(result.unresolved).toEqual([R]);
    expect(result.columns.get(R)).toEqual([0, 1]);
  });
});

describe("solveColumns when the identities cannot hold", () => {
  it("keeps 总计 in its column and reads the parts left to right", () => {
    // 办理结果总计 is missing from the text, so no placement balances the columns.
    const result = solveColumns("2019", [
      { key: R, values: [5, 2, 7] },
      { key: D, values: [5, 5] },
    ]);
    expect(result.columns.get(R)).toEqual([0, 1, 6]);
    expect(result.columns.get(D)).toEqual([0, 6]);
    expect(result.unresolved).toEqual([R, D]);
  });
});
