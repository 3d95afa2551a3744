import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readIsolated } from "../../src/import/pdf/isolate.js";

const READER = new URL("../support/isolated-ocr-reader.mjs", import.meta.url).href;

describe("importPdf's isolated thread: the deadline grows by OCR's allowance", () => {
  it("a thread that starts OCR on two pages is not ended at its first deadline; the caller is told", async () => {
    const signal = join(mkdtempSync(join(tmpdir(), "zfxxgk-isolate-")), "go");
    let told: unknown;
    let ocrStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      ocrStarted = resolve;
    });
    const reading = readIsolated(
      new TextEncoder().encode(signal),
      {
        edition: "2021",
        onOcrStart: (info) => {
          told = info;
          ocrStarted();
        },
      },
      { deadlineMs: 500, maxMemoryMb: 256 },
      READER,
      (detail) => ({ findings: [], unmapped: [], sources: {}, failure: detail }) as never,
    );
    await started;
    // Past the first deadline (it ran from the thread's start, before OCR was reported), then done.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    writeFileSync(signal, "");
    const result = await reading;
    expect(result.findings).toEqual([]);
    expect(result.edition).toBe("2021");
    expect(told).toEqual({ pages: 2, allowanceMs: 40_000 });
  }, 60_000);
});
