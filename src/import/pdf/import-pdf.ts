import { resolveLocale } from "../../rules/format.js";
import { Budget, TooComplex, tooComplex } from "../budget.js";
import { FindingLog } from "../findings.js";
import { type ImportOptions, type ImportResult, interpretPage } from "../import.js";
import { readIsolated, type WireResult, WORKER_READER } from "./isolate.js";
import { IDENTITY, type Matrix, multiply } from "./matrix.js";
import { flagUnsure } from "./ocr/flag-unsure.js";
import { readScans, type ScanSource } from "./ocr/read-scans.js";
import { type PdfPage, type PdfSegment, type PdfText, pdfDocument, unifyRadicals } from "./pdf-layout.js";
import { mayHoldTable } from "./table-signs.js";

type PdfJs = Awaited<ReturnType<typeof import("unpdf").getResolvedPDFJS>>;
type PdfPageProxy = Awaited<ReturnType<Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>["getPage"]>>;
/** The ruling lines a page draws: axis-aligned path segments, stroked or filled thin, in page space. */
async function segmentsOf(
  page: PdfPageProxy,
  OPS: PdfJs["OPS"],
  top: number,
  left: number,
  budget: Budget,
): Promise<PdfSegment[]> {
  const list = await page.getOperatorList();
  budget.spend("operators", list.fnArray.length);
  const segments: PdfSegment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const point = (x: number, y: number): [number, number] => [
    ctm[0] * x + ctm[2] * y + ctm[4] - left,
    top - (ctm[1] * x + ctm[3] * y + ctm[5]),
  ];
  const strokes = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill]);
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = (args as unknown[])?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath) {
      const [op, data] = args as [number, (ArrayLike<number> | null)[]];
      const path = data?.[0];
      if (!path || !(strokes.has(op) || fills.has(op))) return;
      const pts: [number, number][][] = [];
      let sub: [number, number][] = [];
      for (let k = 0; k < path.length; ) {
        const code = path[k++];
        if (code === 0) {
          if (sub.length) pts.push(sub);
          sub = [point(path[k++] as number, path[k++] as number)];
        } else if (code === 1) sub.push(point(path[k++] as number, path[k++] as number));
        else if (code === 2) k += 6;
        else if (code === 3) k += 4;
        else if (code === 4 && sub[0]) sub.push(sub[0]);
      }
      if (sub.length) pts.push(sub);
      for (const poly of pts) {
        if (fills.has(op)) {
          // A filled thin rectangle is a border (Chromium draws them so); a wide one is shading.
          const xs = poly.map((p) => p[0]);
          const ys = poly.map((p) => p[1]);
          const x1 = Math.min(...xs);
          const x2 = Math.max(...xs);
          const y1 = Math.min(...ys);
          const y2 = Math.max(...ys);
          if (y2 - y1 <= 3 && x2 - x1 > 3) segments.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
          else if (x2 - x1 <= 3 && y2 - y1 > 3)
            segments.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
          continue;
        }
        for (let k = 1; k < poly.length; k++) {
          const [x1, y1] = poly[k - 1] as [number, number];
          const [x2, y2] = poly[k] as [number, number];
          segments.push({ x1, y1, x2, y2 });
        }
      }
    }
  });
  return segments;
}

async function readPage(
  page: PdfPageProxy,
  OPS: PdfJs["OPS"],
  number: number,
  budget: Budget,
): Promise<PdfPage> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const texts: PdfText[] = [];
  // Chunk by chunk, so that a page drawing text without end is stopped at the budget.
  const reader = page.streamTextContent().getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      const items = (chunk.value as { items: Awaited<ReturnType<PdfPageProxy["getTextContent"]>>["items"] })
        .items;
      budget.spend("textRuns", items.length);
      budget.clock();
      for (const item of items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a, b, c, d, e, f] = item.transform as Matrix;
        // Rotated runs (a sideways note) are kept as text where they start.
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
        texts.push({ text: unifyRadicals(item.str), x: e - x0, y: y1 - f, width: item.width, size });
      }
    }
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  }
  // A page without text is read as before (its drawing may be a scan); one of prose draws no table.
  const segments =
    texts.length === 0 || mayHoldTable(texts) ? await segmentsOf(page, OPS, y1, x0, budget) : [];
  budget.clock();
  return { number, width: x1 - x0, height: y1 - y0, texts, segments };
}

/**
 * Stops pdf.js from loading fonts into a document or building glyph outlines for the operator list:
 * the reader never draws. The loader is pdf.js's own (`_transport.fontLoader`, not public API); where
 * a later version lacks it, its fonts fall back to outlines as before, slower but read the same.
 */
