// An office sends its report as a Word file (or a PDF, a page, JSON): one call reads any of them.
// Run: npm run examples (after `npm run build`, "zfxxgk" resolves to this package's own build).
import { readFileSync } from "node:fs";
import { importDocument, validateReport } from "zfxxgk";

const file = new URL("../test/fixtures/libreoffice-2020-balikun.docx", import.meta.url);
const imported = await importDocument(readFileSync(file), { filename: file.pathname });
console.log(`格式：${imported.format}`); // "docx", told from the bytes
if (!imported.report) throw new Error(imported.findings.map((f) => f.message).join("\n"));
console.log(`${imported.report.organ} ${imported.report.year}（${imported.edition} 年版格式）`);
// Every cell says where it stood in the Word file.
console.log("本年新收·总计：", imported.sources["requests.received.total"]);
console.log(`校验：${validateReport(JSON.parse(JSON.stringify(imported.report))).summary.error} 个错误`);

// A format it cannot read is a finding that names it and says what to do, never an exception.
const sheet = await importDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), {
  filename: "报表.xls",
});
console.log(sheet.findings[0]?.message);
