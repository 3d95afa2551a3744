import fc from "fast-check";
import { describe, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { brokenInvariant } from "./invariants.js";
import { hostileNarrative, unboundedOutput, withOverview } from "./narrative-arbitraries.js";

// Bounded runs for CI; `npm run fuzz` runs the same property with narratives up to a megabyte.
const RUNS = 40;

describe("validateReport on hostile narratives", () => {
  it("findings stay well formed and bounded: 20 per kind, short quotes, whatever the text", () => {
    fc.assert(
      fc.property(
        hostileNarrative(8_000),
        fc.constantFrom("zh-CN" as const, "en" as const),
        (text, locale) => {
          const result = validateReport(withOverview(text), { locale });
          const broken = brokenInvariant(result) ?? unboundedOutput(result.findings);
          if (broken) throw new Error(broken);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
