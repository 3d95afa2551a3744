import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src/", import.meta.url));

/** Every module the file imports, transitively, by resolved path or bare name. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith("/")) return;
    // Comments (a JSDoc @example that reads a file in Node) are not imports.
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      if (!spec) continue;
      visit(spec.startsWith(".") ? resolve(dirname(file), spec.replace(/\.js$/, ".ts")) : spec);
    }
  };
  visit(entry);
  return seen;
}

describe("package entries", () => {
  it("the root entry reaches no Node built-in, so it runs in a browser", () => {
    const modules = [...reachable(`${src}index.ts`)];
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(modules.filter((m) => builtins.has(m) || m.startsWith("node:"))).toEqual([]);
    expect(modules.some((m) => m.includes("/cli/"))).toBe(false);
  });

  it("the CLI entry is where the Node-only code lives", () => {
    const modules = [...reachable(`${src}cli/bin.ts`)];
    expect(modules).toContain("node:worker_threads");
    expect(modules).toContain(`${src}validate/validate.ts`);
  });
});
