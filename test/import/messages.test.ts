import { describe, expect, it } from "vitest";
import { IMPORT_MESSAGES } from "../../src/import/messages.js";

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)(?:\|\w+)?\}/g)].map((m) => m[1]).sort();

describe("import messages", () => {
  it.each(Object.entries(IMPORT_MESSAGES))("%s uses the same placeholders in zh and en", (id, message) => {
    expect(id).toMatch(/^import\.[a-z-]+$/);
    expect(message.zh).not.toBe("");
    expect(message.en).not.toBe("");
    expect(placeholders(message.en)).toEqual(placeholders(message.zh));
  });
});
