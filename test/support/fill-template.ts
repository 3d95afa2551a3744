import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { APPEAL_COLUMNS, APPEAL_GROUPS } from "../../src/model/appeals.js";
import { APPLICANT_COLUMNS } from "../../src/model/applicants.js";
import { getAt } from "../../src/model/path.js";
import { PROACTIVE_ROWS_2021 } from "../../src/model/proactive-rows.js";
import { table3Rows } from "../../src/model/table3.js";
import { figure } from "../../src/render/layout.js";

/** The office's Word template (edition 2021), as /work/shared/templates ships it. */
export const TEMPLATE = new URL("../fixtures/2021-template.docx", import.meta.url);

export interface FillOptions {
  /** Split every figure of two or more characters over two runs, as Word does after an edit. */
  splitRuns?: boolean;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const RUN_PR = '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体"/><w:sz w:val="24"/></w:rPr>';

function runs(text: string, split: boolean): string {
  const run = (t: string) => `<w:r>${RUN_PR}<w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  return split && text.length > 1 ? run(text.slice(0, 1)) + run(text.slice(1)) : run(text);
}

/** The figures of tables 二, 三 (rows without subtotals) and 四 in the order the template lays them out. */
// biome-ignore lint/suspicious/noExplicitAny: a fixture report as JSON carries it.
export function templateFigures(report: any): { 二: string[]; 三: string[]; 四: string[] } {
  const text = (value: unknown) => figure(value);
  return {
    二: PROACTIVE_ROWS_2021.flatMap((row) =>
      row.columns.map((c) => text(getAt(report, ["proactive", row.key, c.key]))),
    ),
    三: table3Rows("2021").flatMap((row) =>
      APPLICANT_COLUMNS.map((c) => text(getAt(report, [...row.path, c]))),
    ),
    四: APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => text(getAt(report, ["appeals", g, c])))),
  };
}

const cellText = (tc: string) =>
  [...tc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");

/** Fills one table's blank cells (not the copies of a vertical merge) with the figures, in order. */
function fillTable(table: string, figures: string[], split: boolean): string {
  let next = 0;
  const out = table.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (tc) => {
    if (cellText(tc).trim() !== "" || /<w:vMerge\s*\/>|<w:vMerge w:val="continue"/.test(tc)) return tc;
    const value = figures[next++];
    if (value === undefined) throw new Error("the template has more blank cells than figures");
    if (value === "") return tc;
    // Drop the template's own blanks (full-width spaces), then write the figure in the first paragraph.
    const clean = tc.replace(/<w:r>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g, "");
    return clean.replace(/<\/w:p>/, `${runs(value, split)}</w:p>`);
  });
  if (next !== figures.length) throw new Error(`the table took ${next} figures of ${figures.length}`);
  return out;
}

function paragraph(text: string, align?: "center" | "right"): string {
  const pPr = align ? `<w:pPr><w:jc w:val="${align}"/></w:pPr>` : "";
  return `<w:p>${pPr}${runs(text, false)}</w:p>`;
}

/**
 * Fills the office's 2021 Word template from a fixture report (edition 2021, as JSON carries it):
 * the title, the three narrative sections, the figures of tables 二, 三 and 四, and the signature
 * (organ, date). Returns the .docx bytes.
 */
// biome-ignore lint/suspicious/noExplicitAny: a fixture report as JSON carries it.
export function fillTemplate(report: any, options: FillOptions = {}): Uint8Array {
  if (report.edition !== "2021") throw new Error("the Word template is the 2021 edition's");
  const files = unzipSync(new Uint8Array(readFileSync(TEMPLATE)));
  let xml = strFromU8(files["word/document.xml"] as Uint8Array);
  const figures = templateFigures(report);
  const order = [figures.二, figures.三, figures.四];
  let t = 0;
  xml = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) =>
    fillTable(table, order[t++] ?? [], options.splitRuns === true),
  );
  const title = `${report.organ}${report.year}年政府信息公开工作年度报告`;
  xml = xml.replace(/<w:t>政府信息公开工作年度报告格式模板<\/w:t>/, `<w:t>${escapeXml(title)}</w:t>`);
  const sections = [report.sections?.overview, report.sections?.problems, report.sections?.other];
  let s = 0;
  // Each "（文字描述…）" paragraph becomes the section's paragraphs (or goes, for an empty section).
  xml = xml.replace(/<w:p [^>]*>(?:(?!<\/w:p>)[\s\S])*（文字描述[\s\S]*?<\/w:p>/g, () => {
    const text: string = sections[s++] ?? "";
    return text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => paragraph(line))
      .join("");
  });
  if (report.sections?.preamble) {
    const after = xml.indexOf("</w:p>", xml.indexOf(escapeXml(title))) + "</w:p>".length;
    xml = xml.slice(0, after) + paragraph(report.sections.preamble) + xml.slice(after);
  }
  const signature: string[] = [paragraph(report.organ, "right")];
  if (report.publishedOn) {
    const [y, m, d] = String(report.publishedOn).split("-").map(Number);
    signature.push(paragraph(`${y}年${m}月${d}日`, "right"));
  }
  xml = xml.replace(/<w:sectPr/, `${signature.join("")}<w:sectPr`);
  files["word/document.xml"] = strToU8(xml);
  return zipSync(files);
}
