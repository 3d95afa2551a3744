import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const seedPath = join(root, "test/fixtures/seed-2020-balikun.json");

// Each script validates the seed through the package's own name and prints what a user would check.
const esm = `import { validateReport, rules, reportSchema } from "zfxxgk";
import { readFileSync } from "node:fs";
const r = validateReport(JSON.parse(readFileSync(${JSON.stringify(seedPath)}, "utf8")));
console.log(JSON.stringify({ valid: r.valid, ids: r.findings.map((f) => f.ruleId), rules: rules.length, schema: typeof reportSchema.parse }));`;
const cjs = `const { validateReport, rules, reportSchema } = require("zfxxgk");
const r = validateReport(JSON.parse(require("node:fs").readFileSync(${JSON.stringify(seedPath)}, "utf8")));
console.log(JSON.stringify({ valid: r.valid, ids: r.findings.map((f) => f.ruleId), rules: rules.length, schema: typeof reportSchema.parse }));`;

const expected = { valid: true, ids: ["sections.required"], schema: "function" };

function run(cwd: string, args: string[]): Record<string, unknown> {
  return JSON.parse(execFileSync(process.execPath, args, { cwd, encoding: "utf8" })) as Record<
    string,
    unknown
  >;
}

// Each test starts node or npm: a busy or slow machine must still pass (vitest's default is 5 s).
const PROCESS_TIMEOUT = 300_000;

describe("the built entry points, by the package's own name", { timeout: PROCESS_TIMEOUT }, () => {
  it("import works (ESM)", () => {
    expect(run(root, ["--input-type=module", "-e", esm])).toMatchObject(expected);
  });
  it("require works (CJS)", () => {
    expect(run(root, ["-e", cjs])).toMatchObject(expected);
  });
});

describe("the packed tarball", { timeout: PROCESS_TIMEOUT }, () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zfxxgk-pack-"));
    execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: root, stdio: "ignore" });
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
    if (!tarball) throw new Error("npm pack wrote no tarball");
    const modules = join(dir, "node_modules");
    mkdirSync(join(modules, "zfxxgk"), { recursive: true });
    execFileSync("tar", ["-xzf", join(dir, tarball), "-C", join(modules, "zfxxgk"), "--strip-components=1"]);
    // Dependencies come from this checkout: the test must not need the network.
    for (const dep of ["zod", "decimal.js", "parse5"])
      symlinkSync(join(root, "node_modules", dep), join(modules, dep), "dir");
  }, PROCESS_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ships only dist/ and schemas/ besides package.json, README, CHANGELOG and LICENSE", () => {
    const files = readdirSync(join(dir, "node_modules/zfxxgk"));
    expect(files.sort()).toEqual(expect.arrayContaining(["dist", "package.json"]));
    expect(
      files.filter(
        (f) => !["dist", "schemas", "package.json", "README.md", "CHANGELOG.md", "LICENSE"].includes(f),
      ),
    ).toEqual([]);
  });
  it("import works from a consumer", () => {
    expect(run(dir, ["--input-type=module", "-e", esm])).toMatchObject(expected);
  });
  it("require works from a consumer", () => {
    expect(run(dir, ["-e", cjs])).toMatchObject(expected);
  });
});
