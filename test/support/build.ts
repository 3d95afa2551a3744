import { execFileSync } from "node:child_process";

// Tests of the published entry points need dist/: the same check as `npm run demo` builds it when it
// is missing or older than its sources.
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/ensure-built.mjs"], { stdio: "inherit" });
}
