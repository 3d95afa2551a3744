// An evaluator reads a report against the same organ's previous one: the cross-year rules (上年结转 =
// last year's 结转下年度, …) and every figure that changed, across the 2020→2021 format change.
// Run: npm run examples (after `npm run build`, "zfxxgk" resolves to this package's own build).
import { readFileSync } from "node:fs";
import { diffReports, renderDiffText, validateReport } from "zfxxgk";

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8"));

const report2020 = read("seed-2020-balikun.json"); // edition 2019
const report2021 = read("balikun-2021.json"); // edition 2021

// The cross-year rules run when validateReport is given last year's report.
const checked = validateReport(report2021, { previous: report2020 });
const crossYear = checked.findings.filter((f) => f.ruleId.startsWith("cross-year."));
console.log(
  `跨年度规则：${crossYear.length === 0 ? "全部通过" : crossYear.map((f) => f.message).join("；")}`,
);

// Figure by figure: what changed, with delta and percentage; table-二 figures whose meaning changed
// in 2021 are marked not comparable rather than forced.
const diff = diffReports(report2020, report2021, { locale: "zh-CN" });
const received = diff.entries.find((e) => e.path.join(".") === "requests.received.total");
console.log(`本年新收申请：${received?.previous} → ${received?.current}（${received?.percent}%）`);
console.log(renderDiffText(diff, { locale: "zh-CN", changedOnly: true }).split("\n").slice(0, 12).join("\n"));
