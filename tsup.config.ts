import { defineConfig } from "tsup";

const library = { index: "src/index.ts", pdf: "src/pdf.ts", docx: "src/docx.ts" };

export default defineConfig([
  {
    // ESM: the library entries and the zfxxgk command in one build, so the command imports the
    // library's chunks instead of carrying a second copy. The command's own code stays in dist/cli.js
    // (an entry is never moved into a chunk), which the worker pool starts again as a thread.
    entry: { ...library, cli: "src/cli/bin.ts" },
    format: ["esm"],
    splitting: true,
    dts: { entry: library },
    clean: true,
    sourcemap: true,
    target: "node20",
  },
  {
    entry: library,
    format: ["cjs"],
    dts: { entry: library },
    clean: false,
    sourcemap: true,
    target: "node20",
    outExtension: () => ({ js: ".cjs" }),
  },
]);
