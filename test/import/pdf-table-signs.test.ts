import { describe, expect, it } from "vitest";
import type { PdfText } from "../../src/import/pdf/pdf-layout.js";
import { mayHoldTable } from "../../src/import/pdf/table-signs.js";

// Runs laid out as pdf.js gives them: each [text, x, baseline y], 12 units a character.
const runs = (...items: [string, number, number][]): PdfText[] =>
  items.map(([text, x, y]) => ({ text, x, y, width: text.length * 12, size: 12 }));

describe("mayHoldTable: whether a page's ruling lines are worth reading", () => {
  it.each<[string, PdfText[]]>([
    ["a row of table 三 as separate runs", runs(["21", 300, 100], ["0", 340, 100], ["0", 380, 100])],
    ["a row joined into one run by pdf.js", runs(["本年新收政府信息公开申请数量 21 0 0 0 0 0 21", 40, 100])],
    ["a label of table 三 standing alone", runs(["自然人", 200, 100])],
    ["a header of table 四", runs(["行政诉讼", 300, 80])],
    ["a row of table 二", runs(["行政许可", 60, 120])],
    ["three runs set apart like columns", runs(["甲", 40, 100], ["乙", 200, 100], ["丙", 360, 100])],
    ["amounts with decimals", runs(["7730.28", 300, 100], ["0.5", 380, 100], ["12", 460, 100])],
  ])("a sign: %s", (_, texts) => {
    expect(mayHoldTable(texts)).toBe(true);
  });

  it.each<[string, PdfText[]]>([
    [
      "prose whose figures are runs of their own, between words",
      runs(
        ["2023", 40, 100],
        ["年，共收到申请", 88, 100],
        ["21", 256, 100],
        ["件，办结", 280, 100],
        ["21", 328, 100],
      ),
    ],
    ["a heading naming a table's section", runs(["三、收到和处理政府信息公开申请情况", 40, 100])],
    ["a sentence mentioning 行政复议", runs(["本年度发生行政复议案件 1 件，行政诉讼案件 0 件。", 40, 100])],
    ["a signature and a date apart", runs(["洪泽区人民政府办公室", 300, 700], ["2024 年 1 月", 320, 720])],
    ["figures on different lines", runs(["21", 40, 100], ["0", 40, 130], ["0", 40, 160])],
    ["no text", []],
  ])("no sign: %s", (_, texts) => {
    expect(mayHoldTable(texts)).toBe(false);
  });
});
