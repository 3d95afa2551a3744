import { describe, expect, it } from "vitest";
import type { AnnualReport } from "../../src/model/report.js";
import { MAX_FINDINGS_PER_KIND } from "../../src/rules/cap.js";
import { defineRule } from "../../src/rules/define-rule.js";
import { runRules } from "../../src/rules/run.js";

const noisy = defineRule({
  id: "test.noisy",
  title: { zh: "测试", en: "test" },
  severity: "warning",
  editions: ["2021"],
  needsPrevious: false,
  basis: { zh: "测试", en: "test" },
  uses: [],
  messages: {
    many: { zh: "第 {i} 处", en: "place {i}" },
    few: { zh: "另一种 {i}", en: "another {i}" },
  },
  check({ emit }) {
    for (let i = 0; i < 5320; i++) emit({ messageId: "many", path: [], cells: [], data: { i } });
    for (let i = 0; i < 3; i++) emit({ messageId: "few", path: [], cells: [], data: { i } });
  },
});

const input = {
  report: {} as AnnualReport,
  parts: new Set<never>(),
  edition: "2021" as const,
  previous: undefined,
};

describe("at most 20 findings of one kind per rule and report", () => {
  it.each([
    ["zh-CN", "第 19 处（另有 5,300 条同类问题未列出）"],
    ["en", "place 19 (and 5,300 more like it, not listed)"],
  ] as const)("keeps the first 20 of each message, the last counting the rest (%s)", (locale, last) => {
    const findings = runRules([noisy], input, locale);
    const many = findings.filter((f) => f.messageId === "many");
    expect(MAX_FINDINGS_PER_KIND).toBe(20);
    expect(many.map((f) => f.data.i)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(many.at(-1)?.message).toBe(last);
    expect(many.at(-1)?.data.more).toBe(5300);
    expect(many.slice(0, -1).some((f) => "more" in f.data)).toBe(false);
    const few = findings.filter((f) => f.messageId === "few");
    expect(few.map((f) => [f.data.i, f.data.more])).toEqual([
      [0, undefined],
      [1, undefined],
      [2, undefined],
    ]);
  });
});
