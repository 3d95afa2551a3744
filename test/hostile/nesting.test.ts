import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { full2021, nested, surprises } from "./helpers.js";

// Deep enough to overflow any recursive walk of the input (V8's default stack holds ~10⁴ frames).
const DEPTH = 100_000;

type Place = [string, (report: ReturnType<typeof full2021>, value: unknown) => void, string];

const PLACES: Place[] = [
  ["an unknown top-level key", (r, v) => Object.assign(r, { garbage: v }), ""],
  [
    "an unknown key of a table row",
    (r, v) => Object.assign(r.requests.received, { garbage: v }),
    "requests.received",
  ],
  ["a count cell", (r, v) => Object.assign(r.requests.received, { total: v }), "requests.received.total"],
  ["an amount cell", (r, v) => Object.assign(r.proactive.fees, { amount: v }), "proactive.fees.amount"],
  ["a whole table", (r, v) => Object.assign(r, { appeals: v }), "appeals"],
  ["the narrative extras", (r, v) => Object.assign(r.sections, { extra: v }), "sections.extra"],
  ["a narrative section", (r, v) => Object.assign(r.sections, { other: v }), "sections.other"],
];

describe(`values nested ${DEPTH.toLocaleString("en")} deep`, () => {
  for (const kind of ["object", "array"] as const) {
    it.each(PLACES)(`%s holding a deep ${kind}: findings, no stack overflow`, (_name, place, path) => {
      const input = full2021();
      place(input, nested(DEPTH, kind));
      const result = validateReport(input);
      expect(result.valid).toBe(false);
      const paths = result.findings.map((f) => f.path.join("."));
      expect(paths.some((p) => p === path || p.startsWith(`${path}.`) || (path === "" && p === ""))).toBe(
        true,
      );
      // The findings stay shallow: nothing of the deep value is copied into them.
      expect(JSON.stringify(result.findings).length).toBeLessThan(64 * 1024);
      expect(surprises(result)).toEqual([]);
    });

    it(`a deep ${kind} as the whole input is one finding`, () => {
      const result = validateReport(nested(DEPTH, kind));
      expect(result.valid).toBe(false);
      expect(result.findings.length).toBeGreaterThan(0);
    });
  }

  it("a deep document parsed from JSON text is handled too", () => {
    const text = JSON.stringify(full2021()).replace(
      /}$/,
      `,"garbage":${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}}`,
    );
    const result = validateReport(JSON.parse(text));
    expect(result.findings.map((f) => f.data.keys)).toEqual([["garbage"]]);
  });
});
