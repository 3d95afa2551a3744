import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const SCAN = fileURLToPath(new URL("../scans/scan-2021-hami-200dpi.pdf", import.meta.url));
const engine = await import("tesseract.js").then(
  () => true,
  () => false,
);

describe("zfxxgk validate on a scan", () => {
  it("--no-ocr: the scan is unreadable (exit 2) and the message says OCR is off", async () => {
    const out = await run(["validate", SCAN, "--no-ocr"]);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain("没有文字层");
    expect(out.stdout).toContain("文字识别（OCR）已关闭");
  }, 120_000);

  it.skipIf(!engine)(
    "with the engine installed, the scan is read by OCR and checked",
    async () => {
      const out = await run(["validate", SCAN, "--format", "json"]);
      const result = JSON.parse(out.stdout) as {
        files: { documentStatus: string; report?: { organ?: string }; findings: { ruleId: string }[] }[];
      };
      const file = result.files[0];
      expect(file?.documentStatus).not.toBe("unreadable");
      expect(file?.findings.map((f) => f.ruleId)).toContain("import.ocr-read");
    },
    300_000,
  );
});
