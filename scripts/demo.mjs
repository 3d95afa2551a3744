// The README's first command: validate the bundled seed report and print its findings in Chinese.
import { readFileSync } from "node:fs";
import { validateReport } from "zfxxgk";

const file = new URL("../test/fixtures/seed-2020-balikun.json", import.meta.url);
const result = validateReport(JSON.parse(readFileSync(file, "utf8")));
const report = result.report;
console.log(`${report?.organ ?? "?"} ${report?.year ?? "?"} 年度报告（${report?.edition ?? "?"} 年版格式）`);
console.log(
  `结论：${result.valid ? "通过" : "未通过"}；错误 ${result.summary.error}，警告 ${result.summary.warning}，提示 ${result.summary.info}`,
);
for (const f of result.findings) {
  console.log(`[${f.severity}] ${f.ruleId} @ ${f.path.join(".")}\n  ${f.message}`);
}
