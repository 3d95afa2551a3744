import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mixedFolder, PROCESS_TIMEOUT, run, seed, zfxxgk } from "./helpers.js";

describe("zfxxgk with worker threads", { timeout: PROCESS_TIMEOUT }, () => {
  it("checks a folder on two threads with the same output, in the same order, as on one", async () => {
    const dir = mixedFolder();
    for (let i = 0; i < 40; i++) {
      const report = seed();
      report.requests.received.total = 150 + i; // a different error in each
      writeFileSync(join(dir, `g-${String(i).padStart(2, "0")}.json`), JSON.stringify(report));
    }
    const threads = zfxxgk(["validate", dir, "--jobs", "2", "--format", "json"]);
    const single = await run(["validate", dir, "--jobs", "1", "--format", "json"]);
    expect(threads.stderr).toBe("");
    expect(threads.code).toBe(1);
    expect(threads.stdout).toBe(single.stdout);
    expect(JSON.parse(threads.stdout).summary).toMatchObject({
      files: 48,
      invalid: 41,
      incomplete: 2,
      failed: 1,
      notReports: [join(dir, "notes.docx")],
    });
  });

  it("streams NDJSON from stdin across threads, one result per line, in input order", () => {
    const good = JSON.stringify(seed());
    const bad = seed();
    bad.appeals.review.total = 9;
    const lines = Array.from({ length: 600 }, (_, i) => (i % 100 === 99 ? JSON.stringify(bad) : good));
    const { code, stdout, stderr } = zfxxgk(["validate", "--ndjson", "--jobs", "2"], `${lines.join("\n")}\n`);
    expect(code).toBe(1);
    const out = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((r) => r.line)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    expect(out.filter((r) => !r.valid).map((r) => r.line)).toEqual([100, 200, 300, 400, 500, 600]);
    expect(stderr).toContain("共 600 份报告：通过 594，有错误 6，读取不完整 0，无法读取 0");
  });

  it("never prints a stack trace, and exits with the status it promises", () => {
    const dir = mixedFolder();
    const corrupt = zfxxgk(["validate", join(dir, "c-corrupt.json")]);
    expect(corrupt.code).toBe(2);
    expect(`${corrupt.stdout}${corrupt.stderr}`).not.toMatch(/\n\s+at /);
    expect(zfxxgk(["diff", "a.json", "b.json"])).toMatchObject({
      code: 2,
      stderr: "zfxxgk：无法读取 a.json\n",
    });
  });
});

describe("default job count", () => {
  it("uses no workers on two cores or fewer, where they were measured slower", async () => {
    const { defaultJobs } = await import("../../src/cli/commands/validate.js");
    expect([1, 2, 3, 4, 8].map((cores) => defaultJobs(cores))).toEqual([1, 1, 2, 3, 7]);
  });
});
