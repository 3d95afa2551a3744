import { defineConfig } from "tsup";

const library = { index: "src/index.ts", pdf: "src/pdf.ts", docx: "src/docx.ts" };

// No sourcemaps: the code is not minified, so a stack trace already points at readable lines, and
// the maps were 3.3 MB of a 5.3 MB dist/.
export default defineConfig([
  {
    // ESM: the library entries and the zfxxgk command in one build, so the command imports the
    // library's chunks instead of carrying a second copy. The command's own code stays in dist/cli.js
    // (an entry is never moved into a chunk), which the worker pool starts again as a thread.
    entry: { ...library, cli: "src/cli/bin.ts" },
    format: ["esm"],
    splitting: true,
    clean: true,
    target: "node20",
  },
  {
    entry: library,
    format: ["cjs"],
    clean: false,
    target: "node20",
    outExtension: () => ({ js: ".cjs" }),
  },
  {
    // The declarations once for both formats: one TypeScript program writes .d.ts and .d.cts
    // (a dts option per format above type-checked the whole program twice).
    entry: library,
    format: ["esm", "cjs"],
    dts: { only: true },
    clean: false,
    target: "node20",
  },
]);
