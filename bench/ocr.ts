// npx tsx bench/ocr.ts: reads each scan fixture (test/scans/, made by scripts/fixtures/make-scans.ts)
// by OCR in a fresh process and prints pages per minute, peak memory (max RSS of the process, the
// engine's thread included) and how the cells of tables 二, 三 and 四 came back: right, wrong but
// flagged by a reading problem (bench/ocr-score.ts), wrong and unflagged; and how many reading problems
// a document has, and on how many cells read right. Needs the optional engine (a devDependency).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { importPdf } from "../src/import/pdf/import-pdf.js";
import { scoreScan } from "./ocr-score.js";

const SCANS = new URL("../test/scans/", import.meta.url);
// The 300-dpi scan is not committed: `make-scans.ts --fine` writes it here.
const FINE = new URL("../test/artifacts/scans/", import.meta.url);
const TRUTH: Record<string, string> = { "2021-hami": "official-2021-hami", "2019-balikun": "balikun-2019" };

interface One {
  file: string;
  pages: number;
  ms: number;
  maxRssMb: number;
  right: number;
  flagged: number;
  wrong: number;
  findings: number;
  rightFlagged: number;
  organ: boolean;
  year: boolean;
}

async function one(path: string): Promise<One> {
  const bytes = readFileSync(path);
  const file = basename(path);
  const start = performance.now();
  const result = await importPdf(bytes, { locale: "en" });
  const ms = performance.now() - start;
  const name = /scan-(\d{4}-[a-z]+)-/.exec(file)?.[1] ?? "";
  const want = JSON.parse(
    readFileSync(new URL(`../test/fixtures/${TRUTH[name]}.json`, import.meta.url), "utf8"),
  );
  const score = scoreScan(result, want);
  const pages =
    (result.findings.find((f) => f.ruleId === "import.ocr-read")?.data.pages as number[] | undefined)
      ?.length ?? 0;
  return {
    file,
    pages,
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    right: score.right,
    flagged: score.flagged,
    wrong: score.wrong.length,
    findings: score.findings,
    rightFlagged: score.rightFlagged,
    organ: score.organ === want.organ,
    year: score.year === want.year,
  };
}

if (process.argv[2] === "--one") {
  console.log(JSON.stringify(await one(process.argv[3] as string)));
} else {
  const files = [SCANS, FINE]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".pdf"))
        .sort()
        .map((f) => fileURLToPath(new URL(f, dir))),
    );
  console.log(
    "| scan | pages | pages/min | peak RSS | cells right | flagged | wrong, unflagged | reading problems (on right cells) | organ, year |",
  );
  console.log("| --- | --: | --: | --: | --: | --: | --: | --: | --- |");
  for (const file of files) {
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--one", file],
      {
        encoding: "utf8",
      },
    );
    const line = child.stdout.trim().split("\n").at(-1) ?? "";
    const r = JSON.parse(line) as One;
    const total = r.right + r.flagged + r.wrong;
    const pct = (n: number) => `${n} (${((100 * n) / total).toFixed(1)}%)`;
    console.log(
      `| ${r.file} | ${r.pages} | ${((r.pages / r.ms) * 60_000).toFixed(1)} | ${Math.round(r.maxRssMb)} MB | ${pct(r.right)} | ${pct(r.flagged)} | ${pct(r.wrong)} | ${r.findings} (${r.rightFlagged}) | ${r.organ && r.year ? "yes" : "no"} |`,
    );
  }
}
