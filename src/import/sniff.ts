import type { Label } from "../model/label.js";

/**
 * What a file holds, told from its bytes (the file name's extension only breaks ties). `pdf`,
 * `docx`, `html`, `json` and `text` are read, and the images `png`, `jpeg` and `tiff` by OCR; the
 * others are named so that the user learns what to do.
 *
 * @category Import
 */
export type DocumentFormat =
  | "pdf"
  | "docx"
  | "html"
  | "json"
  | "text"
  | "encrypted-pdf"
  | "encrypted-office"
  | "doc"
  | "xls"
  | "ppt"
  | "xlsx"
  | "pptx"
  | "odt"
  | "ods"
  | "zip"
  | "rtf"
  | "png"
  | "jpeg"
  | "gif"
  | "tiff"
  | "webp"
  | "binary";

/** What the bytes alone tell: text is told apart into JSON, HTML and text once decoded. */
export type ByteFormat = Exclude<DocumentFormat, "html" | "json">;

/** The formats importDocument reads. */
export type ReadableFormat = "pdf" | "docx" | "html" | "json" | "text" | "png" | "jpeg" | "tiff";

const ADVICE: Label = {
  zh: "请另存为 PDF 或 Word（.docx）后再试",
  en: "save it as PDF or Word (.docx) and try again",
};
const IMAGE: Label = {
  zh: "请另存为 PNG、JPEG 或 TIFF 图片（以文字识别读取），或使用原始的 Word 或 PDF 文件",
  en: "save it as a PNG, JPEG or TIFF image (read by OCR), or use the original Word or PDF file",
};
const ENCRYPTED: Label = {
  zh: "请去掉密码保护后（或另存为未加密的 PDF / Word 文件）再试",
  en: "remove the password protection (or save an unprotected PDF or Word file) and try again",
};

/** Each unreadable format's name and what the user can do, in both locales. */
export const UNSUPPORTED: Record<Exclude<DocumentFormat, ReadableFormat>, { name: Label; advice: Label }> = {
  "encrypted-pdf": { name: { zh: "加密的 PDF 文件", en: "an encrypted PDF" }, advice: ENCRYPTED },
  "encrypted-office": {
    name: { zh: "加密的 Office 文件", en: "an encrypted Office file" },
    advice: ENCRYPTED,
  },
  doc: { name: { zh: "旧版 Word 文件（.doc）", en: "a legacy Word file (.doc)" }, advice: ADVICE },
  xls: { name: { zh: "旧版 Excel 表格（.xls）", en: "a legacy Excel workbook (.xls)" }, advice: ADVICE },
  ppt: { name: { zh: "PowerPoint 演示文稿（.ppt）", en: "a PowerPoint file (.ppt)" }, advice: ADVICE },
  xlsx: { name: { zh: "Excel 表格（.xlsx）", en: "an Excel workbook (.xlsx)" }, advice: ADVICE },
  pptx: { name: { zh: "PowerPoint 演示文稿（.pptx）", en: "a PowerPoint file (.pptx)" }, advice: ADVICE },
  odt: { name: { zh: "OpenDocument 文本（.odt）", en: "an OpenDocument text (.odt)" }, advice: ADVICE },
  ods: {
    name: { zh: "OpenDocument 表格（.ods）", en: "an OpenDocument spreadsheet (.ods)" },
    advice: ADVICE,
  },
  zip: {
    name: { zh: "ZIP 压缩包", en: "a ZIP archive" },
    advice: { zh: "请解压后逐个检查其中的报告", en: "unpack it and check the reports inside" },
  },
  rtf: { name: { zh: "RTF 文档", en: "an RTF document" }, advice: ADVICE },
  gif: { name: { zh: "GIF 图片", en: "a GIF image" }, advice: IMAGE },
  webp: { name: { zh: "WebP 图片", en: "a WebP image" }, advice: IMAGE },
  binary: { name: { zh: "未知格式的二进制文件", en: "a binary file of unknown format" }, advice: ADVICE },
};

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Where `needle` first occurs in `bytes` from `from`, or -1: a plain scan, linear in the bytes. */
function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0, to = bytes.length): number {
  const first = needle[0];
  const last = Math.min(to, bytes.length) - needle.length;
  for (
    let i = bytes.indexOf(first as number, from);
    i >= 0 && i <= last;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    if (startsWith(bytes, needle, i)) return i;
  }
  return -1;
}

const has = (bytes: Uint8Array, text: string, to?: number) => indexOf(bytes, ascii(text), 0, to) >= 0;
const utf16 = (text: string) => Array.from(text, (c) => [c.charCodeAt(0), 0]).flat();

const extension = (filename: string | undefined) =>
  /\.([A-Za-z0-9]{1,8})$/.exec(filename ?? "")?.[1]?.toLowerCase();

// ZIP names its entries in plain bytes (local headers and the central directory): no unzip needed here.
function zipFormat(bytes: Uint8Array, ext: string | undefined): ByteFormat {
  if (has(bytes, "word/document.xml")) return "docx";
  if (has(bytes, "xl/workbook")) return "xlsx";
  if (has(bytes, "ppt/presentation")) return "pptx";
  if (has(bytes, "application/vnd.oasis.opendocument.text", 200)) return "odt";
  if (has(bytes, "application/vnd.oasis.opendocument.spreadsheet", 200)) return "ods";
  // A .docx whose names we did not see (a damaged directory) still goes to the Word reader, which says why.
  if (ext === "docx") return "docx";
  return "zip";
}

/** The format of a file from its first bytes, the extension breaking ties. */
export function sniffFormat(bytes: Uint8Array, filename?: string): ByteFormat {
  const ext = extension(filename);
  const pdfAt = indexOf(bytes, ascii("%PDF-"), 0, 1024);
  // Whether a PDF is locked is the PDF library's to say, from the trailer: many are encrypted only
  // to restrict copying or printing (an owner password) and open without one.
  if (pdfAt >= 0) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return zipFormat(bytes, ext);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // A password-protected .docx/.xlsx is an OLE container holding an EncryptedPackage stream.
    if (indexOf(bytes, utf16("EncryptedPackage")) >= 0) return "encrypted-office";
    return ext === "xls" || ext === "et" ? "xls" : ext === "ppt" || ext === "dps" ? "ppt" : "doc";
  }
  if (startsWith(bytes, ascii("{\\rtf"))) return "rtf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("GIF8"))) return "gif";
  if (startsWith(bytes, ascii("II*\0")) || startsWith(bytes, ascii("MM\0*"))) return "tiff";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  // Text has no NUL bytes unless it is UTF-16 (which carries a BOM when it is a report).
  const head = bytes.subarray(0, 4096);
  const utf16Bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16Bom && head.includes(0)) return "binary";
  return "text";
}

/** Tells JSON, HTML and text apart by the first non-blank characters; the extension breaks ties. */
export function textFormat(text: string, filename?: string): "json" | "html" | "text" {
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  // A leading comment followed by no tag is Markdown's (renderMarkdown writes one), not a page.
  const markdownComment = /^<!--[\s\S]*?-->\s*[^<\s]/.test(start);
  if ((start.startsWith("<") && !markdownComment) || /<(?:html|body|table)[\s>]/i.test(start.slice(0, 4096)))
    return "html";
  const ext = extension(filename);
  if ((ext === "html" || ext === "htm" || ext === "xhtml") && /<[a-z]/i.test(start)) return "html";
  return "text";
}
