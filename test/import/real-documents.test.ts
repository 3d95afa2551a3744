import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { importDocument } from "../../src/import/import-document.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";
import type { Finding } from "../../src/rules/types.js";
import { validateReport } from "../../src/validate/validate.js";

// Real published reports (test/fixtures/real/, from ../shared/real/): each form read back to its JSON.
const file = (name: string) => readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url));
const json = (name: string) => JSON.parse(file(name).toString("utf8"));
const TABLES = ["proactive", "requests", "appeals"] as const;
// The report's own errors: rule findings, not the reading's (import.*).
const errors = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.severity === "error" && !f.ruleId.startsWith("import."))
    .map((f) => `${f.ruleId} ${f.path.join(".")}`)
    .sort();

const DOCUMENTS = [
  { file: "12-hongze-district-2023.pdf", json: "12-hongze-district-2023.json" },
  { file: "12-hongze-district-2023.txt", json: "12-hongze-district-2023.json" },
  { file: "10-shanghai-stcsm-2024.txt", json: "10-shanghai-stcsm-2024.json" },
];

describe.each(DOCUMENTS)("$file reads back to $json", (doc) => {
  const read = async () => {
    const result = await importDocument(new Uint8Array(file(doc.file)), { filename: doc.file });
    const want = json(doc.json);
    const got = result.report ? z.encode(reportSchema, result.report as AnnualReport) : undefined;
    return { result, want, got: JSON.parse(JSON.stringify(got ?? null)) };
  };

  it("every cell of tables 二, 三 and 四", async () => {
    const { got, want } = await read();
    for (const table of TABLES) expect(got?.[table], table).toEqual(want[table]);
  });

  it("organ, year, edition and period as published, none taken from the file name", async () => {
    const { got, want, result } = await read();
    expect({ organ: got?.organ, year: got?.year, edition: got?.edition, period: got?.period }).toEqual({
      organ: want.organ,
      year: want.year,
      edition: want.edition,
      period: want.period,
    });
    expect(result.findings.map((f) => f.ruleId)).not.toContain("import.meta-from-filename");
    expect(result.findings.map((f) => f.ruleId)).not.toContain("import.meta-missing");
  });

  it("the report's errors are exactly those of the JSON's own validation", async () => {
    const { got, want } = await read();
    const own = errors(validateReport(want).findings);
    expect(errors(validateReport(got).findings)).toEqual(own);
  });
});

describe("what the readings say about themselves", () => {
  it("hongze: the organ comes from the title printed over two lines, not the compiling office", async () => {
    const result = await importDocument(new Uint8Array(file("12-hongze-district-2023.pdf")));
    expect(result.report?.organ).toBe("洪泽区人民政府");
    expect(result.findings.map((f) => f.ruleId)).not.toContain("import.organ-inferred");
    // The published table-四 totals printed as 0 while their parts are not: the report's own error.
    expect(errors(validateReport(JSON.parse(JSON.stringify(result.report))).findings)).toEqual([
      "appeals.total appeals.litigationAfterReview.total",
      "appeals.total appeals.review.total",
    ]);
  });

  it("shanghai: the rows whose figures stood apart from their labels are named, cell by cell", async () => {
    const result = await importDocument(new Uint8Array(file("10-shanghai-stcsm-2024.txt")));
    const byOrder = result.findings.filter((f) => f.ruleId === "import.rows-by-order");
    expect(byOrder).toHaveLength(1);
    expect(byOrder[0]?.severity).toBe("info");
    const cells = new Set(byOrder[0]?.cells.map((c) => c.slice(0, -1).join(".")));
    expect([...cells]).toEqual([
      "requests.outcomes.partiallyDisclosed",
      "requests.outcomes.withheld.prohibitedByLaw",
      "requests.outcomes.unavailable.notHeld",
      "requests.outcomes.unavailable.needsCreation",
      "requests.outcomes.unavailable.unclearAfterCorrection",
      "requests.outcomes.notProcessed.excessive",
      "requests.outcomes.notProcessed.confirmation",
      "requests.outcomes.otherHandling.noCorrection",
      "requests.outcomes.otherHandling.unpaidFee",
    ]);
    expect(byOrder[0]?.data.where).toMatch(/^table \d+, row \d+, column 1$/);
  });

  it("shanghai: the part whose heading the conversion lost is read by its first sub-heading, not said missing", async () => {
    const result = await importDocument(new Uint8Array(file("10-shanghai-stcsm-2024.txt")));
    const flat = (text: unknown) => String(text).replace(/\s+/g, "");
    expect(flat(result.report?.sections?.problems)).toBe(
      flat(json("10-shanghai-stcsm-2024.json").sections.problems),
    );
    const checked = validateReport(JSON.parse(JSON.stringify(result.report)), {
      reading: { findings: result.findings, sources: result.sources },
    });
    const missing = checked.findings.filter(
      (f) => f.ruleId === "sections.required" && f.path.join(".") === "sections.problems",
    );
    expect(missing).toEqual([]);
  });
});

// The same shapes made from other reports (scripts/fixtures/make-converted-md.ts): other organs, other
// figures, other rows set apart and other title breaks, so that the reading is not fitted to one file.
describe.each([
  { md: "converted-2021-hami.md", json: "official-2021-hami.json" },
  { md: "converted-2021-department.md", json: "sample-2021-department.json" },
])("$md (the 上海市科委 conversion's shape) reads back to $json", (made) => {
  it("every cell, organ and year", async () => {
    const fixtures = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
    const result = await importDocument(new Uint8Array(fixtures(made.md)), { filename: made.md });
    const want = JSON.parse(fixtures(made.json).toString("utf8"));
    const got = JSON.parse(JSON.stringify(z.encode(reportSchema, result.report as AnnualReport)));
    for (const table of TABLES) expect(got[table], table).toEqual(want[table]);
    expect([got.organ, got.year]).toEqual([want.organ, want.year]);
    expect(errors(validateReport(got).findings)).toEqual(errors(validateReport(want).findings));
  });
});
