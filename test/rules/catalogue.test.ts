import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/catalogue.js";

// The within-report ids of ../shared/spec/rules.md: a contract, never dropped or renamed.
const SPEC_IDS = [
  "requests.balance",
  "requests.outcome-total",
  "requests.group-subtotal",
  "requests.row-total",
  "requests.total-blank",
  "appeals.total",
  "proactive.published-within-total",
  "proactive.item-count-nonnegative",
  "meta.edition-matches-year",
  "meta.period-covers-year",
  "meta.published-after-year",
  "meta.published-on-time",
  "sections.required",
  "sections.information-fee",
];

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)(?:\|\w+)?\}/g)].map((m) => m[1]).sort();

describe("the rule catalogue", () => {
  it("holds every id of the spec", () => {
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(SPEC_IDS));
  });

  it("is sorted by id, and ids are unique", () => {
    const ids = rules.map((r) => r.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s has titles, basis and editions", (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
    expect(rule.title.zh).not.toBe("");
    expect(rule.title.en).not.toBe("");
    expect(rule.basis.zh).toMatch(/条例|格式|国办|表/);
    expect(rule.editions.length).toBeGreaterThan(0);
    expect(["error", "warning", "info"]).toContain(rule.severity);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    "%s has both locales of every message with the same placeholders",
    (_id, rule) => {
      const messages = Object.values(rule.messages);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) {
        expect(m.zh).not.toBe("");
        expect(m.en).not.toBe("");
        expect(placeholders(m.en)).toEqual(placeholders(m.zh));
      }
    },
  );
});
