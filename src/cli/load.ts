import type { ImportLimits } from "../import/budget.js";
import type { ImportOptions } from "../import/import.js";
import { type DocumentResult, importDocument } from "../import/import-document.js";
import { importHtml } from "../import/import-html.js";
import { importText } from "../import/import-text.js";
import { jsonErrorLabel } from "../import/json-error.js";
import { IMPORT_MESSAGES } from "../import/messages.js";
import { textFormat } from "../import/sniff.js";
import type { Label } from "../model/label.js";
import { renderTemplate } from "../rules/format.js";
import type { Finding, Locale } from "../rules/types.js";
import { nodeUtf8 } from "./decode.js";
import { CliError, type CliErrorCode } from "./errors.js";

/** What a file holds, told from its content, not its name. */
export type InputKind = "json" | "html" | "text" | "pdf" | "docx" | "png" | "jpeg" | "tiff";

/** What the user may say about the reports that the files do not: `--organ`, `--year`. */
export interface LoadOptions {
  filename?: string;
  organ?: string;
  year?: number;
  /** The readers' budget (`--read-timeout` sets its time). */
  limits?: Partial<ImportLimits>;
  /** Keep the printed outline for the outline rules (the checking commands); `convert` gives the transcription without it. */
  outline?: boolean;
  /** Read scans by OCR when the engine is installed (default); `--no-ocr` sets false. */
  ocr?: boolean;
  /** Told as OCR starts, with the reading time it adds (a reading thread extends its deadline). */
  onOcrStart?: NonNullable<ImportOptions["onOcrStart"]>;
}

/** A report read from a file, ready for `validateReport`. */
export interface Loaded {
  kind: InputKind;
  /** The text encoding; null for PDF, Word and image files. */
  encoding: string | null;
  /** The report as JSON carries it. */
  input: unknown;
  /** Findings of the importer (`import.*`), shown with the validation findings. */
  findings: Finding[];
  /** Where each cell stood in the source (canonical dotted path → raw text and place), for imports. */
  sources?: Record<string, { raw: string; where: string }>;
}

type Importer = (
  text: string,
  options: { locale: Locale; outline?: boolean } & LoadOptions,
) => {
  report?: unknown;
  findings: Finding[];
  sources?: unknown;
};

// Every command reads files through this module, so these two lines give all of them HTML and text.
const IMPORTERS: Record<"html" | "text", Importer> = { html: importHtml, text: importText };

/** Tells JSON, HTML and text apart by the first non-blank characters. */
export function detectKind(text: string): "json" | "html" | "text" {
  return textFormat(text);
}

/** Parses JSON text; a syntax error names its line and column. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError("E_PARSE", jsonErrorLabel(text));
  }
}

/** Reads already-decoded text of any kind into a report input; importer findings in `locale`. */
export function loadText(text: string, encoding: string, locale: Locale = "zh-CN"): Loaded {
  if (text.trim() === "") throw new CliError("E_EMPTY", { zh: "文件为空", en: "the file is empty" });
  const kind = detectKind(text);
  if (kind === "json") return { kind, encoding, input: parseJson(text), findings: [] };
  const imported = IMPORTERS[kind](text, { locale, outline: true });
  // An import is a parsed report (amounts as Decimal); validateReport takes the JSON form.
  const input = imported.report === undefined ? undefined : JSON.parse(JSON.stringify(imported.report));
  return { kind, encoding, input, findings: imported.findings, ...sourcesOf(imported) };
}

// What makes a file unreadable as a whole, and the CLI error it is (exit 2, never a report with errors).
const FILE_ERRORS: Partial<Record<keyof typeof IMPORT_MESSAGES, CliErrorCode>> = {
  "import.unsupported-format": "E_UNSUPPORTED",
  "import.empty-file": "E_EMPTY",
  "import.unreadable-file": "E_DECODE",
  "import.unreadable-docx": "E_PARSE",
  "import.unreadable-pdf": "E_PARSE",
  // A scan has no text to read: unreadable until OCR reads it, never a report with errors.
  "import.no-text-layer": "E_UNSUPPORTED",
  "import.image-unread": "E_UNSUPPORTED",
  "import.too-complex": "E_TOO_COMPLEX",
  "import.invalid-json": "E_PARSE",
};

function fileError(result: DocumentResult): CliError | undefined {
  for (const f of result.findings) {
    const code = FILE_ERRORS[f.ruleId as keyof typeof IMPORT_MESSAGES];
    if (!code) continue;
    const spec = IMPORT_MESSAGES[f.ruleId as keyof typeof IMPORT_MESSAGES];
    const label: Label = {
      zh: renderTemplate(spec.zh, f.data, "zh-CN"),
      en: renderTemplate(spec.en, f.data, "en"),
    };
    if (f.ruleId === "import.unreadable-file" && result.format !== "text")
      return new CliError("E_PARSE", label);
    return new CliError(code, label);
  }
  return undefined;
}

/**
 * Reads a file's bytes of any format through `importDocument` (PDF, Word, HTML, JSON, text in UTF-8,
 * UTF-16 or GBK); a file it cannot read at all is a CliError (exit 2) that says what to do.
 */
export async function loadBytes(
  bytes: Uint8Array,
  locale: Locale = "zh-CN",
  options: LoadOptions = {},
): Promise<Loaded> {
  const result = await importDocument(bytes, { locale, utf8: nodeUtf8, ...options });
  const error = fileError(result);
  if (error) throw error;
  const kind = result.format as InputKind;
  const encoding = result.encoding ?? null;
  if (kind === "json") return { kind, encoding, input: result.json, findings: [] };
  // An import is a parsed report (amounts as Decimal); validateReport takes the JSON form.
  const input = result.report === undefined ? undefined : JSON.parse(JSON.stringify(result.report));
  return { kind, encoding, input, findings: result.findings, ...sourcesOf(result) };
}

const sourcesOf = (result: { sources?: unknown }): Pick<Loaded, "sources"> =>
  typeof result.sources === "object" && result.sources !== null
    ? { sources: result.sources as NonNullable<Loaded["sources"]> }
    : {};
