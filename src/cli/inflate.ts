import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

const INFLATE: Record<string, (bytes: Buffer) => Buffer> = {
  deflate: inflateSync,
  "deflate-raw": inflateRawSync,
  gzip: gunzipSync,
  brotli: brotliDecompressSync,
};

/**
 * A `DecompressionStream` that inflates in the calling thread, all at once when its input ends.
 *
 * pdf.js inflates every embedded font program through `DecompressionStream`. Node's own runs each
 * one through a stream adapter and zlib on the libuv thread pool: over bench 7's folder that cost
 * about a quarter of the CPU of reading the PDFs and left a reading thread idle a fifth of the time,
 * waiting for the pool. Font programs are a few kilobytes to a few hundred: inflating them synchronously is
 * cheaper than any hand-over. The whole input is held until the end, so this is no stream for
 * gigabytes; it is correct for any reader (a corrupt input errors the stream, as Node's does, and
 * pdf.js then falls back to its own decoder).
 */
export class SyncDecompressionStream extends TransformStream<Uint8Array, Uint8Array> {
  constructor(format: string) {
    const inflate = INFLATE[format];
    if (!inflate) throw new TypeError(`unsupported compression format: ${format}`);
    const chunks: Uint8Array[] = [];
    super({
      transform(chunk) {
        chunks.push(chunk);
      },
      flush(controller) {
        const out = inflate(Buffer.concat(chunks));
        controller.enqueue(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
      },
    });
  }
}

/**
 * Installs {@link SyncDecompressionStream} as this thread's `DecompressionStream`. Only the CLI calls
 * it, in the threads it owns: a library must not replace a global of its user's program.
 */
export function installSyncInflate(): void {
  Object.defineProperty(globalThis, "DecompressionStream", {
    value: SyncDecompressionStream,
    writable: true,
    configurable: true,
  });
}
