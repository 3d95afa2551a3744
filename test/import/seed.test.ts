import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { importText } from "../../src/import/import-text.js";
import { reportSchema } from "../../src/model/report.js";

const text = readFileSync(new URL("../fixtures/seed-2020-balikun.txt", import.meta.url), "utf8");
const canonical = JSON.parse(
  readFileSync(new URL("../fixtures/seed-2020-balikun.json", import.meta.url), "utf8"),
);

describe("importText on the seed (flattened text of a 2020 report)", () => {
  const result = importText(text);

  it("gives the hand-made canonical report, cell for cell", () => {
    expect(result.edition).toBe("2019");
    expect(result.report).toBeDefined();
    expect(z.encode(reportSchema, result.report as never)).toEqual(canonical);
  });

  it("reports exactly one ambiguous column: the 62, placed in business, any of five legal-person columns", () => {
    const ambiguous = result.findings.filter((f) => f.ruleId === "import.ambiguous-column");
    expect(ambiguous).toHaveLength(1);
    const [finding] = ambiguous;
    expect(finding?.path).toEqual(["requests", "received", "business"]);
    expect(finding?.cells).toEqual([
      ["requests", "received", "business"],
      ["requests", "outcomes", "disclosed", "business"],
      ["requests", "outcomes", "total", "business"],
    ]);
    expect(finding?.data.values).toEqual(["62"]);
    expect(finding?.data.candidates).toEqual([
      "business",
      "research",
      "nonprofit",
      "legalService",
      "otherOrganization",
    ]);
    expect(finding?.message).toContain("62");
  });

  it("says how it decided what the text does not state", () => {
    const ids = result.findings.map((f) => f.ruleId).sort();
    expect(ids).toEqual([
      "import.ambiguous-column",
      "import.organ-inferred",
      "import.organ-kind-inferred",
      "import.presumed-natural-person",
    ]);
    expect(result.findings.every((f) => f.severity !== "error")).toBe(true);
  });

  it("leaves nothing unmapped and keeps each cell's source", () => {
    expect(result.unmapped).toEqual([]);
    expect(result.sources["proactive.fees.change"]).toEqual({
      raw: "减1",
      where: expect.stringMatching(/^line \d+$/),
    });
    expect(result.sources["proactive.procurement.amount"]?.raw).toBe("7113万元");
    expect(result.sources["requests.outcomes.withheld.enforcementFiles.total"]?.raw).toBe("2");
  });

  it("renders messages in English on request", () => {
    const en = importText(text, { locale: "en" });
    const finding = en.findings.find((f) => f.ruleId === "import.ambiguous-column");
    expect(finding?.message).toMatch(/^The flattened text lost column positions/);
    expect(finding?.message).toContain("legal persons or other organisations · businesses");
  });
});
