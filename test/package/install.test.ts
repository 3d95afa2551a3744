import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedTarball } from "../support/pack.js";

const root = resolve(import.meta.dirname, "../..");

// The README states these; the test holds the package to them.
const MAX_MEGABYTES = 20;
const MAX_PACKAGES = 15;
const TYPESCRIPTS = {
  newest: join(root, "node_modules/typescript/bin/tsc"),
  oldest: join(root, "node_modules/typescript-oldest/node_modules/typescript/bin/tsc"),
};

// npm, then one TypeScript program per consumer: a busy or slow machine must still pass.
const PROCESS_TIMEOUT = 600_000;

/** Every installed package: node_modules/<name> and node_modules/@scope/<name>, at any depth. */
function packages(modules: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith("@")) {
        for (const scoped of readdirSync(path, { withFileTypes: true }))
          if (scoped.isDirectory())
            found.push(...own(join(path, scoped.name), `${entry.name}/${scoped.name}`));
      } else found.push(...own(path, entry.name));
    }
  };
  const own = (path: string, name: string): string[] => {
    const nested = join(path, "node_modules");
    const inner: string[] = [];
    try {
      if (statSync(nested).isDirectory()) {
        const before = found.length;
        visit(nested);
        inner.push(...found.splice(before));
      }
    } catch {}
    return [name, ...inner];
  };
  visit(modules);
  return found;
}

/** Bytes of the files under a folder, as a registry or a tarball counts them (not disk blocks). */
function bytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

function npmInstall(cwd: string, specs: string[]): void {
  const base = ["install", ...specs, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"];
  try {
    // From the local cache alone, as after `npm ci`…
    execFileSync("npm", [...base, "--offline"], { cwd, stdio: "pipe" });
  } catch {
    // …which may lack the package documents npm resolves ranges with: then the registry fills the gap.
    execFileSync("npm", [...base, "--prefer-offline"], { cwd, stdio: "pipe" });
  }
}

// A consumer's code that touches the typed paths (with their Decimal leaves), the validator and each entry.
const CONSUMER = `import { getAt, validateReport, type FieldPath, type ReportOf } from "zfxxgk";
import { importPdf } from "zfxxgk/pdf";
import { importDocx, renderDocx } from "zfxxgk/docx";

export const path: FieldPath<"2021"> = ["requests", "outcomes", "total", "naturalPerson"];
export function received(report: ReportOf<"2021">): unknown {
  return getAt(report, ["requests", "received", "naturalPerson"]);
}
export function valid(input: unknown): boolean {
  return validateReport(input).valid;
}
export const readers = [importPdf, importDocx, renderDocx] as const;
`;

const CONSUMERS: Record<string, { type: "module" | "commonjs"; compilerOptions: Record<string, unknown> }> = {
  "nodenext-esm": { type: "module", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" } },
  "nodenext-cjs": { type: "commonjs", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" } },
  node16: { type: "module", compilerOptions: { module: "node16", moduleResolution: "node16" } },
  bundler: { type: "module", compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
};

describe("npm install zfxxgk zod, from the packed tarball", { timeout: PROCESS_TIMEOUT }, () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zfxxgk-install-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    const zod = JSON.parse(readFileSync(join(root, "node_modules/zod/package.json"), "utf8")).version;
    npmInstall(dir, [packedTarball(), `zod@${zod}`]);
    for (const [name, { type, compilerOptions }] of Object.entries(CONSUMERS)) {
      const project = join(dir, name);
      mkdirSync(project);
      writeFileSync(join(project, "package.json"), JSON.stringify({ type }));
      writeFileSync(join(project, "index.ts"), CONSUMER);
      const options = {
        ...compilerOptions,
        target: "es2022",
        strict: true,
        skipLibCheck: false,
        noEmit: true,
      };
      writeFileSync(
        join(project, "tsconfig.json"),
        JSON.stringify({ compilerOptions: options, files: ["index.ts"] }),
      );
    }
  }, PROCESS_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`weighs at most ${MAX_MEGABYTES} MB in at most ${MAX_PACKAGES} packages, zod included`, () => {
    const modules = join(dir, "node_modules");
    const installed = packages(modules);
    expect(installed).toEqual(expect.arrayContaining(["zfxxgk", "zod", "decimal.js"]));
    expect(installed.length, installed.join(", ")).toBeLessThanOrEqual(MAX_PACKAGES);
    expect(bytes(modules) / 1e6).toBeLessThanOrEqual(MAX_MEGABYTES);
  });

  it("brings no @types package, which TypeScript would load into every consumer's program", () => {
    expect(packages(join(dir, "node_modules")).filter((p) => p.startsWith("@types/"))).toEqual([]);
  });

  // Eight independent TypeScript programs, started together so that spare cores overlap them.
  describe.each(Object.entries(TYPESCRIPTS))("with the %s TypeScript the README claims", (_, tsc) => {
    it.concurrent.for(Object.keys(CONSUMERS))(
      "a strict %s project type-checks the declarations too",
      async (name, { expect }) => {
        const output = await new Promise<string>((done) => {
          execFile(process.execPath, [tsc, "-p", join(dir, name)], { encoding: "utf8" }, (error, stdout) =>
            done(error ? stdout || String(error) : ""),
          );
        });
        expect(output).toBe("");
      },
    );
  });
});
