// Writes the generated docs (rules, fields) and the findings JSON Schemas; `--check` fails when the
// committed copies differ from what the code generates.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedFiles } from "./docs/generate.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const check = process.argv.includes("--check");
const stale: string[] = [];
for (const [path, content] of generatedFiles((message) => console.warn(message))) {
  const file = `${root}${path}`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (current === content) continue;
  if (check) stale.push(path);
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${path}`);
  }
}
if (stale.length) {
  console.error(`Stale generated files (run \`npm run docs:gen\`): ${stale.join(", ")}`);
  process.exit(1);
}
if (check) console.log("generated docs are up to date");
