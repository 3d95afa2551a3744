// Builds the browser app into one self-contained HTML file (script and styles inline), so it runs from
// file:// as well as from any static host; the OCR engine and model go into ocr/ beside it, loaded
// only when a scan comes (served over http). Usage: tsx scripts/build-app.ts [outDir]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { copyOcrAssets, type OcrAssets, OcrAssetsMissing } from "./app-ocr-assets.js";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const APP_SRC = join(ROOT, "app", "src");
export const APP_DIST = join(ROOT, "app", "dist");

/** Sizes of the built page in bytes, raw and gzipped. */
export interface AppBuild {
  file: string;
  bytes: number;
  gzip: number;
  /** The OCR folder, or why it was not written (the app then says so when a scan comes). */
  ocr: OcrAssets | { missing: string };
}

/** Bundles app/src into `outDir`/index.html and returns its sizes. */
export async function buildApp(outDir: string = APP_DIST): Promise<AppBuild> {
  let ocr: AppBuild["ocr"];
  try {
    ocr = copyOcrAssets(outDir);
  } catch (error) {
    if (!(error instanceof OcrAssetsMissing)) throw error;
    ocr = { missing: error.message };
  }
  const bundle = await build({
    entryPoints: [join(APP_SRC, "main.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const js = (bundle.outputFiles[0]?.text ?? "").replace(/<\/(script)/gi, "<\\/$1");
  const css = readFileSync(join(APP_SRC, "app.css"), "utf8").replace(/\s*\n\s*/g, "");
  const html = readFileSync(join(APP_SRC, "index.html"), "utf8")
    .replace("/*APP_CSS*/", () => css)
    .replace("/*APP_JS*/", () => js);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, "index.html");
  writeFileSync(file, html);
  return { file, bytes: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length, ocr };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildApp(process.argv[2] ? resolve(process.argv[2]) : APP_DIST);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${out.file}: ${kb(out.bytes)} (${kb(out.gzip)} gzipped)`);
  if ("missing" in out.ocr) console.warn(`no OCR folder: ${out.ocr.missing}; the app will not read scans`);
  else {
    // What a host sends when it compresses (the model is gzipped already, the core's wasm is base64).
    const { dir, files, bytes } = out.ocr;
    const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0);
    console.log(`${dir}/: ${files.length} files, ${kb(bytes)} (${kb(gzip)} gzipped)`);
  }
}
