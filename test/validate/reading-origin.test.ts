import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importText } from "../../src/import/import-text.js";
import { validateReport } from "../../src/validate/validate.js";
import { fixture } from "../load-fixture.js";

const text = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

// What a reader gives validateReport: the report in its JSON form, its findings and its sources.
function readAndValidate(body: string, options: { organ?: string; year?: number } = {}) {
  const imported = importText(body, options);
  const input = JSON.parse(JSON.stringify(imported.report));
  return validateReport(input, { reading: { findings: imported.findings, sources: imported.sources } });
}

describe("a reading problem never reads as an error of the report", () => {
  // pdftotext-2021-hami.txt with its table 三 half read: the （七）总计 label garbled as by a bad
  // extraction (总讦), and the 上年结转 and 予以公开 rows printed twice with other figures.
  const half = readAndValidate(text("half-read-2021-hami.txt"));
  const truth = validateReport(fixture("official-2021-hami"));

  it("keeps the report's errors within those of the true report", () => {
    const errorsOf = (r: typeof half) =>
      new Set(
        r.findings
          .filter((f) => f.origin === "report" && f.severity === "error")
          .map((f) => `${f.ruleId} ${f.path.join(".")}`),
      );
    for (const e of errorsOf(half)) expect(errorsOf(truth)).toContain(e);
    expect(half.summary.error).toBe(0);
    expect(half.valid).toBe(true);
  });

  it("turns the broken equations on doubtful cells into reading problems that name the source place", () => {
    const balance = half.findings.filter((f) => f.ruleId === "requests.balance");
    expect(balance.length).toBeGreaterThan(0);
    for (const f of balance) {
      expect(f.origin).toBe("reading");
      expect(f.message).toContain("可能是读取造成的");
      const reading = f.data.reading as { cells: string[][]; where: string[]; because: string[] };
      expect(reading.cells.length).toBeGreaterThan(0);
      expect(reading.because.every((id) => id.startsWith("import."))).toBe(true);
    }
    // Where the reader knew the cell's place, the finding names it (the text's line and column).
    const placed = balance.flatMap((f) => (f.data.reading as { where: string[] }).where);
    expect(placed.some((w) => /^line \d+/.test(w))).toBe(true);
    expect(half.status).toBe("incomplete");
    expect(half.summary.reading.error).toBeGreaterThanOrEqual(balance.length);
    // No suggested value on a cell whose equation may be the reading's.
    const doubtful = balance.flatMap((f) => [f.path, ...f.cells].map((p) => p.join(".")));
    for (const s of half.suspects) expect(doubtful).not.toContain(s.path.join("."));
  });

  it("reads the same text whole as valid, with no reading problem of weight", () => {
    const whole = readAndValidate(text("pdftotext-2021-hami.txt"));
    expect(whole.status).toBe("valid");
    expect(whole.summary.reading.error + whole.summary.reading.warning).toBe(0);
    expect(whole.findings.every((f) => f.origin === "report" || f.ruleId.startsWith("import."))).toBe(true);
  });

  it("makes one finding of a missing organ: the reader's, not a schema error as well", () => {
    const body = text("pdftotext-2021-hami.txt").replace(/哈密市人民政府/g, "");
    const result = readAndValidate(body);
    expect(result.findings.filter((f) => f.path.join(".") === "organ").map((f) => f.ruleId)).toEqual([
      "import.meta-missing",
    ]);
    expect(result.findings.some((f) => f.ruleId === "schema")).toBe(false);
    expect(result.status).toBe("incomplete");
    expect(result.valid).toBe(true);
    // The tables are still there to be drawn.
    expect(result.partial?.requests).toBeDefined();
    const supplied = readAndValidate(body, { organ: "哈密市人民政府" });
    expect(supplied.report?.organ).toBe("哈密市人民政府");
    expect(supplied.findings.some((f) => f.ruleId === "import.meta-missing")).toBe(false);
  });

  it("marks every finding of a JSON report as the report's", () => {
    const broken = fixture("seed-2020-balikun");
    broken.requests.received.naturalPerson += 1;
    const result = validateReport(broken);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.origin === "report")).toBe(true);
    expect(result.status).toBe("invalid");
  });
});
