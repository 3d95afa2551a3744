import { compare } from "./measure.js";
import type { Figure } from "./types.js";

/** Input sizes as multiples of the base; each step doubles the one before. */
export const SIZES = [1, 2, 4, 8, 16] as const;
// "Doubling the input at most about doubles the time": 2 plus room for timer noise.
export const DOUBLING_TARGET = 2.3;

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const µs = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;

/**
 * Times `subject` (and a baseline beside it, the yardstick for what the input itself costs) at each
 * size of `grow`; the figure is the subject's worst time ratio between two consecutive sizes.
 */
export async function doubling(
  name: string,
  grow: (factor: number) => string,
  subject: [string, (input: string) => unknown],
  baseline: [string, (input: string) => unknown],
  sizes: readonly number[] = SIZES,
): Promise<Figure> {
  const steps: { bytes: number; figure: Figure }[] = [];
  for (const factor of sizes) {
    const input = grow(factor);
    const figure = await compare(
      `${name} ×${factor}`,
      [subject[0], () => subject[1](input)],
      [baseline[0], () => baseline[1](input)],
    );
    steps.push({ bytes: Buffer.byteLength(input), figure });
  }
  const ratio = (i: number, side: "subject" | "baseline") =>
    (steps[i]?.figure[side].medianMs ?? 0) / (steps[i - 1]?.figure[side].medianMs ?? 1);
  let at = 1;
  for (let i = 2; i < steps.length; i++) if (ratio(i, "subject") > ratio(at, "subject")) at = i;
  const small = steps[at - 1];
  const large = steps[at];
  if (!small || !large) throw new Error("a doubling series needs two sizes");
  const path = steps
    .map(
      (s) =>
        `${kib(s.bytes)} ${µs(s.figure.subject.medianMs)} (${baseline[0]} ${µs(s.figure.baseline.medianMs)})`,
    )
    .join(" → ");
  const baselineWorst = Math.max(...steps.slice(1).map((_, i) => ratio(i + 1, "baseline")));
  return {
    name: `${name}: worst time ratio of ${subject[0]} when the input doubles`,
    ratio: ratio(at, "subject"),
    target: DOUBLING_TARGET,
    subject: { ...large.figure.subject, name: kib(large.bytes) },
    baseline: { ...small.figure.subject, name: kib(small.bytes) },
    note: `${path}; ${baseline[0]}'s worst doubling: ${baselineWorst.toFixed(2)}×`,
  };
}
