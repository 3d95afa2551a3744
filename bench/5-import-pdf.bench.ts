import { readFileSync } from "node:fs";
import { extractText } from "unpdf";
import { compare } from "./measure.js";
import { defineBench } from "./types.js";

// The PDF reader as users get it: the zfxxgk/pdf entry of dist/ (ZFXXGK_BENCH=src: the sources).
const entry = process.env.ZFXXGK_BENCH === "src" ? "../src/pdf.js" : "../dist/pdf.js";
const { importPdf }: typeof import("../src/pdf.js") = await import(entry);

const REPORT = "soffice-2022-balikun.pdf";
const BYTES = readFileSync(new URL(`../test/fixtures/pdf/${REPORT}`, import.meta.url));

// The baseline is the least a PDF importer has to do: pdf.js (through unpdf) opening the file and
// extracting the text of every page. Above it: the ruling lines, the grid, labels and the report.
export default defineBench({
  id: "import-pdf",
  title: "5. importPdf vs the PDF library's own text extraction (unpdf extractText) of a 6-page report",
  async run() {
    const { report, findings } = await importPdf(BYTES);
    if (!report) throw new Error(`${REPORT} should import (${findings.map((f) => f.ruleId).join(", ")})`);
    const { totalPages } = await extractText(new Uint8Array(BYTES));
    if (totalPages !== 6) throw new Error(`${REPORT} should have 6 pages, has ${totalPages}`);
    return [
      await compare(
        `importPdf ÷ unpdf extractText (LibreOffice PDF, 6 pages, ${Math.round(BYTES.length / 1024)} KB)`,
        ["importPdf", () => importPdf(BYTES)],
        ["extractText", () => extractText(new Uint8Array(BYTES), { mergePages: true })],
        { target: 1.5 },
      ),
    ];
  },
});
