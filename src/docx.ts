/**
 * `zfxxgk/docx`: the Word (.docx) reader, apart from the root entry so that its unzip code loads only here.
 *
 * @packageDocumentation
 */
export { importDocx } from "./import/docx/import-docx.js";
export { renderDocx } from "./render/docx/render-docx.js";
