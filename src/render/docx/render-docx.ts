import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { AnnualReport } from "../../model/report.js";
import { outline, type Part } from "../outline.js";
import { TEMPLATE_BASE64 } from "./template-data.js";
import { paragraph, table } from "./wordml.js";

function templateFiles(): Record<string, Uint8Array> {
  const binary = atob(TEMPLATE_BASE64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return unzipSync(bytes);
}

function partXml(part: Part): string {
  switch (part.kind) {
    case "title":
      return paragraph(part.text, { align: "center", bold: true, size: 36 });
    case "meta":
      return paragraph(part.text, { align: "center" });
    case "heading":
      return paragraph(part.text, { bold: true, firstLine: 420 });
    case "table":
      return table(part.layout);
    case "signature":
      return paragraph(part.text, { align: "right" });
    default:
      return paragraph(part.text, { firstLine: 420, align: "both" });
  }
}

/**
 * Writes the report into the office's Word template (the .docx offices start from each January):
 * the template's page, fonts and styles, with the title, 统计期限, the six parts as paragraphs, the
 * official tables of the report's edition (merged cells as Word merges them) and the 落款 (organ
 * and date). `importDocx` reads the file back to the same report, and LibreOffice opens it.
 *
 * Runs in Node and in browsers (the template is built in; nothing is read from disk).
 *
 * @param report - A parsed report of either edition.
 * @returns The .docx file's bytes.
 * @example
 * import { renderDocx } from "zfxxgk/docx";
 * writeFileSync("report.docx", renderDocx(validateReport(json).report!));
 * @category Render
 */
export function renderDocx(report: AnnualReport): Uint8Array {
  const files = templateFiles();
  const template = strFromU8(files["word/document.xml"] as Uint8Array);
  const open = template.slice(0, template.indexOf("<w:body>") + "<w:body>".length);
  const sectPr = template.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)?.[0] ?? "";
  const parts: string[] = [];
  for (const part of outline(report)) {
    // Word needs a paragraph between two tables or after the last one, or it joins them.
    parts.push(partXml(part));
    if (part.kind === "table") parts.push(paragraph(""));
  }
  files["word/document.xml"] = strToU8(`${open}${parts.join("")}${sectPr}</w:body></w:document>`);
  return zipSync(files, { level: 6 });
}
