import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importDocument } from "../../src/import/import-document.js";
import { encryptedPdf, pdfWithPages } from "../support/pdf-writer.js";

// Many government PDFs are encrypted only to restrict copying or printing: they open without a
// password, in every viewer and in pdf.js. Only a PDF that needs a password is refused.
describe("encryption is told by the trailer, not by the bytes", () => {
  it("reads a PDF that restricts printing and copying (owner password only)", async () => {
    const result = await importDocument(await encryptedPdf("Annual report"), { locale: "en" });
    expect(result.format).toBe("pdf");
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.no-tables"]);
  });

  it.each([
    ["written here", async () => encryptedPdf("Annual report", "secret")],
    [
      "the fixture (password “secret”)",
      async () => new Uint8Array(readFileSync(new URL("../fixtures/pdf/encrypted.pdf", import.meta.url))),
    ],
  ])("refuses a PDF that needs a password to open, and says so: %s", async (_, bytes) => {
    const result = await importDocument(await bytes(), { locale: "zh-CN" });
    expect(result.format).toBe("encrypted-pdf");
    expect(result.findings.map((f) => [f.ruleId, f.data.format])).toEqual([
      ["import.unsupported-format", "encrypted-pdf"],
    ]);
    expect(result.findings[0]?.message).toContain("加密的 PDF 文件");
    expect(result.findings[0]?.message).toContain("去掉密码保护");
  });

  it("reads an unencrypted PDF whose text says /Encrypt", async () => {
    const stream = "BT /F 12 Tf 72 700 Td (/Encrypt 5 0 R) Tj ET";
    const result = await importDocument(pdfWithPages([{ content: 5 }], [{ body: "", stream }]), {
      locale: "en",
    });
    expect(result.format).toBe("pdf");
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.no-tables"]);
  });
});
