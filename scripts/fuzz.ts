// npm run fuzz [-- N] [-- --seed S]: the fuzz properties of test/fuzz/ over N inputs (default 10⁶):
// validateReport on arbitrary JSON, on mutated real reports and on reshaped (often still valid) real
// reports, where the fast parse path must also agree with zod. Prints throughput; exits 1 on failure.
import fc from "fast-check";
import { report2019Schema, report2021Schema, validateReport } from "../src/index.js";
import { compile, MISS } from "../src/validate/fast-parse.js";
import { arbitraryJson, mutatedReport, reshapedReport } from "../test/fuzz/arbitraries.js";
import { brokenInvariant } from "../test/fuzz/invariants.js";

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : Date.now() ^ (Math.random() * 2 ** 31);
const total = Number(args.find((a, i) => /^\d+(e\d+)?$/.test(a) && args[i - 1] !== "--seed") ?? 1e6);

const property = (input: unknown, locale: "zh-CN" | "en") => {
  const result = validateReport(input, { locale });
  const broken = brokenInvariant(result);
  if (broken) throw new Error(broken);
  for (const schema of [report2019Schema, report2021Schema]) {
    const fast = compile(schema)(input);
    if (fast === MISS) continue;
    const zod = schema.safeParse(input);
    if (!zod.success) throw new Error("the fast path accepted what zod rejects");
    // Decimal serialises as its string, so this compares values, types of leaves and key order.
    if (JSON.stringify(fast) !== JSON.stringify(zod.data)) throw new Error("the fast path differs from zod");
  }
};

const locale = fc.constantFrom("zh-CN" as const, "en" as const);
const suites = [
  ["arbitrary JSON", arbitraryJson],
  ["mutated real reports", mutatedReport],
  ["reshaped real reports", reshapedReport],
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
