import type { Label } from "../../../model/label.js";
import { type Budget, TooComplex } from "../../budget.js";
import type { FindingLog } from "../../findings.js";
import type { ImportOptions } from "../../import.js";
import { IDENTITY, type Matrix, multiply } from "../matrix.js";
import type { PdfPage } from "../pdf-layout.js";
import { OCR_INSTALL, type OcrEngine, OcrUnavailable, startEngine } from "./engine.js";
import { ocrPage, type PlacedImage, scanCheck } from "./scan-page.js";

/** The reading time each scanned page adds to the budget's `timeMs` (OCR takes a few seconds a page). */
export const OCR_PAGE_MS = 20_000;

/** What of a pdf.js page the scan reader uses. */
export interface ScanSource {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  objs: { get(key: string, callback: (value: unknown) => void): unknown };
  commonObjs: { get(key: string, callback: (value: unknown) => void): unknown };
  view: number[];
}

/**
 * The largest upright image the page paints, if it covers at least half the page: a scanned sheet.
 * pdf.js has decoded it already (JPEG, Flate, CCITT alike), so no canvas and no image codec is needed.
 */
export async function pageImage(
  page: ScanSource,
  OPS: { save: number; restore: number; transform: number; paintImageXObject: number },
): Promise<PlacedImage | undefined> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const list = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let best: { key: string; left: number; top: number; width: number; height: number } | undefined;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintImageXObject && typeof args?.[0] === "string") {
      const [a, b, c, d, e, f] = ctm;
      // Only an upright sheet: a turned or mirrored image is not a page as scanned.
      if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0 || d <= 0) return;
      const area = a * d;
      if (!best || area > best.width * best.height)
        best = { key: args[0], left: e - x0, top: y1 - (f + d), width: a, height: d };
    }
  });
  if (!best || best.width * best.height < 0.5 * (x1 - x0) * (y1 - y0)) return undefined;
  const { key, ...place } = best;
  const image = await new Promise<unknown>((resolve) =>
    (key.startsWith("g_") ? page.commonObjs : page.objs).get(key, resolve),
  );
  const decoded = image as PlacedImage["image"] | null | undefined;
  if (!decoded?.data || !decoded.width || !decoded.height) return undefined;
  return { image: decoded, ...place };
}

/** Why the scanned pages were not read, as `import.no-text-layer` gives it. */
function advice(
  reason: "none" | "off" | "missing" | "failed" | "resolution" | "size",
  data: { dpi?: number; detail?: string; image?: boolean },
): Label {
  switch (reason) {
    case "none":
      return data.image
        ? {
            zh: "图像无法解码（文件可能已损坏）",
            en: "its image could not be decoded (is the file damaged?)",
          }
        : { zh: "请使用导出的 PDF 或原始文档", en: "use the exported PDF or the original document" };
    case "off":
      return { zh: "文字识别（OCR）已关闭", en: "OCR is turned off" };
    case "missing":
      return {
        zh: `要用文字识别（OCR）读取扫描件，请安装识别引擎：${OCR_INSTALL}`,
        en: `to read scans by OCR, install the engine: ${OCR_INSTALL}`,
      };
    case "failed":
      return {
        zh: `文字识别引擎未能启动（${data.detail}）`,
        en: `the OCR engine did not start (${data.detail})`,
      };
    case "resolution":
      return {
        zh: `扫描分辨率约 ${data.dpi} dpi，低于文字识别所需的 100 dpi，请以 200 dpi 以上重新扫描`,
        en: `it was scanned at about ${data.dpi} dpi, below the 100 dpi OCR needs: scan it again at 200 dpi or more`,
      };
    case "size":
      return { zh: "页面图像过大", en: "its page images are too large" };
  }
}

/**
 * Reads by OCR the pages that have no text but a scanned sheet, in place in `pages`; the engine
 * starts at the first such page and ends with the document. Returns the page numbers read. When
 * none could be read and no page has text, `import.no-text-layer` says why and what to do.
 */
export async function readScans(
  pages: PdfPage[],
  sources: Map<number, ScanSource>,
  OPS: Parameters<typeof pageImage>[1],
  options: Pick<ImportOptions, "ocr" | "onOcrStart"> & { image?: boolean },
  budget: Budget,
  log: FindingLog,
): Promise<number[]> {
  const bare = pages.filter((p) => p.texts.length === 0);
  if (bare.length === 0) return [];
  const textless = bare.length === pages.length;
  const say = (reason: Parameters<typeof advice>[0], data: { dpi?: number; detail?: string } = {}) => {
    const why = advice(reason, { ...data, image: options.image === true });
    if (options.image) log.add("import.image-unread", [], { pages: pages.length, advice: why });
    else if (textless) log.add("import.no-text-layer", [], { pages: pages.length, advice: why });
    else log.add("import.ocr-unavailable", [], { advice: why });
  };
  const scans: { page: PdfPage; placed: PlacedImage; dpi: number }[] = [];
  let skipped: Parameters<typeof advice> | undefined;
  for (const page of bare) {
    const source = sources.get(page.number);
    const placed = source && (await pageImage(source, OPS));
    if (!placed) continue;
    const check = scanCheck(placed);
    if ("reason" in check) skipped = [check.reason, "dpi" in check ? { dpi: check.dpi } : {}];
    else scans.push({ page, placed, dpi: check.dpi });
  }
  if (scans.length === 0) {
    if (textless) say(...(skipped ?? ["none", {}]));
    return [];
  }
  if (options.ocr === false) {
    say("off");
    return [];
  }
  const setup = typeof options.ocr === "object" ? options.ocr : {};
  let engine: OcrEngine;
  try {
    engine = await (setup.engine ?? startEngine)();
  } catch (error) {
    const missing = error instanceof OcrUnavailable && error.missing;
    say(missing ? "missing" : "failed", { detail: (error as Error).message });
    return [];
  }
  // The time limit is for a text layer's reading; OCR takes seconds a page, each page its own allowance.
  const allowanceMs = OCR_PAGE_MS * scans.length;
  budget.allow(allowanceMs);
  // A caller that bounds the reading from outside (a thread's deadline) extends it alike.
  options.onOcrStart?.({ pages: scans.length, allowanceMs });
  const read: number[] = [];
  try {
    for (const [k, { page, placed, dpi }] of scans.entries()) {
      budget.clock();
      setup.onPage?.({ page: page.number, index: k + 1, total: scans.length });
      const ocr = await ocrPage(placed, dpi, engine, page.number, page);
      budget.spend("textRuns", ocr.texts.length);
      budget.spend("operators", ocr.segments.length);
      Object.assign(page, { texts: ocr.texts, segments: ocr.segments });
      read.push(page.number);
    }
    budget.clock();
  } catch (error) {
    if (error instanceof TooComplex) throw error;
    say("failed", { detail: String(error) });
  } finally {
    await engine.close();
  }
  return read;
}
