import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedTarball } from "../support/pack.js";

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
    const modules = join(dir, "node_modules");
    mkdirSync(join(modules, "zfxxgk"), { recursive: true });
    execFileSync("tar", ["-xzf", packedTarball(), "-C", join(modules, "zfxxgk"), "--strip-components=1"]);
    // Dependencies come from this checkout: the test must not need the network.
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      // A scoped peer (@tesseract.js-data/chi_sim) needs its scope's folder first.
      mkdirSync(dirname(join(modules, dep)), { recursive: true });
      symlinkSync(join(root, "node_modules", dep), join(modules, dep), "dir");
    }
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
  it("exports the JSON Schemas to require and to import", () => {
    const cjsSchema = `const s = require("zfxxgk/schemas/findings.schema.json");
const l = require("zfxxgk/schemas/findings-line.schema.json");
console.log(JSON.stringify({ title: s.title ?? null, type: s.type, line: l.type }));`;
    const esmSchema = `import s from "zfxxgk/schemas/findings.schema.json" with { type: "json" };
console.log(JSON.stringify({ title: s.title ?? null, type: s.type }));`;
    const required = run(dir, ["-e", cjsSchema]);
    expect(required).toMatchObject({ type: "object", line: "object" });
    expect(run(dir, ["--input-type=module", "-e", esmSchema])).toEqual({
      title: required.title,
      type: "object",
    });
  });
  it("runs the command, worker threads included, from the tarball", () => {
    const cli = join(dir, "node_modules/zfxxgk/dist/cli.js");
    const out = spawnSync(
      process.execPath,
      [cli, "validate", join(root, "test/fixtures"), "--jobs", "2", "--format", "json"],
      { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(out.stderr).toBe("");
    // One real report (洪泽区 2023) has errors of its own as published: its JSON, read whole, exits 1
    // (its PDF and text are listed with the same errors but, read incompletely, would exit 2 alone).
    expect(out.status).toBe(1);
    const output = JSON.parse(out.stdout) as {
      files: { file: string; status: string; documentStatus: string; summary: { error: number } }[];
      summary: { files: number; failed: number };
    };
    const withErrors = output.files.filter((f) => f.summary.error > 0).map((f) => f.file.replace(/\\/g, "/"));
    // Every form of that report (its pdftotext without -layout too), and no other file.
    expect(withErrors.filter((f) => !/real\/[\w-]*12-hongze-district-2023\.(json|pdf|txt)$/.test(f))).toEqual(
      [],
    );
    expect(withErrors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/real\/12-hongze-district-2023\.json$/),
        expect.stringMatching(/real\/12-hongze-district-2023\.pdf$/),
        expect.stringMatching(/real\/12-hongze-district-2023\.txt$/),
      ]),
    );
    expect(output.summary.files).toBeGreaterThan(10);
    // The files the command cannot read on purpose: a password-protected PDF and a scan; and the image
    // decoding fixtures, scans that need the OCR engine, which a consumer without it has not got.
    const failed = output.files
      .filter((f) => f.documentStatus === "unreadable")
      .map((f) => f.file.replace(/\\/g, "/"))
      .filter((f) => !/fixtures\/images\//.test(f));
    expect(failed).toEqual([
      expect.stringMatching(/pdf\/encrypted\.pdf$/),
      expect.stringMatching(/pdf\/scan-2021-hami\.pdf$/),
    ]);
  });
  it("ships the command without a second copy of the library", () => {
    const dist = join(dir, "node_modules/zfxxgk/dist");
    const cli = readFileSync(join(dist, "cli.js"), "utf8");
    const index = readFileSync(join(dist, "index.js"), "utf8");
    const chunks = (text: string) => [...text.matchAll(/from "\.\/(chunk-[\w-]+\.js)"/g)].map((m) => m[1]);
    // The command and the library import the same chunk, and the library's data lives only there.
    expect(chunks(cli).filter((c) => chunks(index).includes(c))).not.toEqual([]);
    expect(cli).not.toContain('"requests.outcome-total"');
    expect(readFileSync(join(dist, chunks(index)[0] ?? ""), "utf8")).toContain('"requests.outcome-total"');
  });
  it("names its repository, home page and issue tracker; the README links absolutely", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "node_modules/zfxxgk/package.json"), "utf8"));
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\/.+\/issues$/);
    const readme = readFileSync(join(dir, "node_modules/zfxxgk/README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? "");
    expect(links.length).toBeGreaterThan(0);
    // On the registry's page a relative link leads nowhere: every link is absolute.
    expect(links.filter((l) => !/^https:\/\//.test(l))).toEqual([]);
  });
});
