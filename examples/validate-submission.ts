// A portal checks a submitted report before it is published: findings in Chinese, each on its cell.
// Run: npm run examples (after `npm run build`, "zfxxgk" resolves to this package's own build).
import { readFileSync } from "node:fs";
import { fieldAt, validateReport } from "zfxxgk";

const submitted = JSON.parse(
  readFileSync(new URL("../test/fixtures/seed-2020-balikun.json", import.meta.url), "utf8"),
);
// A typing slip: 129 requests from natural persons entered as 130.
submitted.requests.received.naturalPerson = 130;

const result = validateReport(submitted, { locale: "zh-CN" });
console.log(result.valid ? "可以发布" : "请先修正以下错误：");
for (const finding of result.findings) {
  const cell = result.report ? fieldAt(result.report.edition, finding.path) : undefined;
  console.log(`- [${finding.severity}] ${cell?.label.zh ?? finding.path.join(".")}`);
  console.log(`  ${finding.message}`);
}
// Which cell to fix: error localisation names the cell and the value it should hold.
for (const suspect of result.suspects) console.log(suspect.reason);
console.log(`错误 ${result.summary.error}，警告 ${result.summary.warning}`);
if (result.valid || result.suspects[0]?.suggested !== 129) throw new Error("expected the slip to be found");