function loadNoFonts(doc: unknown): void {
  const loader = (doc as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
  if (loader && typeof loader.bind === "function") loader.bind = async () => undefined;
}

/**
 * pdf.js 5 hands fonts over with `ArrayBuffer#transferToFixedLength` (ES2024), which Node 20 and
 * older browsers lack; without it every page with an embedded font loses its ruling lines. The
 * copying form below is what core-js (and so pdf.js's own legacy build) installs.
 */
function polyfillTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (typeof proto.transferToFixedLength === "function") return;
  Object.defineProperty(proto, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const out = new ArrayBuffer(length);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return out;
    },
  });
}

function failure(
  options: ImportOptions,
  reason: { zh: string; en: string },
  detail: string,
  more: { needsPassword?: true } = {},
): ImportResult {
  const log = new FindingLog(resolveLocale(options.locale));
  log.add("import.unreadable-pdf", [], { reason, detail, ...more });
  return { findings: log.findings, unmapped: [], sources: {} };
}

/**
 * Options of {@link importPdf}: those of every importer, and where the PDF is read.
 *
 * @category Import
 */
export interface PdfOptions extends ImportOptions {
  /**
   * Node only: read in a worker thread of its own, under `maxMemoryMb` of heap and a deadline of
   * `deadlineMs`. Inside the library the reader counts its own work (`limits`), but some PDFs make
   * the PDF library itself spend without end (forms nested within forms, deep save stacks): only a
   * thread that can be ended bounds those. Costs a thread's start-up (about 30 ms) per document.
   */
  isolate?: boolean;
  /** With `isolate`: the deadline of the whole reading, in milliseconds (default 60,000). */
  deadlineMs?: number;
  /** With `isolate`: the thread's heap limit in MB (default 1,024). */
  maxMemoryMb?: number;
}

const DEADLINE_MS = 60_000;
const MAX_MEMORY_MB = 1024;

/**
 * Reads a published PDF report (exported from Word or WPS, printed from a browser) into a typed
 * report. Tables are rebuilt from the ruling lines and the positions of the text: merged cells,
 * wrapped and vertical labels, tables running over pages with their header rows repeated; page
 * numbers ("- 4 -", "第 4 页") are kept in `unmapped` as chrome. Each cell's source reads
 * `"page 4, x 260, y 371"`: PDF units (1/72 inch) from the page's top-left corner, at the top-left of
 * the cell's text (or of the cell, when blank).
 *
 * Never rejects on bad bytes: a PDF that cannot be opened (corrupt, or locked by a password) gives an
 * `import.unreadable-pdf` finding (`data.needsPassword` when a password is what it lacks), one without a text layer (a scan) `import.no-text-layer`, one
 * over its budget of pages, text runs, operators, table cells or time (`options.limits`)
 * `import.too-complex`. A PDF that restricts only copying or printing (an owner password) is read.
 * With `isolate: true` (Node) the reading runs in a worker thread that a heap limit and a deadline
 * also bound. The PDF library (pdf.js through unpdf) loads on the first call; it runs in Node and in
 * browsers.
 *
 * @param data - The PDF file's bytes.
 * @param options - Locale of the messages, fallbacks for what the report does not say, limits, isolation.
 * @returns The report as read, the edition, `import.*` findings, unmapped text and each cell's source.
 * @example
 * import { readFile } from "node:fs/promises";
 * import { importPdf } from "zfxxgk/pdf";
 * const { report, findings, sources } = await importPdf(await readFile("report.pdf"), { isolate: true });
 * @category Import
 */
export async function importPdf(
  data: Uint8Array | ArrayBuffer,
  options: PdfOptions = {},
): Promise<ImportResult> {
  const { isolate, deadlineMs, maxMemoryMb, ...rest } = options;
  if (!isolate) return readPdf(data, rest);
  // A plain copy: it is posted to the thread, and a Node Buffer may share a larger pool.
  const bytes = data instanceof Uint8Array ? new Uint8Array(data) : new Uint8Array(data.slice(0));
  const reason = { zh: "读取线程出错", en: "the reading thread failed" };
  // A thread takes no function: an OCR setup stays behind (the thread finds the engine by name).
  const { ocr, ...plain } = rest;
  return readIsolated(
    bytes,
    typeof ocr === "object" ? plain : rest,
    { deadlineMs: deadlineMs ?? DEADLINE_MS, maxMemoryMb: maxMemoryMb ?? MAX_MEMORY_MB },
    import.meta.url,
    (detail) => failure(rest, reason, detail),
  );
}

