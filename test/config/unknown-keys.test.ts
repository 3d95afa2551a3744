import { describe, expect, it } from "vitest";
import { ConfigError, createValidator, defineConfig, defineRule, validateReport } from "../../src/index.js";
import { seed } from "../support/fixtures.js";

const rule = defineRule({
  id: "local.organ-named",
  title: { zh: "机关全称", en: "Organ named in full" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: { zh: "本地要求", en: "local" },
  uses: ["meta"],
  messages: { short: { zh: "机关名称过短", en: "Organ name too short" } },
  check() {},
});

const problems = (config: unknown) => {
  try {
    createValidator(config as never);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
};

describe("a configuration refuses keys it does not understand", () => {
  it.each([
    [{ rule: { "sections.required": "off" } }, "rule", ["rules"]],
    [{ waiver: [] }, "waiver", ["waivers"]],
    [{ custom: [] }, "custom", []],
    [{ localle: "en" }, "localle", ["locale"]],
    [{ waivers: [{ rule: "sections.", reason: "x", orgn: "甲" }] }, "waivers.0.orgn", ["organ"]],
    [{ waivers: [{ id: "abc", reason: "x", untill: "2030-01-01" }] }, "waivers.0.untill", ["until"]],
    [{ customRules: [{ ...rule, mesages: {} }] }, "customRules.0.mesages", ["messages"]],
  ])("%j: one problem naming %s and the closest key", (config, key, suggestions) => {
    const [problem, ...rest] = problems(config);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ messageId: "unknownOption", data: { key, suggestions } });
    expect(() => defineConfig(config as never)).toThrow(ConfigError);
  });

  it("names the closest key in the message, in both locales", () => {
    try {
      createValidator({ rule: {} } as never);
    } catch (error) {
      expect((error as Error).message).toBe("配置中没有选项 “rule”，是否指：rules");
    }
    const result = validateReport(seed(), { locale: "en", waiver: [] } as never);
    expect(result.valid).toBe(false);
    expect(result.findings[0]).toMatchObject({ ruleId: "config", messageId: "unknownOption" });
    expect(result.findings[0]?.message).toBe("No option “waiver” in the configuration; did you mean waivers");
  });

  it("takes validateReport's own options (previous, today) and a baseline's file beside an id", () => {
    const result = validateReport(seed(), {
      previous: undefined,
      today: "2024-01-01",
      waivers: [{ id: "000000000000", reason: "baseline", file: "a.json" } as never],
    });
    expect(result.findings.filter((f) => f.ruleId === "config")).toEqual([]);
  });

  it("a rule key __proto__ is an unknown rule, not dropped", () => {
    const rules = JSON.parse('{"__proto__": "off"}');
    const [problem] = problems({ rules });
    expect(problem).toMatchObject({ messageId: "unknownRule", data: { key: "__proto__" } });
  });
});
