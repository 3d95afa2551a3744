// npx tsx bench/ocr.ts: reads each scan fixture (test/scans/, made by scripts/fixtures/make-scans.ts)
// by OCR in a fresh process and prints pages per minute, peak memory (max RSS of the process, the
// engine's thread included) and how the cells of tables 二, 三 and 四 came back: right, wrong but
// flagged by a reading finding, wrong and unflagged. Needs the optional engine (a devDependency).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importPdf } from "../src/import/pdf/import-pdf.js";
import { validateReport } from "../src/validate/validate.js";

const SCANS = new URL("../test/scans/", import.meta.url);
const TRUTH: Record<string, string> = { "2021-hami": "official-2021-hami", "2019-balikun": "balikun-2019" };

interface One {
  file: string;
  pages: number;
  ms: number;
  maxRssMb: number;
  right: number;
  flagged: number;
  wrong: number;
  organ: boolean;
  year: boolean;
}

async function one(file: string): Promise<One> {
  const bytes = readFileSync(new URL(file, SCANS));
  const start = performance.now();
  const result = await importPdf(bytes, { locale: "en" });
  const ms = performance.now() - start;
  const name = /scan-(\d{4}-[a-z]+)-/.exec(file)?.[1] ?? "";
  const want = JSON.parse(
    readFileSync(new URL(`../test/fixtures/${TRUTH[name]}.json`, import.meta.url), "utf8"),
  );
  const got = (result.report ? JSON.parse(JSON.stringify(result.report)) : {}) as Record<string, unknown>;
  const flags = result.findings
    .filter((f) => f.severity !== "info")
    .flatMap((f) => [f.path, ...f.cells])
    .filter((p) => p.length > 0)
    .map((p) => p.join("."));
  // The validator's suggestions on OCR'd cells ("OCR may have misread 8 as 3") flag a cell when the
  // suggested value is the right one.
  const checked = result.report
    ? validateReport(got, { reading: { findings: result.findings, sources: result.sources } })
    : undefined;
  const suggested = new Map(
    (checked?.findings ?? [])
      .filter((f) => f.ruleId === "import.ocr-misread")
      .map((f) => [f.path.join("."), String(f.data.suggested)]),
  );
  const tally = { right: 0, flagged: 0, wrong: 0 };
  const walk = (w: unknown, g: unknown, path: string) => {
    if (w !== null && typeof w === "object") {
      for (const [k, v] of Object.entries(w))
        walk(v, (g as Record<string, unknown> | undefined)?.[k], `${path}.${k}`);
      return;
    }
    const p = path.slice(1);
    if (g === w) tally.right++;
    else if (suggested.get(p) === String(w) || flags.some((f) => p === f || p.startsWith(`${f}.`)))
      tally.flagged++;
    else tally.wrong++;
  };
  for (const t of ["proactive", "requests", "appeals"]) walk(want[t], got[t], `.${t}`);
  const pages =
    (result.findings.find((f) => f.ruleId === "import.ocr-read")?.data.pages as number[] | undefined)
      ?.length ?? 0;
  return {
    file,
    pages,
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    ...tally,
    organ: got.organ === want.organ,
    year: got.year === want.year,
  };
}

if (process.argv[2] === "--one") {
  console.log(JSON.stringify(await one(process.argv[3] as string)));
} else {
  const files = readdirSync(SCANS)
    .filter((f) => f.endsWith(".pdf"))
    .sort();
  console.log(
    "| scan | pages | pages/min | peak RSS | cells right | flagged | wrong, unflagged | organ, year |",
  );
  console.log("| --- | --: | --: | --: | --: | --: | --: | --- |");
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
      `| ${r.file} | ${r.pages} | ${((r.pages / r.ms) * 60_000).toFixed(1)} | ${Math.round(r.maxRssMb)} MB | ${pct(r.right)} | ${pct(r.flagged)} | ${pct(r.wrong)} | ${r.organ && r.year ? "yes" : "no"} |`,
    );
  }
}
