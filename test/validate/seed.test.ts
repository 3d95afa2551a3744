import { describe, expect, it } from "vitest";
import { APPEAL_COLUMNS, APPEAL_GROUPS } from "../../src/model/appeals.js";
import { APPLICANT_COLUMNS } from "../../src/model/applicants.js";
import { table3Rows } from "../../src/model/table3.js";
import { validateReport } from "../../src/validate/validate.js";
import { getPath, sample2021, seed, withCells } from "../support/fixtures.js";

describe("the seed report (巴里坤县 2020, edition 2019)", () => {
  it("is valid: its arithmetic holds; the one finding is the 第五十条 topics it does not mention", () => {
    const result = validateReport(seed());
    expect(result.valid).toBe(true);
    expect(result.report?.organ).toBe("巴里坤县人民政府");
    expect(result.summary).toEqual({
      error: 0,
      warning: 1,
      info: 0,
      waived: 0,
      reading: { error: 0, warning: 0, info: 0 },
    });
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.path.join(".")])).toEqual([
      ["sections.required", "governmentTopics", "sections"],
    ]);
  });

  it("renders the same findings in English", () => {
    const [finding] = validateReport(seed(), { locale: "en" }).findings;
    expect(finding?.message).toBe(
      "A government's report should cover assessment, public evaluation and accountability; not mentioned: public evaluation; accountability",
    );
  });

  it("gives warnings and no error when its whole 总计 column is blank", () => {
    const blanked = withCells(
      seed(),
      Object.fromEntries(table3Rows("2019").map((r) => [`${r.path.join(".")}.total`, null])),
    );
    const result = validateReport(blanked);
    expect(result.valid).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["requests.total-blank", "sections.required"]);
    expect(result.findings[0]?.data.count).toBe(5);
  });
});

const DELTA = 7;
const bump = (v: unknown) => (typeof v === "number" ? v + DELTA : DELTA);

const TABLE3_CELLS = (edition: "2019" | "2021") =>
  table3Rows(edition).flatMap((row) =>
    APPLICANT_COLUMNS.map((c) => ({ row, column: c, path: `${row.path.join(".")}.${c}` })),
  );
const TABLE4_CELLS = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `appeals.${g}.${c}`));

function errorsNaming(report: Record<string, unknown>, path: string) {
  return validateReport(report).findings.filter(
    (f) => f.severity === "error" && f.cells.some((c) => c.join(".") === path),
  );
}

describe("changing any one cell of table 三 or 四 of the seed", () => {
  it.each(TABLE3_CELLS("2019").map((c) => c.path))(
    "%s gives an error naming it, off by the change",
    (path) => {
      const report = seed();
      const errors = errorsNaming(withCells(report, { [path]: bump(getPath(report, path)) }), path);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) {
        expect(["requests.balance", "requests.outcome-total", "requests.row-total"]).toContain(e.ruleId);
        expect(Math.abs(e.data.difference as number)).toBe(DELTA);
        expect(e.data.leftSum).toBeTypeOf("number");
      }
    },
  );

  it.each(TABLE4_CELLS)("%s gives appeals.total naming it", (path) => {
    const errors = errorsNaming(withCells(seed(), { [path]: DELTA }), path);
    expect(errors.map((e) => e.ruleId)).toEqual(["appeals.total"]);
    expect(errors[0]?.data).toMatchObject({ difference: path.endsWith(".total") ? -DELTA : DELTA });
  });
});

describe("changing any one cell of table 三 of a full 2021 report (no blanks)", () => {
  const TOP = new Set(["received", "carriedOver", "carriedForward"]);
  it.each(TABLE3_CELLS("2021"))("$path gives exactly the rules whose equations hold it", ({ row, path }) => {
    const report = sample2021();
    const errors = errorsNaming(withCells(report, { [path]: bump(getPath(report, path)) }), path);
    const expected = new Set(["requests.row-total"]);
    const key = row.path.at(-1) as string;
    if (TOP.has(key) || row.kind === "total") expected.add("requests.balance");
    if (row.kind === "item" || row.kind === "total") expected.add("requests.outcome-total");
    expect(new Set(errors.map((e) => e.ruleId))).toEqual(expected);
  });
});
