// Speed of cross-year.copied-text on 20,000-character narratives (run: npx vitest bench --run).
import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { textOverlap } from "../src/rules/cross-year/similarity.js";

const seed = JSON.parse(
  readFileSync(new URL("../test/fixtures/seed-2020-balikun.json", import.meta.url), "utf8"),
);
const alphabet = [...new Set([...JSON.stringify(seed.sections)].filter((c) => /\p{Script=Han}/u.test(c)))];

// Deterministic pseudo-random text drawn from the seed's own characters (mulberry32).
function text(length: number, seedValue: number): string {
  let state = seedValue;
  let out = "";
  while (out.length < length) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    out += alphabet[((t ^ (t >>> 14)) >>> 0) % alphabet.length];
  }
  return out;
}

const previous = text(20_000, 1);
const fresh = text(20_000, 2);
const halfCopied = previous.slice(0, 10_000) + fresh.slice(0, 10_000);

describe("textOverlap, 20,000 characters each", () => {
  bench("unrelated texts", () => {
    textOverlap(fresh, previous);
  });
  bench("half copied", () => {
    textOverlap(halfCopied, previous);
  });
  bench("fully copied", () => {
    textOverlap(previous, previous);
  });
});
