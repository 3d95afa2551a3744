/**
 * A character the OCR engine recognised: its text, its left and right in image pixels, the top and
 * bottom of its line (a line's characters share one baseline and size, as a text layer's runs do),
 * its confidence (0 to 1).
 *
 * @category Import
 */
export interface OcrWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}

/**
 * `page`: a whole page, text in no particular order; `cells`: cells' text stacked in a column (the
 * page mode drops lone digits); `figures`: the same, reading digits and signs only.
 *
 * @category Import
 */
export type OcrMode = "page" | "cells" | "figures";

/**
 * An OCR engine ready to read page images (8-bit PGM); `close` ends its thread.
 *
 * @category Import
 */
export interface OcrEngine {
  /** How to read the image: see {@link OcrMode}. */
  recognise(image: Uint8Array, dpi: number, mode?: OcrMode): Promise<OcrWord[]>;
  close(): Promise<void>;
}

/** Why no engine could be started: not installed (say what to install), or it failed. */
export class OcrUnavailable extends Error {
  constructor(
    readonly missing: boolean,
    detail: string,
  ) {
    super(detail);
  }
}

/** The install line a scan prints when the engine is missing. */
export const OCR_INSTALL = "npm install tesseract.js @tesseract.js-data/chi_sim";

// Names kept out of bundlers' sight: optional peers, resolved only when a scan is met.
const ENGINE = ["tesseract", "js"].join(".");
const DATA = ["@tesseract.js-data", "chi_sim"].join("/");

interface TesseractSymbol {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface TesseractWord extends TesseractSymbol {
  symbols: TesseractSymbol[];
}
/** What of tesseract.js the engine uses (its Node module, or `Tesseract` of its browser build). */
export interface TesseractModule {
  createWorker(
    langs: string,
    oem: number,
    options: Record<string, unknown>,
  ): Promise<{
    setParameters(params: Record<string, string>): Promise<unknown>;
    recognize(
      image: Uint8Array,
      options: Record<string, unknown>,
      output: Record<string, boolean>,
    ): Promise<{
      data: {
        blocks:
          | { paragraphs: { lines: { words: TesseractWord[]; bbox: TesseractSymbol["bbox"] }[] }[] }[]
          | null;
      };
    }>;
    terminate(): Promise<unknown>;
  }>;
}

/** Where a host that cannot find tesseract.js by name (a browser page) keeps its files, as URLs. */
export interface TesseractFiles {
  /** tesseract.js's `worker.min.js`. */
  workerPath: string;
  /** The folder of tesseract.js-core's `*-lstm.wasm.js` builds (the engine picks one for the CPU). */
  corePath: string;
  /** The folder of `chi_sim.traineddata.gz`. */
  langPath: string;
}

/**
 * What the engine reports while it works (tesseract.js's logger): `status` names the step
 * ("recognizing text", "loading language traineddata"…), `progress` runs from 0 to 1 within it.
 */
export interface EngineProgress {
  status: string;
  progress: number;
}

// The browser build has no Node types: the global is looked up, not named.
const isNode = () =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === "string";

/**
 * Starts tesseract.js with the simplified-Chinese model of `@tesseract.js-data/chi_sim`, read from
 * that package's folder: nothing is fetched, nothing is cached to disk. Node only: a browser page
 * loads the engine itself and calls {@link tesseractEngine} with its files' URLs.
 */
export async function startEngine(): Promise<OcrEngine> {
  if (!isNode()) throw new OcrUnavailable(false, "OCR runs in Node only");
  let tesseract: TesseractModule;
  let langPath: string;
  try {
    const mod = (await import(/* @vite-ignore */ ENGINE)) as TesseractModule & { default?: TesseractModule };
    tesseract = typeof mod.createWorker === "function" ? mod : (mod.default as TesseractModule);
    const data = (await import(/* @vite-ignore */ DATA)) as {
      langPath?: string;
      default?: { langPath: string };
    };
    langPath = (data.default?.langPath ?? data.langPath) as string;
    if (!tesseract?.createWorker || !langPath) throw new Error("unexpected module shape");
  } catch (error) {
    throw new OcrUnavailable(true, String(error));
  }
  return tesseractEngine(tesseract, { langPath });
}

/**
 * Wraps a loaded tesseract.js (`Tesseract` of its browser build, or the Node module) as an
 * {@link OcrEngine}. `files` are the URLs a browser must give, so that nothing comes from a CDN;
 * `logger` hears the engine's progress.
 */
export async function tesseractEngine(
  tesseract: TesseractModule,
  files: Partial<TesseractFiles> & { langPath: string },
  logger?: (progress: EngineProgress) => void,
): Promise<OcrEngine> {
  let worker: Awaited<ReturnType<TesseractModule["createWorker"]>>;
  try {
    // oem 1: the LSTM model the package ships; cacheMethod none: never writes chi_sim.traineddata to
    // cwd (Node) or IndexedDB (browser, where the HTTP cache keeps the file instead).
    worker = await tesseract.createWorker("chi_sim", 1, {
      ...files,
      gzip: true,
      cacheMethod: "none",
      errorHandler: () => undefined,
      ...(logger
        ? { logger: (m: EngineProgress) => logger({ status: m.status, progress: m.progress }) }
        : {}),
    });
    // Sparse text (mode 11): table cells stand apart, in no reading order a page layout would find.
    await worker.setParameters({ preserve_interword_spaces: "1" });
  } catch (error) {
    throw new OcrUnavailable(false, String(error));
  }
  return {
    async recognise(image, dpi, mode = "page") {
      // A PGM carries no resolution: without it the engine guesses the text's size from the page.
      await worker.setParameters({
        user_defined_dpi: String(dpi),
        tessedit_pageseg_mode: mode === "page" ? "11" : "6",
        tessedit_char_whitelist: mode === "figures" ? "0123456789-." : "",
      });
      const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
      const words: OcrWord[] = [];
      // Character by character: a "word" of Chinese is a guess at where words part, and its box
      // may span characters out of order; each character's box and confidence are its own.
      for (const block of data.blocks ?? [])
        for (const paragraph of block.paragraphs)
          for (const line of paragraph.lines)
            for (const w of line.words)
              for (const c of w.symbols?.length ? w.symbols : [w]) {
                const text = c.text.trim();
                if (text === "") continue;
                words.push({
                  text,
                  x0: c.bbox.x0,
                  x1: c.bbox.x1,
                  y0: line.bbox.y0,
                  y1: line.bbox.y1,
                  confidence: Math.max(0, Math.min(1, c.confidence / 100)),
                });
              }
      return words;
    },
    async close() {
      await worker.terminate().catch(() => undefined);
    },
  };
}

/**
 * A scanned page about to be read by OCR: the `index`-th (from 1) of `total` scanned pages, page
 * `page` of the PDF.
 *
 * @category Import
 */
export interface OcrPageStart {
  page: number;
  index: number;
  total: number;
}

/**
 * How scans are read where tesseract.js cannot be found by name, as in a browser page: `engine`
 * starts one (it may throw to say why not; the scan is then `import.no-text-layer`), `onPage`
 * hears each scanned page start. Not with `isolate`: a thread takes no function.
 *
 * @category Import
 */
export interface OcrSetup {
  engine?: () => Promise<OcrEngine>;
  onPage?: (page: OcrPageStart) => void;
}
