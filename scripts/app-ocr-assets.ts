// Copies what the browser app needs to read scans into `<outDir>/ocr/`: tesseract.js's browser build
// and worker, the LSTM builds of its core, the chi_sim model. The page loads them only when a scan
// comes, from its own origin, so nothing is fetched from a CDN.
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The folder beside index.html, and the list the app checks before it starts the engine. */
export const OCR_DIR = "ocr";
export const OCR_MANIFEST = "files.json";

/**
 * The LSTM core builds the app picks from (app/src/ocr.ts): SIMD, or plain without it. Not the
 * relaxed-SIMD build tesseract.js would pick in Chrome, which Node 20's reader does not use.
 */
const CORES = ["tesseract-core-simd-lstm.wasm.js", "tesseract-core-lstm.wasm.js"];

/** What was copied: file names (relative to the ocr folder) and their total bytes. */
export interface OcrAssets {
  dir: string;
  files: string[];
  bytes: number;
}

/** Why the OCR folder could not be written: a package is not installed. */
export class OcrAssetsMissing extends Error {}

function packageDir(require: ReturnType<typeof createRequire>, name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new OcrAssetsMissing(
      `${name} is not installed (npm install tesseract.js @tesseract.js-data/chi_sim)`,
    );
  }
}

/** Writes `<outDir>/ocr/` afresh; throws {@link OcrAssetsMissing} when the engine is not installed. */
export function copyOcrAssets(outDir: string): OcrAssets {
  const here = createRequire(import.meta.url);
  const tesseract = packageDir(here, "tesseract.js");
  // The core as tesseract.js itself resolves it (it may be nested under tesseract.js).
  const core = packageDir(createRequire(join(tesseract, "package.json")), "tesseract.js-core");
  const data = packageDir(here, "@tesseract.js-data/chi_sim");
  // The same model the Node reader uses (the full one, not 4.0.0_best_int), so both read alike.
  const copies: [string, string][] = [
    [join(tesseract, "dist", "tesseract.min.js"), "tesseract.min.js"],
    [join(tesseract, "dist", "worker.min.js"), "worker.min.js"],
    [join(tesseract, "LICENSE.md"), "LICENSE-tesseract.js.md"],
    ...CORES.map((name): [string, string] => [join(core, name), `core/${name}`]),
    [join(core, "LICENSE"), "core/LICENSE"],
    [join(data, "4.0.0", "chi_sim.traineddata.gz"), "lang/chi_sim.traineddata.gz"],
  ];
  const dir = join(outDir, OCR_DIR);
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (const [from, to] of copies) {
    if (!existsSync(from)) throw new OcrAssetsMissing(`${from} is missing`);
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(from, join(dir, to));
    bytes += statSync(from).size;
  }
  const files = copies.map(([, to]) => to);
  writeFileSync(join(dir, OCR_MANIFEST), `${JSON.stringify({ files }, null, 1)}\n`);
  return { dir, files, bytes };
}
