import * as nodeFs from "node:fs";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectFiles, type WalkFs } from "../../src/cli/files.js";
import { PROCESS_TIMEOUT, run, SEED, zfxxgk } from "../cli/helpers.js";
import { full2021 } from "./helpers.js";

const seedText = readFileSync(SEED, "utf8");

function folder(): string {
  return mkdtempSync(join(tmpdir(), "zfxxgk-hostile-"));
}

/** node:fs, except that listing a folder whose name ends with one of `denied` fails as EACCES does. */
function denying(...denied: string[]): WalkFs {
  return {
    readdirSync(path, options) {
      if (denied.some((d) => path.endsWith(d))) {
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: "EACCES" });
      }
      return nodeFs.readdirSync(path, options);
    },
    statSync: (path) => nodeFs.statSync(path),
    realpathSync: (path) => nodeFs.realpathSync(path),
  };
}

const results = (stdout: string) =>
  (JSON.parse(stdout).files as { file: string; status: string; error?: { message: string } }[]).map((f) => [
    f.file,
    f.status,
    f.error?.message ?? "",
  ]);

describe("the CLI goes on past what it cannot read, one line each, exit 2 at the end", () => {
  it("a folder it may not list (EACCES on scandir) is one failed line; the other files are checked", async () => {
    const dir = folder();
    writeFileSync(join(dir, "a.json"), seedText);
    mkdirSync(join(dir, "b-locked"));
    writeFileSync(join(dir, "b-locked", "hidden.json"), seedText);
    writeFileSync(join(dir, "c.json"), seedText);
    const { code, stdout } = await run(["validate", dir, "--format", "json", "--locale", "en"], {
      fs: denying("b-locked"),
    });
    expect(results(stdout)).toEqual([
      [join(dir, "a.json"), "checked", ""],
      [join(dir, "b-locked"), "failed", "cannot read folder: permission denied"],
      [join(dir, "c.json"), "checked", ""],
    ]);
    expect(JSON.parse(stdout).summary).toMatchObject({ files: 3, valid: 2, failed: 1 });
    expect(code).toBe(2);
  });

  it("a folder named on the command line that it may not list is one failed line", async () => {
    const dir = folder();
    const { code, stdout } = await run(["validate", dir, "--format", "json", "--locale", "en"], {
      fs: denying(dir),
    });
    expect(results(stdout)).toEqual([[dir, "failed", "cannot read folder: permission denied"]]);
    expect(code).toBe(2);
  });

  it("a symbolic link to a report is checked, a link loop and a dangling link are reported", async () => {
    const dir = folder();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "a.json"), seedText);
    symlinkSync(join(dir, "sub", "a.json"), join(dir, "link.json"));
    symlinkSync("..", join(dir, "sub", "up"));
    symlinkSync(join(dir, "nowhere.json"), join(dir, "dangling.json"));
    const { code, stdout } = await run(["validate", dir, "--format", "json", "--locale", "en"]);
    const real = nodeFs.realpathSync(dir);
    expect(results(stdout)).toEqual([
      [join(dir, "dangling.json"), "failed", "cannot read link: does not exist (a broken link?)"],
      [join(dir, "link.json"), "checked", ""],
      [join(dir, "sub", "a.json"), "checked", ""],
      [join(dir, "sub", "up"), "failed", `symbolic link loop: points back to ${real}`],
    ]);
    expect(code).toBe(2);
  });

  it("a second link to a folder walks it once and says so", () => {
    const dir = folder();
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "b", "r.json"), seedText);
    symlinkSync(join(dir, "b"), join(dir, "a"));
    symlinkSync(join(dir, "b"), join(dir, "c"));
    const files = collectFiles([dir], "/");
    const again = `folder ${nodeFs.realpathSync(join(dir, "b"))} already checked (reached again through a link); not checked twice`;
    expect(files.map((f) => [f.name, f.unreadable?.en ?? ""])).toEqual([
      [join(dir, "a", "r.json"), ""],
      [join(dir, "b"), again],
      [join(dir, "c"), again],
    ]);
  });

  it("a 180 KB report with thousands of wrong figures is checked with bounded output, and so are the others", async () => {
    const dir = folder();
    const hostile = full2021();
    hostile.sections.overview = `依申请公开${"收到申请1件".repeat(11_000)}`;
    writeFileSync(join(dir, "a-hostile.json"), JSON.stringify(hostile));
    writeFileSync(join(dir, "b.json"), seedText);
    expect(nodeFs.statSync(join(dir, "a-hostile.json")).size).toBeGreaterThan(177 * 1024);
    for (const format of ["json", "text", "markdown"]) {
      const { code, stdout } = await run(["validate", dir, "--format", format]);
      expect(code).toBe(0); // the narrative rule warns; nothing is an error
      expect(stdout.length).toBeLessThan(200_000);
      expect(stdout).toContain("另有 10,980 条同类问题未列出");
      expect(stdout).toContain("b.json");
    }
  });
});

describe("--ndjson goes on past unreadable files and bad lines", { timeout: PROCESS_TIMEOUT }, () => {
  // /proc/self/mem is a file that even root cannot read from its start (EIO): the real thing, not a mock.
  it.runIf(process.platform === "linux")(
    "an unreadable file is one failed line, the next file is read, exit 2",
    () => {
      const dir = folder();
      const good = JSON.stringify(JSON.parse(seedText));
      writeFileSync(join(dir, "ok.ndjson"), `${good}\n{"not json\n${good}\n`);
      const { code, stdout } = zfxxgk(
        ["validate", "--ndjson", "/proc/self/mem", "ok.ndjson", "--locale", "en"],
        undefined,
        dir,
      );
      const lines = stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.file, l.line ?? null, l.status, l.error?.code ?? null])).toEqual([
        ["/proc/self/mem", null, "failed", "E_READ"],
        ["ok.ndjson", 1, "checked", null],
        ["ok.ndjson", 2, "failed", "E_PARSE"],
        ["ok.ndjson", 3, "checked", null],
      ]);
      expect(lines[0].error.message).toBe("cannot read file: input/output error");
      expect(code).toBe(2);
    },
  );

  it("a folder given to --ndjson is one failed line, and the run goes on", async () => {
    const dir = folder();
    const good = JSON.stringify(JSON.parse(seedText));
    writeFileSync(join(dir, "ok.ndjson"), `${good}\n`);
    const { code, stdout } = await run([
      "validate",
      "--ndjson",
      dir,
      join(dir, "ok.ndjson"),
      "--locale",
      "en",
    ]);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.status, l.error?.message ?? null])).toEqual([
      ["failed", "cannot read: is a folder"],
      ["checked", null],
    ]);
    expect(code).toBe(2);
  });
});
