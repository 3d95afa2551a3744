import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultReaders } from "../src/cli/documents.js";
import { cliBin } from "./cli.js";
import { documentFolder } from "./documents.js";
import { inTurns, peakTiming } from "./turns.js";
import { defineBench, type Figure, type Timing, unavailable } from "./types.js";

/** Files in the folder; `BENCH_DOCUMENTS=50 npm run bench` for a quick run (memory: 2× this). */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const ROUNDS = 3;

const readers = defaultReaders();
const EXTRACT = fileURLToPath(new URL("./extract-folder.ts", import.meta.url));

/**
 * Wall time of one run of `node args`. Exit 2 is expected (a few fixtures read incompletely); a
 * crash or a signal is not, and a run that did not count every file is not a run of this folder.
 */
function wallMs(args: string[], files?: number): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    stdio: ["ignore", files === undefined ? "ignore" : "pipe", "ignore"],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.error || child.signal || (child.status ?? 3) > 2)
    throw new Error(`${args.join(" ")} failed (${child.status ?? child.signal ?? child.error})`);
  if (files !== undefined && !String(child.stdout).includes(`共 ${files} 份报告`))
    throw new Error(`${args.join(" ")} did not report on ${files} files`);
  return ms;
}

/** Wall time and peak RSS (GNU time's, of all the process's threads) of one run of `node args`. */
function measured(args: string[]): { ms: number; mib: number } {
  const out = join(fileURLToPath(new URL(".", import.meta.url)), `.rss-${process.pid}`);
  const start = performance.now();
  const child = spawnSync("/usr/bin/time", ["-f", "%M", "-o", out, process.execPath, ...args], {
    stdio: "ignore",
  });
  const ms = performance.now() - start;
  if (child.error || child.signal || (child.status ?? 3) > 2)
    throw new Error(`${args.join(" ")} failed (${child.status ?? child.signal ?? child.error})`);
  const kib = Number(readFileSync(out, "utf8").trim().split("\n").pop());
  rmSync(out, { force: true });
  return { ms, mib: kib / 1024 };
}

const hasTime = () => spawnSync("/usr/bin/time", ["-f", "%M", "true"], { stdio: "ignore" }).status === 0;

/** Whole runs taking turns; the first run of `validate` checks that it reported on every file. */
function turns(
  name: string,
  subject: [string, string[]],
  baseline: [string, string[]],
  target?: number,
): Figure {
  const perFile = (st: Timing, bt: Timing) =>
    `${(st.medianMs / DOCUMENTS).toFixed(0)} ms per file, baseline ${(bt.medianMs / DOCUMENTS).toFixed(0)} ms (wall)`;
  const run = (side: 0 | 1, round: number) => {
    const args = (side === 0 ? subject : baseline)[1];
    return wallMs(args, side === 0 && round === 0 && args.includes("validate") ? DOCUMENTS : undefined);
  };
  return inTurns(name, [subject[0], baseline[0]], ROUNDS, run, perFile, target);
}

// Bench 7 (issue 21): `zfxxgk validate <folder>` over DOCUMENTS PDF and Word files (copies of the
// fixtures and the real PDF, each PDF copy made distinct), with the default reading threads against
// `--jobs 1` (one reading thread) and against the document libraries' own extraction of the same
// files in one process; and the peak RSS of a folder twice as large (flat: the reading threads are
// replaced every 200 documents).
export default defineBench({
  id: "cli-documents",
  title: `7. CLI over a folder of ${DOCUMENTS} PDF and Word files: reading threads, extraction, memory`,
  async run() {
    const bin = cliBin();
    const names = [
      `zfxxgk validate <${DOCUMENTS} PDF and Word files> (default: ${readers} reading threads) ÷ --jobs 1`,
      `zfxxgk validate <${DOCUMENTS} PDF and Word files> (default) ÷ the libraries' own extraction (one process)`,
      `peak RSS, zfxxgk validate (default), ${DOCUMENTS * 2} files ÷ ${DOCUMENTS} files (flat: ≈ 1)`,
    ];
    if ("missing" in bin) return names.map((n) => unavailable(n, bin.missing));
    const { dir, files } = documentFolder(DOCUMENTS);
    const more = documentFolder(DOCUMENTS, DOCUMENTS);
    const list = join(more.dir, "list.txt");
    try {
      writeFileSync(list, files.join("\n"));
      const cli = (...args: string[]) => [bin.path, "validate", ...args, dir];
      const figures: Figure[] = [
        turns(names[0] as string, ["default", cli()], ["--jobs 1", cli("--jobs", "1")], 0.6),
        turns(
          names[1] as string,
          ["zfxxgk validate", cli()],
          ["unpdf extractText / unzip + saxes", ["--import", "tsx", EXTRACT, list]],
        ),
      ];
      if (hasTime()) {
        const small = measured(cli());
        const large = measured([...cli(), more.dir]);
        const mem = (n: number, r: { ms: number; mib: number }) =>
          peakTiming(`${n} files`, r, `${(r.ms / 1000).toFixed(1)} s`);
        figures.push({
          name: names[2] as string,
          ratio: large.mib / small.mib,
          target: 1.1,
          subject: mem(DOCUMENTS * 2, large),
          baseline: mem(DOCUMENTS, small),
          note: "GNU time's maximum RSS (main thread and reading threads)",
        });
      }
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(more.dir, { recursive: true, force: true });
    }
  },
});
