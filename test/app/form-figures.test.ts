import { describe, expect, it } from "vitest";
import { draftFrom, loadDraft, newDraft, saveDraft } from "../../app/src/form/draft.js";
import { readFigure, showFigure } from "../../app/src/form/figures.js";

describe("the form reads what a clerk types", () => {
  it.each([
    ["", false, null],
    ["  ", false, null],
    ["0", false, 0],
    ["1,243", false, 1243],
    ["１２４３", false, 1243],
    ["-18538", false, -18538],
    ["15432.6718", true, "15432.6718"],
    ["１５４３２．６７", true, "15432.67"],
    ["12.5", false, "12.5"],
    ["十二", false, "十二"],
    ["99999999999999999999", false, "99999999999999999999"],
  ] as const)("%j (amount: %s) → %j", (text, amount, value) => {
    expect(readFigure(text, amount)).toEqual(value);
  });

  it("shows blank as empty and 0 as 0", () => {
    expect(showFigure(null)).toBe("");
    expect(showFigure(undefined)).toBe("");
    expect(showFigure(0)).toBe("0");
    expect(showFigure("15432.6718")).toBe("15432.6718");
  });
});

class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe("the draft", () => {
  it("survives a save and a load, and a full storage only loses the draft", () => {
    const storage = new MemoryStorage();
    const draft = newDraft("2019", "青禾县人民政府", 2020);
    expect(saveDraft(storage, draft)).toBe(true);
    expect(loadDraft(storage)).toEqual(draft);
    storage.full = true;
    expect(saveDraft(storage, draft)).toBe(false);
    expect(saveDraft(storage, undefined)).toBe(true);
    expect(loadDraft(storage)).toBeUndefined();
  });

  it("takes only a report of a known edition, and never a broken saved text", () => {
    expect(draftFrom({ edition: "2018" })).toBeUndefined();
    expect(draftFrom(null)).toBeUndefined();
    const storage = new MemoryStorage();
    storage.setItem("zfxxgk.form.draft", "{not json");
    expect(loadDraft(storage)).toBeUndefined();
  });
});
