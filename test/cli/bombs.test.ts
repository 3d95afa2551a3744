import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { everyBomb } from "../support/bombs.js";
import { FIXTURES, PROCESS_TIMEOUT, zfxxgk } from "./helpers.js";

interface Result {
  file: string;
  status: string;
  error?: { code: string; message: string };
  valid: boolean | null;
  findings: { ruleId: string }[];
}

// One file never ends a batch: each attack of issue 18 is that file's failure, the rest are checked.
describe("zfxxgk validate over a folder of every attack and three good reports", {
  timeout: PROCESS_TIMEOUT,
}, () => {
  it("gives the good reports' results, one failure per attack, and the summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-bombs-"));
    for (const bomb of everyBomb()) writeFileSync(join(dir, bomb.name), bomb.bytes);
    const good = ["pdf/soffice-2022-balikun.pdf", "libreoffice-2020-balikun.docx", "balikun-2021.json"];
    for (const name of good) copyFileSync(new URL(name, FIXTURES), join(dir, name.replace(/.*\//, "")));
    // The main thread's heap is held to 256 MB: what a hostile file costs falls on its reading thread.
    const args = ["validate", dir, "--format", "json", "--read-timeout", "10", "--locale", "en"];
    const { code, stdout } = zfxxgk(args, undefined, undefined, ["--max-old-space-size=256"]);
    const out = JSON.parse(stdout) as {
      files: Result[];
      summary: { files: number; failed: number; notReports: string[] };
    };
    const byName = new Map(out.files.map((f) => [f.file.replace(/.*[\\/]/, ""), f]));
    for (const name of good)
      expect(byName.get(name.replace(/.*\//, ""))).toMatchObject({ status: "checked", valid: true });
    for (const bomb of everyBomb()) {
      const result = byName.get(bomb.name);
      // A row's gap of 999,999,999 columns is capped as a span is: the table is read, no report in it.
      if (bomb.name === "grid-before.docx")
        expect(result).toMatchObject({ documentStatus: "not-a-report", error: { code: "E_NOT_REPORT" } });
      else expect(result, bomb.name).toMatchObject({ status: "failed", error: { code: "E_TOO_COMPLEX" } });
    }
    // The file that holds no report is listed apart and left out of the counts.
    expect(out.summary).toMatchObject({
      files: 9,
      failed: 6,
      notReports: [expect.stringContaining("grid-before.docx")],
    });
    expect(code).not.toBe(0);
  });
});
