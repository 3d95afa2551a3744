import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importDocx } from "../../src/import/docx/import-docx.js";
import { importPdf } from "../../src/import/pdf/import-pdf.js";
import { fixture } from "../load-fixture.js";
import { docxToPdf, sofficeRequired } from "../support/soffice.js";
import { run } from "./helpers.js";

// full-2021 as published, but with 予以公开 · 自然人 956 typed as 965: both equations of the column break.
function withTransposedDigit() {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-fix-"));
  const report = fixture("full-2021");
  expect(report.requests.outcomes.disclosed.naturalPerson).toBe(956);
  report.requests.outcomes.disclosed.naturalPerson = 965;
  const file = join(dir, "typo.json");
  writeFileSync(file, JSON.stringify(report, null, 2));
  return { dir, file };
}

describe("zfxxgk fix", () => {
  it("lists the suggestion and changes nothing without --accept-suggestions", async () => {
    const { file } = withTransposedDigit();
    const { code, stdout, stderr } = await run(["fix", file]);
    expect(code).toBe(1);
    expect(stderr).toContain("（一）予以公开 · 自然人 报 965，应为 956");
    expect(stderr).toContain("--accept-suggestions");
    expect(JSON.parse(stdout).requests.outcomes.disclosed.naturalPerson).toBe(965);
  });

  it("writes the corrected report as JSON, clean by every rule", async () => {
    const { file } = withTransposedDigit();
    const { code, stdout, stderr } = await run(["fix", file, "--accept-suggestions"]);
    expect(stderr).toContain("已采用");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(fixture("full-2021"))));
  });

  it("--to docx writes the office's template with the right number, and LibreOffice's PDF reads back the same", async () => {
    const { dir, file } = withTransposedDigit();
    const out = join(dir, "fixed.docx");
    const { code } = await run(["fix", file, "--accept-suggestions", "--to", "docx", "--out", out]);
    expect(code).toBe(0);
    const docx = new Uint8Array(readFileSync(out));
    const read = await importDocx(docx);
    expect(read.report?.requests?.outcomes.disclosed.naturalPerson).toBe(956);
    if (!sofficeRequired) return;
    const pdf = docxToPdf({ fixed: docx }).fixed as Uint8Array;
    const back = await importPdf(pdf);
    expect(back.report?.requests).toEqual(read.report?.requests);
    expect(back.report?.appeals).toEqual(read.report?.appeals);
    expect(back.report?.proactive).toEqual(read.report?.proactive);
  });

  it("never takes one correction among several: an ambiguous area is listed, not written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-fix-"));
    const report = fixture("full-2021");
    // 行政复议 总计 31 over parts summing to 30: the total or any one of its four parts may hold the slip.
    report.appeals.review.total = 31;
    writeFileSync(join(dir, "r.json"), JSON.stringify(report));
    const { code, stdout, stderr } = await run(["fix", join(dir, "r.json"), "--accept-suggestions"]);
    expect(stderr).toContain("[建议]");
    expect(stderr).not.toContain("[已采用]");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).appeals.review).toEqual(report.appeals.review);
  });
});

describe("zfxxgk convert --to docx", () => {
  it("writes <name>.docx beside the current folder when no --out is given, and it reads back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-convert-"));
    const source = join(dir, "in.json");
    writeFileSync(source, JSON.stringify(fixture("balikun-2019")));
    const { code, stderr } = await run(["convert", source, "--to", "docx"], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain(join(dir, "in.docx"));
    const read = await importDocx(new Uint8Array(readFileSync(join(dir, "in.docx"))));
    expect(read.report?.appeals).toEqual(fixture("balikun-2019").appeals);
    expect(read.report?.edition).toBe("2019");
  });
});
