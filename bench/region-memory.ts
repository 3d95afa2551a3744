// npx tsx bench/region-memory.ts (after `npm run build`): peak RSS of `zfxxgk region` as the batch
// grows tenfold, (a) reading report files, (b) from a saved results file (--from). Flat memory means
// a ratio near 1. REGION_FILES (default 1,000) and REGION_RECORDS (default 10,000) set the smaller size.
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { peakRss } from "./child.js";
import { cliBin } from "./cli.js";

const FILES = Number(process.env.REGION_FILES ?? 1_000);
const RECORDS = Number(process.env.REGION_RECORDS ?? 10_000);
const fixtures = new URL("../test/fixtures/", import.meta.url);
const years: [number, string][] = [
  [2020, readFileSync(new URL("seed-2020-balikun.json", fixtures), "utf8")],
  [2021, readFileSync(new URL("balikun-2021.json", fixtures), "utf8")],
  [2022, readFileSync(new URL("balikun-2022.json", fixtures), "utf8")],
];

// n reports: n/3 organs × 2020–2022, compact JSON, a hundred per folder.
function region(dir: string, n: number): void {
  for (let i = 0; i < n; i += 1) {
    const organ = Math.floor(i / 3);
    const [, text] = years[i % 3] as [number, string];
    const report = JSON.parse(text) as Record<string, unknown>;
    report.organ = `测试${organ}县人民政府`;
    const sub = join(dir, String(Math.floor(i / 100)));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `r${i}.json`), JSON.stringify(report));
  }
}

const bin = cliBin();
if ("missing" in bin) throw new Error(bin.missing);
const work = mkdtempSync(join(tmpdir(), "zfxxgk-region-bench-"));
const rows: string[] = [];
const measure = async (label: string, args: string[]) => {
  const r = await peakRss([bin.path, ...args], []);
  rows.push(`| ${label} | ${r.mib.toFixed(0)} MiB | ${(r.ms / 1000).toFixed(1)} s |`);
  console.log(rows.at(-1));
  return r;
};

try {
  // (a) files: validate, pair, write the workbook.
  for (const n of [FILES, FILES * 10]) {
    const dir = join(work, `files-${n}`);
    region(dir, n);
    await measure(`region <${n.toLocaleString("en")} files> --format xlsx`, [
      "region",
      dir,
      "--format",
      "xlsx",
      "--out",
      join(work, `files-${n}.xlsx`),
    ]);
    if (n === FILES)
      await measure(`region <${n.toLocaleString("en")} files> --format json (results for --from)`, [
        "region",
        dir,
        "--format",
        "json",
        "--out",
        join(work, "results.json"),
      ]);
    rmSync(dir, { recursive: true, force: true });
  }
  // (b) --from: the saved records copied under new organ names up to RECORDS and 10 × RECORDS.
  const saved = readFileSync(join(work, "results.json"), "utf8")
    .split("\n")
    .filter((l) => l.startsWith('{"kind":"report"'));
  for (const n of [RECORDS, RECORDS * 10]) {
    const file = join(work, `records-${n}.json`);
    const out = createWriteStream(file);
    for (let i = 0; i < n; i += 1) {
      const record = JSON.parse(saved[i % saved.length] as string) as Record<string, unknown>;
      const copy = Math.floor(i / saved.length);
      record.organ = `${record.organ}${copy}`;
      record.file = `${copy}/${record.file}`;
      if (!out.write(`${JSON.stringify(record)}\n`))
        await new Promise<void>((r) => out.once("drain", () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
    await measure(`region --from <${n.toLocaleString("en")} records> --format xlsx`, [
      "region",
      "--from",
      file,
      "--format",
      "xlsx",
      "--out",
      join(work, `from-${n}.xlsx`),
    ]);
    rmSync(file);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(["| run | peak RSS | wall time |", "| --- | --- | --- |", ...rows].join("\n"));
