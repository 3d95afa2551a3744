// A stand-in for the PDF reader in importPdf's isolated thread (test/import/isolate-ocr.test.ts): it
// reports OCR starting on two pages, then waits until the test creates the file it was told of.
import { existsSync } from "node:fs";

globalThis[Symbol.for("zfxxgk.pdf.isolated-reader")] = async (bytes, options, onOcrStart) => {
  onOcrStart({ pages: 2, allowanceMs: 40_000 });
  const signal = new TextDecoder().decode(bytes);
  while (!existsSync(signal)) await new Promise((resolve) => setTimeout(resolve, 20));
  return { findings: [], unmapped: [], sources: {}, edition: options.edition };
};
