// The filing gate of a submission system: a Hono endpoint that takes an office's report (JSON, Word,
// PDF, page or text), answers with every finding in Chinese on its cell, with the suggested value
// where the tables point to one, and refuses to file a report with an error unless a waiver covers it.
// Run: npm run examples (after `npm run build`, "zfxxgk" resolves to this package's own build).
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { defineConfig, fieldAt, importDocument, validateReport } from "zfxxgk";

// Waivers a supervisor granted after checking the original paper (by finding id or by rule and organ).
const config = defineConfig({
  locale: "zh-CN",
  waivers: [{ rule: "sections.information-fee", organ: "巴里坤县人民政府", reason: "不收费，已说明" }],
});

const app = new Hono();

app.post("/reports", async (c) => {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const read = await importDocument(bytes, { filename: c.req.header("x-filename") ?? "", locale: "zh-CN" });
  if (!read.report) {
    return c.json(
      { filed: false, reason: "无法读取为年度报告", findings: read.findings.map((f) => f.message) },
      422,
    );
  }
  const result = validateReport(read.report, config);
  const edition = result.report?.edition;
  const findings = result.findings.map((f) => ({
    id: f.id,
    severity: f.severity,
    cell: edition ? (fieldAt(edition, f.path)?.label.zh ?? null) : null,
    path: f.path,
    message: f.message,
    waived: f.waived?.reason ?? null,
  }));
  // The cells the broken equations point to, with the value that makes every one of them hold.
  const suggestions = result.suspects.map((s) => ({
    cell: edition ? (fieldAt(edition, s.path)?.label.zh ?? null) : null,
    path: s.path,
    reported: s.reported,
    suggested: s.suggested,
    sure: !s.ambiguous,
    reason: s.reason,
  }));
  // `valid` already leaves waived findings out: an error stops the filing unless it is waived.
  return c.json({ filed: result.valid, findings, suggestions }, result.valid ? 201 : 422);
});

// Two submissions: the report as published, and the same with 129 typed as 130.
const seed = readFileSync(new URL("../test/fixtures/seed-2020-balikun.json", import.meta.url), "utf8");
const slip = JSON.parse(seed);
slip.requests.received.naturalPerson = 130;

for (const [name, body] of [
  ["as published", seed],
  ["with a slip", JSON.stringify(slip)],
] as const) {
  const response = await app.request("/reports", {
    method: "POST",
    body,
    headers: { "x-filename": "report.json" },
  });
  const answer = (await response.json()) as {
    filed: boolean;
    findings: { severity: string; cell: string | null; message: string; waived: string | null }[];
    suggestions: { cell: string | null; reported: number | null; suggested: number; sure: boolean }[];
  };
  console.log(`${name}: HTTP ${response.status}, ${answer.filed ? "已受理" : "退回修改"}`);
  for (const f of answer.findings.filter((x) => x.severity === "error" && !x.waived)) {
    console.log(`  - ${f.cell ?? ""}：${f.message}`);
  }
  for (const s of answer.suggestions) console.log(`  建议：${s.cell} 报 ${s.reported}，应为 ${s.suggested}`);
  if (name === "as published" && response.status !== 201)
    throw new Error("the published report should be filed");
  const fixed = answer.suggestions.some((s) => s.sure && s.suggested === 129);
  if (name === "with a slip" && (response.status !== 422 || !fixed))
    throw new Error("the slip should be refused with 129 suggested");
}
