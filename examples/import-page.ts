// A researcher turns a published report page into typed data, then checks its arithmetic.
// Run: npm run examples (after `npm run build`, "zfxxgk" resolves to this package's own build).
import { readFileSync } from "node:fs";
import { importHtml, importText, validateReport } from "zfxxgk";

const page = readFileSync(new URL("../test/fixtures/official-2021-hami.html", import.meta.url), "utf8");
const imported = importHtml(page);
if (!imported.report) throw new Error("the page held no report");
console.log(`${imported.report.organ} ${imported.report.year}（${imported.edition} 年版格式）`);
// Nothing is dropped silently: what could not be placed is in `unmapped`, with where it stood.
console.log(`导入提示 ${imported.findings.length} 条，未归位文字 ${imported.unmapped.length} 段`);
console.log("本年新收·总计 原文：", imported.sources["requests.received.total"]?.raw);

// The imported report validates like a submitted one.
const result = validateReport(imported.report);
console.log(result.valid ? "勾稽关系全部成立" : result.findings.map((f) => f.message).join("\n"));

// Flattened text (the seed, as it was published) says plainly what it cannot decide.
const text = readFileSync(new URL("../test/fixtures/seed-2020-balikun.txt", import.meta.url), "utf8");
for (const f of importText(text).findings.filter((f) => f.ruleId === "import.ambiguous-column")) {
  console.log(f.message);
}
