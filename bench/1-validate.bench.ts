import { FULL_2021_TEXT } from "./fixture.js";
import { lib } from "./lib.js";
import { compare } from "./measure.js";
import { defineBench } from "./types.js";

// validateReport runs on the parsed object the caller already has; the baseline is getting that object.
export default defineBench({
  id: "validate",
  title: "1. validateReport vs JSON.parse (full edition-2021 report, all in-report rules)",
  async run() {
    const input: unknown = JSON.parse(FULL_2021_TEXT);
    const minified = JSON.stringify(input);
    const check = lib.validateReport(input);
    if (!check.valid || check.findings.length > 0) throw new Error("full-2021.json should be clean");
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
    ];
  },
});
