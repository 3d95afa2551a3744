import { readFileSync } from "node:fs";
import type { Figure, Timing } from "./types.js";

/** Sampling time per figure side; `BENCH_TIME=200 npm run bench` for a quick look. */
const TIME_MS = Number(process.env.BENCH_TIME ?? 1000);
// At least this many batches of each side, however short BENCH_TIME is.
const ROUNDS = 5;

/** The median; of an even count, the mean of the two middle values. */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// CPU time of this process and of the child processes it waited for (bench 4 spawns the CLI): on
// Linux the children's share is in /proc/self/stat, in clock ticks (1/100 s).
function childrenMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000 + childrenMs();
};

// Enough calls that one batch takes about BATCH_MS of CPU: cpuUsage counts in microseconds.
const BATCH_MS = 2;
type Batch = (n: number) => void | Promise<void>;

// A function that returns a promise (importPdf, importDocx) is awaited call by call, so its CPU time
// is all counted; a plain one runs in a tight loop, where an await would cost more than some calls.
function batchOf(fn: () => unknown): Batch {
  const first = fn();
  if (typeof (first as { then?: unknown } | null)?.then !== "function") {
    return (n) => {
      for (let i = 0; i < n; i++) fn();
    };
  }
  return async (n) => {
    for (let i = 0; i < n; i++) await fn();
  };
}

async function batchSize(run: Batch): Promise<number> {
  for (let n = 1; ; n *= 2) {
    const start = cpuMs();
    await run(n);
    if (cpuMs() - start >= BATCH_MS || n >= 1 << 20) return n;
  }
}

/**
 * Runs `fn` until its speed settles: V8 optimises hot code on a background thread, which a busy
 * machine starves, so a fixed warm-up measured unoptimised code for whole seconds at times.
 */
async function warmUp(run: Batch): Promise<void> {
  const n = await batchSize(run);
  const recent: number[] = [];
  const start = cpuMs();
  let calls = 0;
  for (;;) {
    const t = cpuMs();
    await run(n);
    calls += n;
    recent.push(cpuMs() - t);
    if (recent.length > 8) recent.shift();
    const spent = cpuMs() - start;
    if (spent > 5000) return;
    // V8 tiers a function up only after thousands of calls: a path first run here (a report with
    // findings, after clean ones) sat at twice its speed for a while, steady enough to look settled.
    if (spent < 500 || calls < 3000 || recent.length < 8) continue;
    const old = median(recent.slice(0, 4));
    const now = median(recent.slice(4));
    if (Math.abs(now - old) / old < 0.05) return;
  }
}

/** Median, mean and relative margin of the mean of some per-operation times (ms). */
export function timing(name: string, perOp: number[]): Timing {
  const mean = perOp.reduce((s, x) => s + x, 0) / perOp.length;
  const sd = Math.sqrt(perOp.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, perOp.length - 1));
  return {
    name,
    medianMs: median(perOp),
    meanMs: mean,
    rme: (100 * sd) / mean / Math.sqrt(perOp.length),
    samples: perOp.length,
  };
}

/**
 * Times `subject` and `baseline` in one run. Both take turns batch by batch, and each batch is timed
 * in CPU time of this process (user + system), not wall time: on a machine shared with other jobs a
 * preempted batch then costs what it cost, and the load falls on neither side. The ratio is of the
 * median per-operation CPU times. `samples`: at least this many batches of each side (an operation
 * of a tenth of a second gives only a handful in the sampling time, and a median of five moves).
 */
export async function compare(
  name: string,
  subject: [string, () => unknown],
  baseline: [string, () => unknown],
  extra: { target?: number; note?: string; samples?: number } = {},
): Promise<Figure> {
  const { samples = ROUNDS, ...shown } = extra;
  const runs = [batchOf(subject[1]), batchOf(baseline[1])];
  for (const run of runs) await warmUp(run);
  const sides: { run: Batch; n: number; perOp: number[] }[] = [];
  for (const run of runs) sides.push({ run, n: await batchSize(run), perOp: [] });
  const until = cpuMs() + TIME_MS;
  while (cpuMs() < until || (sides[0]?.perOp.length ?? 0) < samples) {
    for (const side of sides) {
      const start = cpuMs();
      await side.run(side.n);
      side.perOp.push((cpuMs() - start) / side.n);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const [s, b] = sides.map((side, i) => timing((i === 0 ? subject : baseline)[0], side?.perOp ?? [])) as [
    Timing,
    Timing,
  ];
  return {
    name,
    ratio: s.medianMs / b.medianMs,
    meanRatio: s.meanMs / b.meanMs,
    subject: s,
    baseline: b,
    ...shown,
  };
}
