import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { WalkFs } from "../../src/cli/files.js";
import type { Io, Output } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

export const FIXTURES = new URL("../fixtures/", import.meta.url);
export const SEED = new URL("seed-2020-balikun.json", FIXTURES);

/** The seed report as JSON carries it (a fresh copy each call). */
// biome-ignore lint/suspicious/noExplicitAny: edits arbitrary cells of a report fixture
export function seed(): Record<string, any> {
  return JSON.parse(readFileSync(SEED, "utf8"));
}

class Capture implements Output {
  text = "";
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** Runs `zfxxgk` in-process and captures what it prints. */
export async function run(
  argv: string[],
  options: { env?: Record<string, string>; cwd?: string; stdin?: string; tty?: boolean; fs?: WalkFs } = {},
) {
  const stdout = new Capture(options.tty);
  const stderr = new Capture(options.tty);
  const io: Io = {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? ""]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.fs ? { fs: options.fs } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * A folder like a supervisor's: the seed as submitted, one with a broken cell, one cut off mid-file,
 * one saved in GBK, one with a UTF-8 BOM, the seed as published (flattened text), and in a sub-folder
 * a published 2021 page and a GB2312 excerpt of a page that holds no whole report.
 */
export function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-cli-"));
  const text = readFileSync(SEED, "utf8");
  writeFileSync(join(dir, "a-seed.json"), text);
  const broken = seed();
  broken.requests.received.naturalPerson = 130; // 129 in the published table
  writeFileSync(join(dir, "b-broken.json"), JSON.stringify(broken, null, 2));
  writeFileSync(join(dir, "c-corrupt.json"), text.slice(0, 700));
  copyFileSync(new URL("cli/seed-2020-balikun.gbk.json", FIXTURES), join(dir, "d-gbk.json"));
  writeFileSync(join(dir, "e-bom.json"), `\uFEFF${text}`);
  const sub = mkdtempSync(join(dir, "f-pages-"));
  copyFileSync(new URL("seed-2020-balikun.txt", FIXTURES), join(dir, "g-seed.txt"));
  copyFileSync(new URL("cli/balikun-excerpt.gb2312.html", FIXTURES), join(sub, "page.html"));
  copyFileSync(new URL("official-2021-hami.html", FIXTURES), join(sub, "h-hami.html"));
  writeFileSync(join(dir, "notes.docx"), "not a report file: skipped in folders");
  return dir;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A test that starts a process gets this long: node's start, and on a busy machine ten times slower
 * than a developer's, must not decide its verdict.
 */
export const PROCESS_TIMEOUT = 300_000;

/**
 * The built command (`dist/cli.js`, which test/support/build.ts rebuilds when src/ is newer) in its
 * own process: worker threads need a module to start, and a built one starts without compiling
 * TypeScript each time.
 */
export function zfxxgk(args: string[], input?: string, cwd = ROOT, nodeArgs?: string[]) {
  const result = spawnSync(process.execPath, [...(nodeArgs ?? []), join(ROOT, "dist/cli.js"), ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
