import { Buffer, isUtf8 } from "node:buffer";
import { type Decoded, decodeText, TextDecodeError } from "../import/decode-text.js";
import { CliError } from "./errors.js";

export type { Decoded };

// isUtf8 + toString is several times faster than a fatal TextDecoder on the common case.
export const nodeUtf8 = (bytes: Uint8Array): string | undefined =>
  isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") : undefined;

/** {@link decodeText} with Node's fast UTF-8 path; undecodable bytes are an E_DECODE error. */
export function decode(bytes: Uint8Array): Decoded {
  try {
    return decodeText(bytes, nodeUtf8);
  } catch (error) {
    if (error instanceof TextDecodeError) throw new CliError("E_DECODE", error.label);
    throw error;
  }
}
