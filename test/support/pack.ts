import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const store = join(root, "test/artifacts/pack");

// What goes into the tarball besides dist/ (built by the global setup before any test runs).
const INPUTS = ["package.json", "README.md", "CHANGELOG.md", "LICENSE", "dist/index.js", "dist/cli.js"];

/**
 * The package as `npm pack` makes it, packed once for all the test files that need it: reused while
 * it is newer than what goes in. Written under another name and renamed, so two test files packing
 * at once never read half a tarball.
 */
export function packedTarball(): string {
  mkdirSync(store, { recursive: true });
  const current = readdirSync(store).find((f) => f.endsWith(".tgz"));
  if (current) {
    const path = join(store, current);
    const made = statSync(path).mtimeMs;
    const inputs = INPUTS.map((f) => join(root, f)).filter(existsSync);
    if (inputs.every((f) => statSync(f).mtimeMs <= made)) return path;
  }
  const work = mkdtempSync(join(store, "packing-"));
  try {
    execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: root, stdio: "ignore" });
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
    if (!tarball) throw new Error("npm pack wrote no tarball");
    renameSync(join(work, tarball), join(store, tarball));
    return join(store, tarball);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
