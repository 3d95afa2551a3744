import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/import/budget.js";
import { importDocx } from "../../src/import/docx/import-docx.js";
import { readDocx } from "../../src/import/docx/read-docx.js";
import type { ImportResult } from "../../src/import/import.js";
import { importPdf } from "../../src/import/pdf/import-pdf.js";
import {
  gridBeforeDocx,
  longTablePdf,
  manySpansDocx,
  nestedSavePdf,
  nestedXObjectPdf,
  sharedContentPdf,
} from "../support/bombs.js";

const over = (result: ImportResult) =>
  result.findings.filter((f) => f.ruleId === "import.too-complex").map((f) => f.data.which);

// Each attack of issue 18 once cost a reader unbounded memory or time; now each is bounded by a
// count in the reader's loop, or (where pdf.js spends it) by the reading thread's limits.
describe("every reader works within a budget per document", () => {
  it("a row's leading gap of 999,999,999 columns costs no more than a span (448 bytes once ran Node out of memory)", async () => {
    const bytes = gridBeforeDocx();
    expect(bytes.length).toBeLessThan(1024);
    const table = readDocx(bytes).blocks.find((b) => b.kind === "table");
    // 63 blank columns (Word's widest grid) and the cell.
    expect(table?.kind === "table" && table.rows[0]?.length).toBe(64);
    const result = await importDocx(bytes, { locale: "en" });
    expect(result.findings.map((f) => f.ruleId)).toContain("import.no-tables");
  });

  it("2,400 tables of cells spanning 63 columns go over the document's cells, not one table's", async () => {
    const result = await importDocx(manySpansDocx(), { locale: "en" });
    expect(over(result)).toEqual(["cells"]);
    expect(result.report).toBeUndefined();
    expect(result.findings[0]?.message).toContain(`table cells in the document (${DEFAULT_LIMITS.cells}`);
    // The same tables, fewer of them, are read as usual (no tables of a report among them).
    expect(over(await importDocx(manySpansDocx(100), { locale: "en" }))).toEqual([]);
  });

  it("2,000 pages sharing one content stream are refused by their count, before any page is read", async () => {
    const result = await importPdf(sharedContentPdf(), { locale: "en" });
    expect(over(result)).toEqual(["pages"]);
  });

  it("text runs and drawing operators are counted across the pages", async () => {
    const bytes = sharedContentPdf(30, 400, 400);
    expect(over(await importPdf(bytes, { limits: { textRuns: 5000 } }))).toEqual(["textRuns"]);
    expect(over(await importPdf(bytes, { limits: { operators: 5000 } }))).toEqual(["operators"]);
    expect(over(await importPdf(bytes))).toEqual([]);
  });

  it("a table continued over 3,000 pages, or over more pages than a table may run, is too complex", async () => {
    expect(over(await importPdf(longTablePdf(), { locale: "en" }))).toEqual(["pages"]);
    const pages = DEFAULT_LIMITS.tablePages + 10;
    expect(over(await importPdf(longTablePdf(pages)))).toEqual(["tablePages"]);
    // The pieces' cells are counted as they are joined.
    expect(over(await importPdf(longTablePdf(60), { limits: { cells: 5000 } }))).toEqual(["cells"]);
  });

  it("forms nested 9 deep, 10 each, are stopped by the clock between chunks of text", async () => {
    const bytes = nestedXObjectPdf();
    expect(bytes.length).toBeLessThan(4096);
    expect(over(await importPdf(bytes, { limits: { timeMs: 1000 } }))).toEqual(["timeMs"]);
  });

  // pdf.js spends these inside one call that never yields: only a thread that can be ended bounds them.
  it.each([
    ["forms nested 9 deep, 10 each", nestedXObjectPdf()],
    ["20,000 nested q", nestedSavePdf(20_000)],
    ["60,000 nested q", nestedSavePdf(60_000)],
  ])("%s: read in a thread of its own, ended at its deadline", async (_, bytes) => {
    const result = await importPdf(bytes, { isolate: true, deadlineMs: 3000, maxMemoryMb: 256 });
    expect(over(result)).toHaveLength(1);
    expect(["timeMs", "memory"]).toContain(over(result)[0]);
  });

  it("an isolated reading gives what the reading in-process gives, amounts as Decimal", async () => {
    const bytes = readFileSync(new URL("../fixtures/pdf/soffice-2022-balikun.pdf", import.meta.url));
    const inline = await importPdf(bytes);
    // A deadline a machine ten times slower meets: the thread compiles the reader before it reads.
    const isolated = await importPdf(bytes, { isolate: true, deadlineMs: 200_000 });
    expect(isolated.findings).toEqual(inline.findings);
    expect(isolated.sources).toEqual(inline.sources);
    expect(JSON.stringify(isolated.report)).toEqual(JSON.stringify(inline.report));
    expect(isolated.report).toEqual(inline.report);
  }, 240_000);
});
