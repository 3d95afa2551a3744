// Builds dist/ only when it is missing or older than what it is built from, and says which.
// Plain JavaScript, so that `npm run demo` starts without loading a TypeScript runner first.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const quiet = process.argv.includes("--quiet");
const say = (line) => {
  if (!quiet) console.error(line);
};

const INPUTS = ["src", "tsup.config.ts", "tsconfig.json", "package.json"];
const OUTPUTS = [
  "cli.js",
  "index.js",
  "index.cjs",
  "index.d.ts",
  "index.d.cts",
  "pdf.js",
  "pdf.cjs",
  "pdf.d.ts",
  "docx.js",
  "docx.cjs",
  "docx.d.ts",
];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const missing = OUTPUTS.filter((f) => !existsSync(join(root, "dist", f)));
const built = missing.length ? 0 : Math.min(...OUTPUTS.map((f) => statSync(join(root, "dist", f)).mtimeMs));
const changed = INPUTS.filter((f) => newest(join(root, f)) > built);

if (!missing.length && !changed.length) {
  say("dist/ is current: not rebuilding.");
} else {
  const why = missing.length
    ? `dist/${missing[0]} is missing`
    : `${changed.join(", ")} changed since the last build`;
  say(`Building dist/ (${why}) …`);
  const started = Date.now();
  const result = spawnSync("npx", ["tsup", "--silent"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  say(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
