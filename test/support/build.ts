import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// Tests of the published entry points need dist/: build it when it is missing or older than src/.
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const built = "dist/index.js";
  if (existsSync(built) && statSync(built).mtimeMs >= newest("src")) return;
  execFileSync("npx", ["tsup", "--silent"], { stdio: "inherit" });
}
