import type { Label } from "../model/label.js";
import { renderTemplate } from "../rules/format.js";

/** What is wrong at the place a JSON text stops being JSON, in words a clerk reads. */
export const JSON_ERRORS = {
  at: {
    zh: "不是有效的 JSON：第 {line} 行第 {column} 列附近：{what}",
    en: "not valid JSON near line {line}, column {column}: {what}",
  },
  end: { zh: "内容不完整（缺少结尾）", en: "the text ends too early" },
  key: { zh: "此处应为用双引号括起的项名", en: "expected a name in double quotes" },
  colon: { zh: "项名之后应为冒号", en: "expected a colon after the name" },
  comma: { zh: "此处缺少逗号或右括号", en: "expected a comma or a closing bracket" },
  value: { zh: "此处应为一个值（数字、文字、列表或一组数据）", en: "expected a value" },
  string: {
    zh: "文字缺少结尾的双引号，或含有未转义的换行等控制字符",
    en: "a string is not closed, or holds a raw line break",
  },
  escape: { zh: "文字中有无效的反斜杠转义", en: "a backslash escape is not valid" },
  number: { zh: "数字的写法有误", en: "a number is not well formed" },
  trailing: { zh: "内容结束后还有多余的字符", en: "there is more text after the end" },
} as const satisfies Record<string, Label>;

type Problem = Exclude<keyof typeof JSON_ERRORS, "at">;

const WS = new Set([" ", "\t", "\n", "\r"]);

// Finds where and why a text that JSON.parse rejected stops being JSON. V8's own message names a
// position in UTF-16 units (and not in every case), which no one can count: this scan gives a line
// and column instead. Iterative, so deep nesting cannot overflow the stack.
function scan(text: string): { at: number; problem: Problem } {
  let i = 0;
  const stack: ("{" | "[")[] = [];
  const skip = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const fail = (problem: Problem, at = i) => ({ at, problem });
  // expecting: what may come next.
  let expecting: "value" | "key" | "after" = "value";
  for (;;) {
    skip();
    if (i >= text.length) return stack.length || expecting !== "after" ? fail("end") : fail("trailing");
    const c = text[i] as string;
    if (expecting === "key") {
      if (c !== '"') return fail("key");
      const end = stringEnd(text, i);
      if (typeof end !== "number") return end;
      i = end;
      skip();
      if (i >= text.length) return fail("end");
      if (text[i] !== ":") return fail("colon");
      i++;
      expecting = "value";
      continue;
    }
    if (expecting === "after") {
      const top = stack.at(-1);
      if (!top) return fail("trailing");
      if (c === ",") {
        i++;
        expecting = top === "{" ? "key" : "value";
        continue;
      }
      if ((top === "{" && c === "}") || (top === "[" && c === "]")) {
        stack.pop();
        i++;
        continue;
      }
      return fail("comma");
    }
    // A value.
    if (c === "{") {
      stack.push("{");
      i++;
      skip();
      if (text[i] === "}") {
        stack.pop();
        i++;
        expecting = "after";
      } else expecting = "key";
      if (stack.length === 0) {
        skip();
        return i < text.length ? fail("trailing") : fail("end");
      }
      continue;
    }
    if (c === "[") {
      stack.push("[");
      i++;
      skip();
      if (text[i] === "]") {
        stack.pop();
        i++;
        expecting = "after";
      }
      if (stack.length === 0) {
        skip();
        return i < text.length ? fail("trailing") : fail("end");
      }
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== "number") return end;
      i = end;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) return fail("number");
      i += m[0].length;
      if (/[\d.eE+-]/.test(text[i] ?? "")) return fail("number");
    } else if (text.startsWith("true", i) || text.startsWith("null", i)) i += 4;
    else if (text.startsWith("false", i)) i += 5;
    else return fail("value");
    expecting = "after";
    if (stack.length === 0) {
      skip();
      return i < text.length ? fail("trailing") : fail("end");
    }
  }
}

function stringEnd(text: string, start: number): number | { at: number; problem: Problem } {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { at: i, problem: "string" };
    if (c === 0x5c) {
      const e = text[i + 1] ?? "";
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, problem: "escape" };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(e) || e === "") return { at: i, problem: "escape" };
      i += 2;
      continue;
    }
    i++;
  }
  return { at: text.length, problem: "string" };
}

/** Line and column (1-based) of a UTF-16 offset, the column counted in characters as a person sees them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
  return { line, column: Array.from(before.slice(lineStart)).length + 1 };
}

/**
 * Why a text JSON.parse rejected is not JSON, with line and column, in both locales.
 *
 * @example
 * jsonErrorLabel('{\n  "a": 1,\n  b: 2\n}').zh; // "不是有效的 JSON：第 3 行第 3 列附近：此处应为用双引号括起的项名"
 */
export function jsonErrorLabel(text: string): Label {
  const { at, problem } = scan(text);
  const where = lineColumn(text, Math.min(at, text.length));
  const what = JSON_ERRORS[problem];
  return {
    zh: renderTemplate(JSON_ERRORS.at.zh, { ...where, what: what.zh }, "zh-CN"),
    en: renderTemplate(JSON_ERRORS.at.en, { ...where, what: what.en }, "en"),
  };
}
