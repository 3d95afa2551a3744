// npm run fuzz [-- N] [-- --seed S] [-- --only validate|import]: the fuzz properties of test/fuzz/
// over N inputs (default 10⁶): validateReport on arbitrary JSON, on mutated real reports and on
// reshaped (often still valid) real reports, where the fast parse path must also agree with zod; and
// the importers on garbled HTML, nested tables, random bytes, random text and Markdown, and real pages
// and texts with random edits, whose reports must validate; and validateReport on hostile narratives
// of up to megabytes, whose findings must stay bounded. Prints throughput; exits 1 on failure.
import fc from "fast-check";
import { importHtml, importText, report2019Schema, report2021Schema, validateReport } from "../src/index.js";
import { compile, MISS } from "../src/validate/fast-parse.js";
import { arbitraryJson, mutatedReport, reshapedReport } from "../test/fuzz/arbitraries.js";
import {
  garbledHtml,
  mutatedPage,
  mutatedText,
  nestedTables,
  randomBytes,
  randomText,
} from "../test/fuzz/import-arbitraries.js";
import { brokenImport, brokenInvariant } from "../test/fuzz/invariants.js";
import { hostileNarrative, unboundedOutput, withOverview } from "../test/fuzz/narrative-arbitraries.js";

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : Date.now() ^ (Math.random() * 2 ** 31);
const total = Number(args.find((a, i) => /^\d+(e\d+)?$/.test(a) && args[i - 1] !== "--seed") ?? 1e6);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

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

// The generous-size property: narratives of up to a few megabytes built from the pieces that once
// made the narrative rule quadratic. Findings stay bounded; the slowest input is printed at the end,
// so a regression to quadratic time shows as minutes here (the bench's doubling series measures it).
let slowest = { ms: 0, chars: 0 };
const narrative = (text: string, locale: "zh-CN" | "en") => {
  const start = performance.now();
  const result = validateReport(withOverview(text), { locale });
  const ms = performance.now() - start;
  if (ms > slowest.ms) slowest = { ms, chars: text.length };
  const broken = brokenInvariant(result) ?? unboundedOutput(result.findings);
  if (broken) throw new Error(broken);
};

const imported = (importer: typeof importHtml) => (doc: string, locale: "zh-CN" | "en") => {
  const broken = brokenImport(importer(doc, { locale }), validateReport);
  if (broken) throw new Error(broken);
};

const locale = fc.constantFrom("zh-CN" as const, "en" as const);
type Suite = [string, fc.Arbitrary<unknown>, (input: never, locale: "zh-CN" | "en") => void];
const validateSuites: Suite[] = [
  ["validateReport: arbitrary JSON", arbitraryJson, property],
  ["validateReport: mutated real reports", mutatedReport, property],
  ["validateReport: reshaped real reports", reshapedReport, property],
];
const narrativeSuites: Suite[] = [
  ["validateReport: hostile narratives up to megabytes", hostileNarrative(300_000), narrative],
];
const importSuites: Suite[] = [
  ["importHtml: garbled HTML", garbledHtml, imported(importHtml)],
  ["importHtml: nested tables", nestedTables, imported(importHtml)],
  ["importHtml: random bytes", randomBytes, imported(importHtml)],
  ["importHtml: real pages with random edits", mutatedPage, imported(importHtml)],
  ["importText: random text and Markdown", randomText, imported(importText)],
  ["importText: random bytes", randomBytes, imported(importText)],
  ["importText: real texts with random edits", mutatedText, imported(importText)],
];
// The importers take a page, not a report: a millisecond each, against tens of microseconds for
// validateReport, so they get a tenth of the inputs each suite of validateReport gets.
const suites = [
  ...(only === "import" ? [] : validateSuites.map((s) => [...s, 10] as const)),
  ...(only === "validate" ? [] : importSuites.map((s) => [...s, 1] as const)),
  // Megabyte inputs: a few hundred of them in a run of 10⁶.
  ...(only === "import" ? [] : narrativeSuites.map((s) => [...s, 0.01] as const)),
];
const weights = suites.reduce((n, s) => n + s[3], 0);

console.log(`fuzzing with ${total.toLocaleString("en")} inputs, seed ${seed}`);
let failed = false;
for (const [name, arbitrary, check, weight] of suites) {
  const runs = Math.ceil((total * weight) / weights);
  const start = performance.now();
  const details = fc.check(fc.property(arbitrary as fc.Arbitrary<never>, locale, check), {
    numRuns: runs,
    seed,
  });
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
if (slowest.chars > 0)
  console.log(
    `slowest hostile narrative: ${slowest.chars.toLocaleString("en")} characters in ${slowest.ms.toFixed(0)} ms`,
  );
process.exit(failed ? 1 : 0);
