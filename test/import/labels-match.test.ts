import { describe, expect, it } from "vitest";
import { labelBook } from "../../src/import/labels-match.js";
import { normaliseLabel } from "../../src/import/normalise.js";

const path = (m: ReturnType<ReturnType<typeof labelBook>["table3"]>) =>
  m?.kind === "row" ? m.row.path.join(".") : m;

describe("label matching", () => {
  const b2019 = labelBook("2019");
  const b2021 = labelBook("2021");

  it("normalises brackets, ordinals, quotes and whitespace", () => {
    expect(normaliseLabel("（一）予以公开")).toBe(normaliseLabel("(一)予以公开"));
    expect(normaliseLabel("1、属于国家秘密")).toBe(normaliseLabel("1.属于国家秘密"));
    expect(normaliseLabel("3.危及“三安全一稳定”")).toBe(normaliseLabel('3.危及"三安全一稳定"'));
    expect(normaliseLabel("科研机\n构")).toBe("科研机构");
    expect(normaliseLabel("第二十条 第（一）项")).toBe(normaliseLabel("第二十条第（一）项"));
  });

  it.each([
    ["(一)予以公开", "requests.outcomes.disclosed"],
    ["3.危及‘三安全一稳定’", "requests.outcomes.withheld.endangersSafety"],
    ["3、危及三安全一稳定", "requests.outcomes.withheld.endangersSafety"],
    ["（六）其他", "requests.outcomes.otherHandling"],
    ["（七）总计", "requests.outcomes.total"],
  ])("2019: %s → %s", (text, expected) => {
    expect(path(b2019.table3(text, undefined))).toBe(expected);
  });

  it.each([
    ["1.逾期不补正", "requests.outcomes.otherHandling.noCorrection"],
    ["2.逾期未缴费", "requests.outcomes.otherHandling.unpaidFee"],
    ["3.其他", "requests.outcomes.otherHandling.other"],
  ])("2021: %s → %s", (text, expected) => {
    expect(path(b2021.table3(text, undefined))).toBe(expected);
  });

  it("reads （六）其他 as the group in 2021 and a label without its ordinal only inside its group", () => {
    expect(b2021.table3("（六）其他", undefined)).toEqual({ kind: "group", group: "otherHandling" });
    expect(b2021.table3("属于国家秘密", undefined)).toBeUndefined();
    expect(path(b2021.table3("属于国家秘密", "withheld"))).toBe("requests.outcomes.withheld.stateSecret");
  });

  it("takes 规范性文件 and 行政规范性文件 for the same row in both editions", () => {
    expect(b2019.table2Row("行政规范性文件")?.key).toBe("normativeDocuments");
    expect(b2021.table2Row("规范性文件")?.key).toBe("normativeDocuments");
    expect(b2019.table2Column("本年新 制作数量")).toBe("made");
  });

  it("takes a top row whose ordinal lost its 、 (OCR reads 一、 as one glyph), and nothing else so", () => {
    expect(path(b2019.table3("一本年新收政府信息公开申请数量", undefined))).toBe("requests.received");
    expect(path(b2021.table3("二上年结转政府信息公开申请数量", undefined))).toBe("requests.carriedOver");
    expect(b2021.table3("一本年新收政府信息公开申请", undefined)).toBeUndefined();
  });

  it("allows a top row's label the typo allowance of an item (a wrapped line set inside the first), by its ordinal", () => {
    expect(path(b2021.table3("二、上年结转政量府信息公开申请数", undefined))).toBe("requests.carriedOver");
    expect(b2021.table3("三、收到和处理政府信息公开申请情况", undefined)).toBeUndefined();
    // The first half of a label a page break cut is no label until the halves are joined.
    expect(b2021.table3("二、上年结转政府信息公开申请", undefined)).toBeUndefined();
    // The ordinal picks the row: no top row is 五.
    expect(b2021.table3("五、上年结转政府信息公开申请数量", undefined)).toBeUndefined();
  });

  it("reads an item's ordinal with a dash for its point (OCR's 3-) inside its group", () => {
    expect(path(b2021.table3("3-补正后申请内容仍不明确", "unavailable"))).toBe(
      "requests.outcomes.unavailable.unclearAfterCorrection",
    );
  });

  it("does not guess: a label that is merely similar matches nothing", () => {
    expect(b2019.table3("予以公开情况", undefined)).toBeUndefined();
    expect(b2019.table2Row("行政许可事项")).toBeUndefined();
  });
});
