import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importPdf } from "../../src/import/pdf/import-pdf.js";
import type { OcrPageStart } from "../../src/import/pdf/ocr/engine.js";

const SCAN = readFileSync(new URL("../scans/scan-2021-hami-150dpi.pdf", import.meta.url));

// An engine given in the options (as the browser app gives its own): no tesseract.js is looked up.
describe("importPdf with an OcrSetup", () => {
  it("starts the given engine, tells each scanned page as it starts, and closes the engine", async () => {
    const pages: OcrPageStart[] = [];
    const calls: { dpi: number; mode: string }[] = [];
    let closed = 0;
    const result = await importPdf(SCAN, {
      ocr: {
        engine: async () => ({
          recognise: async (_image, dpi, mode = "page") => {
            calls.push({ dpi, mode });
            return [];
          },
          close: async () => {
            closed++;
          },
        }),
        onPage: (start) => pages.push(start),
      },
    });
    expect(pages).toEqual([1, 2, 3, 4, 5].map((k) => ({ page: k, index: k, total: 5 })));
    // One whole-page reading a page (cells with ink but no word are read again, as a column).
    expect(calls.filter((c) => c.mode === "page")).toEqual(pages.map(() => ({ dpi: 150, mode: "page" })));
    expect(calls.every((c) => c.dpi === 150)).toBe(true);
    expect(closed).toBe(1);
    // An engine that recognises nothing: the pages were read by OCR (the ink of the table's cells
    // reads as "?", never as blanks), no table is found, and that is a reading problem, not a report.
    expect(result.report).toBeUndefined();
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.ocr-read", "import.no-tables"]);
  }, 300_000);

  it("an engine that cannot start is the no-text-layer finding with its reason", async () => {
    let started = false;
    const result = await importPdf(SCAN, {
      locale: "en",
      ocr: {
        engine: async () => {
          started = true;
          throw new Error("served from file://");
        },
      },
    });
    expect(started).toBe(true);
    expect(result.report).toBeUndefined();
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.no-text-layer"]);
    expect(result.findings[0]?.message).toContain("the OCR engine did not start (served from file://)");
  }, 300_000);
});
