// Whole runs of two commands compared by wall time, and a peak-memory reading as a Timing: shared by
// the benches that start the CLI (3 and 7).
import { median, timing } from "./measure.js";
import type { Figure, Timing } from "./types.js";

/**
 * Runs subject and baseline `rounds` times, taking turns (so that a change in the machine's load
 * falls on both); the ratio is the median of the rounds' ratios. `run(side, round)` returns a wall
 * time; `note` describes the two medians.
 */
export function inTurns(
  name: string,
  labels: [subject: string, baseline: string],
  rounds: number,
  run: (side: 0 | 1, round: number) => number,
  note: (subject: Timing, baseline: Timing) => string,
  target?: number,
): Figure {
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    s.push(run(0, i));
    b.push(run(1, i));
  }
  const st = timing(labels[0], s);
  const bt = timing(labels[1], b);
  return {
    name,
    ratio: median(s.map((x, i) => x / (b[i] as number))),
    meanRatio: st.meanMs / bt.meanMs,
    subject: st,
    baseline: bt,
    note: note(st, bt),
    ...(target === undefined ? {} : { target }),
  };
}

/** One run's peak memory as a Timing (one sample: the figure is the peak, the time a note). */
export function peakTiming(name: string, run: { mib: number; ms: number }, note: string): Timing {
  return { name, medianMs: run.ms, meanMs: run.ms, rme: 0, samples: 1, peakMiB: run.mib, note };
}
