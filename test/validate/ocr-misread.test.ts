import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/rules/types.js";
import { validateReport } from "../../src/validate/validate.js";

const seed = () =>
  JSON.parse(readFileSync(new URL("../fixtures/seed-2020-balikun.json", import.meta.url), "utf8"));

describe("validateReport: a suggestion on a cell OCR read is a possible misreading", () => {
  const report = seed();
  report.requests.received.naturalPerson = 130; // published 129: as if OCR read 9 as 0
  const where = (ocr: string) => `page 2, x 315, y 597${ocr}`;

  it("an OCR'd cell: import.ocr-misread with the suggested value; the equation is the reading's", () => {
    const result = validateReport(report, {
      locale: "en",
      reading: {
        findings: [],
        sources: { "requests.received.naturalPerson": { raw: "130", where: where(" (OCR 0.93)") } },
      },
    });
    const misread = result.findings.find((f) => f.ruleId === "import.ocr-misread");
    expect(misread).toMatchObject({
      origin: "reading",
      severity: "warning",
      path: ["requests", "received", "naturalPerson"],
      data: { read: "130", suggested: "129" },
    });
    expect(misread?.message).toMatch(/^OCR may have misread 129 as 130/);
    expect(result.findings.filter((f) => f.severity === "error" && f.origin === "report")).toEqual([]);
    expect(result.suspects.map((s) => s.path.join("."))).not.toContain("requests.received.naturalPerson");
  });

  it("a blank cell of a scan: OCR may have missed the figure the equations want", () => {
    const blank = seed();
    blank.requests.received.naturalPerson = null;
    const result = validateReport(blank, {
      locale: "en",
      reading: {
        findings: [],
        sources: {
          "requests.received.naturalPerson": { raw: "", where: where("") },
          "requests.received.total": { raw: "191", where: "page 2, x 504, y 597 (OCR 0.97)" },
        },
      },
    });
    const misread = result.findings.find((f) => f.ruleId === "import.ocr-misread");
    expect(misread).toMatchObject({ origin: "reading", data: { read: "—", suggested: "129" } });
  });

  it("a cell from a text layer keeps the localisation's verdict on the report", () => {
    const result = validateReport(report, {
      locale: "en",
      reading: {
        findings: [],
        sources: { "requests.received.naturalPerson": { raw: "130", where: where("") } },
      },
    });
    expect(result.findings.map((f) => f.ruleId)).not.toContain("import.ocr-misread");
    expect(result.suspects.map((s) => s.path.join("."))).toContain("requests.received.naturalPerson");
  });
});

describe("validateReport: a blank of a scanned page that an equation breaks on is a reading problem", () => {
  // Two blanks in one row (a column a scanner's black and white lost): no single cell's suggestion
  // mends the row, so import.ocr-misread has nothing to offer; the blanks are doubted themselves.
  const twoBlanks = () => {
    const report = seed();
    report.requests.received.naturalPerson = null;
    report.requests.received.total = 200;
    return report;
  };
  const ocrRead = {
    ruleId: "import.ocr-read",
    severity: "info",
    origin: "reading",
    path: [],
    cells: [],
    messageId: "import.ocr-read",
    message: "Page(s) 2 are scans, read by OCR",
    data: { pages: [2] },
  } as unknown as Finding;
  const sources = { "requests.received.total": { raw: "200", where: "page 2, x 504, y 597 (OCR 0.97)" } };

  it("on a page OCR read: import.ocr-blank on the blank, no error of the report", () => {
    const result = validateReport(twoBlanks(), { locale: "en", reading: { findings: [ocrRead], sources } });
    const blanks = result.findings.filter((f) => f.ruleId === "import.ocr-blank");
    expect(blanks.length).toBeGreaterThan(0);
    const blank = blanks[0];
    expect(blank).toMatchObject({ origin: "reading", severity: "warning" });
    expect(blank?.message).toMatch(/^OCR read no figure in this cell of a scanned page/);
    expect(result.findings.filter((f) => f.origin === "report" && f.severity === "error")).toEqual([]);
  });

  it("on a page with a text layer: the blank is as printed, the equation the report's", () => {
    const result = validateReport(twoBlanks(), {
      locale: "en",
      reading: {
        findings: [],
        sources: { ...sources, "requests.received.total": { raw: "200", where: "page 2, x 504, y 597" } },
      },
    });
    expect(result.findings.map((f) => f.ruleId)).not.toContain("import.ocr-blank");
    expect(result.findings.some((f) => f.origin === "report" && f.severity === "error")).toBe(true);
  });
});
