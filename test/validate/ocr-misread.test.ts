import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
