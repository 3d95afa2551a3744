import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { full2021 } from "./helpers.js";

const BOM = "\uFEFF";
const LONE_HIGH = "\uD800";
const LONE_LOW = "\uDC00";
// "政府信息" encoded as GBK and decoded as UTF-8, the way a mis-declared page arrives.
const GBK_AS_UTF8 = new TextDecoder("utf-8").decode(
  Uint8Array.from([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2]),
);

describe("BOMs, lone surrogates and decoding artefacts in string fields", () => {
  it("the GBK-as-UTF-8 sample really is mojibake: replacement characters and a stray Ϣ", () => {
    expect(GBK_AS_UTF8).toBe(`${"\uFFFD".repeat(6)}Ϣ`);
  });

  it("a BOM before the organ name is trimmed like other leading white space", () => {
    const input = full2021();
    input.organ = `${BOM}${input.organ}`;
    const result = validateReport(input);
    expect(result.valid).toBe(true);
    expect(result.report?.organ).toBe("青禾市人民政府");
  });

  it("an organ name of only a BOM is empty, an error at organ", () => {
    const input = full2021();
    input.organ = BOM;
    const result = validateReport(input);
    expect(result.findings.map((f) => [f.ruleId, f.path.join(".")])).toEqual([["schema", "organ"]]);
  });

  it.each([
    ["a BOM", `${BOM}2024-01-26`],
    ["a lone surrogate", `2024-01-26${LONE_HIGH}`],
    ["replacement characters", `2024-01-${GBK_AS_UTF8}`],
  ])("a date with %s is an error at that date, not a crash", (_name, value) => {
    const input = full2021();
    input.publishedOn = value;
    const result = validateReport(input);
    expect(result.findings.map((f) => [f.ruleId, f.path.join(".")])).toEqual([["schema", "publishedOn"]]);
  });

  it("an edition with a BOM is an error at edition, and table 四 is still checked", () => {
    const input = full2021();
    input.edition = `${BOM}2021`;
    input.appeals.review.total += 1;
    const result = validateReport(input);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["schema", "appeals.total"]);
    expect(result.findings[0]?.path).toEqual(["edition"]);
  });

  it("lone surrogates, BOMs and replacement characters in the narrative are kept verbatim", () => {
    const input = full2021();
    const odd = `${BOM}${LONE_HIGH}前言${LONE_LOW}${GBK_AS_UTF8}`;
    input.sections.preamble = odd + input.sections.preamble;
    input.sections.extra = [{ heading: `${LONE_LOW}${BOM}`, text: LONE_HIGH }];
    const result = validateReport(input);
    expect(result.valid).toBe(true);
    expect(result.report?.sections?.preamble?.startsWith(odd)).toBe(true);
    expect(result.report?.sections?.extra).toEqual([{ heading: `${LONE_LOW}${BOM}`, text: LONE_HIGH }]);
  });

  it("an unknown key with a lone surrogate is named in the finding and survives JSON", () => {
    const input = full2021();
    input[`${LONE_HIGH}key`] = 1;
    const result = validateReport(input, { locale: "en" });
    expect(result.findings[0]?.data.keys).toEqual([`${LONE_HIGH}key`]);
    expect(JSON.parse(JSON.stringify(result.findings))).toEqual(result.findings);
  });

  it("a very long line without the words the rules look for is checked in one pass", () => {
    const input = full2021();
    input.sections.other = "无".repeat(5_000_000);
    const result = validateReport(input);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["sections.information-fee"]);
  });
});
