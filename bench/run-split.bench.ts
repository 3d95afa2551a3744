// Worst cases of the run-together splitter and the table-三 search (run: npx vitest bench --run bench/run-split.bench.ts).
// Each case also states the steps it took (deterministic), the measure the bounds in run-split.ts cap.
import { bench, describe } from "vitest";
import { searchTable } from "../src/import/run-solve.js";
import { runLayout, splitRun } from "../src/import/run-split.js";

const row3 = runLayout("2021", "三", ["requests", "received"]);
const table4 = runLayout("2021", "四", ["appeals"]);
if (!row3 || !table4) throw new Error("layouts");
// The costliest table-三 row among 20,000 random runs (38,250 steps: no split fits).
const worstRow = "6335743253458268884141258";
// The costliest table-四 run among 20,000 random runs of 7 to 90 digits.
const long4 = "671115471922514424310196293278933518021037393407";
// 21 item rows each read two ways, one equation per column tying them all: the search's budget.
const options = Array.from({ length: 21 }, () => [
  [1, 22, 10, 0, 0, 0, 33],
  [12, 21, 0, 0, 0, 0, 33],
]);
const equations = [0, 1, 2, 6].map((c) => ({
  left: options.map((_, row) => ({ row, cell: c })),
  right: [{ value: [136, 452, 105, 0, 0, 0, 693][c] ?? 0 }],
}));

describe("run-together figures", () => {
  bench(`table-三 row, worst of 20,000 random (${splitRun(worstRow, row3).work} steps)`, () => {
    splitRun(worstRow, row3);
  });
  bench(`table-四 run, worst of 20,000 random (${splitRun(long4, table4).work} steps)`, () => {
    splitRun(long4, table4);
  });
  bench(`table 三, 21 rows of two readings each (${searchTable(options, equations).nodes} nodes)`, () => {
    searchTable(options, equations);
  });
});
