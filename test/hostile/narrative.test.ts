import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { MAX_FINDINGS_PER_KIND } from "../../src/rules/cap.js";
import { readText } from "../../src/rules/text/read.js";
import { full2021 } from "./helpers.js";

const MB = 1024 * 1024;
const RULE = "text.table-agreement";
// A wrong figure quoted: at most 30 characters either side of a phrase of at most 40, and two "…".
const MAX_QUOTE = 30 + 40 + 30 + 2;
// Generous: a quadratic reader needs hours on these inputs, a linear one well under a second.
const SLOW_MACHINE = 120_000;

const size = (value: unknown) => JSON.stringify(value).length;

function withOverview(text: string) {
  const input = full2021();
  input.sections.overview = text;
  return input;
}

const ruleFindings = (text: string, locale: "zh-CN" | "en" = "zh-CN") =>
  validateReport(withOverview(text), { locale }).findings.filter((f) => f.ruleId === RULE);

describe(`${RULE} on hostile narratives`, () => {
  it.each([
    ["digits", "1"],
    ["Chinese numerals", "一"],
    ["numerals and digits in turn", "一1"],
    ["thousands groups", "111,"],
    ["months", "十"],
  ])(
    "a 1 MB run of %s after 依申请公开 is read (it took minutes when the reader was quadratic)",
    (_name, unit) => {
      const text = `依申请公开${unit.repeat(MB / unit.length)}`;
      expect(readText(text, 2021).statements).toEqual([]);
      expect(ruleFindings(text)).toEqual([]);
    },
    SLOW_MACHINE,
  );

  it(
    "a 1 MB clause of statements after 其中 is read in one sweep",
    () => {
      const text = `依申请公开，其中${"新收申请1件、".repeat(MB / 7)}`;
      const reading = readText(text, 2021);
      expect(reading.statements.length).toBe(Math.floor(MB / 7));
      expect(ruleFindings(text)).toHaveLength(MAX_FINDINGS_PER_KIND);
    },
    SLOW_MACHINE,
  );

  it("5,333 wrong figures give 20 findings, the last one counting the rest, in both locales", () => {
    const text = `依申请公开${"收到申请1件".repeat(5333)}`;
    for (const [locale, more] of [
      ["zh-CN", "另有 5,313 条同类问题未列出"],
      ["en", "and 5,313 more like it"],
    ] as const) {
      const findings = ruleFindings(text, locale);
      expect(findings).toHaveLength(20);
      expect(findings.slice(0, -1).every((f) => f.data.more === undefined)).toBe(true);
      expect(findings.at(-1)?.data.more).toBe(5313);
      expect(findings.at(-1)?.message).toContain(more);
      expect(findings.every((f) => (f.data.sentence as string).length <= MAX_QUOTE)).toBe(true);
      expect(size(findings)).toBeLessThan(64 * 1024);
    }
  });

  it("a wrong figure in a 1 MB sentence is quoted with 30 characters either side, placed exactly", () => {
    const before = "政府信息".repeat(MB / 8);
    const text = `依申请公开方面😀${before}全年收到申请99件${"政府信息".repeat(MB / 8)}。`;
    const [finding] = ruleFindings(text);
    const at = text.indexOf("收到申请99件");
    expect(finding?.data).toMatchObject({
      phrase: "收到申请99件",
      stated: 99,
      sentence: `…${text.slice(at - 30, at + 7 + 30)}…`,
      offset: at - 30,
      // The emoji is one character to a reader, two UTF-16 units to JavaScript.
      position: at - 30,
      sentenceOffset: 0,
      sentenceLength: text.length - 1,
    });
  });

  it("a figure written with a megabyte of leading zeros is quoted by its ends", () => {
    const text = `依申请公开收到申请${"0".repeat(MB)}5件。`;
    const [finding] = ruleFindings(text);
    expect(finding?.data.stated).toBe(5);
    expect(finding?.data.phrase).toBe(`收到申请${"0".repeat(15)}…${"0".repeat(18)}5件`);
    expect(String(finding?.data.sentence).length).toBeLessThanOrEqual(MAX_QUOTE);
  });

  it('a long phrase cut in the middle of a long sentence keeps the quote within bounds, "…" counted', () => {
    // Found by the narrative fuzz test: 30 characters, a phrase of 20 + "…" + 20, 30 more and two "…" made 103.
    const text = `依申请公开${"结转下年度".repeat(7)}${"0".repeat(35)}${"件".repeat(32)}`;
    const [finding] = ruleFindings(text);
    expect(String(finding?.data.phrase)).toHaveLength(40);
    expect(String(finding?.data.sentence)).toHaveLength(MAX_QUOTE);
  });

  it("a quote never splits a surrogate pair", () => {
    // 31 and 29 UTF-16 units from the phrase: the plain cut points fall inside an emoji.
    const text = `依申请公开${"😀".repeat(40)}a收到申请7件a${"😀".repeat(40)}`;
    const [finding] = ruleFindings(text);
    const quoted = finding?.data.sentence as string;
    expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(quoted).toBe(`…${"😀".repeat(14)}a收到申请7件a${"😀".repeat(14)}…`);
  });
});
