import { Bench } from "tinybench";
import type { Figure, Timing } from "./types.js";

/** How long each side is sampled; `BENCH_TIME=200 npm run bench` for a quick look. */
const TIME_MS = Number(process.env.BENCH_TIME ?? 1000);

function timing(bench: Bench, name: string): Timing {
  const result = bench.getTask(name)?.result;
  if (!result || result.error) throw new Error(`bench task ${name} failed: ${result?.error?.message}`);
  return {
    name,
    meanMs: result.latency.mean,
    rme: result.latency.rme,
    samples: result.latency.samples.length,
  };
}

/** Times `subject` and `baseline` in one run and returns subject / baseline. */
export async function compare(
  name: string,
  subject: [string, () => unknown],
  baseline: [string, () => unknown],
  extra: { target?: number; note?: string } = {},
): Promise<Figure> {
  const bench = new Bench({ time: TIME_MS, warmupTime: Math.min(TIME_MS, 300) });
  bench.add(subject[0], subject[1]).add(baseline[0], baseline[1]);
  await bench.run();
  const s = timing(bench, subject[0]);
  const b = timing(bench, baseline[0]);
  return { name, ratio: s.meanMs / b.meanMs, subject: s, baseline: b, ...extra };
}

/** Times one function (for series such as the linearity check). */
export async function time(name: string, fn: () => unknown): Promise<Timing> {
  const bench = new Bench({ time: TIME_MS / 2, warmupTime: Math.min(TIME_MS, 300) });
  bench.add(name, fn);
  await bench.run();
  return timing(bench, name);
}
