import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, PROCESS_TIMEOUT, zfxxgk } from "./helpers.js";

// Two custom rules: one that names every organ, one that never returns on an organ with 循环 in it.
const CONFIG = `const meta = { severity: "warning", editions: ["2019", "2021"], needsPrevious: false,
  basis: { zh: "本地要求", en: "local" }, uses: ["meta"] };
export default { customRules: [
  { ...meta, id: "local.organ", title: { zh: "机关", en: "Organ" },
    messages: { named: { zh: "机关：{organ}", en: "Organ: {organ}" } },
    check({ report, emit }) { emit({ messageId: "named", path: ["organ"], cells: [["organ"]], data: { organ: report.organ } }); } },
  { ...meta, id: "local.forever", title: { zh: "死循环", en: "Forever" },
    messages: { never: { zh: "不会出现", en: "never" } },
    check({ report }) { if (report.organ.includes("循环")) for (;;) {} } },
] };`;

interface Result {
  file: string;
  status: string;
  error?: { code: string; message: string };
  findings: { ruleId: string; message: string }[];
}

describe("zfxxgk validate --rule-timeout", { timeout: PROCESS_TIMEOUT }, () => {
  it("fails the report whose custom rule never returns, names the rule, and checks the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-rule-timeout-"));
    writeFileSync(join(dir, "zfxxgk.config.mjs"), CONFIG);
    copyFileSync(new URL("balikun-2021.json", FIXTURES), join(dir, "a.json"));
    const looping = JSON.parse(readFileSync(new URL("balikun-2021.json", FIXTURES), "utf8")) as object;
    writeFileSync(join(dir, "b.json"), JSON.stringify({ ...looping, organ: "循环县人民政府" }));
    copyFileSync(new URL("balikun-2021.json", FIXTURES), join(dir, "c.json"));
    // 10 s: far above what checking one report costs on a slow machine, thread start included.
    const args = ["validate", "a.json", "b.json", "c.json", "--config", "zfxxgk.config.mjs"];
    const { code, stdout, stderr } = zfxxgk(
      [...args, "--rule-timeout", "10", "--format", "json", "--locale", "en"],
      undefined,
      dir,
    );
    expect(stderr).toBe("");
    const out = JSON.parse(stdout) as { files: Result[]; summary: { files: number; failed: number } };
    const [a, b, c] = out.files;
    expect(b).toMatchObject({
      file: "b.json",
      status: "failed",
      error: { code: "E_RULE_TIMEOUT", message: expect.stringContaining("local.forever") },
    });
    for (const good of [a, c]) {
      expect(good?.status).toBe("checked");
      expect(good?.findings.find((f) => f.ruleId === "local.organ")?.message).toBe("Organ: 巴里坤县人民政府");
    }
    expect(out.summary).toMatchObject({ files: 3, failed: 1 });
    expect(code).toBe(2);
  });

  it("refuses a time that is not a number of seconds", () => {
    const { code, stderr } = zfxxgk(["validate", "x.json", "--rule-timeout", "soon", "--locale", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--rule-timeout takes seconds");
  });
});
