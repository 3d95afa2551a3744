// A form fills a report cell by cell: start from a blank report, enter the figures, check as you go.
// Run: npm run examples (after `npm run build`, "zfxxgk" resolves to this package's own build).
import { emptyReport, validateReport } from "zfxxgk";

const report = emptyReport("2021", { organ: "某县人民政府", organKind: "government", year: 2024 });
console.log("空白报告：", validateReport(report).valid ? "没有错误" : "有错误");

// 12 requests from natural persons, 11 disclosed, 1 carried forward.
report.requests.received.naturalPerson = 12;
report.requests.received.total = 12;
report.requests.outcomes.disclosed.naturalPerson = 11;
report.requests.outcomes.disclosed.total = 11;
report.requests.outcomes.total.naturalPerson = 11;
report.requests.outcomes.total.total = 11;
const halfway = validateReport(report);
for (const f of halfway.findings.filter((f) => f.severity === "error")) console.log(`- ${f.message}`);

report.requests.carriedForward.naturalPerson = 1;
report.requests.carriedForward.total = 1;
const done = validateReport(report);
console.log("填完：", done.valid ? "没有错误" : "仍有错误");
if (!done.valid) process.exit(1);
