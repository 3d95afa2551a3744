// npm run fuzz [-- N] [-- --seed S]: the fuzz properties of test/fuzz/ over N inputs (default 10⁶),
// half arbitrary JSON, half mutated real reports; prints throughput and exits 1 on the first failure.
import fc from "fast-check";
import { validateReport } from "../src/index.js";
import { arbitraryJson, mutatedReport } from "../test/fuzz/arbitraries.js";
import { brokenInvariant } from "../test/fuzz/invariants.js";

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : Date.now() ^ (Math.random() * 2 ** 31);
const total = Number(args.find((a, i) => /^\d+(e\d+)?$/.test(a) && args[i - 1] !== "--seed") ?? 1e6);

const property = (input: unknown, locale: "zh-CN" | "en") => {
  const broken = brokenInvariant(validateReport(input, { locale }));
  if (broken) throw new Error(broken);
};

const locale = fc.constantFrom("zh-CN" as const, "en" as const);
const suites = [
  ["arbitrary JSON", arbitraryJson],
  ["mutated real reports", mutatedReport],
] as const;

console.log(`fuzzing validateReport with ${total.toLocaleString("en")} inputs, seed ${seed}`);
let failed = false;
for (const [name, arbitrary] of suites) {
  const runs = Math.ceil(total / suites.length);
  const start = performance.now();
  const details = fc.check(fc.property(arbitrary, locale, property), { numRuns: runs, seed });
  const seconds = (performance.now() - start) / 1000;
  if (details.failed) {
    failed = true;
    console.log(`${name}: FAILED after ${details.numRuns} runs\n${fc.defaultReportMessage(details)}`);
    continue;
  }
  const rate = Math.round(runs / seconds).toLocaleString("en");
  console.log(
    `${name}: ${runs.toLocaleString("en")} inputs clean in ${seconds.toFixed(1)} s (${rate} inputs/s)`,
  );
}
process.exit(failed ? 1 : 0);
