import { doubling } from "./doubling.js";
import { FULL_2021_TEXT } from "./fixture.js";
import { lib } from "./lib.js";
import { compare } from "./measure.js";
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

/**
 * Each doubling's time ratio; the figure is the worst of them. JSON.parse of the same text is timed
 * alongside, at every size, as the yardstick: where V8's own work on a big object grows faster than
 * the input (dictionary-mode objects), JSON.parse shows it too.
 */
async function series(name: string, grow: Grow): Promise<Figure> {
  const base = JSON.parse(FULL_2021_TEXT) as Record<string, unknown>;
  const steps: { bytes: number; figure: Figure }[] = [];
  for (const factor of SIZES) {
    const input = grow(base, factor);
    const text = JSON.stringify(input);
    const figure = await compare(
      `${name} ×${factor}`,
      ["validateReport", () => lib.validateReport(input)],
      ["JSON.parse", () => JSON.parse(text)],
    );
    steps.push({ bytes: text.length, figure });
  }
  const doubling = (i: number, side: "subject" | "baseline") =>
    (steps[i]?.figure[side].medianMs ?? 0) / (steps[i - 1]?.figure[side].medianMs ?? 1);
  let at = 1;
  for (let i = 2; i < steps.length; i++) if (doubling(i, "subject") > doubling(at, "subject")) at = i;
  const small = steps[at - 1];
  const large = steps[at];
  if (!small || !large) throw new Error("linearity series needs two sizes");
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const µs = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
  const note = steps
    .map(
      (s) =>
        `${kib(s.bytes)} ${µs(s.figure.subject.medianMs)} (JSON.parse ${µs(s.figure.baseline.medianMs)})`,
    )
    .join(" → ");
  const parseWorst = Math.max(...steps.slice(1).map((_, i) => doubling(i + 1, "baseline")));
  return {
    name: `${name}: worst time ratio of validateReport when the input doubles`,
    ratio: doubling(at, "subject"),
    target: TARGET,
    subject: { ...large.figure.subject, name: kib(large.bytes) },
    baseline: { ...small.figure.subject, name: kib(small.bytes) },
    note: `${note}; JSON.parse's worst doubling: ${parseWorst.toFixed(2)}×`,
  };
}

// Narratives that made text.table-agreement quadratic (a count rescanned from every position of a
// run that never reaches its unit) or its output grow with text × statements: 4 K characters × factor
// (up to 64 K: the quadratic reader took seconds there; each size is timed at least 64 times).
const HOSTILE: [string, string][] = [
  ["a run of digits", "1"],
  ["a run of Chinese numerals", "一"],
  ["a sentence of wrong figures", "收到申请1件"],
  ["a 其中 list of wrong figures", "新收申请1件、"],
];

function hostileSeries([name, piece]: [string, string]): Promise<Figure> {
  const base = JSON.parse(FULL_2021_TEXT) as Record<string, unknown>;
  const sections = base.sections as Record<string, unknown>;
  return doubling(
    `hostile narrative, ${name}`,
    (factor) => `依申请公开，其中${piece.repeat(Math.ceil((4096 * factor) / piece.length))}`,
    ["validateReport", (text) => lib.validateReport({ ...base, sections: { ...sections, overview: text } })],
    ["JSON.stringify", (text) => JSON.stringify(text)],
  );
}

export default defineBench({
  id: "linearity",
  title: "1b. validateReport time vs input size (doubling the input at most about doubles the time)",
  async run() {
    return [
      await series("longer narrative", longerNarrative),
      await series("more unknown keys", unknownKeys),
      ...(await HOSTILE.reduce<Promise<Figure[]>>(
        async (done, shape) => [...(await done), await hostileSeries(shape)],
        Promise.resolve([]),
      )),
    ];
  },
});
