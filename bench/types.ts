/** Timing of one side of a comparison, in milliseconds per operation. */
export interface Timing {
  name: string;
  /** Median latency (the median of the rounds' medians), in milliseconds: what the ratios use. */
  medianMs: number;
  /** Mean latency (the median of the rounds' means): includes GC pauses and preemption. */
  meanMs: number;
  /** Relative margin of error of the mean, in percent. */
  rme: number;
  samples: number;
  /** For a memory figure: the peak resident set size in MiB, which the ratio is of. */
  peakMiB?: number;
  /** What this side was, in a few words (shown after its numbers). */
  note?: string;
}

/** One figure of the benchmark: a ratio measured in the same run, with both absolute timings. */
export interface Figure {
  name: string;
  /** subject / baseline of the median times per operation; for memory figures, peak RSS / peak RSS. */
  ratio: number;
  /** The same ratio of the mean times, GC pauses and preemption included, when measured. */
  meanRatio?: number;
  /** The ratio the issue asks for, at most. */
  target?: number;
  subject: Timing;
  baseline: Timing;
  note?: string;
}

/** A figure that cannot be measured yet, and why. */
export interface Unavailable {
  name: string;
  unavailable: string;
}

/** One bench file: a default export the runner calls. */
export interface BenchFile {
  id: string;
  title: string;
  run(): Promise<(Figure | Unavailable)[]>;
}

/** Declares a bench file (typed identity, so each file stays a few lines). */
export function defineBench(bench: BenchFile): BenchFile {
  return bench;
}

/** The figure for a feature that has not landed on this branch yet. */
export function unavailable(name: string, why: string): Unavailable {
  return { name, unavailable: `not available yet: ${why}` };
}
