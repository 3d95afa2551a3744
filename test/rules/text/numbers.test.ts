import { describe, expect, it } from "vitest";
import { parseCount } from "../../../src/rules/text/numbers.js";

describe("parseCount", () => {
  it.each([
    ["24", 24],
    ["２４", 24],
    ["2,674", 2674],
    ["零", 0],
    ["五", 5],
    ["十", 10],
    ["十五", 15],
    ["四十二", 42],
    ["一百二十九", 129],
    ["一百九十三", 193],
    ["三百零八", 308],
    ["一千零五", 1005],
    ["两千零五十", 2050],
    ["二千三百", 2300],
    ["一万二千", 12000],
    ["一万零五", 10005],
    ["十二万", 120000],
  ])("reads %s as %i", (text, value) => {
    expect(parseCount(text)).toBe(value);
  });

  it.each(["", "一九三", "百百", "一百十", "一百零五十", "二百五", "一万二", "零零", "2,67", "十万万", "万"])(
    "does not guess at %s",
    (text) => {
      expect(parseCount(text)).toBeUndefined();
    },
  );
});