// The isolated reader's thread runs this, the report as JSON (a thread copies no Decimal).
(globalThis as Record<symbol, unknown>)[WORKER_READER] = async (
  bytes: Uint8Array,
  options: ImportOptions,
  onOcrStart: NonNullable<ImportOptions["onOcrStart"]>,
): Promise<WireResult> => {
  const { report, ...rest } = await readPdf(bytes, { ...options, onOcrStart });
  return report === undefined ? rest : { ...rest, report: JSON.stringify(report) };
};

/**
 * Reads a PDF in this thread. `mode.image`: the PDF wraps an image file's pages (`importImage`), so
 * what cannot be read is said of an image, not of a PDF without text.
 */
export async function readPdf(
  data: Uint8Array | ArrayBuffer,
  options: ImportOptions,
  mode: { image?: boolean } = {},
): Promise<ImportResult> {
  let pdfjs: PdfJs;
  try {
    polyfillTransfer();
    pdfjs = await (await import("unpdf")).getResolvedPDFJS();
  } catch (error) {
    return failure(options, { zh: "PDF 读取库未能加载", en: "the PDF library did not load" }, String(error));
  }
  // A plain copy: pdf.js may take the buffer over, and refuses a Node Buffer.
  const bytes = data instanceof Uint8Array ? new Uint8Array(data) : new Uint8Array(data.slice(0));
  const budget = new Budget(options.limits);
  let doc: Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      useSystemFonts: false,
      // With font faces "disabled" (Node's default) pdf.js builds the outline of every glyph an
      // operator list shows; the lines need no glyph, so fonts go to a loader that loads nothing.
      disableFontFace: false,
      verbosity: 0,
      // A browser's pdf.js otherwise hands images over as bitmaps; the scan reader reads their pixels.
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
    }).promise;
    loadNoFonts(doc);
  } catch (error) {
    const needsPassword = (error as { name?: string } | undefined)?.name === "PasswordException";
    const reason = needsPassword
      ? { zh: "文件已加密，需要密码才能打开", en: "it is encrypted and needs a password" }
      : { zh: "文件已损坏或不是 PDF", en: "the file is damaged or not a PDF" };
    const detail = (error as Error | undefined)?.message ?? String(error);
    return failure(options, reason, detail, needsPassword ? { needsPassword } : {});
  }
  try {
    budget.spend("pages", doc.numPages);
    const pages: PdfPage[] = [];
    const bare = new Map<number, ScanSource>();
    // A damaged page is said, and the others are still read.
    const log = new FindingLog(resolveLocale(options.locale));
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const proxy = await doc.getPage(n);
        const page = await readPage(proxy, pdfjs.OPS, n, budget);
        pages.push(page);
        if (page.texts.length === 0) bare.set(n, proxy as unknown as ScanSource);
      } catch (error) {
        if (error instanceof TooComplex) throw error;
        const reason = { zh: `第 ${n} 页无法解析`, en: `page ${n} could not be read` };
        log.add("import.unreadable-pdf", [], { reason, detail: String(error) });
      }
    }
    // Pages without text that are scanned sheets are read by OCR, into the same page form.
    const scanned = await readScans(pages, bare, pdfjs.OPS, { ...options, ...mode }, budget, log);
    if (pages.length > 0 && pages.every((p) => p.texts.length === 0)) {
      const unread = mode.image ? "import.image-unread" : "import.no-text-layer";
      if (!log.findings.some((f) => f.ruleId === unread))
        log.add(unread, [], {
          pages: pages.length,
          advice: mode.image
            ? { zh: "图片中没有可识别的文字", en: "no text was recognised in it" }
            : { zh: "请使用导出的 PDF 或原始文档", en: "use the exported PDF or the original document" },
        });
      return { findings: log.findings, unmapped: [], sources: {} };
    }
    if (pages.length === 0) return { findings: log.findings, unmapped: [], sources: {} };
    if (scanned.length > 0) log.add("import.ocr-read", [], { pages: scanned });
    const { doc: page, chrome } = pdfDocument(pages, budget);
    const result = interpretPage(page, options);
    if (scanned.length > 0) flagUnsure(result, log);
    result.findings.unshift(...log.findings);
    result.unmapped.push(...chrome);
    return result;
  } catch (error) {
    if (error instanceof TooComplex) return tooComplex(error, options.locale);
    return failure(options, { zh: "文件内容无法解析", en: "its content could not be read" }, String(error));
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
