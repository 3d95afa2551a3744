// Runs every program in examples/ against the built package; fails when one exits non-zero.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const examples = readdirSync(`${root}examples`)
  .filter((f) => f.endsWith(".ts"))
  .sort();
let failed = 0;
for (const example of examples) {
  console.log(`\n== examples/${example}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", `examples/${example}`], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TSX_TSCONFIG_PATH: "examples/tsconfig.json" },
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`examples/${example} exited with ${result.status}`);
  }
}
if (failed) process.exit(1);
console.log(`\n${examples.length} examples ran`);
