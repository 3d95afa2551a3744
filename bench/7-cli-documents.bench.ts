import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultReaders } from "../src/cli/documents.js";
import { cliBin } from "./cli.js";
import { documentFolder } from "./documents.js";
import { median, timing } from "./measure.js";
import { inTurns, peakTiming } from "./turns.js";
import { defineBench, type Figure, type Timing, unavailable } from "./types.js";

/** Files in the folder; `BENCH_DOCUMENTS=50 npm run bench` for a quick run (memory: 2× this). */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const ROUNDS = 3;

const readers = defaultReaders();
const cores = availableParallelism();
const EXTRACT = fileURLToPath(new URL("./extract-folder.ts", import.meta.url));

// Asked once: every run of the bench goes through GNU time when the machine has it.
const TIMED = spawnSync("/usr/bin/time", ["-f", "%M", "true"], { stdio: "ignore" }).status === 0;

/** One run of `node args`: its wall time, and (where GNU time is) the CPU time of all its threads. */
interface Run {
  ms: number;
  cpuMs?: number;
}

/**
 * One run of `node args`. Exit 2 is expected (a few fixtures read incompletely); a crash or a signal
 * is not, and a run that did not count every file is not a run of this folder.
 */
function runOnce(args: string[], files?: number): Run {
  const out = join(fileURLToPath(new URL(".", import.meta.url)), `.cpu-${process.pid}`);
  const [command, argv] = TIMED
    ? ["/usr/bin/time", ["-f", "%U %S", "-o", out, process.execPath, ...args]]
    : [process.execPath, args];
  const start = performance.now();
  const child = spawnSync(command, argv, {
    stdio: ["ignore", files === undefined ? "ignore" : "pipe", "ignore"],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.error || child.signal || (child.status ?? 3) > 2)
    throw new Error(`${args.join(" ")} failed (${child.status ?? child.signal ?? child.error})`);
  if (files !== undefined && !String(child.stdout).includes(`共 ${files} 份报告`))
    throw new Error(`${args.join(" ")} did not report on ${files} files`);
  if (!TIMED) return { ms };
  const [user, sys] = (readFileSync(out, "utf8").trim().split("\n").pop() as string).split(" ").map(Number);
  rmSync(out, { force: true });
  return { ms, cpuMs: ((user as number) + (sys as number)) * 1000 };
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

/**
 * Whole runs taking turns; the first run of `validate` checks that it reported on every file. Returns
 * the figure and every run (subject's, then baseline's), CPU times included where measured.
 */
function turns(
  name: string,
  subject: [string, string[]],
  baseline: [string, string[]],
  target?: number,
): { figure: Figure; runs: [Run[], Run[]] } {
  const runs: [Run[], Run[]] = [[], []];
  const perFile = (st: Timing, bt: Timing) =>
    `${(st.medianMs / DOCUMENTS).toFixed(0)} ms per file, baseline ${(bt.medianMs / DOCUMENTS).toFixed(0)} ms (wall)`;
  const run = (side: 0 | 1, round: number) => {
    const args = (side === 0 ? subject : baseline)[1];
    const one = runOnce(args, side === 0 && round === 0 && args.includes("validate") ? DOCUMENTS : undefined);
    runs[side].push(one);
    return one.ms;
  };
  return { figure: inTurns(name, [subject[0], baseline[0]], ROUNDS, run, perFile, target), runs };
}

/** Cores a run kept busy on average: its CPU time (every thread) ÷ its wall time. */
const busy = (r: Run) => (r.cpuMs ?? Number.NaN) / r.ms;

/**
 * What a second reading thread can give. One reading thread already keeps more than one core busy
 * (V8 compiles and collects garbage on threads of its own beside it), so the default's best time on
 * `cores` cores is `--jobs 1`'s × its busy cores ÷ `cores`; said beside the ratio.
 */
function bound(single: Run[], cores: number): string {
  const used = median(single.map(busy));
  if (Number.isNaN(used)) return "";
  return `; --jobs 1 keeps ${used.toFixed(2)} cores busy (CPU ÷ wall), so ${cores} cores can take at best ${(used / cores).toFixed(2)}× its time`;
}

/**
 * The default run's wall time ÷ the time its CPU would take spread over every core: 1 when no core
 * ever waits, which is what "a folder at full speed" means on a machine of any size.
 */
function fullSpeed(name: string, runs: Run[], cores: number): Figure | undefined {
  if (runs.some((r) => r.cpuMs === undefined)) return undefined;
  const spread = runs.map((r) => (r.cpuMs as number) / cores);
  return {
    name,
    ratio: median(runs.map((r, i) => r.ms / (spread[i] as number))),
    target: 1.15,
    subject: timing(
      "wall",
      runs.map((r) => r.ms),
    ),
    baseline: timing(`CPU ÷ ${cores}`, spread),
    note: "CPU of every thread, from GNU time",
  };
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
      `zfxxgk validate <${DOCUMENTS} PDF and Word files> (default): wall ÷ its CPU time spread over ${cores} cores (every core busy: ≈ 1)`,
    ];
    if ("missing" in bin) return names.map((n) => unavailable(n, bin.missing));
    const { dir, files } = documentFolder(DOCUMENTS);
    const more = documentFolder(DOCUMENTS, DOCUMENTS);
    const list = join(more.dir, "list.txt");
    try {
      writeFileSync(list, files.join("\n"));
      const cli = (...args: string[]) => [bin.path, "validate", ...args, dir];
      const jobs = turns(names[0] as string, ["default", cli()], ["--jobs 1", cli("--jobs", "1")], 0.6);
      jobs.figure.note += bound(jobs.runs[1], cores);
      const figures: Figure[] = [
        jobs.figure,
        turns(
          names[1] as string,
          ["zfxxgk validate", cli()],
          ["unpdf extractText / unzip + saxes", ["--import", "tsx", EXTRACT, list]],
        ).figure,
      ];
      if (TIMED) {
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
      const full = fullSpeed(names[3] as string, jobs.runs[0], cores);
      if (full) figures.push(full);
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(more.dir, { recursive: true, force: true });
    }
  },
});
