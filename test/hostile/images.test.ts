import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImageProblem } from "../../src/import/image/image-page.js";
import { readJpeg } from "../../src/import/image/jpeg.js";
import { readPng } from "../../src/import/image/png.js";
import { readTiff } from "../../src/import/image/tiff.js";

const DIR = new URL("../fixtures/images/", import.meta.url);
const CARDS = readdirSync(DIR).filter((f) => /\.(png|jpg|tif)$/.test(f));

const read = (name: string, bytes: Uint8Array) =>
  name.endsWith(".png") ? [readPng(bytes)] : name.endsWith(".jpg") ? [readJpeg(bytes)] : readTiff(bytes, 10);

/** Either pages, or an ImageProblem naming what is wrong: never another exception. */
function outcome(name: string, bytes: Uint8Array): "pages" | "problem" {
  try {
    read(name, bytes);
    return "pages";
  } catch (error) {
    if (error instanceof ImageProblem) return "problem";
    throw error;
  }
}

// A fixed sequence (xorshift), so that a failure replays.
function* numbers(seed: number) {
  let x = seed;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield (x >>> 0) / 2 ** 32;
  }
}

describe("the image readers on damaged files: pages or a named problem, never an exception", () => {
  it.each(CARDS)("%s cut off at every length", (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, DIR)));
    for (let n = 0; n < bytes.length; n++) outcome(name, bytes.subarray(0, n));
  });

  it.each(CARDS)("%s with bytes overwritten at random (fixed seed)", (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, DIR)));
    const random = numbers(0x9e3779b9 ^ name.length);
    for (let round = 0; round < 300; round++) {
      const copy = bytes.slice();
      for (let k = 0; k < 3; k++)
        copy[Math.floor((random.next().value as number) * copy.length)] = Math.floor(
          (random.next().value as number) * 256,
        );
      outcome(name, copy);
    }
  });

  it("a TIFF whose directory points back at itself is a problem, not a loop", () => {
    const bytes = new Uint8Array(readFileSync(new URL("none.tif", DIR))).slice();
    const view = new DataView(bytes.buffer);
    const first = view.getUint32(4, true);
    const count = view.getUint16(first, true);
    view.setUint32(first + 2 + count * 12, first, true);
    expect(() => readTiff(bytes, 10)).toThrow(/run in a loop/);
  });
});
