import { importHtml } from "../import/import-html.js";
import { importText } from "../import/import-text.js";
import type { Finding, Locale } from "../rules/types.js";
import { decode } from "./decode.js";
import { CliError } from "./errors.js";
import { jsonErrorLabel } from "./json-error.js";

/** What a file holds, told from its content, not its name. */
export type InputKind = "json" | "html" | "text";

/** A report read from a file, ready for `validateReport`. */
export interface Loaded {
  kind: InputKind;
  encoding: string;
  /** The report as JSON carries it. */
  input: unknown;
  /** Findings of the importer (`import.*`), shown with the validation findings. */
  findings: Finding[];
}

type Importer = (text: string, options: { locale: Locale }) => { report?: unknown; findings: Finding[] };

// Every command reads files through this module, so these two lines give all of them HTML and text.
const IMPORTERS: Record<Exclude<InputKind, "json">, Importer> = { html: importHtml, text: importText };

/** Tells JSON, HTML and text apart by the first non-blank characters. */
export function detectKind(text: string): InputKind {
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (start.startsWith("<") || /<(?:html|body|table)[\s>]/i.test(start.slice(0, 4096))) return "html";
  return "text";
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
  const imported = IMPORTERS[kind](text, { locale });
  // An import is a parsed report (amounts as Decimal); validateReport takes the JSON form.
  const input = imported.report === undefined ? undefined : JSON.parse(JSON.stringify(imported.report));
  return { kind, encoding, input, findings: imported.findings };
}

/** Decodes a file's bytes (UTF-8 with or without BOM, UTF-16, GBK/GB2312/GB18030) and reads it. */
export function loadBytes(bytes: Uint8Array, locale: Locale = "zh-CN"): Loaded {
  const { text, encoding } = decode(bytes);
  return loadText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, locale);
}
