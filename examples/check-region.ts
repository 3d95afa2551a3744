// A supervisor checks a region's reports in one pass: each organ's years paired (名称变体 included),
// the cross-year rules on each pair, who has not published, and the indicators summed per region.
// Run: npm run examples (after `npm run build`, "zfxxgk" resolves to this package's own build).
import { readFileSync } from "node:fs";
import {
  CoverageTracker,
  checkRegion,
  INDICATOR_LABELS,
  parseOrgans,
  type RegionInput,
  RegionTotals,
  regionOrder,
  reportHead,
} from "zfxxgk";

const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8"));
const as = (report: Record<string, unknown>, organ: string) => ({ ...report, organ });

const organs = parseOrgans(
  "name,aliases,parent,region code\n巴里坤县人民政府,,哈密市人民政府,650521\n伊吾县人民政府,,哈密市人民政府,650522\n",
);
// Three years of 巴里坤县 under three spellings of its name; 伊吾县 published only for 2021.
const reports: RegionInput[] = [
  { file: "2022/巴里坤.json", input: as(read("balikun-2022.json"), "巴里坤县 人民政府") },
  { file: "2020/巴里坤.json", input: read("seed-2020-balikun.json") },
  { file: "2021/巴里坤.json", input: as(read("balikun-2021.json"), "巴里坤县政府") },
  { file: "2021/伊吾.json", input: as(read("balikun-2021.json"), "伊吾县人民政府") },
];

// Group by organ, years ascending: each report meets its previous year, and memory stays flat.
const order = regionOrder(reports.map((r) => reportHead(r.file, r.input, organs)));
const byFile = new Map(reports.map((r) => [r.file, r]));
const years = new Set(order.flatMap((h) => (h.year === null ? [] : [h.year])));
const coverage = new CoverageTracker(organs);
const totals = new RegionTotals();
for await (const r of checkRegion(
  order.map((h) => byFile.get(h.file) as RegionInput),
  { organs, years, grouped: true },
)) {
  coverage.add(r.head);
  totals.add(r.head.listed?.regionCode ?? "", r.head.year, r.indicators);
  const notes = r.findings.filter((f) => f.severity !== "warning").map((f) => f.message);
  console.log(`${r.head.file} ← ${r.previousFile ?? "（无上年报告）"} ${notes.join("；")}`);
}
for (const row of coverage.end(2022)) console.log(`覆盖：${row.kind} ${row.organ} ${row.year}`);
for (const s of totals.rows().filter((s) => s.regionCode === "*" && s.id === "substantiveDisclosure"))
  console.log(
    `${s.year} ${INDICATOR_LABELS[s.id].zh} ${s.numerator}/${s.denominator} = ${s.rate ?? "—"}（较上年 ${s.change ?? "—"} 个百分点）`,
  );
