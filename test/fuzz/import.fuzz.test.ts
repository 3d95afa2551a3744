import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { importHtml, importText, validateReport } from "../../src/index.js";
import {
  garbledHtml,
  mutatedPage,
  mutatedText,
  nestedTables,
  REAL_PAGES,
  REAL_TEXTS,
  randomBytes,
  randomText,
} from "./import-arbitraries.js";
import { brokenImport } from "./invariants.js";

// Bounded runs for CI; `npm run fuzz` runs the same properties far longer.
const RUNS = 150;
vi.setConfig({ testTimeout: 60_000 });

const html = (page: string) => {
  const broken = brokenImport(importHtml(page), validateReport);
  if (broken) throw new Error(broken);
};
const text = (doc: string) => {
  const broken = brokenImport(importText(doc), validateReport);
  if (broken) throw new Error(broken);
};

describe("the importers under fuzzing: findings, never an exception", () => {
  it("the real pages and texts import to reports that validate", () => {
    for (const page of REAL_PAGES) expect(importHtml(page).report).toBeDefined();
    for (const doc of REAL_TEXTS) expect(importText(doc).report).toBeDefined();
  });

  it.each([
    ["garbled HTML", garbledHtml],
    ["nested tables", nestedTables],
    ["random bytes", randomBytes],
    ["real pages with random edits", mutatedPage],
  ] as const)("importHtml on %s", (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary, html), { numRuns: RUNS });
  });

  it.each([
    ["random text and Markdown", randomText],
    ["random bytes", randomBytes],
    ["real texts with random edits", mutatedText],
  ] as const)("importText on %s", (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary, text), { numRuns: RUNS });
  });
});
