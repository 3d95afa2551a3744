import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", pdf: "src/pdf.ts", docx: "src/docx.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
    outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  },
  {
    // The zfxxgk command (Node only): one self-contained ESM file, because the worker pool starts this
    // same file again as a thread.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "node20",
    splitting: false,
  },
]);
