import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built `zfxxgk` command (package.json `bin`), or why there is none to measure. */
export function cliBin(): { path: string } | { missing: string } {
  const pkgUrl = new URL("../package.json", import.meta.url);
  const pkg = JSON.parse(readFileSync(pkgUrl, "utf8")) as { bin?: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.zfxxgk;
  if (!bin) return { missing: "package.json has no `zfxxgk` bin (the CLI, issue 5)" };
  const path = fileURLToPath(new URL(`../${bin}`, import.meta.url));
  if (!existsSync(path)) return { missing: `${bin} is not built (run \`npm run build\` first)` };
  return { path };
}
