import { describe, expect, it } from "vitest";
import { jsonErrorLabel } from "../../src/import/json-error.js";

// Each case is text JSON.parse rejects, where the clerk should look, and what is wrong there.
const CASES: [string, string, string][] = [
  ['{\n  "a": 1,\n  b: 2\n}', "第 3 行第 3 列", "此处应为用双引号括起的项名"],
  ['{"edition": "2021"', "第 1 行第 19 列", "内容不完整（缺少结尾）"],
  ['{"a": 1,}', "第 1 行第 9 列", "此处应为用双引号括起的项名"],
  ['{"a" 1}', "第 1 行第 6 列", "项名之后应为冒号"],
  ['{"a": 01}', "第 1 行第 8 列", "数字的写法有误"],
  ['{"a": "x\ny"}', "第 1 行第 9 列", "文字缺少结尾的双引号，或含有未转义的换行等控制字符"],
  ['{"a": "\\q"}', "第 1 行第 8 列", "文字中有无效的反斜杠转义"],
  ["{} x", "第 1 行第 4 列", "内容结束后还有多余的字符"],
  ["[1 2]", "第 1 行第 4 列", "此处缺少逗号或右括号"],
  // Columns count characters as a person sees them: 名称 is two, and 𠀀 one, not two UTF-16 units.
  ['{"名称": "巴里坤", "x": tru}', "第 1 行第 20 列", "此处应为一个值（数字、文字、列表或一组数据）"],
  ['{"𠀀": 1 2}', "第 1 行第 9 列", "此处缺少逗号或右括号"],
];

describe("a JSON syntax error, as a clerk reads it", () => {
  it.each(CASES)("%j: %s, %s", (text, where, what) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorLabel(text).zh).toBe(`不是有效的 JSON：${where}附近：${what}`);
    expect(jsonErrorLabel(text).en).toMatch(/^not valid JSON near line \d+, column \d+: [a-z]/);
  });

  it("names no character position and no English in Chinese", () => {
    for (const [text] of CASES) expect(jsonErrorLabel(text).zh.replace("JSON", "")).not.toMatch(/[A-Za-z]/);
  });

  it("survives nesting far deeper than any stack", () => {
    const deep = `${"[".repeat(200_000)}1${"]".repeat(199_999)}`;
    expect(jsonErrorLabel(deep).zh).toMatch(/内容不完整/);
  });
});
