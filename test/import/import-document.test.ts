import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { importDocument } from "../../src/import/import-document.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";
import { fixture } from "../load-fixture.js";
import { fillTemplate } from "../support/fill-template.js";

const importPdf = vi.hoisted(() => vi.fn());
vi.mock("../../src/import/pdf/import-pdf.js", () => ({ importPdf }));

const file = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const encoded = (report: unknown) => report && z.encode(reportSchema, report as AnnualReport);
const ascii = (text: string) => strToU8(text);

describe("importDocument: the readable formats, told from the bytes", () => {
  it("Word: the filled template", async () => {
    const result = await importDocument(fillTemplate(fixture("official-2021-hami")));
    expect(result.format).toBe("docx");
    expect(result.report?.organ).toBe("哈密市人民政府");
    expect(result.sources["requests.received.total"]?.where).toMatch(/^table 2, row 4, column 10$/);
  });

  it("PDF: handed to importPdf (loaded only then) with the options", async () => {
    const fake = { findings: [], unmapped: [], sources: {}, edition: "2021" };
    importPdf.mockResolvedValueOnce(fake);
    const bytes = ascii("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF");
    const result = await importDocument(bytes, { filename: "a.pdf", organ: "哈密市人民政府" });
    expect(result).toEqual({ ...fake, format: "pdf" });
    expect(importPdf).toHaveBeenCalledWith(bytes, { filename: "a.pdf", organ: "哈密市人民政府" });
  });

  it("PDF: a reader that fails is a finding, not a rejection", async () => {
    importPdf.mockRejectedValueOnce(new Error("Invalid PDF structure"));
    const result = await importDocument(ascii("%PDF-1.4\n"), { locale: "en" });
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ["import.unreadable-file", "Could not read the PDF: Invalid PDF structure"],
    ]);
  });

  it("HTML, text and JSON bytes in UTF-8 and GBK", async () => {
    const html = await importDocument(file("official-2021-hami.html"));
    expect(html).toMatchObject({ format: "html", encoding: "utf-8" });
    expect(encoded(html.report)).toEqual(fixture("official-2021-hami"));
    const text = await importDocument(file("seed-2020-balikun.txt"));
    expect(text.format).toBe("text");
    expect(encoded(text.report)).toEqual(fixture("seed-2020-balikun"));
    const gbk = await importDocument(file("cli/seed-2020-balikun.gbk.json"));
    expect(gbk).toMatchObject({ format: "json", encoding: "gbk" });
    expect(encoded(gbk.report)).toEqual(fixture("seed-2020-balikun"));
    expect(gbk.json).toEqual(fixture("seed-2020-balikun"));
  });

  it("a string is read as text of any kind", async () => {
    const result = await importDocument(
      readFileSync(new URL("../fixtures/official-2019-yizhou.html", import.meta.url), "utf8"),
    );
    expect(result.format).toBe("html");
    expect(encoded(result.report)).toEqual(fixture("official-2019-yizhou"));
  });

  it("JSON that is not a report keeps the parsed value and says what is wrong; broken JSON says where", async () => {
    const partial = await importDocument('{"edition":"2021","organ":"甲"}', { locale: "en" });
    expect(partial.report).toBeUndefined();
    expect(partial.json).toEqual({ edition: "2021", organ: "甲" });
    expect(partial.findings.map((f) => f.ruleId)).toContain("import.schema");
    const broken = await importDocument('{\n  "edition": "2021",\n  organ\n}', { locale: "en" });
    expect(broken.findings[0]?.message).toBe(
      "not valid JSON near line 3, column 3: expected a name in double quotes",
    );
  });

  it("empty and undecodable bytes are findings", async () => {
    expect((await importDocument(ascii(" \n"))).findings.map((f) => f.ruleId)).toEqual(["import.empty-file"]);
    const bad = await importDocument(new Uint8Array([0x7b, 0x22, 0x80, 0xff, 0xff, 0x22, 0x7d]));
    expect(bad.findings.map((f) => f.ruleId)).toEqual(["import.unreadable-file"]);
    expect(bad.findings[0]?.message).toContain("无法识别文件编码");
  });

  it("the file name is the last source of organ and year", async () => {
    const result = await importDocument(file("2021-template.docx"), {
      filename: "/tmp/2023年哈密市生态环境局政府信息公开工作年度报告.docx",
    });
    expect(result.report).toMatchObject({ organ: "哈密市生态环境局", year: 2023 });
    expect(result.findings.filter((f) => f.ruleId === "import.meta-from-filename")).toHaveLength(2);
  });
});

