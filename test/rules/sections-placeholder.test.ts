import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clearlyContent, placeholderOf } from "../../src/rules/sections-placeholder.js";
import { sample2021, seed } from "../support/fixtures.js";
import { ruleCases } from "../support/rule-cases.js";

ruleCases("sections.placeholder", {
  valid: [
    { name: "a department's report with real sections", report: sample2021 },
    { name: "the seed as published", report: seed },
    {
      name: "六 may rightly say 无",
      report: sample2021,
      cells: { "sections.other": "无。" },
    },
    {
      name: "a short but real 问题及改进",
      report: sample2021,
      cells: { "sections.problems": "解读形式单一。下一步将推行图解解读。" },
    },
    {
      name: "an empty section (sections.required's to report)",
      report: sample2021,
      cells: { "sections.problems": "  " },
    },
    {
      name: "a long real section (its first characters already show content)",
      report: sample2021,
      cells: { "sections.problems": "一是政策解读形式单一，图解、视频解读偏少。".repeat(40) },
    },
  ],
  invalid: [
    {
      name: "a long 问题及改进 of nothing but 暂无 and its heading (read whole)",
      report: sample2021,
      cells: { "sections.problems": "存在的主要问题及改进情况：暂无。\n".repeat(30) },
      findings: [{ path: "sections.problems", messageId: "nothing" }],
    },
    {
      name: "问题及改进 that says only 无",
      report: sample2021,
      cells: { "sections.problems": "无。" },
      findings: [
        {
          path: "sections.problems",
          cells: ["sections.problems"],
          messageId: "nothing",
          data: { text: "无。" },
        },
      ],
    },
    {
      name: "问题及改进 that restates its heading around 暂无",
      report: seed,
      cells: { "sections.problems": "存在的主要问题及改进情况：本年度暂无。" },
      findings: [
        {
          path: "sections.problems",
          messageId: "nothing",
          message: /只写了“存在的主要问题及改进情况：本年度暂无。”/,
        },
      ],
    },
    {
      name: "问题 and 改进 both 无",
      report: sample2021,
      cells: { "sections.problems": "（一）存在问题：无\n（二）改进措施：无" },
      findings: [{ path: "sections.problems", messageId: "nothing" }],
    },
    {
      name: "an overview of a few characters",
      report: sample2021,
      cells: { "sections.overview": "详见附件。" },
      findings: [{ path: "sections.overview", messageId: "nothing" }],
    },
    {
      name: "问题及改进 of seven characters",
      report: sample2021,
      cells: { "sections.problems": "工作有待加强。" },
      findings: [{ path: "sections.problems", messageId: "short", data: { length: 6 } }],
    },
  ],
});

describe("sections.placeholder: the quick pass never hides a placeholder", () => {
  // Texts built from what placeholders are made of (无, 暂无, heading words, enumerators, punctuation)
  // and a little real content: wherever the quick pass calls a text content, the whole reading agrees.
  const pieces = [
    "无",
    "暂无",
    "存在问题",
    "改进措施",
    "本年度",
    "（一）",
    "1、",
    "：",
    "。",
    "\n",
    " ",
    "解读",
    "较少",
    "三",
  ];
  it("agrees with reading the whole section on 20,000 generated texts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        if (clearlyContent(text)) expect(placeholderOf(text)).toBeUndefined();
      }),
      { numRuns: 20_000, seed: 20261128 },
    );
  });
});
