import { Buffer, isUtf8 } from "node:buffer";
import { CliError } from "./errors.js";

/** Text decoded from a file and the encoding it was read in. */
export interface Decoded {
  text: string;
  encoding: string;
}

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

/**
 * Decodes a file's bytes. Order: a BOM; then valid UTF-8 (GBK text is almost never valid UTF-8, so
 * this is safe even when a stale `<meta charset=gb2312>` says otherwise); then the page's declared
 * charset; then GB18030. Bytes none of these can read are an error, never a string of U+FFFD.
 */
export function decode(bytes: Uint8Array): Decoded {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = tryDecode(encoding, bytes.subarray(bom.length));
      if (text !== undefined) return { text, encoding };
    }
  }
  // isUtf8 + toString is several times faster than a fatal TextDecoder on the common case.
  if (isUtf8(bytes))
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"),
      encoding: "utf-8",
    };
  const declared = declaredCharset(bytes);
  if (declared && !CHINESE.has(declared) && declared !== "utf-8" && declared !== "utf8") {
    const text = tryDecode(declared, bytes);
    if (text !== undefined) return { text, encoding: declared };
  }
  const gb = tryDecode("gb18030", bytes);
  if (gb !== undefined) return { text: gb, encoding: declared && CHINESE.has(declared) ? declared : "gbk" };
  throw new CliError("E_DECODE", {
    zh: "无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030）",
    en: "unknown text encoding (neither UTF-8 nor GBK/GB18030)",
  });
}
