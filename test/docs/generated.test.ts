import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedFiles, runExample } from "../../scripts/docs/generate.js";
import { RULE_EXAMPLES } from "../../scripts/docs/rule-examples.js";
import { rules } from "../../src/rules/catalogue.js";

describe("generated docs", () => {
  it("the committed copies match the code (run `npm run docs:gen`)", () => {
    for (const [path, content] of generatedFiles()) {
      expect(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"), path).toBe(content);
    }
  });

  it("every rule has an example, and each example makes its rule fire on the seed", () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(rules.map((r) => r.id));
    const example = runExample("requests.balance", RULE_EXAMPLES["requests.balance"] ?? { set: [] });
    expect(example.changes).toEqual(["`requests.received.naturalPerson`: 129 → 130"]);
    expect(example.finding["zh-CN"].data).toMatchObject({ difference: 1 });
  });

  it("an example that does not fire is an error, not a page without an example", () => {
    expect(() => runExample("requests.balance", { set: [] })).toThrowError(/does not make it fire/);
  });
});
