// Builds the browser app into one self-contained HTML file (script and styles inline), so it runs from
// file:// as well as from any static host. Usage: tsx scripts/build-app.ts [outDir]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const APP_SRC = join(ROOT, "app", "src");
export const APP_DIST = join(ROOT, "app", "dist");

/** Sizes of the built page in bytes, raw and gzipped. */
export interface AppBuild {
  file: string;
  bytes: number;
  gzip: number;
}

/** Bundles app/src into `outDir`/index.html and returns its sizes. */
export async function buildApp(outDir: string = APP_DIST): Promise<AppBuild> {
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
  return { file, bytes: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildApp(process.argv[2] ? resolve(process.argv[2]) : APP_DIST);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${out.file}: ${kb(out.bytes)} (${kb(out.gzip)} gzipped)`);
}
