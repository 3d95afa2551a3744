import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extractText } from "unpdf";
import { compare } from "./measure.js";
import { defineBench, type Figure } from "./types.js";

// The PDF reader as users get it: the zfxxgk/pdf entry of dist/ (ZFXXGK_BENCH=src: the sources).
const entry = process.env.ZFXXGK_BENCH === "src" ? "../src/pdf.js" : "../dist/pdf.js";
const { importPdf }: typeof import("../src/pdf.js") = await import(entry);

const REPORT = "soffice-2022-balikun.pdf";
const BYTES = readFileSync(new URL(`../test/fixtures/pdf/${REPORT}`, import.meta.url));

/** Published PDFs: the committed ones, and those of ../shared/real when that folder is there. */
function realPdfs(): { name: string; bytes: Buffer }[] {
  const found = new Map<string, Buffer>();
  for (const dir of ["../test/fixtures/real/", "../../shared/real/"]) {
    const url = new URL(dir, import.meta.url);
    if (!existsSync(url)) continue;
    for (const name of readdirSync(url).sort())
      if (name.endsWith(".pdf") && !found.has(name)) found.set(name, readFileSync(new URL(name, url)));
  }
  return [...found].map(([name, bytes]) => ({ name, bytes }));
}

// A PDF takes 50–200 ms: at least this many batches a side, where the sampling time gives five to seven.
const SAMPLES = 21;

const extract = (bytes: Buffer) => () => extractText(new Uint8Array(bytes), { mergePages: true });

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
    const figures: Figure[] = [
      await compare(
        `importPdf ÷ unpdf extractText (LibreOffice PDF, 6 pages, ${Math.round(BYTES.length / 1024)} KB)`,
        ["importPdf", () => importPdf(BYTES)],
        ["extractText", extract(BYTES)],
        { target: 1.5, samples: SAMPLES },
      ),
    ];
    for (const { name, bytes } of realPdfs()) {
      const read = await importPdf(bytes);
      if (!read.report) throw new Error(`${name} should import`);
      const { totalPages: pages } = await extractText(new Uint8Array(bytes));
      figures.push(
        await compare(
          `importPdf ÷ unpdf extractText (published: ${name}, ${pages} pages, ${Math.round(bytes.length / 1024)} KB)`,
          ["importPdf", () => importPdf(bytes)],
          ["extractText", extract(bytes)],
          { target: 1.5, samples: SAMPLES },
        ),
      );
    }
    return figures;
  },
});
