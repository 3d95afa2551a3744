/**
 * `zfxxgk/pdf`: the PDF reader, apart from the root entry so that the PDF library loads only here.
 *
 * @packageDocumentation
 */
export type { PdfOptions } from "./import/pdf/import-pdf.js";
export { importPdf } from "./import/pdf/import-pdf.js";
