import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreScan } from "../../bench/ocr-score.js";
import { importDocument } from "../../src/import/import-document.js";
import { validateReport } from "../../src/validate/validate.js";

// The engine is an optional peer (a devDependency here, so CI runs these): skipped only without it.
const engine = await import("tesseract.js").then(
  () => true,
  () => false,
);

const scan = (name: string) => new Uint8Array(readFileSync(new URL(`../scans/${name}`, import.meta.url)));
const want = JSON.parse(
  readFileSync(new URL("../fixtures/official-2021-hami.json", import.meta.url), "utf8"),
);

// OCR takes seconds a page; CI is a busy two-core machine.
const SLOW = 300_000;

// Made by scripts/fixtures/make-image-scans.ts from the pages of test/scans/scan-2021-hami-200dpi.pdf.
describe.skipIf(!engine)("importDocument reads image files as scans, through the same reader", () => {
  it(
    "a Group 4 TIFF of the whole report (black and white, 200 dpi): organ, year and the cells",
    async () => {
      const result = await importDocument(scan("scan-2021-hami-200dpi-g4.tif"), { locale: "en" });
      expect(result.format).toBe("tiff");
      const s = scoreScan(result, want);
      expect(s.organ).toBe("哈密市人民政府");
      expect(s.year).toBe(2022);
      // Measured: 187 of 200 right — black and white loses more than the grey scan (a column of
      // 商业企业 comes back blank). The blanks an equation breaks on are reading problems, none the
      // organ's error; measured 3 unnamed: two of table 二 (no equation to break) and one in a column
      // whose sum is already doubted through another blank.
      expect(s.right / s.total).toBeGreaterThanOrEqual(0.9);
      expect(s.wrong.length, s.wrong.join("\n")).toBeLessThanOrEqual(4);
      const checked = validateReport(JSON.parse(JSON.stringify(result.report)), {
        reading: { findings: result.findings, sources: result.sources },
      });
      expect(checked.findings.filter((f) => f.origin === "report" && f.severity === "error")).toEqual([]);
      expect(checked.findings.map((f) => f.ruleId)).toContain("import.ocr-blank");
      expect(result.findings.find((f) => f.ruleId === "import.ocr-read")?.data.pages).toEqual([
        1, 2, 3, 4, 5,
      ]);
    },
    SLOW,
  );

  it(
    "one page as a JPEG whose density is a slip: read at 200 dpi, organ and year from its title",
    async () => {
      const result = await importDocument(scan("scan-2021-hami-p1.jpg"), { locale: "en" });
      expect(result.format).toBe("jpeg");
      expect(result.findings[0]?.message).toBe(
        "The image states 508 dpi, which would make the sheet smaller than A6: page(s) 1 read at 200 dpi",
      );
      expect(result.report?.organ).toBe("哈密市人民政府");
      expect(result.report?.year).toBe(2022);
    },
    SLOW,
  );

  it(
    "one page as a 150 dpi palette PNG: table 二's cells on it right, the others flagged as not found",
    async () => {
      const result = await importDocument(scan("scan-2021-hami-p2-150dpi.png"), { locale: "en" });
      expect(result.format).toBe("png");
      const s = scoreScan(result, want, ["proactive"]);
      // Table 二 runs over pages 1 and 2: measured 4 cells right (those on page 2), 6 flagged, none wrong.
      expect(s.right).toBeGreaterThanOrEqual(4);
      expect(s.wrong).toEqual([]);
      expect(result.findings.map((f) => f.ruleId)).toContain("import.ocr-read");
      expect(result.findings.map((f) => f.ruleId)).not.toContain("import.image-dpi-assumed");
    },
    SLOW,
  );
});
