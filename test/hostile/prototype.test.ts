import { afterEach, describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { describePath } from "../../src/validate/parse.js";
import { full2021, surprises } from "./helpers.js";

const POISON =
  '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}';

/** Every object of the report as JSON text, with the three keys added to the object at `target`. */
function poisonedAt(report: Record<string, unknown>, target: number): { text: string; path: string } {
  let index = 0;
  let path = "";
  const text = JSON.stringify(report, function (this: unknown, key, value) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    if (index++ !== target) return value;
    path = key;
    return { ...value, __marker__: true };
  });
  // JSON.parse makes "__proto__" an own key, exactly as a hostile document would.
  return { text: text.replace('"__marker__":true', POISON), path };
}

function objectCount(report: unknown): number {
  let count = 0;
  JSON.stringify(report, (_key, value) => {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) count++;
    return value;
  });
  return count;
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe("__proto__, constructor and prototype keys", () => {
  const report = full2021();
  const count = objectCount(report);

  it("the fixture has objects at every level to poison", () => {
    expect(count).toBeGreaterThan(40);
  });

  it.each(Array.from({ length: count }, (_, i) => i))("at object %i: a finding, no pollution", (target) => {
    const { text } = poisonedAt(report, target);
    const input = JSON.parse(text);
    const result = validateReport(input);
    expect(result.valid).toBe(false);
    const unknown = result.findings.filter((f) => f.messageId === "unrecognized_keys");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.data.keys).toEqual(["__proto__", "constructor", "prototype"]);
    expect(unknown[0]?.message).toContain("__proto__");
    expect(surprises(result)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("poisoned keys inside narrative extras are reported, not merged", () => {
    const input = full2021();
    input.sections.extra = JSON.parse(`[{"heading": "x", "text": "y", ${POISON}}]`);
    const result = validateReport(input);
    expect(result.findings.map((f) => f.path.join("."))).toContain("sections.extra.0");
    expect(result.report).toBeUndefined();
    expect(surprises(result)).toEqual([]);
  });

  it("a valid report parses into objects with only plain prototypes", () => {
    const result = validateReport(full2021());
    expect(result.valid).toBe(true);
    expect(surprises(result)).toEqual([]);
  });

  it("labels a path named after an Object.prototype member as a path, not as that member", () => {
    for (const key of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(describePath("2021", [key])).toEqual({ zh: key, en: key });
    }
  });
});
