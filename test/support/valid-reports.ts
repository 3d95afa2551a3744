import fc from "fast-check";
import { APPEAL_GROUPS } from "../../src/model/appeals.js";
import { APPLICANT_PARTS } from "../../src/model/applicants.js";
import type { Edition } from "../../src/model/edition.js";
import { table3Rows } from "../../src/model/table3.js";
import seed from "../fixtures/seed-2020-balikun.json" with { type: "json" };
import { setAt } from "./set-at.js";

/** How a generated report writes its zeros and totals. */
export interface ReportStyle {
  /** Zero parts printed as blank (null) instead of 0. */
  blankZeros: boolean;
  /** A row total whose parts are all zero may be left blank, as many real reports do. */
  blankZeroTotals: boolean;
  /** Print a 小计 row under each group of table 三. */
  subtotals: boolean;
}

type Row = Record<string, number | null>;

const count = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 2, arbitrary: fc.integer({ min: 10, max: 999 }) },
);

const META_2021 = {
  edition: "2021",
  organ: "示例县人民政府",
  organKind: "government",
  year: 2021,
  period: { start: "2021-01-01", end: "2021-12-31" },
  publishedOn: "2022-01-20",
  proactive: {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 2, repealed: 0, inForce: 12 },
    licensing: { decisions: 30 },
    penalties: { decisions: 4 },
    coercion: { decisions: 0 },
    fees: { amount: "0" },
  },
  sections: seed.sections,
};

function printRow(parts: number[], style: ReportStyle, blanks: boolean[]): Row {
  const row: Row = {};
  APPLICANT_PARTS.forEach((column, i) => {
    const value = parts[i] ?? 0;
    row[column] = value === 0 && style.blankZeros && blanks[i] ? null : value;
  });
  const total = parts.reduce((s, v) => s + v, 0);
  row.total = total === 0 && style.blankZeroTotals && blanks[6] ? null : total;
  return row;
}

const sumColumns = (rows: number[][]) =>
  APPLICANT_PARTS.map((_, i) => rows.reduce((s, r) => s + (r[i] ?? 0), 0));

/**
 * A valid report of an edition in a given style: table 三 balances in every column and every row,
 * table 四 adds up in every group. Everything else is taken from the seed (or a 2021 stand-in).
 */
export function validReport(edition: Edition, style: fc.Arbitrary<ReportStyle>) {
  const rows = table3Rows(edition);
  const items = rows.filter((r) => r.kind === "item");
  const partsOf = fc.array(count, { minLength: 6, maxLength: 6 });
  const blanksOf = fc.array(fc.boolean(), { minLength: 7, maxLength: 7 });
  return fc
    .record({
      style,
      items: fc.array(partsOf, { minLength: items.length, maxLength: items.length }),
      carriedOver: partsOf,
      carriedForward: partsOf,
      blanks: fc.array(blanksOf, { minLength: rows.length + 4, maxLength: rows.length + 4 }),
      appeals: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    })
    .map(({ style, items: itemValues, carriedOver: co, carriedForward: cf, blanks, appeals }) => {
      const report = structuredClone(edition === "2019" ? seed : { ...seed, ...META_2021 }) as Record<
        string,
        unknown
      >;
      report.requests = {};
      const blank = (i: number) => blanks[i] ?? [];
      const total = sumColumns(itemValues);
      // Received = outcomes + carried forward − carried over; carried over shrinks where that would be negative.
      const received = total.map((t, i) => Math.max(0, t + (cf[i] ?? 0) - (co[i] ?? 0)));
      const carriedOver = total.map((t, i) => t + (cf[i] ?? 0) - (received[i] ?? 0));
      let k = 0;
      rows.forEach((row, r) => {
        const values =
          row.kind === "item"
            ? (itemValues[k++] ?? [])
            : row.kind === "received"
              ? received
              : row.kind === "carriedOver"
                ? carriedOver
                : row.kind === "carriedForward"
                  ? cf
                  : total;
        // The outcomes total is printed in full: a blank there is a different convention.
        const rowStyle =
          row.kind === "total" ? { ...style, blankZeros: false, blankZeroTotals: false } : style;
        setAt(report, row.path, printRow(values, rowStyle, blank(r)));
      });
      if (style.subtotals) {
        const groups = [...new Set(items.flatMap((row) => row.group ?? []))];
        groups.forEach((group, g) => {
          const members = itemValues.filter((_, i) => items[i]?.group === group);
          setAt(
            report,
            ["requests", "outcomes", group, "subtotal"],
            printRow(sumColumns(members), style, blank(rows.length + g)),
          );
        });
      }
      report.appeals = Object.fromEntries(
        APPEAL_GROUPS.map((group, g) => {
          const [upheld = 0, corrected = 0, other = 0, pending = 0] = appeals[g] ?? [];
          return [group, { upheld, corrected, other, pending, total: upheld + corrected + other + pending }];
        }),
      );
      return report;
    });
}

/** Styles real reports use: zeros as 0 or blank, totals always printed unless asked otherwise. */
export const printedTotals: fc.Arbitrary<ReportStyle> = fc.record({
  blankZeros: fc.boolean(),
  blankZeroTotals: fc.constant(false),
  subtotals: fc.boolean(),
});

export const anyStyle: fc.Arbitrary<ReportStyle> = fc.record({
  blankZeros: fc.boolean(),
  blankZeroTotals: fc.boolean(),
  subtotals: fc.boolean(),
});
