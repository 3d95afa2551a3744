import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PROCESS_TIMEOUT, run, zfxxgk } from "./helpers.js";

const scan = (name: string) => fileURLToPath(new URL(`../scans/${name}`, import.meta.url));
const engine = await import("tesseract.js").then(
  () => true,
  () => false,
);

interface Result {
  file: string;
  kind: string | null;
  status: string;
  documentStatus: string;
  error?: { code: string; message: string };
  report?: { organ?: string; year?: number };
  findings: { ruleId: string }[];
}

describe("zfxxgk on image files", () => {
  it("a folder's PNG, JPEG and TIFF files are read (not skipped); --no-ocr says OCR is off for each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-images-"));
    for (const name of [
      "scan-2021-hami-p1.jpg",
      "scan-2021-hami-p2-150dpi.png",
      "scan-2021-hami-200dpi-g4.tif",
    ])
      copyFileSync(scan(name), join(dir, name));
    const out = await run(["validate", dir, "--no-ocr", "--format", "json", "--locale", "en"]);
    const result = JSON.parse(out.stdout) as { files: Result[]; summary: { notReports?: string[] } };
    expect(result.files.map((f) => f.file.replace(/.*[\\/]/, ""))).toEqual([
      "scan-2021-hami-200dpi-g4.tif",
      "scan-2021-hami-p1.jpg",
      "scan-2021-hami-p2-150dpi.png",
    ]);
    for (const f of result.files) {
      expect(f.status).toBe("failed");
      expect(f.error?.code).toBe("E_UNSUPPORTED");
      expect(f.error?.message).toMatch(
        /^The tables in the image \(\d page\(s\)\) were not read: OCR is turned off/,
      );
    }
    expect(out.stderr).not.toMatch(/not read: .*\.(png|jpg|tif)/);
  });

  it("zfxxgk region --no-ocr: a scan is a failed record saying OCR is off (the option is known)", async () => {
    const out = await run([
      "region",
      scan("scan-2021-hami-150dpi.pdf"),
      "--no-ocr",
      "--format",
      "json",
      "--locale",
      "en",
    ]);
    expect(out.code).toBe(2);
    const [record] = out.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(record).toMatchObject({ status: "failed", error: { code: "E_UNSUPPORTED" } });
    expect(record.error.message).toMatch(/no text layer.*OCR is turned off/);
  });

  it.skipIf(!engine)(
    "--read-timeout 1 on a five-page TIFF: the reading thread's deadline grows by OCR's allowance, and it is read",
    () => {
      // One second would end the thread long before five pages are recognised, but for the 20 s a page OCR adds.
      const args = [
        "validate",
        scan("scan-2021-hami-200dpi-g4.tif"),
        "--read-timeout",
        "1",
        "--format",
        "json",
      ];
      const { stdout, stderr } = zfxxgk([...args, "--locale", "en"]);
      const [file] = (JSON.parse(stdout) as { files: Result[] }).files;
      expect(file?.error, stderr).toBeUndefined();
      expect(file).toMatchObject({
        kind: "tiff",
        status: "checked",
        report: { organ: "哈密市人民政府", year: 2022 },
      });
      expect(file?.findings.map((f) => f.ruleId)).toContain("import.ocr-read");
    },
    PROCESS_TIMEOUT,
  );
});
