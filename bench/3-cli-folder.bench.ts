import { rmSync } from "node:fs";
import { defaultJobs } from "../src/cli/commands/validate.js";
import { peakRss, wallMs } from "./child.js";
import { cliBin } from "./cli.js";
import { corpus, corpusFolder } from "./corpus.js";
import { inTurns, peakTiming } from "./turns.js";
import { defineBench, type Figure, type Timing, unavailable } from "./types.js";

/** Reports in the folder; `BENCH_REPORTS=1000 npm run bench` for a quick run (NDJSON: 1× and 10× this). */
const REPORTS = Number(process.env.BENCH_REPORTS ?? 10_000);
const ROUNDS = 3;

const jobs = defaultJobs();
const jobsHere = jobs === 1 ? "no workers on this machine" : `${jobs} workers on this machine`;

// The baseline: one Node process that walks the same folder and reads and parses every file.
const READ_AND_PARSE = `
const fs = require("node:fs"), path = require("node:path");
const walk = (dir) => { for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
  const full = path.join(dir, e.name);
  if (e.isDirectory()) walk(full); else JSON.parse(fs.readFileSync(full, "utf8"));
} };
walk(process.argv[1]);`;

/** Whole runs of two commands, taking turns; the ratio is the median of the rounds' ratios. */
function compareRuns(
  name: string,
  subject: [string, string[]],
  baseline: [string, string[]],
  target?: number,
): Figure {
  const perReport = (st: Timing, bt: Timing) =>
    `${((st.medianMs * 1000) / REPORTS).toFixed(0)} µs per report, baseline ${((bt.medianMs * 1000) / REPORTS).toFixed(0)} µs`;
  const sides = [subject, baseline] as const;
  return inTurns(
    name,
    [subject[0], baseline[0]],
    ROUNDS,
    (side) => wallMs(sides[side][1]),
    perReport,
    target,
  );
}

const memory = (name: string, r: { mib: number; ms: number }, lines: number): Timing =>
  peakTiming(name, r, `${lines.toLocaleString("en")} lines in ${(r.ms / 1000).toFixed(1)} s`);

// Bench 3 (issue 5): `zfxxgk validate --jobs 2 <dir>` over REPORTS copies and variants of the real
// reports in test/fixtures/ (one in ten with a broken total, one in fifty with a schema error) vs
// one process reading and JSON.parse-ing the same files; and the peak RSS of `--ndjson` on stdin.
export default defineBench({
  id: "cli-folder",
  title: `3. CLI over a folder of ${REPORTS.toLocaleString("en")} reports vs read + JSON.parse; NDJSON memory`,
  async run() {
    const bin = cliBin();
    if ("missing" in bin) {
      return [
        unavailable("zfxxgk validate --jobs 2 <folder> ÷ read + JSON.parse", bin.missing),
        unavailable("peak RSS, --ndjson 10× the lines ÷ 1×", bin.missing),
      ];
    }
    const folder = corpusFolder(REPORTS);
    const figures: Figure[] = [];
    try {
      const readParse: [string, string[]] = [
        "read + JSON.parse (one process)",
        ["-e", READ_AND_PARSE, folder],
      ];
      figures.push(
        compareRuns(
          `zfxxgk validate <${REPORTS.toLocaleString("en")} files> (default: ${jobsHere}) ÷ read + JSON.parse`,
          ["zfxxgk validate", [bin.path, "validate", folder]],
          readParse,
          2,
        ),
        compareRuns(
          `zfxxgk validate --jobs 2 <${REPORTS.toLocaleString("en")} files> ÷ read + JSON.parse (for reference)`,
          ["zfxxgk validate --jobs 2", [bin.path, "validate", "--jobs", "2", folder]],
          readParse,
        ),
        compareRuns(
          `zfxxgk validate <${REPORTS.toLocaleString("en")} files> (default: ${jobsHere}) ÷ --jobs 1 (never slower)`,
          ["zfxxgk validate", [bin.path, "validate", folder]],
          ["zfxxgk validate --jobs 1", [bin.path, "validate", "--jobs", "1", folder]],
          1.1,
        ),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    // As users run it: the default job count.
    const ndjson = [bin.path, "validate", "--ndjson"];
    const small = await peakRss(ndjson, corpus(REPORTS));
    const large = await peakRss(ndjson, corpus(REPORTS * 10));
    figures.push({
      name: `peak RSS, zfxxgk validate --ndjson (stdin, default: ${jobsHere}), ${(REPORTS * 10).toLocaleString("en")} lines ÷ ${REPORTS.toLocaleString("en")} lines (flat: ≈ 1; target also < 200 MiB)`,
      ratio: large.mib / small.mib,
      target: 1.1,
      subject: memory(`${(REPORTS * 10).toLocaleString("en")} lines`, large, REPORTS * 10),
      baseline: memory(`${REPORTS.toLocaleString("en")} lines`, small, REPORTS),
      note: `${large.how}; output (one JSON result per line) to /dev/null`,
    });
    return figures;
  },
});
