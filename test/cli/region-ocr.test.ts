import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { run } from "./helpers.js";

// A stand-in engine that reads a title off any page: counts how often a document is OCR'd.
const started = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/import/pdf/ocr/engine.js", async (original) => ({
  ...(await original<typeof import("../../src/import/pdf/ocr/engine.js")>()),
  startEngine: async () => {
    started.count++;
    const title = "哈密市人民政府2022年政府信息公开工作年度报告";
    return {
      recognise: async () =>
        Array.from(title, (text, i) => ({
          text,
          x0: 200 + i * 40,
          x1: 236 + i * 40,
          y0: 200,
          y1: 240,
          confidence: 0.95,
        })),
      close: async () => undefined,
    };
  },
}));

const SCAN = fileURLToPath(new URL("../scans/scan-2021-hami-p1.jpg", import.meta.url));

describe("zfxxgk region on a scan", () => {
  it("reads it by OCR once: the first pass keeps what OCR read for the second", async () => {
    const out = await run(["region", SCAN, "--format", "json", "--locale", "en"]);
    const [record] = out.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(record.file).toBe(SCAN);
    expect(started.count).toBe(1);
  }, 120_000);
});