describe("importDocument: formats it cannot read are named, with what to do", () => {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const cases: [string, Uint8Array, string | undefined, string, string][] = [
    [
      "xlsx",
      zipSync({ "[Content_Types].xml": ascii("<Types/>"), "xl/workbook.xml": ascii("<workbook/>") }),
      "a.xlsx",
      "Excel 表格（.xlsx）",
      "另存为 PDF 或 Word",
    ],
    ["pptx", zipSync({ "ppt/presentation.xml": ascii("<p/>") }), undefined, "PowerPoint", "另存为"],
    [
      "odt",
      zipSync({ mimetype: ascii("application/vnd.oasis.opendocument.text") }, { level: 0 }),
      undefined,
      "OpenDocument 文本",
      "另存为",
    ],
    ["zip", zipSync({ "a.txt": ascii("x") }), "reports.zip", "ZIP 压缩包", "解压"],
    [
      "doc",
      new Uint8Array([...ole, 0, 0, 0]),
      "a.doc",
      "旧版 Word 文件（.doc）",
      "另存为 PDF 或 Word（.docx）后再试",
    ],
    ["xls", new Uint8Array([...ole, 0, 0, 0]), "a.xls", "旧版 Excel", "另存为"],
    [
      "encrypted-office",
      new Uint8Array([...ole, ...Array.from("EncryptedPackage", (c) => [c.charCodeAt(0), 0]).flat()]),
      "a.docx",
      "加密的 Office 文件",
      "去掉密码保护",
    ],
    // A PDF is refused as encrypted by pdf.js, from its trailer: test/import/encryption.test.ts.
    ["rtf", ascii("{\\rtf1\\ansi 年度报告}"), undefined, "RTF 文档", "另存为"],
    ["gif", ascii("GIF89a\0\0"), undefined, "GIF 图片", "原始"],
    ["webp", ascii("RIFF\0\0\0\0WEBPVP8 "), undefined, "WebP 图片", "原始"],
    ["binary", new Uint8Array([1, 2, 0, 4, 5]), undefined, "未知格式的二进制文件", "另存为"],
  ];
  it.each(cases)("%s", async (format, bytes, filename, name, advice) => {
    const result = await importDocument(bytes, filename ? { filename } : {});
    expect(result.format).toBe(format);
    expect(result.report).toBeUndefined();
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.data.format])).toEqual([
      ["import.unsupported-format", "error", format],
    ]);
    expect(result.findings[0]?.message).toContain(name);
    expect(result.findings[0]?.message).toContain(advice);
  });

  // Read as scans (test/import/image.test.ts): a cut-off image is a damaged file, named as an image.
  it.each([
    [
      "png",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      "PNG 图片：PNG 缺少文件头（IHDR）",
    ],
    ["jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "JPEG 图片：找不到 JPEG 图像帧"],
    ["tiff", ascii("II*\0\x08\0\0\0"), "TIFF 图片：文件在中途截断"],
  ])("a cut-off %s image is unreadable, never an exception", async (format, bytes, message) => {
    const result = await importDocument(bytes);
    expect(result.format).toBe(format);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.unreadable-file"]);
    expect(result.findings[0]?.message).toContain(message);
  });

  it("a .docx whose bytes are a legacy .doc is named for what it is", async () => {
    const result = await importDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), {
      filename: "report.docx",
      locale: "en",
    });
    expect(result.findings[0]?.message).toBe(
      "Cannot read a legacy Word file (.doc): save it as PDF or Word (.docx) and try again",
    );
  });
});
