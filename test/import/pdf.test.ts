import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ImportOptions, ImportResult } from "../../src/import/import.js";
import { importPdf } from "../../src/import/pdf/import-pdf.js";
import { type PdfPage, pdfDocument, unifyRadicals } from "../../src/import/pdf/pdf-layout.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";

const pdf = (name: string) => readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url));
const expected = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"));
const encoded = (result: ImportResult) =>
  result.report ? z.encode(reportSchema, result.report as AnnualReport) : undefined;

/** Every leaf of tables 二, 三 and 四 that differs, as "path: got … want …". */
function tableDiffs(got: unknown, want: unknown, path: string, out: string[] = []): string[] {
  if (want !== null && typeof want === "object") {
    const g = (got ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(want as Record<string, unknown>))
      tableDiffs(g[key], value, `${path}.${key}`, out);
  } else if (got !== want) out.push(`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  return out;
}

function leaves(value: unknown, path: string, out: string[] = []): string[] {
  if (value !== null && typeof value === "object")
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) leaves(v, `${path}.${key}`, out);
  else if (value !== null) out.push(path);
  return out;
}

const TABLES = ["proactive", "requests", "appeals"] as const;
const WHERE = /^page \d+, x \d+, y \d+$/;

// How each fixture was made: scripts/fixtures/make-pdfs.ts (Chromium print-to-pdf, LibreOffice).
const FIXTURES: {
  pdf: string;
  json: string;
  edition: "2019" | "2021";
  pages: number;
  options?: ImportOptions;
  noPeriod?: boolean;
}[] = [
  { pdf: "chromium-2021-hami.pdf", json: "official-2021-hami", edition: "2021", pages: 5 },
  { pdf: "chromium-2021-department.pdf", json: "sample-2021-department", edition: "2021", pages: 7 },
  { pdf: "chromium-2019-balikun.pdf", json: "balikun-2019", edition: "2019", pages: 7 },
  { pdf: "chromium-2019-yizhou.pdf", json: "official-2019-yizhou", edition: "2019", pages: 5 },
  { pdf: "soffice-2022-balikun.pdf", json: "balikun-2022", edition: "2021", pages: 6 },
  // LibreOffice drops the Word-export page's title (its first page comes out blank): the organ is given.
  {
    pdf: "soffice-2019-yizhou.pdf",
    json: "official-2019-yizhou",
    edition: "2019",
    pages: 5,
    options: { organ: "伊州区教育局", year: 2020 },
  },
  // The office's Word template filled from the JSON and converted by LibreOffice (made on the docx
  // branch, scripts/fixtures/word-fixtures.ts); the template states no 统计期限 line.
  { pdf: "word-full-2021.pdf", json: "full-2021", edition: "2021", pages: 6, noPeriod: true },
  {
    pdf: "word-official-2021-hami.pdf",
    json: "official-2021-hami",
    edition: "2021",
    pages: 4,
    noPeriod: true,
  },
  {
    pdf: "word-sample-2021-department.pdf",
    json: "sample-2021-department",
    edition: "2021",
    pages: 4,
    noPeriod: true,
  },
];

describe("importPdf: PDFs made the ways offices make them", () => {
  for (const f of FIXTURES) {
    it(`${f.pdf}: every cell of tables 二, 三 and 四, with its page and position`, async () => {
      const result = await importPdf(pdf(f.pdf), f.options);
      const want = expected(f.json);
      const got = encoded(result);
      expect(result.edition).toBe(f.edition);
      const diffs = TABLES.flatMap((t) => tableDiffs(got?.[t], want[t], t));
      expect(diffs, diffs.join("\n")).toEqual([]);
      expect(got?.organ).toBe(want.organ);
      expect(got?.year).toBe(want.year);
      if (!f.noPeriod) expect(got?.period).toEqual(want.period);
      const cells = TABLES.flatMap((t) => leaves(want[t], t));
      const unsourced = cells.filter((p) => !WHERE.test(result.sources[p]?.where ?? ""));
      expect(unsourced, unsourced.join("\n")).toEqual([]);
      const pages = cells.map((p) => Number(/^page (\d+)/.exec(result.sources[p]?.where ?? "")?.[1]));
      expect(Math.max(...pages)).toBeLessThanOrEqual(f.pages);
      // The tables run over more than one page.
      expect(new Set(pages).size).toBeGreaterThan(1);
      expect(result.findings.filter((x) => x.severity === "error")).toEqual([]);
    }, 120_000);
  }

  it("names the page and the position of a cell, y from the top of the page", async () => {
    const result = await importPdf(pdf("chromium-2021-hami.pdf"));
    expect(result.sources["requests.outcomes.total.total"]).toEqual({
      raw: "365",
      where: "page 4, x 504, y 540",
    });
    expect(result.sources["appeals.review.upheld"]?.where).toMatch(/^page 5, /);
    // The title and the narrative are read from the text around the tables.
    expect(result.report?.publishedOn).toBe("2023-01-30");
    expect(result.report?.sections?.problems).toContain("存在的问题");
  }, 120_000);

  it("keeps page numbers as chrome in unmapped, with where they stood", async () => {
    const result = await importPdf(pdf("chromium-2021-hami.pdf"));
    expect(result.unmapped).toEqual(
      [1, 2, 3, 4, 5].map((n) => ({ text: `- ${n} -`, where: `page ${n}, x 289, y 801` })),
    );
  }, 120_000);

  it("reads an ArrayBuffer and leaves the caller's bytes as they were", async () => {
    const bytes = new Uint8Array(pdf("chromium-2019-yizhou.pdf"));
    const copy = bytes.slice();
    const result = await importPdf(bytes.buffer);
    expect(result.report?.organ).toBe("伊州区教育局");
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  }, 120_000);
});

describe("importPdf: what it cannot read is a finding, never a rejection", () => {
  it("a scan without a text layer: import.no-text-layer", async () => {
    const result = await importPdf(pdf("scan-2021-hami.pdf"), { locale: "en" });
    expect(result.report).toBeUndefined();
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.no-text-layer"]);
    expect(result.findings[0]?.message).toMatch(/no text layer/);
  }, 120_000);

  it("a PDF locked with a password: import.unreadable-pdf saying so", async () => {
    const result = await importPdf(pdf("encrypted.pdf"), { locale: "en" });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["import.unreadable-pdf"]);
    expect(result.findings[0]?.message).toBe("The PDF cannot be read: it is encrypted and needs a password");
  }, 120_000);

  it.each([
    ["garbage", new TextEncoder().encode("政府信息公开工作年度报告, not a PDF")],
    ["empty", new Uint8Array(0)],
    ["truncated", pdf("chromium-2021-hami.pdf").subarray(0, 20_000)],
    ["a PDF header and nothing else", new TextEncoder().encode("%PDF-1.7\n%%EOF\n")],
  ])(
    "%s bytes: import.unreadable-pdf",
    async (_name, bytes) => {
      const result = await importPdf(bytes);
      expect(result.report).toBeUndefined();
      expect(result.findings.map((f) => f.ruleId)).toEqual(["import.unreadable-pdf"]);
      expect(result.findings[0]?.message).toBe("无法读取该 PDF：文件已损坏或不是 PDF");
    },
    120_000,
  );
});

describe("the PDF page layout", () => {
  const line = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
  // A 2×2 ruled grid at x 100–300, y 100–160, with runs as Word writes them.
  const page = (texts: PdfPage["texts"]): PdfPage => ({
    number: 3,
    width: 595,
    height: 842,
    texts,
    segments: [
      line(100, 100, 300, 100),
      line(100, 130, 300, 130),
      line(100, 160, 300, 160),
      line(100, 100, 100, 160),
      line(200, 100, 200, 160),
      line(300, 100, 300, 160),
    ],
  });

  it("joins a cell's runs (spaced, wrapped, vertical) and cuts a run that crosses a column line", () => {
    const { doc, chrome } = pdfDocument([
      page([
        { text: "商 业", x: 105, y: 112, width: 30, size: 10 },
        { text: "企 业", x: 105, y: 124, width: 30, size: 10 },
        { text: "自", x: 205, y: 112, width: 10, size: 10 },
        { text: "然", x: 205, y: 124, width: 10, size: 10 },
        { text: "1,229 12", x: 180, y: 150, width: 40, size: 10 },
        { text: "第 3 页", x: 280, y: 820, width: 30, size: 9 },
      ]),
    ]);
    const table = doc.blocks[0];
    expect(table?.kind).toBe("table");
    const texts = table?.kind === "table" ? table.rows.map((r) => r.map((c) => c.text)) : [];
    expect(texts).toEqual([
      ["商 业企 业", "自然"],
      ["1,229", "12"],
    ]);
    expect(table?.kind === "table" && table.rows[0]?.[0]?.where).toBe("page 3, x 105, y 102");
    expect(chrome).toEqual([{ text: "第 3 页", where: "page 3, x 280, y 811" }]);
  });

  it("takes page numbers for chrome in the forms offices print them, a bare number only in a margin", () => {
    const run = (text: string, y: number) => ({ text, x: 280, y, width: 30, size: 9 });
    const { doc, chrome } = pdfDocument([
      {
        ...page([run("第 4 页 共 6 页", 30), run("372", 400), run("- 4 -", 500), run("4", 830)]),
        segments: [],
      },
    ]);
    expect(chrome.map((c) => c.text)).toEqual(["第 4 页 共 6 页", "- 4 -", "4"]);
    expect(doc.blocks).toEqual([{ kind: "text", text: "372", where: "page 3, x 280, y 391" }]);
  });

  it("a page of thousands of lines is a drawing: its text is read as lines, nothing is lost", () => {
    const segments = Array.from({ length: 5000 }, (_, i) => line(0, i / 10, 500, i / 10));
    const { doc } = pdfDocument([
      { ...page([{ text: "图", x: 10, y: 700, width: 10, size: 10 }]), segments },
    ]);
    expect(doc.blocks).toEqual([{ kind: "text", text: "图", where: "page 3, x 10, y 690" }]);
  });

  it("a fine grid of a thousand by a thousand lines is a drawing, not a table", () => {
    const h = Array.from({ length: 900 }, (_, i) => line(0, 100 + i / 2, 500, 100 + i / 2));
    const v = Array.from({ length: 900 }, (_, i) => line(i / 2, 100, i / 2, 550));
    const { doc } = pdfDocument([
      { ...page([{ text: "图", x: 10, y: 300, width: 10, size: 10 }]), segments: [...h, ...v] },
    ]);
    expect(doc.blocks).toEqual([{ kind: "text", text: "图", where: "page 3, x 10, y 290" }]);
  });

  it("puts back the characters some writers map to radicals", () => {
    expect(unifyRadicals("哈密市⼈⺠政府⼀")).toBe("哈密市人民政府一");
  });
});
