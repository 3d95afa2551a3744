import { importHtml } from "../../src/import/import-html.js";
import { importText } from "../../src/import/import-text.js";
import type { Label } from "../../src/model/label.js";
import type { Finding, Locale } from "../../src/rules/types.js";
import { APP_MESSAGES, type AppMessage } from "./messages.js";

/** The kinds of file the app reads, told from the bytes (the name only breaks ties). */
export type InputFormat = "pdf" | "docx" | "json" | "html" | "text";

/** A report read from a file: the JSON form `validateReport` takes, and the importer's findings. */
export interface ReadReport {
  format: InputFormat;
  input: unknown;
  findings: Finding[];
}

/** Why a file could not be read, in both languages. */
export class ReadError extends Error {
  readonly label: Label;
  constructor(id: AppMessage, data: Record<string, string> = {}) {
    const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => data[k] ?? "");
    const label = { zh: fill(APP_MESSAGES[id].zh), en: fill(APP_MESSAGES[id].en) };
    super(label.en);
    this.name = "ReadError";
    this.label = label;
  }
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

function sniff(bytes: Uint8Array): InputFormat | "doc" | "bytes" {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "docx"; // a zip: Word's .docx
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "doc";
  return "bytes";
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// BOM first, then strict UTF-8, then GB18030 (the superset of GBK/GB2312 that county sites still use).
function decode(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return tryDecode("utf-8", bytes.subarray(3)) ?? "";
  if (startsWith(bytes, [0xff, 0xfe])) return tryDecode("utf-16le", bytes.subarray(2)) ?? "";
  if (startsWith(bytes, [0xfe, 0xff])) return tryDecode("utf-16be", bytes.subarray(2)) ?? "";
  const text = tryDecode("utf-8", bytes) ?? tryDecode("gb18030", bytes);
  if (text === undefined) throw new ReadError("encoding");
  return text;
}

// Text files have almost no control characters; images, archives and executables have many.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control += 1;
  }
  return control > sample.length / 50;
}

function textKind(text: string): "json" | "html" | "text" {
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (start.startsWith("<") || /<(?:html|body|table)[\s>]/i.test(start.slice(0, 4096))) return "html";
  return "text";
}

// An import is a parsed report (amounts as Decimal); validateReport takes the JSON form.
function imported(format: InputFormat, result: { report?: unknown; findings: Finding[] }): ReadReport {
  if (result.report === undefined) {
    // "import.no-tables" says what noTables says; any other finding adds why.
    const first = result.findings.find((f) => f.ruleId !== "import.no-tables");
    throw new ReadError("noTables", { detail: first ? ` (${first.message})` : "" });
  }
  return { format, input: JSON.parse(JSON.stringify(result.report)), findings: result.findings };
}

async function readBinary(format: "pdf" | "docx", bytes: Uint8Array, locale: Locale): Promise<ReadReport> {
  try {
    // Loaded only when such a file comes, so the page opens without the PDF and Word readers.
    if (format === "pdf") {
      const { importPdf } = await import("../../src/import/pdf/import-pdf.js");
      return imported(format, await importPdf(bytes, { locale }));
    }
    const { importDocx } = await import("../../src/import/docx/import-docx.js");
    return imported(format, await importDocx(bytes, { locale }));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReadError("reader", { format: format === "pdf" ? "PDF" : "Word", detail });
  }
}

/**
 * Reads one file of any supported kind into a report: the one place the app turns bytes into a report,
 * so switching to the library's `importDocument` is a change here only.
 */
export async function readReportFile(
  bytes: Uint8Array,
  _filename: string,
  locale: Locale,
): Promise<ReadReport> {
  if (bytes.length === 0) throw new ReadError("empty");
  const kind = sniff(bytes);
  if (kind === "doc") throw new ReadError("oldWord");
  if (kind === "pdf" || kind === "docx") return readBinary(kind, bytes, locale);
  const text = decode(bytes);
  if (text.trim() === "") throw new ReadError("empty");
  if (looksBinary(text)) throw new ReadError("binary");
  const format = textKind(text);
  if (format === "json") {
    try {
      return { format, input: JSON.parse(text), findings: [] };
    } catch (error) {
      throw new ReadError("json", { detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return imported(format, format === "html" ? importHtml(text, { locale }) : importText(text, { locale }));
}
