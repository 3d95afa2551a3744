import { FULL_2021_TEXT } from "./fixture.js";
import { lib } from "./lib.js";
import { compare } from "./measure.js";
import { defineBench } from "./types.js";

/**
 * The full report with five cells mistyped, as real reports are: three in table 三 (two of them in
 * one row, so that one area cannot be explained by one or two cells) and one in each of two table-四
 * groups. Each breaks an equation or more, each finding is rendered and localisation searches.
 */
function fiveBroken(text: string): unknown {
  const r = JSON.parse(text);
  r.requests.outcomes.disclosed.naturalPerson += 10;
  r.requests.outcomes.partiallyDisclosed.business += 1;
  r.requests.received.research -= 3;
  r.appeals.review.upheld += 1;
  r.appeals.litigationDirect.corrected += 2;
  return r;
}

// validateReport runs on the parsed object the caller already has; the baseline is getting that object.
export default defineBench({
  id: "validate",
  title: "1. validateReport vs JSON.parse (full edition-2021 report, all in-report rules)",
  async run() {
    const input: unknown = JSON.parse(FULL_2021_TEXT);
    const minified = JSON.stringify(input);
    const check = lib.validateReport(input);
    if (!check.valid || check.findings.length > 0) throw new Error("full-2021.json should be clean");
    const broken = fiveBroken(FULL_2021_TEXT);
    const brokenCheck = lib.validateReport(broken);
    if (brokenCheck.suspectAreas.length === 0) throw new Error("the broken report should be localised");
    return [
      await compare(
        "validateReport ÷ JSON.parse (file as stored, 2-space indent)",
        ["validateReport", () => lib.validateReport(input)],
        ["JSON.parse", () => JSON.parse(FULL_2021_TEXT)],
        { target: 1 },
      ),
      await compare(
        "validateReport ÷ JSON.parse (minified)",
        ["validateReport", () => lib.validateReport(input)],
        ["JSON.parse (minified)", () => JSON.parse(minified)],
        { target: 1 },
      ),
      await compare(
        "validateReport ÷ JSON.parse (five broken equations: findings rendered, errors localised)",
        ["validateReport", () => lib.validateReport(broken)],
        ["JSON.parse", () => JSON.parse(FULL_2021_TEXT)],
        {
          target: 10,
          note: `${brokenCheck.findings.length} findings, ${brokenCheck.suspects.length} suspects, ${brokenCheck.suspectAreas.length} areas`,
        },
      ),
    ];
  },
});
