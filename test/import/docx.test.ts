import { readFileSync } from "node:fs";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { importDocx } from "../../src/import/docx/import-docx.js";
import { readDocumentXml } from "../../src/import/docx/read-docx.js";
import type { ImportResult } from "../../src/import/import.js";
import { APPLICANT_COLUMNS } from "../../src/model/applicants.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";
import { table3Rows } from "../../src/model/table3.js";
import { validateReport } from "../../src/validate/validate.js";
import { brokenImport } from "../fuzz/invariants.js";
import { fixture } from "../load-fixture.js";
import { fillTemplate, templateFigures } from "../support/fill-template.js";

const encoded = (result: ImportResult) =>
  result.report && z.encode(reportSchema, result.report as AnnualReport);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const ids = (result: ImportResult) => result.findings.map((f) => `${f.ruleId} ${f.path.join(".")}`);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string) =>
  zipSync({
    "word/document.xml": strToU8(
      `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  });

describe("importDocx: the office template filled in from fixture reports", () => {
  for (const name of ["full-2021", "official-2021-hami", "sample-2021-department"]) {
    for (const splitRuns of [false, true]) {
      it(`${name}${splitRuns ? " (figures split over runs)" : ""}: every cell of 二, 三 and 四 comes back`, async () => {
        const source = fixture(name);
        const result = await importDocx(fillTemplate(source, { splitRuns }));
        const report = encoded(result);
        expect(report).toBeDefined();
        expect(templateFigures(report)).toEqual(templateFigures(source));
        expect(report?.proactive).toEqual(source.proactive);
        expect(report?.appeals).toEqual(source.appeals);
        expect(report).toMatchObject({
          organ: source.organ,
          year: source.year,
          publishedOn: source.publishedOn,
        });
        expect(report?.sections?.overview).toBe(source.sections.overview);
        expect(result.unmapped).toEqual([]);
        expect(ids(result).filter((id) => !id.startsWith("import.organ-kind-inferred"))).toEqual([]);
      });
    }
  }

  it("sources name the Word table, row and column of each cell", async () => {
    const result = await importDocx(fillTemplate(fixture("full-2021")));
    // Table 三 of the template: row 4 is 一、本年新收, its columns 4–10 the applicant columns.
    expect(result.sources["requests.received.naturalPerson"]).toEqual({
      raw: "2042",
      where: "table 2, row 4, column 4",
    });
    expect(result.sources["requests.outcomes.withheld.stateSecret.total"]?.where).toBe(
      "table 2, row 8, column 10",
    );
    expect(result.sources["proactive.fees.amount"]).toEqual({
      raw: "15432.6718",
      where: "table 1, row 14, column 2",
    });
    expect(result.sources["appeals.litigationAfterReview.total"]?.where).toBe("table 3, row 4, column 15");
    const cells = table3Rows("2021").flatMap((row) =>
      APPLICANT_COLUMNS.map((c) => [...row.path, c].join(".")),
    );
    expect(cells.filter((path) => !result.sources[path])).toEqual([]);
  });

  it("the unfilled template: the tables are read, the missing organ and year are said", async () => {
    const result = await importDocx(bytes("2021-template.docx"));
    expect(result.edition).toBe("2021");
    expect(ids(result)).toContain("import.meta-missing organ");
    expect(ids(result)).toContain("import.meta-missing year");
  });
});

describe("importDocx: edition-2019 Word files as LibreOffice writes them", () => {
  it.each([
    ["libreoffice-2019-yizhou.docx", "official-2019-yizhou"],
    ["libreoffice-2020-balikun.docx", "seed-2020-balikun"],
  ])("%s: the whole report comes back", async (file, name) => {
    const result = await importDocx(bytes(file));
    expect(encoded(result)).toEqual(fixture(name));
    expect(result.unmapped).toEqual([]);
  });
});

describe("readDocumentXml: Word's markup", () => {
  const xml = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
  const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join("")}</w:p>`;
  const tc = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${p(`<w:t>${text}</w:t>`)}</w:tc>`;

  it("text split over runs, tabs, breaks, fields, entities; hidden, deleted and fallback text left out", () => {
    const doc = readDocumentXml(
      xml(
        p(
          "<w:t>2023</w:t>",
          '<w:t xml:space="preserve">年&amp;</w:t>',
          "<w:tab/><w:t>甲</w:t>",
          "<w:br/><w:t>乙&#x4E19;</w:t>",
        ) +
          p(
            '<w:fldChar w:fldCharType="begin"/>',
            "<w:instrText> PAGE </w:instrText>",
            '<w:fldChar w:fldCharType="separate"/>',
            "<w:t>4</w:t>",
          ) +
          p("<w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t>", "<w:t>可见</w:t>") +
          `<w:p><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>` +
          `<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>一</w:t></mc:Choice><mc:Fallback><w:t>一</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      ),
    );
    expect(doc.blocks).toEqual([
      { kind: "text", text: "2023年& 甲", where: "paragraph 1" },
      { kind: "text", text: "乙丙", where: "paragraph 2" },
      { kind: "text", text: "4", where: "paragraph 3" },
      { kind: "text", text: "可见", where: "paragraph 4" },
      { kind: "text", text: "插入", where: "paragraph 5" },
      { kind: "text", text: "一", where: "paragraph 6" },
    ]);
  });

  it("gridSpan and vMerge: the copies are marked, and name the cell they copy", () => {
    const doc = readDocumentXml(
      xml(
        `<w:tbl><w:tr>${tc("甲", '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')}${tc("乙")}</w:tr>` +
          `<w:tr>${tc("", '<w:gridSpan w:val="2"/><w:vMerge/>')}${tc("1")}</w:tr>` +
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("2")}</w:tr></w:tbl>`,
      ),
    );
    const a = "table 1, row 1, column 1";
    expect(doc.blocks).toEqual([
      {
        kind: "table",
        rows: [
          [
            { text: "甲", origin: true, where: a },
            { text: "甲", origin: false, where: a },
            { text: "乙", origin: true, where: "table 1, row 1, column 3" },
          ],
          [
            { text: "甲", origin: false, where: a },
            { text: "甲", origin: false, where: a },
            { text: "1", origin: true, where: "table 1, row 2, column 3" },
          ],
          [
            { text: "", origin: true, where: "table 1, row 3, column 1" },
            { text: "2", origin: true, where: "table 1, row 3, column 2" },
          ],
        ],
      },
    ]);
  });

  it("a cell of several paragraphs is one line; a cut file keeps what was read", () => {
    const doc = readDocumentXml(
      `<w:document ${W}><w:body><w:tbl><w:tr><w:tc>${p("<w:t>商业</w:t>")}${p("<w:t>企业</w:t>")}</w:tc><w:tc><w:p><w:r><w:t>5`,
    );
    expect(doc.blocks).toEqual([
      {
        kind: "table",
        rows: [
          [
            { text: "商业 企业", origin: true, where: "table 1, row 1, column 1" },
            // The cut cell never closed: it is not placed.
          ],
        ],
      },
    ]);
  });
});

describe("importDocx: files that are not Word documents", () => {
  it.each([
    ["empty bytes", new Uint8Array(0), "不是 ZIP 压缩包"],
    ["a PDF", strToU8("%PDF-1.7\n..."), "不是 ZIP 压缩包"],
    ["a cut zip", docx(p0()).slice(0, 60), "压缩包已损坏"],
    [
      "a zip without word/document.xml",
      zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }),
      "没有 Word 正文",
    ],
  ])("%s: an import.unreadable-docx finding, never an exception", async (_, data, says) => {
    const result = await importDocx(data);
    expect(result.report).toBeUndefined();
    expect(ids(result)).toEqual(["import.unreadable-docx "]);
    expect(result.findings[0]?.message).toContain(says);
  });

  it("an ArrayBuffer is read like a Uint8Array; messages follow the locale", async () => {
    const data = fillTemplate(fixture("official-2021-hami"));
    const result = await importDocx(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    );
    expect(result.report?.organ).toBe("哈密市人民政府");
    const bad = await importDocx(new Uint8Array([1, 2, 3]), { locale: "en" });
    expect(bad.findings[0]?.message).toBe(
      "Could not be read as a Word (.docx) file: not a ZIP archive (every .docx is one)",
    );
  });
});

function p0(): string {
  return "<w:p><w:r><w:t>年度报告</w:t></w:r></w:p>".repeat(50);
}

describe("the Word reader loads only when a Word file comes", () => {
  it("the root entry reaches fflate only through a dynamic import()", () => {
    const src = new URL("../../src/", import.meta.url).pathname;
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!file.startsWith("/")) return;
      const code = readFileSync(file, "utf8");
      // Static imports and re-exports only: `import("…")` is left for when it is called.
      for (const [, spec] of code.matchAll(/(?:^|\n)(?:import|export)[^;]*?from\s*"([^"]+)"/g))
        if (spec)
          visit(
            spec.startsWith(".") ? new URL(spec.replace(/\.js$/, ".ts"), `file://${file}`).pathname : spec,
          );
    };
    visit(`${src}index.ts`);
    expect(seen.has("fflate")).toBe(false);
    expect(seen.has(`${src}import/import-document.ts`)).toBe(true);
    expect(readFileSync(`${src}import/import-document.ts`, "utf8")).toContain(
      'await import("./docx/import-docx.js")',
    );
  });
});

describe("importDocx under fuzzing: findings, never an exception", () => {
  const filled = fillTemplate(fixture("full-2021"));
  it("a filled Word file with bytes changed, cut or inserted anywhere", async () => {
    const edit = fc.record({
      at: fc.nat({ max: filled.length - 1 }),
      bytes: fc.uint8Array({ minLength: 0, maxLength: 8 }),
      cut: fc.nat({ max: 64 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let data = filled;
        for (const { at, bytes, cut } of edits)
          data = new Uint8Array([...data.subarray(0, at), ...bytes, ...data.subarray(at + cut)]);
        const broken = brokenImport(await importDocx(data), validateReport);
        if (broken) throw new Error(broken);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("document.xml with markup cut or garbled anywhere", async () => {
    const xml = strFromU8(unzipSync(filled)["word/document.xml"] as Uint8Array);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: xml.length }),
        fc.nat({ max: 2000 }),
        fc.string(),
        async (at, cut, junk) => {
          const data = zipSync({
            "word/document.xml": strToU8(xml.slice(0, at) + junk + xml.slice(at + cut)),
          });
          const broken = brokenImport(await importDocx(data), validateReport);
          if (broken) throw new Error(broken);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
