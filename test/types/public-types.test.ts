// Compile-time checks: `tsc --noEmit` (CI) fails when a `@ts-expect-error` line stops being an error.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type AnnualReport,
  defineConfig,
  defineRule,
  type Finding,
  type FindingDraft,
  fieldAt,
  getAt,
  type Report2021,
  type RuleId,
  validateReport,
  type ZfxxgkConfig,
} from "../../src/index.js";
import { seed } from "../support/fixtures.js";

const custom = defineRule({
  id: "local.organ-named",
  title: { zh: "机关全称", en: "Organ named" },
  severity: "warning",
  editions: ["2021"],
  needsPrevious: false,
  basis: { zh: "本地", en: "local" },
  uses: ["meta"],
  messages: { short: { zh: "过短", en: "too short" } },
  check() {},
});

describe("public types", () => {
  it("RuleId is the union of the built-in ids", () => {
    expectTypeOf<"requests.balance">().toExtend<RuleId>();
    expectTypeOf<"requests.balanse">().not.toExtend<RuleId>();
    // @ts-expect-error -- a misspelt id is not a RuleId
    const id: RuleId = "requests.balanse";
    expect(id).toBe("requests.balanse");
  });

  it("config keys are ids or prefixes, custom ids through the config's own rules", () => {
    const ok = defineConfig({
      customRules: [custom],
      rules: { "local.organ-named": "error", "local.": "info", "cross-year.": "warning" },
    });
    expectTypeOf(ok).toEqualTypeOf<ZfxxgkConfig<"local.organ-named">>();
    // @ts-expect-error -- unknown prefix
    expect(() => defineConfig({ rules: { "cross-yaer.": "warning" } })).toThrow();
    // @ts-expect-error -- a custom id needs its rule in customRules
    expect(() => defineConfig({ rules: { "local.organ-named": "off" } })).toThrow();
    // @ts-expect-error -- not a level
    expect(() => defineConfig({ rules: { "appeals.total": "loud" } })).toThrow();
  });

  it("Finding.ruleId is typed; comparing with a misspelt id fails", () => {
    const result = validateReport(seed());
    const f = result.findings[0] as Finding;
    expectTypeOf(f.ruleId).toEqualTypeOf<
      RuleId | "schema" | "config" | "internal" | "localise" | `import.${string}` | `region.${string}`
    >();
    // @ts-expect-error -- no rule has this id
    expect(f.ruleId === "requests.balanse").toBe(false);
    const withCustom = validateReport(seed(), { customRules: [custom] });
    expectTypeOf(withCustom.findings[0]?.ruleId).toExtend<string | undefined>();
    expectTypeOf<"local.organ-named">().toExtend<NonNullable<(typeof withCustom.findings)[0]>["ruleId"]>();
  });

  it("field paths are checked against the edition's type", () => {
    expect(fieldAt("2021", ["requests", "received", "total"])?.label.zh).toContain("总计");
    // @ts-expect-error -- "recieved" is a typo
    expect(fieldAt("2021", ["requests", "recieved", "total"])).toBeUndefined();
    const report = seed() as unknown as Report2021;
    expect(getAt(report, ["requests", "received", "total"])).toBe(191);
    // @ts-expect-error -- "totl" is a typo
    expect(getAt(report, ["requests", "received", "totl"])).toBeUndefined();
    const annual = report as AnnualReport;
    expect(getAt(annual, ["organ"])).toBe("巴里坤县人民政府");
    // A path built at run time is checked at run time.
    const dynamic: (string | number)[] = ["requests", "recieved"];
    expect(getAt(report, dynamic)).toBeUndefined();
  });

  it("FindingDraft is what a rule emits; messageId is tied to the rule's messages", () => {
    expectTypeOf<FindingDraft<"short">["messageId"]>().toEqualTypeOf<"short">();
    defineRule({
      ...custom,
      check({ emit }) {
        // @ts-expect-error -- no such message
        emit({ messageId: "long", path: [], cells: [], data: {} });
      },
    });
  });
});
