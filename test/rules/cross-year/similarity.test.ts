import { describe, expect, it } from "vitest";
import { normaliseNarrative, SHINGLE, textOverlap } from "../../../src/rules/cross-year/similarity.js";
import { report } from "../../load-fixture.js";

const seed = report(2020).sections as { overview: string; problems: string };
const own = report(2021).sections as { overview: string; problems: string };

describe("normaliseNarrative", () => {
  it("drops layout and punctuation, folds full-width forms and masks digit runs", () => {
    expect(normaliseNarrative("2020年，全年共受理１２９件。\n（一）加强 领导")).toBe(
      "0年全年共受理0件一加强领导",
    );
  });
});

describe("textOverlap", () => {
  it("is 1 for a text against itself and 0 against an unrelated one", () => {
    expect(textOverlap(seed.overview, seed.overview).share).toBe(1);
    expect(textOverlap(own.overview, seed.overview)).toMatchObject({ copied: 0, share: 0 });
  });

  it("ignores changed years, figures and punctuation", () => {
    const edited = seed.overview.replaceAll("2020", "2021").replaceAll("1名", "2名").replaceAll("。", "；");
    expect(textOverlap(edited, seed.overview).share).toBe(1);
  });

  it("measures the share of this year's text found in last year's (containment, not Jaccard)", () => {
    // Half this year's own words, half last year's: about half copied, whatever last year's length.
    const mine = normaliseNarrative(own.overview).slice(0, 300);
    const copied = normaliseNarrative(seed.problems).slice(0, 300);
    const overlap = textOverlap(mine + copied, seed.problems + seed.overview);
    expect(overlap.length).toBe(600);
    expect(overlap.copied).toBe(300);
    expect(overlap.share).toBe(0.5);
  });

  it("does not count runs shorter than the shingle", () => {
    const phrase = "政府信息公开工作";
    expect(phrase.length).toBeLessThan(SHINGLE);
    expect(textOverlap(`甲乙丙丁${phrase}戊己庚辛`, `子丑寅卯${phrase}辰巳午未`).copied).toBe(0);
  });

  it("counts an overlap of consecutive runs once", () => {
    const a = "一二三四五六七八九十甲乙丙丁戊己庚辛";
    expect(textOverlap(a, a)).toEqual({ length: a.length, copied: a.length, share: 1 });
  });
});
