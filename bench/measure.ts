import { Bench } from "tinybench";
import type { Figure, Timing } from "./types.js";

/** Sampling time per figure side; `BENCH_TIME=200 npm run bench` for a quick look. */
const TIME_MS = Number(process.env.BENCH_TIME ?? 1000);
// Both sides take turns, ROUNDS times: on a shared machine the load then falls on both alike.
const ROUNDS = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// The median latency, not the mean: on a shared machine a preempted iteration takes many times
// longer, and a few of them move the mean far more than the median.
function timing(bench: Bench, name: string): Timing {
  const result = bench.getTask(name)?.result;
  if (!result || result.error) throw new Error(`bench task ${name} failed: ${result?.error?.message}`);
  const { p50, mean, rme, samples } = result.latency;
  return { name, medianMs: p50 ?? mean, meanMs: mean, rme, samples: samples.length };
}

async function round(name: string, fn: () => unknown, ms: number): Promise<Timing> {
  const bench = new Bench({ time: ms, warmupTime: Math.min(ms, 100) });
  bench.add(name, fn);
  await bench.run();
  return timing(bench, name);
}

/** Several rounds of one function: the median of the round means, the worst margin, all samples. */
function combine(rounds: Timing[]): Timing {
  return {
    name: rounds[0]?.name ?? "",
    medianMs: median(rounds.map((r) => r.medianMs)),
    meanMs: median(rounds.map((r) => r.meanMs)),
    rme: Math.max(...rounds.map((r) => r.rme)),
    samples: rounds.reduce((s, r) => s + r.samples, 0),
  };
}

/** Times `subject` and `baseline` in one run, taking turns; the ratio is the median of the rounds' ratios. */
export async function compare(
  name: string,
  subject: [string, () => unknown],
  baseline: [string, () => unknown],
  extra: { target?: number; note?: string } = {},
): Promise<Figure> {
  const s: Timing[] = [];
  const b: Timing[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    s.push(await round(subject[0], subject[1], TIME_MS / ROUNDS));
    b.push(await round(baseline[0], baseline[1], TIME_MS / ROUNDS));
  }
  const ratio = median(s.map((r, i) => r.medianMs / (b[i] as Timing).medianMs));
  const meanRatio = median(s.map((r, i) => r.meanMs / (b[i] as Timing).meanMs));
  return { name, ratio, meanRatio, subject: combine(s), baseline: combine(b), ...extra };
}
