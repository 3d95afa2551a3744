import { describe, expect, it } from "vitest";
import { defineRule, type Rule, renderReview, validateReport } from "../../src/index.js";
import { seed } from "../support/fixtures.js";

const base = {
  title: { zh: "本地规则", en: "Local rule" },
  severity: "error",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: { zh: "本地要求", en: "local" },
  uses: ["meta", "requests"],
  messages: { short: { zh: "机关名称过短", en: "Organ name too short" } },
} as const;

/** A custom rule whose check is any function, as plain JavaScript (a .mjs config) can write one. */
const custom = (id: string, check: (context: Parameters<Rule["check"]>[0]) => unknown): Rule =>
  ({ ...base, id, check }) as unknown as Rule;

const internal = (result: ReturnType<typeof validateReport>) =>
  result.findings.filter((f) => f.ruleId === "internal");

describe("emit checks what it is given", () => {
  it.each([
    ["an empty object", {}],
    ["no object", undefined],
    ["an undeclared message", { messageId: "long", path: ["organ"], cells: [], data: {} }],
    ["a message of Object.prototype", { messageId: "toString", path: ["organ"], cells: [], data: {} }],
    ["a path outside the report", { messageId: "short", path: ["nope", "deeper", "x"], cells: [], data: {} }],
    ["a path of objects", { messageId: "short", path: [{}], cells: [], data: {} }],
    ["cells that are not paths", { messageId: "short", path: ["organ"], cells: "organ", data: {} }],
    ["no data", { messageId: "short", path: ["organ"], cells: [["organ"]] }],
  ])("%s: one internal finding naming the rule, and the page still renders", (_, draft) => {
    const rule = custom("local.bad-emit", ({ emit }) => {
      emit(draft as never);
      emit(draft as never);
    });
    const result = validateReport(seed(), { customRules: [rule] });
    expect(internal(result)).toEqual([
      expect.objectContaining({
        messageId: "ruleBadEmit",
        severity: "error",
        data: expect.objectContaining({ rule: "local.bad-emit" }),
      }),
    ]);
    expect(result.findings.some((f) => f.ruleId === "local.bad-emit")).toBe(false);
    expect(result.valid).toBe(false);
    expect(renderReview(result)).toContain("local.bad-emit");
  });

  it("a good finding passes: the organ, a cell of a table", () => {
    const rule = custom("local.good", ({ emit }) => {
      emit({ messageId: "short", path: ["organ"], cells: [["requests", "received", "total"]], data: {} });
    });
    const result = validateReport(seed(), { customRules: [rule] });
    expect(internal(result)).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === "local.good")).toHaveLength(1);
  });
});

describe("check is synchronous", () => {
  it("a returned promise is one internal finding; what it emits later is dropped", async () => {
    const rule = custom("local.async", async ({ emit }) => {
      await Promise.resolve();
      emit({ messageId: "short", path: ["organ"], cells: [], data: {} });
    });
    const result = validateReport(seed(), { customRules: [rule] });
    expect(internal(result).map((f) => f.messageId)).toEqual(["ruleAsync"]);
    expect(result.valid).toBe(false);
    const before = result.findings.length;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result.findings).toHaveLength(before);
  });

  it("a promise that rejects never becomes an unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listen);
    try {
      const rule = custom("local.rejects", async () => {
        throw new Error("later");
      });
      const result = validateReport(seed(), { customRules: [rule] });
      expect(internal(result).map((f) => f.messageId)).toEqual(["ruleAsync"]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listen);
    }
  });

  it("an async check fails tsc", () => {
    defineRule({
      ...base,
      id: "local.typed",
      // @ts-expect-error -- a check must not return a promise
      async check() {},
    });
  });
});

describe("rules see the report that is returned", () => {
  it("a check that rewrites the report cannot: result.report is what was checked, the rule is blamed", () => {
    const rule = custom("local.rewrites", ({ report }) => {
      (report as { organ: string }).organ = "HACKED";
    });
    const previous = (rule2: Rule) => validateReport(seed(), { customRules: [rule2] });
    const result = previous(rule);
    expect(result.report?.organ).toBe("巴里坤县人民政府");
    expect(internal(result)).toEqual([
      expect.objectContaining({
        messageId: "customRuleCrashed",
        data: expect.objectContaining({ rule: "local.rewrites" }),
      }),
    ]);
    expect(internal(result)[0]?.message).not.toContain("zfxxgk");
    const total = custom("local.total", ({ report }) => {
      (report.requests.received as { total: number }).total = -1;
    });
    expect(previous(total).report?.requests.received.total).toBe(191);
  });

  it("a throwing custom rule is blamed on its id, not on zfxxgk", () => {
    const result = validateReport(seed(), {
      customRules: [
        custom("local.throws", () => {
          throw new Error("boom");
        }),
      ],
      locale: "en",
    });
    expect(internal(result)[0]?.message).toBe(
      "Custom rule local.throws failed, so its findings are incomplete: boom",
    );
  });
});
