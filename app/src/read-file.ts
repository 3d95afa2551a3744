import { importDocument } from "../../src/import/import-document.js";
import type { OcrSetup } from "../../src/import/pdf/ocr/engine.js";
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
  /** Where each cell stood in the file, for findings on cells read uncertainly. */
  sources?: Record<string, { raw: string; where: string }>;
}

/** What the user typed for a report that does not state its organ or year. */
export interface GivenMeta {
  organ?: string;
  year?: number;
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

// Findings that mean the file as a whole could not be read: the page says so instead of a report.
const UNREADABLE = new Set([
  "import.unsupported-format",
  "import.unreadable-file",
  "import.unreadable-docx",
  "import.unreadable-pdf",
  "import.too-complex",
  "import.no-text-layer",
  "import.empty-file",
  "import.invalid-json",
]);

// An import is a parsed report (amounts as Decimal); validateReport takes the JSON form.
function imported(
  format: InputFormat,
  result: { report?: unknown; findings: Finding[]; sources?: ReadReport["sources"] },
): ReadReport {
  if (result.report === undefined) {
    // "import.no-tables" says what noTables says; any other finding adds why.
    const first = result.findings.find((f) => f.ruleId !== "import.no-tables");
    throw new ReadError("noTables", { detail: first ? ` (${first.message})` : "" });
  }
  return {
    format,
    input: JSON.parse(JSON.stringify(result.report)),
    findings: result.findings,
    ...(result.sources ? { sources: result.sources } : {}),
  };
}

/**
 * Reads one file of any supported kind into a report through the library's `importDocument`, which
 * tells the format from the bytes and loads the PDF and Word readers only when such a file comes;
 * `ocr` reads a scanned PDF (see ocr.ts).
 */
export async function readReportFile(
  bytes: Uint8Array,
  filename: string,
  locale: Locale,
  given: GivenMeta = {},
  ocr?: OcrSetup,
): Promise<ReadReport> {
  if (bytes.length === 0) throw new ReadError("empty");
  let result: Awaited<ReturnType<typeof importDocument>>;
  try {
    result = await importDocument(bytes, { filename, locale, ...given, ...(ocr ? { ocr } : {}) });
  } catch (error) {
    throw new ReadError("reader", { detail: error instanceof Error ? error.message : String(error) });
  }
  const fatal = result.findings.find((f) => UNREADABLE.has(f.ruleId));
  if (fatal) throw new ReadError("importer", { detail: fatal.message });
  const format = result.format as InputFormat;
  if (format === "json") return { format, input: result.json, findings: [] };
  return imported(format, result);
}
