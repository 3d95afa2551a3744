import type { Label } from "../model/label.js";

/** Text decoded from a file's bytes and the encoding it was read in. */
export interface Decoded {
  text: string;
  encoding: string;
}

/** Bytes no supported encoding reads; `label` says why, in both locales. */
export class TextDecodeError extends Error {
  constructor(readonly label: Label) {
    super(label.en);
    this.name = "TextDecodeError";
  }
}

/** A faster strict UTF-8 decoder where the platform has one (Node's Buffer); undefined on invalid bytes. */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

const BOMS: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

// Many government sites still serve GBK/GB2312 pages; gb18030 is the superset decoder for all of them.
const CHINESE = new Set(["gbk", "gb2312", "gb18030", "x-gbk", "cp936", "csgb2312", "chinese", "euc-cn"]);

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const strictUtf8: Utf8Decoder = (bytes) => tryDecode("utf-8", bytes);

// GB18030 accepts most byte soup, so a UTF-8 file with a few bad bytes (a cut download, a bad copy)
// would come out as plausible mojibake. Real GBK text read as UTF-8 fails on nearly every Chinese
// character; damaged UTF-8 fails rarely. Refuse the latter rather than garble it.
function damagedUtf8(bytes: Uint8Array): void {
  const lossy = new TextDecoder("utf-8").decode(bytes);
  let bad = 0;
  let wide = 0;
  for (const char of lossy) {
    if (char === "\uFFFD") bad += 1;
    else if (char.charCodeAt(0) > 0x7f) wide += 1;
  }
  if (bad * 20 > wide) return;
  const at = new TextEncoder().encode(lossy.slice(0, lossy.indexOf("\uFFFD"))).length;
  throw new TextDecodeError({
    zh: `UTF-8 文件已损坏（第 ${at} 字节起有 ${bad} 处无效字节）`,
    en: `damaged UTF-8 (${bad} invalid sequences, the first at byte ${at})`,
  });
}

/**
 * Decodes a file's bytes, in browsers and in Node. Order: a BOM; then valid UTF-8 (GBK text is almost
 * never valid UTF-8, so this is safe even when a stale `<meta charset=gb2312>` says otherwise); then
 * the page's declared charset; then GB18030. Bytes none of these can read throw a
 * {@link TextDecodeError}, never a string of U+FFFD. A leading BOM is not part of the text.
 */
export function decodeText(bytes: Uint8Array, utf8: Utf8Decoder = strictUtf8): Decoded {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = tryDecode(encoding, bytes.subarray(bom.length));
      if (text !== undefined) return { text, encoding };
    }
  }
  const text = utf8(bytes);
  if (text !== undefined) return { text, encoding: "utf-8" };
  const declared = declaredCharset(bytes);
  if (!declared) damagedUtf8(bytes);
  if (declared && !CHINESE.has(declared) && declared !== "utf-8" && declared !== "utf8") {
    const text = tryDecode(declared, bytes);
    if (text !== undefined) return { text, encoding: declared };
  }
  const gb = tryDecode("gb18030", bytes);
  if (gb !== undefined) return { text: gb, encoding: declared && CHINESE.has(declared) ? declared : "gbk" };
  throw new TextDecodeError({
    zh: "无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030）",
    en: "unknown text encoding (neither UTF-8 nor GBK/GB18030)",
  });
}
