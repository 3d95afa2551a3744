import { readFileSync } from "node:fs";

/** A report of test/fixtures/ as JSON carries it: a fresh copy on each call. */
export function fixtureReport(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), "utf8"));
}

/** The seed report (巴里坤县 2020, edition 2019) as JSON carries it: a fresh copy on each call. */
export function seedReport(): Record<string, unknown> {
  return fixtureReport("seed-2020-balikun.json");
}

const blankRow = () => ({
  naturalPerson: null,
  business: null,
  research: null,
  nonprofit: null,
  legalService: null,
  otherOrganization: null,
  total: null,
});

/**
 * The seed restated in the 2021 format, for the rules only that edition has: same organ, tables 三 and
 * 四 and text; year 2021; table 二 in the 2021 columns with the seed's figures where they carry over.
 */
export function seedAs2021(): Record<string, unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: edits arbitrary cells of a report fixture
  const report = seedReport() as Record<string, any>;
  const p = report.proactive;
  report.edition = "2021";
  report.year = 2021;
  report.period = { start: "2021-01-01", end: "2021-12-31" };
  report.publishedOn = "2022-01-20";
  report.proactive = {
    regulations: { issued: p.regulations.made, repealed: 0, inForce: p.regulations.totalPublished },
    normativeDocuments: {
      issued: p.normativeDocuments.made,
      repealed: 0,
      inForce: p.normativeDocuments.totalPublished,
    },
    licensing: { decisions: p.licensing.decisions },
    penalties: { decisions: p.penalties.decisions },
    coercion: { decisions: p.coercion.decisions },
    fees: { amount: "0" },
  };
  const other = report.requests.outcomes.otherHandling;
  report.requests.outcomes.otherHandling = { noCorrection: blankRow(), unpaidFee: blankRow(), other };
  return report;
}
