import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localiseErrors } from "../../src/localise/localise.js";
import { classifySlip } from "../../src/localise/slips.js";
import { APPEAL_COLUMNS, APPEAL_GROUPS } from "../../src/model/appeals.js";
import { APPLICANT_PARTS } from "../../src/model/applicants.js";
import { EDITIONS } from "../../src/model/edition.js";
import { getAt } from "../../src/model/path.js";
import { table3Rows } from "../../src/model/table3.js";
import {
  type CellPath,
  correctionsOf,
  equalityErrors,
  samePath,
  table3Cells,
  withValues,
} from "../support/localise-helpers.js";
import { typoOf } from "../support/typos.js";
import { anyStyle, printedTotals, validReport } from "../support/valid-reports.js";

const RUNS = { numRuns: 40 };
const value = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 999 }));
const read = (report: Record<string, unknown>, path: CellPath) => getAt(report, path) as number | null;

/** Every listed correction, applied to the report, leaves no equality broken. */
function expectEveryCorrectionRepairs(report: Record<string, unknown>) {
  const { suspects } = localiseErrors(report);
  for (const correction of correctionsOf(suspects)) {
    expect(equalityErrors(withValues(report, correction))).toEqual([]);
  }
}

describe.each(EDITIONS)("edition %s", (edition) => {
  it("finds no suspect in a valid report", () => {
    fc.assert(
      fc.property(validReport(edition, anyStyle), (report) => {
        const result = localiseErrors(report);
        expect(result.suspects).toEqual([]);
        expect(result.areas).toEqual([]);
      }),
      RUNS,
    );
  });

  it("names the one changed cell of table 三 and its original value", () => {
    fc.assert(
      fc.property(validReport(edition, printedTotals), fc.nat(), value, (report, pick, typed) => {
        const cells = table3Cells(report, edition);
        const path = cells[pick % cells.length] as CellPath;
        const original = read(report, path);
        fc.pre(typed !== (original ?? 0));
        const { suspects, areas } = localiseErrors(withValues(report, [[path, typed]]));
        expect(areas).toMatchObject([{ area: ["requests"], status: "unique", size: 1, corrections: 1 }]);
        expect(suspects).toHaveLength(1);
        expect(suspects[0]).toMatchObject({
          path,
          reported: typed,
          suggested: original ?? 0,
          ambiguous: false,
        });
      }),
      RUNS,
    );
  });

  it("keeps the changed cell among the candidates when blank totals hide it", () => {
    fc.assert(
      fc.property(validReport(edition, anyStyle), fc.nat(), value, (report, pick, typed) => {
        const cells = table3Cells(report, edition);
        const path = cells[pick % cells.length] as CellPath;
        const original = read(report, path);
        fc.pre(typed !== (original ?? 0) && original !== null);
        const broken = withValues(report, [[path, typed]]);
        const { suspects, areas } = localiseErrors(broken);
        expect(areas.map((a) => a.size)).toEqual([1]);
        const mine = suspects.find((s) => samePath(s.path, path));
        const [area] = areas;
        if (area?.status === "unique" || (area?.status === "ambiguous" && area.corrections <= 10)) {
          expect(mine?.suggested).toBe(original);
        }
        expectEveryCorrectionRepairs(broken);
      }),
      RUNS,
    );
  });

  it("finds two changed cells when they are the only explanation, else says it is ambiguous", () => {
    fc.assert(
      fc.property(
        validReport(edition, printedTotals),
        fc.nat(),
        fc.nat(),
        value,
        value,
        (report, pickA, pickB, typedA, typedB) => {
          const cells = table3Cells(report, edition);
          const a = cells[pickA % cells.length] as CellPath;
          const b = cells[pickB % cells.length] as CellPath;
          const [originalA, originalB] = [read(report, a), read(report, b)];
          fc.pre(!samePath(a, b) && typedA !== (originalA ?? 0) && typedB !== (originalB ?? 0));
          const broken = withValues(report, [
            [a, typedA],
            [b, typedB],
          ]);
          const { suspects, areas } = localiseErrors(broken);
          const [area] = areas;
          expect(areas).toHaveLength(1);
          expect(area?.size === 1 || area?.size === 2).toBe(true);
          expectEveryCorrectionRepairs(broken);
          if (area?.size === 2 && area.status === "unique") {
            expect(new Set(suspects.map((s) => [s.path.join("."), s.suggested].join("=")))).toEqual(
              new Set([`${a.join(".")}=${originalA ?? 0}`, `${b.join(".")}=${originalB ?? 0}`]),
            );
          }
          if (area?.status === "ambiguous") {
            expect(area.corrections).toBeGreaterThan(1);
            expect(suspects.every((s) => s.ambiguous && s.alternatives === area.corrections - 1)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("two changed cells, over many reports", () => {
  it("are found exactly when unique, and listed among the candidates when ambiguous", () => {
    const tally = { unique: 0, ambiguous: 0, smaller: 0 };
    fc.assert(
      fc.property(
        validReport("2021", printedTotals),
        fc.nat(),
        fc.nat(),
        value,
        value,
        (report, pickA, pickB, typedA, typedB) => {
          const cells = table3Cells(report, "2021");
          const a = cells[pickA % cells.length] as CellPath;
          const b = cells[pickB % cells.length] as CellPath;
          const [originalA, originalB] = [read(report, a), read(report, b)];
          fc.pre(!samePath(a, b) && typedA !== (originalA ?? 0) && typedB !== (originalB ?? 0));
          const { suspects, areas } = localiseErrors(
            withValues(report, [
              [a, typedA],
              [b, typedB],
            ]),
          );
          const [area] = areas;
          if (area?.size === 1) tally.smaller += 1;
          else if (area?.status === "unique") tally.unique += 1;
          else if (area?.status === "ambiguous" && area.corrections <= 10) {
            tally.ambiguous += 1;
            const listed = correctionsOf(suspects).map((c) =>
              c
                .map(([p, v]) => `${p.join(".")}=${v}`)
                .sort()
                .join(),
            );
            const changed = [`${a.join(".")}=${originalA ?? 0}`, `${b.join(".")}=${originalB ?? 0}`]
              .sort()
              .join();
            expect(listed).toContain(changed);
          }
        },
      ),
      { numRuns: 150, seed: 7 },
    );
    // Random pairs are nearly always told apart; the ambiguous shapes are tested below.
    expect(tally.unique).toBeGreaterThan(tally.ambiguous + tally.smaller);
  });

  it("cannot tell a value moved within a row from the same move in another row", () => {
    // Without 小计 rows, any item row can have had the same move: the twin below.
    const style = printedTotals.map((s) => ({ ...s, subtotals: false }));
    fc.assert(
      fc.property(
        validReport("2019", style),
        fc.nat(),
        fc.constantFrom(...APPLICANT_PARTS),
        fc.constantFrom(...APPLICANT_PARTS),
        (report, pick, from, to) => {
          const items = table3Rows("2019").filter((row) => row.kind === "item");
          const row = items[pick % items.length]?.path ?? [];
          const moved = read(report, [...row, from]) ?? 0;
          // The same move undone in another item row fits as well, where that row has enough to give.
          const twin = items.some(
            (other) => other.path !== row && (read(report, [...other.path, to]) ?? 0) >= moved,
          );
          fc.pre(from !== to && moved > 0 && twin);
          const target = read(report, [...row, to]) ?? 0;
          const broken = withValues(report, [
            [[...row, from], 0],
            [[...row, to], target + moved],
          ]);
          const { suspects, areas } = localiseErrors(broken);
          expect(areas).toMatchObject([{ size: 2 }]);
          expect(areas[0]?.status).not.toBe("unique");
          expectEveryCorrectionRepairs(broken);
          if (areas[0]?.status === "ambiguous" && areas[0].corrections <= 10) {
            const listed = correctionsOf(suspects).map((c) =>
              c
                .map(([p, v]) => `${p.join(".")}=${v}`)
                .sort()
                .join(),
            );
            const truth = [`${[...row, from].join(".")}=${moved}`, `${[...row, to].join(".")}=${target}`]
              .sort()
              .join();
            expect(listed).toContain(truth);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("table 四", () => {
  it("never gives one confident answer for a single wrong cell: candidates, or one singled out by a slip", () => {
    fc.assert(
      fc.property(
        validReport("2019", anyStyle),
        fc.constantFrom(...APPEAL_GROUPS),
        fc.constantFrom(...APPEAL_COLUMNS),
        value,
        (report, group, column, typed) => {
          const path = ["appeals", group, column];
          const original = read(report, path) ?? 0;
          fc.pre(typed !== original);
          const broken = withValues(report, [[path, typed]]);
          const { suspects, areas } = localiseErrors(broken);
          const [area] = areas;
          expect(areas).toHaveLength(1);
          expect(area).toMatchObject({ area: ["appeals", group], size: 1 });
          if (area?.status === "unique") {
            // Arithmetic alone may decide when every other cell would have to go below zero.
            expect(suspects).toMatchObject([{ path, suggested: original, ambiguous: false }]);
          } else if (area?.status === "ambiguous") {
            expect(suspects.length).toBe(area.corrections);
            expect(suspects.every((s) => s.ambiguous)).toBe(true);
            expect(suspects.find((s) => samePath(s.path, path))?.suggested).toBe(original);
          } else {
            expect(area?.status).toBe("slip");
            expect(area?.corrections).toBeGreaterThan(1);
            expect(suspects).toHaveLength(1);
            expect(suspects[0]?.slip).not.toBeNull();
            expect(suspects[0]?.ambiguous).toBe(false);
          }
          expectEveryCorrectionRepairs(broken);
        },
      ),
      RUNS,
    );
  });

  it("singles out a cell by a slip only when it is the mistyped one", () => {
    const typed = validReport("2021", anyStyle).chain((report) =>
      fc
        .tuple(fc.constantFrom(...APPEAL_GROUPS), fc.constantFrom(...APPEAL_COLUMNS))
        .chain(([group, column]) => {
          const path = ["appeals", group, column];
          return fc.tuple(fc.constant(report), fc.constant(path), typoOf(read(report, path) ?? 0));
        }),
    );
    fc.assert(
      fc.property(typed, ([report, path, value]) => {
        const original = read(report, path) ?? 0;
        // Only slips the classifier knows: 105 → 05 → 5 is not one.
        fc.pre(value !== original && classifySlip(value, original) !== null);
        const { suspects, areas } = localiseErrors(withValues(report, [[path, value]]));
        if (areas[0]?.status === "ambiguous") {
          expect(suspects.find((s) => samePath(s.path, path))?.suggested).toBe(original);
        } else {
          expect(suspects).toMatchObject([{ path, suggested: original, ambiguous: false }]);
        }
      }),
      RUNS,
    );
  });
});
