import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { FileResult, ValidateOutput } from "../../src/cli/output-schema.js";
import { FIXTURES, PROCESS_TIMEOUT, run } from "./helpers.js";

// Every document under test/fixtures (real/ included, whatever others add there), in one run of each
// command: validate, review and region must agree on each document's status and keep the reading's
// problems apart from the report's.
const ROOT = fileURLToPath(FIXTURES).replace(/\/$/, "");

// The true report of a document: its JSON twin (same name, .json) or, for texts cut from another
// fixture, the report they were cut from.
const TWINS: Record<string, string> = {
  "half-read-2021-hami.txt": "official-2021-hami.json",
  "pdftotext-2021-hami.txt": "official-2021-hami.json",
  "pdftotext-2019-yizhou.txt": "official-2019-yizhou.json",
};

function twinOf(file: string): string | undefined {
  if (file.endsWith(".json")) return undefined;
  const named = TWINS[basename(file)];
  const candidates = [
    ...(named ? [join(dirname(file), named)] : []),
    join(dirname(file), `${basename(file).replace(/\.[^.]+$/, "")}.json`),
  ];
  return candidates.find((c) => existsSync(c));
}

const errorsOf = (r: FileResult) =>
  r.findings
    .filter((f) => f.origin === "report" && f.severity === "error" && !f.waived)
    .map((f) => `${f.ruleId} ${f.path.join(".")}`);

let output: ValidateOutput;
let code: number;
const byFile = new Map<string, FileResult>();

beforeAll(async () => {
  const result = await run(["validate", ROOT, "--format", "json"]);
  code = result.code;
  output = JSON.parse(result.stdout);
  for (const f of output.files) byFile.set(f.file, f);
}, PROCESS_TIMEOUT);

describe("every real and fixture document", { timeout: PROCESS_TIMEOUT }, () => {
  it("gets one status each, and the counts agree with it", () => {
    expect(output.files.length).toBeGreaterThan(30);
    for (const r of output.files) {
      const { error, reading } = r.summary;
      const weight = reading.error + reading.warning;
      const expected =
        r.status === "failed"
          ? ["unreadable", "not-a-report"]
          : weight > 0
            ? ["incomplete"]
            : error > 0
              ? ["invalid"]
              : ["valid"];
      expect(expected, r.file).toContain(r.documentStatus);
      // Reading problems are the reading's, never counted among the report's errors.
      for (const f of r.findings)
        if (f.ruleId.startsWith("import.")) expect(f.origin, r.file).toBe("reading");
      const ofReport = r.findings.filter((f) => f.origin === "report" && !f.waived);
      expect(ofReport.filter((f) => f.severity === "error").length, r.file).toBe(error);
    }
    const s = output.summary;
    const counted = output.files.filter((r) => r.documentStatus !== "not-a-report");
    expect(s.files).toBe(counted.length);
    expect(s.valid + s.invalid + s.incomplete + s.failed).toBe(s.files);
    expect(s.notReports).toEqual(
      output.files.filter((r) => r.documentStatus === "not-a-report").map((r) => r.file),
    );
    expect(code).toBe(s.invalid > 0 ? 1 : s.failed + s.incomplete > 0 ? 2 : 0);
  });

  it("never accuses a report of more than its true report has", () => {
    let compared = 0;
    for (const r of output.files) {
      const twin = twinOf(r.file);
      const truth = twin ? byFile.get(twin) : undefined;
      if (!truth || r.status === "failed") continue;
      compared += 1;
      const allowed = new Set(errorsOf(truth));
      for (const e of errorsOf(r)) expect(allowed, `${r.file}: ${e}`).toContain(e);
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });

  it("a scan without a text layer is unreadable (exit 2), not a report with errors", async () => {
    const scan = output.files.find((r) => r.file.endsWith("scan-2021-hami.pdf"));
    expect(scan).toMatchObject({ status: "failed", documentStatus: "unreadable" });
    const alone = await run(["validate", join(ROOT, "pdf", "scan-2021-hami.pdf")]);
    expect(alone.code).toBe(2);
    expect(alone.stdout).toContain("没有文字层");
  });

  it("review draws every document validate could read, with the same status", async () => {
    const out = mkdtempSync(join(tmpdir(), "zfxxgk-every-"));
    await run(["review", ROOT, "--out", out]);
    const index = readFileSync(join(out, "index.html"), "utf8");
    const PAGE_STATUS: Record<string, string[]> = {
      valid: ["clean", "warnings"],
      invalid: ["errors"],
      incomplete: ["incomplete"],
    };
    let drawn = 0;
    for (const r of output.files) {
      const allowed = PAGE_STATUS[r.documentStatus];
      if (!allowed) continue;
      const row = index.match(
        new RegExp(
          `<tr data-status="([a-z]+)"[^>]*data-file="${r.file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`,
        ),
      );
      expect(row, r.file).not.toBeNull();
      expect(allowed, r.file).toContain(row?.[1]);
      drawn += 1;
    }
    expect(drawn).toBeGreaterThan(25);
  });

  it("region counts the same statuses", async () => {
    const result = await run(["region", ROOT, "--format", "json"]);
    const records = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .filter((r) => r.kind === "report" && r.status === "checked");
    expect(records.length).toBeGreaterThan(25);
    for (const record of records) {
      const r = byFile.get(record.file);
      if (!r) continue;
      expect(record.documentStatus, record.file).toBe(r.documentStatus);
      expect(record.summary.error, record.file).toBe(r.summary.error);
      for (const f of record.findings)
        if (f.ruleId.startsWith("import.")) expect(f.origin, record.file).toBe("reading");
    }
  });
});
