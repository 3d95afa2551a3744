import type { AnnualReport } from "../model/report.js";
import { editionSchema, reportSchema } from "../model/report.js";
import { resolveLocale } from "../rules/format.js";
import { compile, MISS } from "../validate/fast-parse.js";
import { bilingual, describePath, detail } from "../validate/parse.js";
import { decodeText, TextDecodeError, type Utf8Decoder } from "./decode-text.js";
import { FindingLog } from "./findings.js";
import type { ImportOptions, ImportResult } from "./import.js";
import { importHtml } from "./import-html.js";
import { importText } from "./import-text.js";
import { jsonErrorLabel } from "./json-error.js";
import { type DocumentFormat, sniffFormat, textFormat, UNSUPPORTED } from "./sniff.js";

/**
 * What {@link importDocument} read: an {@link ImportResult}, and which format the file was.
 *
 * @category Import
 */
export interface DocumentResult extends ImportResult {
  /** The format told from the bytes: a readable one, or the unreadable one named in the finding. */
  format: DocumentFormat;
  /** The text encoding, for text input given as bytes ("utf-8", "gbk", …). */
  encoding?: string;
  /** JSON input as parsed (before the schema), so that `validateReport` can name what is wrong in it. */
  json?: unknown;
}

/**
 * Options of {@link importDocument}: those of every importer, `filename` as the format's hint and
 * the last source of organ and year.
 *
 * @category Import
 */
export interface DocumentOptions extends ImportOptions {
  /** A faster strict UTF-8 decoder where the platform has one (returns undefined on invalid bytes); by default a fatal TextDecoder. */
  utf8?: Utf8Decoder;
}

const nothing = (format: DocumentFormat, log: FindingLog): DocumentResult => ({
  format,
  findings: log.findings,
  unmapped: [],
  sources: {},
});

function readJson(text: string, log: FindingLog): DocumentResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // V8's message counts UTF-16 units and is in English: the place and the problem in a clerk's words.
    log.add("import.invalid-json", [], { problem: jsonErrorLabel(text) });
    return nothing("json", log);
  }
  const edition = (json as { edition?: unknown } | null)?.edition;
  const schema = edition === "2019" || edition === "2021" ? editionSchema(edition) : reportSchema;
  const fast = edition === "2019" || edition === "2021" ? compile(schema)(json) : MISS;
  if (fast !== MISS)
    return {
      ...nothing("json", log),
      report: fast as AnnualReport,
      edition: (fast as AnnualReport).edition,
      json,
    };
  const parsed = schema.safeParse(json, { error: bilingual });
  if (parsed.success) {
    const report = parsed.data as AnnualReport;
    return { ...nothing("json", log), report, edition: report.edition, json };
  }
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const field = describePath(edition === "2019" || edition === "2021" ? edition : undefined, path);
    const message = detail(issue.message);
    log.add("import.schema", path, {
      detail: { zh: `${field.zh}：${message.zh}`, en: `${field.en}: ${message.en}` },
    });
  }
  return { ...nothing("json", log), json };
}

function readTextual(text: string, encoding: string | undefined, options: DocumentOptions, log: FindingLog) {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const withEncoding = encoding ? { encoding } : {};
  if (body.trim() === "") {
    log.add("import.empty-file", [], {});
    return { ...nothing("text", log), ...withEncoding };
  }
  const format = textFormat(body, options.filename);
  if (format === "json") return { ...readJson(body, log), ...withEncoding };
  const result = format === "html" ? importHtml(body, options) : importText(body, options);
  return { ...result, format, ...withEncoding };
}

/**
 * Reads a report from any file: PDF, Word (.docx), HTML, JSON or text, told apart by the bytes (the
 * file name's extension only breaks ties), then read by the right importer. The PDF and Word readers
 * are loaded only when such a file comes. An image (PNG, JPEG, TIFF of one page or many) is read as
 * a scanned PDF is, by OCR when the optional engine is installed (see `ocr`). Never rejects on bad
 * input: a format it cannot read (Excel, legacy .doc, GIF, a JPEG-compressed TIFF, encrypted PDF, …) is an
 * `import.unsupported-format` finding naming the format
 * (`data.format`) and what to do; undecodable text, an empty file and broken JSON are findings too.
 *
 * @param data - The file's bytes, or text already decoded (then only JSON, HTML and text apply).
 *   Text bytes may be UTF-8 (with or without BOM), UTF-16 with a BOM, or GBK/GB18030.
 * @param options - Locale, fallbacks for organ/year/edition, and `filename` (format hint, last
 *   source of the organ and year).
 * @returns The import result plus `format` (and, for JSON, the parsed `json`; for text, its `encoding`).
 * @example
 * import { importDocument, validateReport } from "zfxxgk";
 * const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
 * const { format, report, findings } = await importDocument(bytes, { filename: "report.pdf" });
 * if (report) console.log(validateReport(JSON.parse(JSON.stringify(report))).summary);
 * @category Import
 */
export async function importDocument(
  data: Uint8Array | ArrayBuffer | string,
  options: DocumentOptions = {},
): Promise<DocumentResult> {
  const log = new FindingLog(resolveLocale(options.locale));
  const { utf8, ...importOptions } = options;
  if (typeof data === "string") return readTextual(data, undefined, importOptions, log);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const format = sniffFormat(bytes, options.filename);
  if (format === "pdf" || format === "docx") {
    try {
      if (format === "docx") {
        const { importDocxSync } = await import("./docx/import-docx.js");
        return { ...importDocxSync(bytes, importOptions), format };
      }
      const { importPdf } = await import("./pdf/import-pdf.js");
      const result = await importPdf(bytes, importOptions);
      // Only a PDF that needs a password to open is refused as encrypted (the trailer says so, not
      // the bytes): one that restricts only copying or printing has just been read.
      if (result.findings.some((f) => f.ruleId === "import.unreadable-pdf" && f.data.needsPassword)) {
        const { name, advice } = UNSUPPORTED["encrypted-pdf"];
        log.add("import.unsupported-format", [], { format: "encrypted-pdf", name, advice });
        return nothing("encrypted-pdf", log);
      }
      return { ...result, format };
    } catch (error) {
      const name =
        format === "pdf" ? { zh: "PDF 文件", en: "the PDF" } : { zh: "Word 文件", en: "the Word file" };
      log.add("import.unreadable-file", [], {
        name,
        detail: error instanceof Error ? error.message : String(error),
      });
      return nothing(format, log);
    }
  }
  if (format === "png" || format === "jpeg" || format === "tiff") {
    try {
      const { importImage } = await import("./image/import-image.js");
      return { ...(await importImage(bytes, format, importOptions)), format };
    } catch (error) {
      log.add("import.unreadable-file", [], {
        name: { zh: "图片", en: "the image" },
        detail: error instanceof Error ? error.message : String(error),
      });
      return nothing(format, log);
    }
  }
  if (format !== "text") {
    const { name, advice } = UNSUPPORTED[format];
    log.add("import.unsupported-format", [], { format, name, advice });
    return nothing(format, log);
  }
  try {
    const { text, encoding } = decodeText(bytes, utf8);
    return readTextual(text, encoding, importOptions, log);
  } catch (error) {
    if (!(error instanceof TextDecodeError)) throw error;
    log.add("import.unreadable-file", [], {
      name: { zh: "文本文件", en: "the text file" },
      detail: error.label,
    });
    return nothing("text", log);
  }
}
