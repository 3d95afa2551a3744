import { readFileSync } from "node:fs";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { installSyncInflate, SyncDecompressionStream } from "../../src/cli/inflate.js";
import { importPdf } from "../../src/import/pdf/import-pdf.js";

const TEXT = new TextEncoder().encode("本年新收政府信息公开申请数量 ".repeat(400));

/** Reads `bytes` through `stream` as any web-stream reader would (in two chunks). */
async function through(
  stream: TransformStream<Uint8Array, Uint8Array>,
  bytes: Uint8Array,
): Promise<Uint8Array> {
  const half = Math.floor(bytes.length / 2);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.subarray(0, half));
      controller.enqueue(bytes.subarray(half));
      controller.close();
    },
  });
  return new Uint8Array(await new Response(source.pipeThrough(stream)).arrayBuffer());
}

describe("the CLI's synchronous DecompressionStream", () => {
  const native = globalThis.DecompressionStream;
  afterEach(() => {
    Object.defineProperty(globalThis, "DecompressionStream", {
      value: native,
      writable: true,
      configurable: true,
    });
  });

  it.each([
    ["deflate", deflateSync],
    ["deflate-raw", deflateRawSync],
    ["gzip", gzipSync],
    ["brotli", brotliCompressSync],
  ] as const)("inflates %s as a stream, in chunks", async (format, compress) => {
    expect(await through(new SyncDecompressionStream(format), compress(TEXT))).toEqual(TEXT);
  });

  it("errors the stream on a corrupt input, as Node's own does (pdf.js then uses its own decoder)", async () => {
    const broken = deflateSync(TEXT).subarray(0, 40);
    await expect(through(new SyncDecompressionStream("deflate"), broken)).rejects.toThrow();
    await expect(through(new native("deflate"), broken)).rejects.toThrow();
  });

  it("refuses a format it does not know, with a TypeError as the standard says", () => {
    expect(() => new SyncDecompressionStream("zstd")).toThrow(TypeError);
  });

  it("reads a real PDF to the same report, findings and cell sources as Node's, and is what pdf.js uses", async () => {
    const bytes = readFileSync(new URL("../fixtures/real/12-hongze-district-2023.pdf", import.meta.url));
    const before = await importPdf(new Uint8Array(bytes));
    let made = 0;
    installSyncInflate();
    const Installed = globalThis.DecompressionStream as unknown as typeof SyncDecompressionStream;
    class Counted extends Installed {
      constructor(format: string) {
        super(format);
        made++;
      }
    }
    Object.defineProperty(globalThis, "DecompressionStream", {
      value: Counted,
      writable: true,
      configurable: true,
    });
    const after = await importPdf(new Uint8Array(bytes));
    expect(made).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(after))).toEqual(JSON.parse(JSON.stringify(before)));
  });
});
