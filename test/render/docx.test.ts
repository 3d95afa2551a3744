import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { importDocx } from "../../src/import/docx/import-docx.js";
import { importPdf } from "../../src/import/pdf/import-pdf.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";
import { renderDocx } from "../../src/render/docx/render-docx.js";
import { validateReport } from "../../src/validate/validate.js";
import { fixture } from "../load-fixture.js";
import { docxToPdf, sofficeRequired } from "../support/soffice.js";

// Every fixture report of both editions: 2019 (yizhou, balikun 2019/2020) and 2021 (the rest).
const NAMES = [
  "balikun-2019",
  "seed-2020-balikun",
  "official-2019-yizhou",
  "balikun-2021",
  "balikun-2022",
  "full-2021",
  "official-2021-hami",
  "sample-2021-department",
];

const parsed = (name: string) =>
  validateReport(fixture(name), { rules: { include: [] } }).report as AnnualReport;
const encoded = (report: unknown) => z.encode(reportSchema, report as AnnualReport);
const tables = (r: ReturnType<typeof encoded>) => ({
  proactive: r.proactive,
  requests: r.requests,
  appeals: r.appeals,
});
// The kind of organ is stated nowhere in the document: a reader infers it from the name or leaves it out.
const withoutKind = ({ organKind: _, ...rest }: ReturnType<typeof encoded>) => rest;

describe("renderDocx: the Word template filled in", () => {
  for (const name of NAMES) {
    it(`${name}: importDocx reads back the same report, cell for cell`, async () => {
      const report = parsed(name);
      const back = await importDocx(renderDocx(report));
      expect(back.report).toBeDefined();
      expect(withoutKind(encoded(back.report))).toEqual(withoutKind(encoded(report)));
      expect(back.findings.filter((f) => f.severity !== "info")).toEqual([]);
    });
  }

  it("keeps the template's page, styles and fonts, and writes no control character XML forbids", () => {
    const report = parsed("full-2021");
    const hostile = { ...report, organ: `青禾市人民政府\f<w:b/>&"` };
    const files = unzipSync(renderDocx(hostile as AnnualReport));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["word/styles.xml", "word/fontTable.xml", "[Content_Types].xml"]),
    );
    const xml = strFromU8(files["word/document.xml"] as Uint8Array);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain("青禾市人民政府 &lt;w:b/&gt;&amp;&quot;");
    // Word merges cells as gridSpan (across) and vMerge (down); table 三's 办理结果 spans 24 rows.
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toMatch(/<w:gridSpan w:val="7"\/>/);
  });

  it.runIf(sofficeRequired)(
    "LibreOffice opens every file, and importPdf reads its PDF back to the same tables, organ and year",
    async () => {
      const pdfs = docxToPdf(Object.fromEntries(NAMES.map((n) => [n, renderDocx(parsed(n))])));
      for (const name of NAMES) {
        const report = encoded(parsed(name));
        const back = await importPdf(pdfs[name] as Uint8Array);
        expect(back.report, name).toBeDefined();
        const read = encoded(back.report);
        expect(tables(read), name).toEqual(tables(report));
        expect([read.organ, read.year, read.edition], name).toEqual([
          report.organ,
          report.year,
          report.edition,
        ]);
      }
    },
    600_000,
  );
});
