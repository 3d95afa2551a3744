import { describe, expect, it } from "vitest";
import { AREA_LABELS, LOCALISE_MESSAGES, SLIP_LABELS } from "../../src/localise/messages.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|\w+)?\}/g)].map((m) => m[1]).sort();

describe("localisation messages", () => {
  it.each(Object.entries(LOCALISE_MESSAGES))("%s has the same placeholders in zh and en", (_id, label) => {
    expect(label.zh.length).toBeGreaterThan(0);
    expect(label.en.length).toBeGreaterThan(0);
    expect(placeholders(label.en)).toEqual(placeholders(label.zh));
  });
  it("names every slip and area in both locales", () => {
    for (const label of [...Object.values(SLIP_LABELS), ...Object.values(AREA_LABELS)]) {
      expect(label.zh).toMatch(/\S/);
      expect(label.en).toMatch(/\S/);
    }
  });
});
