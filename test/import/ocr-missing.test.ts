import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { importPdf } from "../../src/import/pdf/import-pdf.js";

// As if the optional peer were not installed: its import fails as Node's does.
vi.mock("tesseract.js", () => {
  throw new Error("Cannot find package 'tesseract.js'");
});

describe("importPdf: a scan without the OCR engine installed", () => {
  it("says exactly what to install, in the no-text-layer finding", async () => {
    const bytes = readFileSync(new URL("../scans/scan-2021-hami-150dpi.pdf", import.meta.url));
    const en = await importPdf(bytes, { locale: "en" });
    expect(en.report).toBeUndefined();
    expect(en.findings.map((f) => f.ruleId)).toEqual(["import.no-text-layer"]);
    expect(en.findings[0]?.message).toContain(
      "install the engine: npm install tesseract.js @tesseract.js-data/chi_sim",
    );
    const zh = await importPdf(bytes);
    expect(zh.findings[0]?.message).toContain(
      "请安装识别引擎：npm install tesseract.js @tesseract.js-data/chi_sim",
    );
  }, 120_000);
});
