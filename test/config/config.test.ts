import { describe, expect, it } from "vitest";
import {
  ConfigError,
  createValidator,
  defineConfig,
  defineRule,
  findingId,
  rules,
  validateReport,
} from "../../src/index.js";
import { seed, withCells } from "../support/fixtures.js";

// 结转 off by one: requests.balance breaks (an error), sections.required warns about 第五十条 topics.
const broken = () => withCells(seed(), { "requests.received.total": 192 });

const organNamed = defineRule({
  id: "local.organ-named",
  title: { zh: "报告写明机关全称", en: "Organ is named in full" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: { zh: "本地要求", en: "local requirement" },
  uses: ["meta"],
  messages: { short: { zh: "机关名称过短：{organ}", en: "Organ name too short: {organ}" } },
  check({ report, emit }) {
    if (!report.organ.endsWith("人民政府办公室")) {
      emit({ messageId: "short", path: ["organ"], cells: [["organ"]], data: { organ: report.organ } });
    }
  },
});

const crashing = defineRule({
  ...organNamed,
  id: "local.crashing",
  check() {
    throw new Error("boom");
  },
});

describe("rule levels", () => {
  it("turns a rule off, by id or by prefix", () => {
    expect(validateReport(broken()).valid).toBe(false);
    const off = validateReport(broken(), { rules: { "requests.balance": "off" } });
    expect(off.findings.map((f) => f.ruleId)).not.toContain("requests.balance");
    const family = validateReport(broken(), { rules: { "requests.": "off" } });
    expect(family.findings.some((f) => f.ruleId.startsWith("requests."))).toBe(false);
  });

  it("changes a severity; the most specific key wins", () => {
    const result = validateReport(broken(), {
      rules: { "requests.": "info", "requests.balance": "warning", "sections.required": "error" },
    });
    const balance = result.findings.find((f) => f.ruleId === "requests.balance");
    expect(balance?.severity).toBe("warning");
    expect(result.findings.find((f) => f.ruleId === "sections.required")?.severity).toBe("error");
    expect(result.summary.error).toBe(1);
  });

  it("reports a misspelt id as a config error naming the closest ids, and never passes silently", () => {
    const result = validateReport(broken(), { rules: { include: ["requests.balanse"] } });
    expect(result.valid).toBe(false);
    const problem = result.findings.find((f) => f.ruleId === "config");
    expect(problem?.messageId).toBe("unknownRule");
    expect(problem?.data.suggestions).toEqual(["requests.balance"]);
    expect(problem?.message).toContain("requests.balance");
    // @ts-expect-error -- a misspelt literal id fails tsc
    const levels = validateReport(seed(), { rules: { "sections.requird": "off" } });
    expect(levels.findings[0]?.data.suggestions).toEqual(["sections.required"]);
  });

  it("throws a typed ConfigError from defineConfig and createValidator", () => {
    // @ts-expect-error -- unknown prefix
    const bad = () => defineConfig({ rules: { "cross-yaer.": "warning" } });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (error) {
      expect((error as ConfigError).code).toBe("E_CONFIG");
      expect((error as ConfigError).problems[0]?.data.suggestions).toEqual(["cross-year."]);
    }
    expect(() => createValidator({ rules: { "appeals.total": "loud" as "error" } })).toThrow(/loud/);
  });

  it("keeps the old include/exclude selection working", () => {
    const result = validateReport(broken(), { rules: { include: ["sections."] } });
    expect(result.valid).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["sections.required"]);
  });
});

describe("custom rules", () => {
  it("run beside the built-in rules, with their messages in the caller's locale", () => {
    const config = defineConfig({ customRules: [organNamed], rules: { "local.organ-named": "error" } });
    const result = validateReport(seed(), { ...config, locale: "en" });
    const custom = result.findings.find((f) => f.ruleId === "local.organ-named");
    expect(custom).toMatchObject({
      severity: "error",
      path: ["organ"],
      message: "Organ name too short: 巴里坤县人民政府",
    });
    expect(result.valid).toBe(false);
    expect(createValidator(config).rules.map((r) => r.id)).toEqual([
      ...rules.map((r) => r.id),
      "local.organ-named",
    ]);
  });

  it("a crash inside a rule is one internal warning naming it; valid still follows the tables", () => {
    const result = validateReport(seed(), { customRules: [crashing, organNamed] });
    const internal = result.findings.filter((f) => f.ruleId === "internal");
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({
      severity: "warning",
      data: { rule: "local.crashing", detail: "boom" },
    });
    expect(result.valid).toBe(true);
    expect(result.findings.some((f) => f.ruleId === "local.organ-named")).toBe(true);
  });

  it("rejects a rule that is not one, and an id already taken", () => {
    const result = validateReport(seed(), {
      customRules: [{ id: "x" } as never, { ...organNamed, id: "requests.balance" }],
    });
    expect(result.findings.filter((f) => f.ruleId === "config").map((f) => f.messageId)).toEqual([
      "badCustomRule",
      "duplicateRule",
    ]);
  });
});

