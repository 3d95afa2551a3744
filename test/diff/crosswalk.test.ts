import { describe, expect, it } from "vitest";
import { figures } from "../../src/diff/figures.js";
import type { Edition } from "../../src/model/edition.js";
import { fields } from "../../src/model/fields.js";

const key = (p: readonly string[]) => p.join(".");

/** Every figure cell of tables 二, 三 and 四 of an edition (optional 小计 rows aside). */
const cellsOf = (edition: Edition) =>
  fields(edition)
    .filter((f) => ["二", "三", "四"].includes(f.table) && !f.path.includes("subtotal"))
    .map((f) => key(f.path))
    .sort();

describe("figures (the crosswalk between the editions)", () => {
  it.each(["2019", "2021"] as const)("compares every figure of edition %s with itself", (edition) => {
    const list = figures(edition, edition);
    expect(list.map((f) => key(f.path)).sort()).toEqual(cellsOf(edition));
    expect(list.every((f) => f.comparable)).toBe(true);
  });

  it.each([
    ["2019", "2021"],
    ["2021", "2019"],
  ] as const)(
    "reads every cell of both editions, %s → %s, and only the 2021 （六） items twice",
    (from, to) => {
      const list = figures(from, to);
      const read = (edition: Edition) =>
        list.flatMap((f) => (edition === from ? f.previous : f.current).map(key)).sort();
      const twice = (keys: string[]) => keys.filter((k, i) => keys[i - 1] === k);
      expect([...new Set(read("2019"))]).toEqual(cellsOf("2019"));
      expect([...new Set(read("2021"))]).toEqual(cellsOf("2021"));
      expect(twice(read("2019"))).toEqual([]);
      // Once on their own (not comparable), once in the sum compared with the 2019 （六）其他处理 row.
      expect(twice(read("2021"))).toEqual(
        cellsOf("2021").filter((k) => /otherHandling\.(noCorrection|unpaidFee|other)\./.test(k)),
      );
    },
  );

  it("keeps one order whichever way the editions run, so a swapped diff lines up", () => {
    expect(figures("2021", "2019").map((f) => key(f.path))).toEqual(
      figures("2019", "2021").map((f) => key(f.path)),
    );
  });

  it("compares tables 三 and 四 figure by figure and marks the table-二 figures whose meaning changed", () => {
    const list = figures("2019", "2021");
    const notComparable = list.filter((f) => !f.comparable).map((f) => `${f.table} ${key(f.path)}`);
    expect(notComparable.filter((k) => k.startsWith("三"))).toEqual(
      ["noCorrection", "unpaidFee", "other"].flatMap((item) =>
        [
          "naturalPerson",
          "business",
          "research",
          "nonprofit",
          "legalService",
          "otherOrganization",
          "total",
        ].map((c) => `三 requests.outcomes.otherHandling.${item}.${c}`),
      ),
    );
    expect(notComparable.filter((k) => k.startsWith("四"))).toEqual([]);
    const table2 = list.filter((f) => f.table === "二");
    expect(table2.filter((f) => f.comparable).map((f) => key(f.path))).toEqual([
      "proactive.licensing.decisions",
      "proactive.penalties.decisions",
      "proactive.coercion.decisions",
    ]);
  });
});
