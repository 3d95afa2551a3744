import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mixedFolder, run, seed } from "./helpers.js";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-config-"));
  const broken = seed();
  broken.requests.received.naturalPerson = 130; // 129 in the published table
  writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
  return dir;
}

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    files: {
      valid: boolean;
      summary: Record<string, number>;
      findings: { id: string; ruleId: string; severity: string; waived?: { reason: string } }[];
    }[];
  };

describe("zfxxgk validate --config / --rule", () => {
  it("reads levels from a config file; --rule flags win", async () => {
    const dir = folder();
    writeFileSync(join(dir, "zfxxgk.config.json"), JSON.stringify({ rules: { "requests.": "warning" } }));
    const configured = await run(
      ["validate", "broken.json", "--config", "zfxxgk.config.json", "--format", "json"],
      { cwd: dir },
    );
    expect(configured.code).toBe(0);
    expect(
      json(configured.stdout)
        .files[0]?.findings.filter((f) => f.ruleId.startsWith("requests."))
        .map((f) => f.severity),
    ).toEqual(["warning", "warning"]);
    const flagged = await run(
      [
        "validate",
        "broken.json",
        "--config",
        "zfxxgk.config.json",
        "--rule",
        "requests.row-total=error",
        "--rule",
        "sections.required=off",
        "--format",
        "json",
      ],
      { cwd: dir },
    );
    expect(flagged.code).toBe(1);
    const findings = json(flagged.stdout).files[0]?.findings ?? [];
    expect(findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual([
      "requests.balance:warning",
      "requests.row-total:error",
    ]);
  });

  it("stops with exit 2 on an unknown id, naming the closest", async () => {
    const dir = folder();
    const { code, stderr } = await run(
      ["validate", "broken.json", "--rule", "requests.balanse=off", "--locale", "en"],
      { cwd: dir },
    );
    expect(code).toBe(2);
    expect(stderr).toContain("requests.balanse");
    expect(stderr).toContain("did you mean requests.balance");
  });

  it.each([
    [["--rule", "__proto__=off"], "No rule “__proto__”"],
    [["--rule", "constructor=off"], "No rule “constructor”"],
    [["--config", "typo.json"], "No option “rule” in the configuration; did you mean rules"],
  ])("%j stops the run, never passes silently", async (flags, message) => {
    const dir = folder();
    writeFileSync(join(dir, "typo.json"), JSON.stringify({ rule: { "sections.required": "off" } }));
    const { code, stderr } = await run(["validate", "broken.json", ...flags, "--locale", "en"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("runs custom rules from a JavaScript config, and `zfxxgk rules --config` lists them", async () => {
    const dir = folder();
    const rule = `export default { customRules: [{
      id: "local.organ-named", title: { zh: "机关全称", en: "Organ named in full" }, severity: "warning",
      editions: ["2019", "2021"], needsPrevious: false, basis: { zh: "本地要求", en: "local" }, uses: ["meta"],
      messages: { short: { zh: "机关名称过短：{organ}", en: "Organ name too short: {organ}" } },
      check({ report, emit }) { emit({ messageId: "short", path: ["organ"], cells: [["organ"]], data: { organ: report.organ } }); },
    }] };`;
    writeFileSync(join(dir, "zfxxgk.config.mjs"), rule);
    const out = await run(
      ["validate", "broken.json", "--config", "zfxxgk.config.mjs", "--format", "json", "--locale", "en"],
      { cwd: dir },
    );
    const custom = json(out.stdout).files[0]?.findings.find((f) => f.ruleId === "local.organ-named");
    expect(custom).toMatchObject({ severity: "warning", message: "Organ name too short: 巴里坤县人民政府" });
    const listed = await run(["rules", "--config", "zfxxgk.config.mjs", "--locale", "en"], { cwd: dir });
    expect(listed.stdout).toMatch(/local\.organ-named\s+.*Organ named in full/);
  }, 120_000);
});

describe("zfxxgk validate --write-baseline / --baseline", () => {
  it("writes every finding of a folder, then waives them all: exit 0, still listed", async () => {
    const dir = mixedFolder();
    const known = join(mkdtempSync(join(tmpdir(), "zfxxgk-baseline-")), "known.json");
    const before = await run(["validate", dir, "--write-baseline", known, "--jobs", "1"]);
    expect(before.code).toBe(1);
    const baseline = JSON.parse(readFileSync(known, "utf8"));
    expect(baseline).toMatchObject({ zfxxgk: "baseline", version: 1 });
    expect(baseline.waivers.length).toBeGreaterThan(40);
    for (const w of baseline.waivers) expect(w.id).toMatch(/^[0-9a-f]{12}(-\d+)?$/);
    const after = await run(["validate", dir, "--baseline", known, "--format", "json", "--jobs", "1"]);
    expect(after.stderr).toBe("");
    const result = json(after.stdout);
    const checked = result.files.filter((f) => f.summary.waived !== undefined && f.findings.length);
    expect(checked.every((f) => f.findings.every((x) => x.waived?.reason.startsWith("baseline")))).toBe(true);
    expect(result.files.filter((f) => f.valid === false)).toHaveLength(0);
    // The unreadable file still fails the run (exit 2): a baseline waives findings, not failures.
    expect(after.code).toBe(2);
  }, 120_000);
});