describe("options of any JavaScript value", () => {
  const throwing = Object.defineProperty({}, "rules", {
    get() {
      throw new Error("getter");
    },
    enumerable: true,
  });
  const levelsThrowing = {
    rules: Object.defineProperty({}, "requests.balance", {
      get() {
        throw new Error("getter");
      },
      enumerable: true,
    }),
  };
  const cases: [string, unknown][] = [
    ["null", null],
    ["a number", 5],
    ["a string", "requests."],
    ["include as a string", { rules: { include: "requests." } }],
    ["rules as an array", { rules: ["requests.balance"] }],
    ["a throwing getter", throwing],
    ["a throwing rule level", levelsThrowing],
    ["customRules not an array", { customRules: 3 }],
    ["waivers of the wrong shape", { waivers: [null, { id: 5 }], today: 7 }],
    [
      "a proxy that throws",
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("trap");
          },
          ownKeys: () => {
            throw new Error("trap");
          },
        },
      ),
    ],
  ];
  it.each(cases)("%s gives findings, never a TypeError", (_, options) => {
    const result = validateReport(broken(), options as never);
    expect(result.findings.some((f) => f.ruleId === "requests.balance")).toBe(true);
    if (options !== null) expect(result.findings[0]?.ruleId).toBe("config");
    else expect(result.findings.some((f) => f.ruleId === "config")).toBe(false);
  });
});

describe("stable finding ids", () => {
  it("are the same across runs and locales, and differ between problems", () => {
    const a = validateReport(broken());
    const b = validateReport(broken(), { locale: "en" });
    expect(a.findings.map((f) => f.id)).toEqual(b.findings.map((f) => f.id));
    expect(new Set(a.findings.map((f) => f.id)).size).toBe(a.findings.length);
    for (const f of a.findings) expect(f.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it("depend on rule, organ, year, edition and cells only (a literal value pins the hash)", () => {
    const finding = {
      ruleId: "requests.balance",
      messageId: "m",
      path: ["a", "b"],
      cells: [["x"], ["a", "b"]],
    };
    const identity = { organ: "巴里坤县人民政府", year: "2020", edition: "2019" };
    expect(findingId(finding, identity)).toBe("853f6075bb38");
    expect(findingId({ ...finding, cells: [["a", "b"], ["x"]] }, identity)).toBe("853f6075bb38");
    expect(findingId(finding, { ...identity, year: "2021" })).not.toBe("853f6075bb38");
    const other = validateReport(withCells(broken(), { organ: "伊州区人民政府" }));
    const balance = (r: typeof other) => r.findings.find((f) => f.ruleId === "requests.balance")?.id;
    expect(balance(other)).not.toBe(balance(validateReport(broken())));
  });
});

describe("waivers", () => {
  const balanceId = () =>
    validateReport(broken()).findings.find((f) => f.ruleId === "requests.balance")?.id ?? "";
  // 总计 192 against 129 + 62 breaks two equations: the balance and the row total.
  const errorIds = () =>
    validateReport(broken())
      .findings.filter((f) => f.severity === "error")
      .map((f) => f.id);

  it("by id: the finding stays, marked waived, and no longer counts", () => {
    const result = validateReport(broken(), {
      waivers: errorIds().map((id) => ({ id, reason: "核实为原表笔误", by: "张三", until: "2030-12-31" })),
      today: "2026-11-28",
    });
    expect(result.valid).toBe(true);
    const f = result.findings.find((x) => x.ruleId === "requests.balance");
    expect(f?.waived).toEqual({ reason: "核实为原表笔误", by: "张三", until: "2030-12-31" });
    expect(result.summary).toMatchObject({ error: 0, warning: 1, waived: 2 });
  });

  it("by rule, organ and path pattern", () => {
    const result = validateReport(broken(), {
      waivers: [{ rule: "requests.", organ: "巴里坤县人民政府", path: "requests.*.total", reason: "known" }],
    });
    expect(result.valid).toBe(true);
    expect(result.summary.waived).toBe(2);
    const other = validateReport(broken(), {
      waivers: [{ rule: "requests.", organ: "别的机关", reason: "known" }],
    });
    expect(other.valid).toBe(false);
  });

  it("an expired waiver stops applying and says so", () => {
    const result = validateReport(broken(), {
      waivers: [{ id: balanceId(), reason: "临时", until: "2025-01-01" }],
      today: "2026-11-28",
    });
    expect(result.valid).toBe(false);
    const notice = result.findings.find((f) => f.messageId === "waiverExpired");
    expect(notice).toMatchObject({ ruleId: "config", severity: "info", data: { until: "2025-01-01" } });
  });
});
