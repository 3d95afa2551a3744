import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { importHtml } from "../../src/import/import-html.js";
import { importText } from "../../src/import/import-text.js";
import { EDITIONS } from "../../src/model/edition.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";
import { renderHtml } from "../../src/render/html.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { reportArb } from "../support/arbitraries.js";

// Every figure blank: the case a random draw almost never makes and real reports often are.
function blank(value: unknown): unknown {
  if (value === null || typeof value !== "object") return null;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v)]));
}
const allBlank = (edition: "2019" | "2021") => {
  const [sample] = fc.sample(reportArb(edition), { numRuns: 1, seed: 7 });
  const s = sample as Record<string, unknown>;
  return { ...s, proactive: blank(s.proactive), requests: blank(s.requests), appeals: blank(s.appeals) };
};

describe.each(EDITIONS)("render then import gives the report back (edition %s)", (edition) => {
  it("importHtml(renderHtml(r)) equals r", () => {
    fc.assert(
      fc.property(reportArb(edition), (input) => {
        const report = reportSchema.parse(input);
        const back = importHtml(renderHtml(report));
        expect(back.unmapped).toEqual([]);
        expect(back.findings.filter((f) => f.severity !== "info")).toEqual([]);
        expect(back.report && z.encode(reportSchema, back.report as AnnualReport)).toEqual(
          z.encode(reportSchema, report),
        );
      }),
      { numRuns: 60, examples: [[allBlank(edition) as never]] },
    );
  });

  it("importText(renderMarkdown(r)) equals r", () => {
    fc.assert(
      fc.property(reportArb(edition), (input) => {
        const report = reportSchema.parse(input);
        const back = importText(renderMarkdown(report));
        expect(back.unmapped).toEqual([]);
        expect(back.findings.filter((f) => f.severity !== "info")).toEqual([]);
        expect(back.report && z.encode(reportSchema, back.report as AnnualReport)).toEqual(
          z.encode(reportSchema, report),
        );
      }),
      { numRuns: 60, examples: [[allBlank(edition) as never]] },
    );
  });
});
