import { validateReport } from "../src/index.js";
import { FULL_2021_TEXT } from "./fixture.js";
import { time } from "./measure.js";
import { defineBench, type Figure } from "./types.js";

const SIZES = [1, 2, 4, 8, 16] as const;
// "Doubling the input at most about doubles the time": 2 plus room for timer noise.
const TARGET = 2.3;

type Grow = (base: Record<string, unknown>, factor: number) => unknown;

/** The narrative grows: every section repeated `factor` times (reports of 10 KB up to ~1 MB of text). */
const longerNarrative: Grow = (base, factor) => {
  const sections = base.sections as Record<string, unknown>;
  const grown = Object.fromEntries(
    Object.entries(sections).map(([k, v]) => [k, typeof v === "string" ? v.repeat(factor * 8) : v]),
  );
  return { ...base, sections: grown };
};

/** Unknown keys grow: 2,000 × factor keys beside the known ones (a schema finding, bounded in size). */
const unknownKeys: Grow = (base, factor) => {
  const out: Record<string, unknown> = { ...base };
  for (let i = 0; i < 2000 * factor; i++) out[`unknown${i}`] = i;
  return out;
};

/** Each doubling's time ratio; the figure is the worst of them. */
async function series(name: string, grow: Grow): Promise<Figure> {
  const base = JSON.parse(FULL_2021_TEXT) as Record<string, unknown>;
  const timings = [];
  for (const factor of SIZES) {
    const input = grow(base, factor);
    const bytes = JSON.stringify(input).length;
    timings.push({ bytes, timing: await time(`${name} ×${factor}`, () => validateReport(input)) });
  }
  let worst = 0;
  let at = 0;
  for (let i = 1; i < timings.length; i++) {
    const ratio = (timings[i]?.timing.meanMs ?? 0) / (timings[i - 1]?.timing.meanMs ?? 1);
    if (ratio > worst) [worst, at] = [ratio, i];
  }
  const small = timings[at - 1];
  const large = timings[at];
  if (!small || !large) throw new Error("linearity series needs two sizes");
  const steps = timings.map(
    (t) => `${(t.bytes / 1024).toFixed(0)} KiB ${(t.timing.meanMs * 1000).toFixed(0)} µs`,
  );
  return {
    name: `${name}: worst time ratio when the input doubles`,
    ratio: worst,
    target: TARGET,
    subject: { ...large.timing, name: `${(large.bytes / 1024).toFixed(0)} KiB` },
    baseline: { ...small.timing, name: `${(small.bytes / 1024).toFixed(0)} KiB` },
    note: steps.join(" → "),
  };
}

export default defineBench({
  id: "linearity",
  title: "1b. validateReport time vs input size (doubling the input at most about doubles the time)",
  async run() {
    return [
      await series("longer narrative", longerNarrative),
      await series("more unknown keys", unknownKeys),
    ];
  },
});
