import type { Label } from "../../model/label.js";
import { resolveLocale } from "../../rules/format.js";
import { DEFAULT_LIMITS } from "../budget.js";
import { FindingLog } from "../findings.js";
import type { ImportOptions, ImportResult } from "../import.js";
import { readPdf } from "../pdf/import-pdf.js";
import { type ImagePage, ImageProblem } from "./image-page.js";
import { readJpeg } from "./jpeg.js";
import { imagesToPdf } from "./pdf-writer.js";
import { readPng } from "./png.js";
import { readTiff } from "./tiff.js";

/** The image formats read as scanned pages. */
export type ImageFormat = "png" | "jpeg" | "tiff";

/** The resolution an image is read at when it states none (or one no page scan has). */
export const ASSUMED_DPI = 200;

const NAME: Record<ImageFormat, Label> = {
  png: { zh: "PNG 图片", en: "the PNG image" },
  jpeg: { zh: "JPEG 图片", en: "the JPEG image" },
  tiff: { zh: "TIFF 图片", en: "the TIFF image" },
};
const ADVICE: Label = {
  zh: "请另存为 8 位的 PNG、JPEG 或单条带 TIFF，或使用原始的 Word 或 PDF 文件",
  en: "save it as an 8-bit PNG, a JPEG or a single-strip TIFF, or use the original Word or PDF file",
};

/**
 * The resolution a page is read at: the one the file states, unless it states none or one that makes
 * the sheet larger than A3 or smaller than A6 (a 72 dpi left by a program that never knew the scan's,
 * dots per centimetre written as per inch); then 200 dpi.
 */
function dpiOf(page: ImagePage): { dpi: number; why?: Label } {
  const stated = page.dpi === undefined ? undefined : Math.round(page.dpi);
  if (stated === undefined || stated < 1)
    return { dpi: ASSUMED_DPI, why: { zh: "未注明分辨率", en: "states no resolution" } };
  // A sheet from A6 to A3 (short side 4.1 to 11.7 inches); outside it, the stated figure is a slip.
  const shortSide = Math.min(page.width, page.height) / stated;
  if (shortSide > 12.5 || shortSide < 4)
    return {
      dpi: ASSUMED_DPI,
      why: {
        zh: `注明的分辨率（每英寸 ${stated} 像素）会使页面${shortSide > 12.5 ? "大于 A3" : "小于 A6"}`,
        en: `states ${stated} dpi, which would make the sheet ${shortSide > 12.5 ? "larger than A3" : "smaller than A6"}`,
      },
    };
  return { dpi: stated };
}

/**
 * Reads an image file (PNG, JPEG, TIFF with each of its pages) as a scan: wrapped into a PDF of
 * image pages in memory, with no decoding here where PDF has the image's own coding, and read by the
 * PDF reader's scan path (OCR). A variant that cannot be wrapped is an `import.unsupported-format`
 * finding naming it; a damaged file `import.unreadable-file`. Never rejects on bad bytes.
 */
export async function importImage(
  bytes: Uint8Array,
  format: ImageFormat,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const log = new FindingLog(resolveLocale(options.locale));
  let pages: ImagePage[];
  try {
    const maxPages = options.limits?.pages ?? DEFAULT_LIMITS.pages;
    pages =
      format === "png" ? [readPng(bytes)] : format === "jpeg" ? [readJpeg(bytes)] : readTiff(bytes, maxPages);
  } catch (error) {
    if (!(error instanceof ImageProblem)) throw error;
    if (error.kind === "unsupported")
      log.add("import.unsupported-format", [], { format, name: error.label, advice: ADVICE });
    else log.add("import.unreadable-file", [], { name: NAME[format], detail: error.label });
    return { findings: log.findings, unmapped: [], sources: {} };
  }
  const placed = pages.map((page) => ({ ...page, ...dpiOf(page) }));
  const assumed = placed.filter((p) => p.why);
  const first = assumed[0];
  if (first?.why)
    log.add("import.image-dpi-assumed", [], {
      why: first.why,
      dpi: ASSUMED_DPI,
      pages: assumed.map((p) => placed.indexOf(p) + 1),
    });
  const result = await readPdf(imagesToPdf(placed.map((p) => ({ ...p, dpiUsed: p.dpi }))), options, {
    image: true,
  });
  result.findings.unshift(...log.findings);
  return result;
}
