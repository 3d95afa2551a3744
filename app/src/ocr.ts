import {
  type EngineProgress,
  type OcrEngine,
  type OcrMode,
  type OcrPageStart,
  type OcrSetup,
  type OcrWord,
  type TesseractModule,
  tesseractEngine,
} from "../../src/import/pdf/ocr/engine.js";
import type { AppMessage } from "./messages.js";

/** The folder the build writes beside index.html (scripts/app-ocr-assets.ts), and its list of files. */
const BASE = "ocr/";
const MANIFEST = "files.json";

/** Why a scan could not be read here: a message id and its data, rendered by the page. */
export interface OcrTrouble {
  id: Extract<AppMessage, `ocr${string}`>;
  data: Record<string, string>;
}

/** What the page shows while a scan is read. */
export interface OcrListener {
  page(start: OcrPageStart): void;
  /** `fraction` of the current page (0 to 1); `loading` while the engine and model load. */
  progress(fraction: number, loading: boolean): void;
}

// Words recognised per page image: reading the same scan again (another language, an organ typed in)
// takes no second OCR. A few documents' pages at most.
const memo = new Map<string, OcrWord[]>();
const MEMO_PAGES = 64;

function key(image: Uint8Array, dpi: number, mode: OcrMode): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < image.length; i++) hash = Math.imul(hash ^ (image[i] as number), 0x01000193);
  return `${image.length}:${hash >>> 0}:${dpi}:${mode}`;
}

let script: Promise<TesseractModule> | undefined;
// The folder was found whole once: a scan read again asks the server nothing.
let complete = false;

/** tesseract.js's browser build, added as a script from the OCR folder once. */
function loadTesseract(): Promise<TesseractModule> {
  script ??= new Promise<TesseractModule>((resolve, reject) => {
    const tag = document.createElement("script");
    tag.src = `${BASE}tesseract.min.js`;
    tag.onload = () => {
      const found = (window as unknown as { Tesseract?: TesseractModule }).Tesseract;
      if (found?.createWorker) resolve(found);
      else reject(new Error("tesseract.min.js did not define Tesseract"));
    };
    tag.onerror = () => reject(new Error(`${BASE}tesseract.min.js did not load`));
    document.head.append(tag);
  }).catch((error: unknown) => {
    script = undefined;
    throw error;
  });
  return script;
}

/** Files of the OCR folder the server does not have: all of it when its list is missing. */
async function missingFiles(): Promise<string[] | "all"> {
  const list = await fetch(BASE + MANIFEST, { cache: "no-cache" }).catch(() => undefined);
  if (!list?.ok) return "all";
  const { files } = (await list.json()) as { files: string[] };
  const found = await Promise.all(
    files.map((f) =>
      fetch(BASE + f, { method: "HEAD" })
        // A host that refuses HEAD (405) may still serve the file: only "not found" is missing.
        .then((r) => r.ok || (r.status !== 404 && r.status !== 410))
        .catch(() => false),
    ),
  );
  return files.filter((_, i) => !found[i]);
}

const absolute = (path: string) => new URL(BASE + path, location.href).href;

// wasm-feature-detect's SIMD probe: a function that uses one 128-bit operation.
const SIMD_PROBE = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98,
  11,
];

/**
 * The core build Node 20's reader uses: SIMD (every current browser has it), not the relaxed-SIMD
 * build tesseract.js would pick in Chrome, so that the app and the command read a scan alike
 * (relaxed SIMD may round differently) and the build ships two cores, not three.
 */
const coreFile = () =>
  WebAssembly.validate(new Uint8Array(SIMD_PROBE))
    ? "core/tesseract-core-simd-lstm.wasm.js"
    : "core/tesseract-core-lstm.wasm.js";

/**
 * The OCR setup the app hands the PDF reader: a scan met starts tesseract.js from the OCR folder
 * beside the page (never a CDN), or records why it cannot (`trouble()`), which the page then says.
 */
export function browserOcr(listener: OcrListener): { setup: OcrSetup; trouble(): OcrTrouble | undefined } {
  let trouble: OcrTrouble | undefined;
  const fail = (id: OcrTrouble["id"], data: Record<string, string> = {}): never => {
    trouble = { id, data };
    throw new Error(id);
  };
  const engine = async (): Promise<OcrEngine> => {
    // A page opened from disk has the origin "null": the engine's worker cannot load its files.
    if (location.protocol === "file:") fail("ocrFileUrl");
    if (!complete) {
      const missing = await missingFiles();
      if (missing === "all") fail("ocrFolderMissing", { folder: BASE });
      else if (missing.length > 0) fail("ocrFilesMissing", { folder: BASE, files: missing.join("、") });
      complete = true;
    }
    let tesseract: TesseractModule;
    try {
      tesseract = await loadTesseract();
    } catch (error) {
      fail("ocrFailed", { detail: String(error) });
      throw error;
    }
    let inner: Promise<OcrEngine> | undefined;
    let mode: OcrMode = "page";
    const logger = ({ status, progress }: EngineProgress) => {
      if (status !== "recognizing text") listener.progress(progress, true);
      // A page is read once whole and then, for doubtful cells, again as columns of crops.
      else listener.progress(mode !== "page" ? 0.9 + 0.1 * progress : 0.9 * progress, false);
    };
    return {
      async recognise(image, dpi, asked: OcrMode = "page") {
        const k = key(image, dpi, asked);
        const known = memo.get(k);
        if (known) return known;
        mode = asked;
        inner ??= tesseractEngine(
          tesseract,
          {
            workerPath: absolute("worker.min.js"),
            corePath: absolute(coreFile()),
            langPath: absolute("lang"),
          },
          logger,
        ).catch((error: unknown) => fail("ocrFailed", { detail: (error as Error).message }));
        const words = await (await inner).recognise(image, dpi, asked);
        if (memo.size >= MEMO_PAGES) memo.delete(memo.keys().next().value as string);
        memo.set(k, words);
        return words;
      },
      async close() {
        if (inner) await (await inner.catch(() => undefined))?.close();
      },
    };
  };
  return {
    setup: { engine, onPage: (start) => listener.page(start) },
    trouble: () => trouble,
  };
}
