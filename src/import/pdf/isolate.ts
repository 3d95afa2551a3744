import { reviveReport } from "../assemble.js";
import { TooComplex, tooComplex } from "../budget.js";
import type { ImportOptions, ImportResult } from "../import.js";

/** What {@link readIsolated} needs of node:worker_threads (typed here: the browser build has no Node types). */
interface ThreadWorker {
  on(event: "message", listener: (value: unknown) => void): unknown;
  once(event: "error", listener: (error: Error & { code?: string }) => void): unknown;
  once(event: "exit", listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}
interface Threads {
  Worker: new (
    code: string,
    options: {
      eval: true;
      workerData: unknown;
      resourceLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };
      stdout: boolean;
      stderr: boolean;
    },
  ) => ThreadWorker;
}

/** Where the isolated reader finds the function to run, once the reader's module has loaded. */
export const WORKER_READER = Symbol.for("zfxxgk.pdf.isolated-reader");

/** A result as it crosses the thread: the report as JSON (its amounts are Decimal objects). */
export interface WireResult extends Omit<ImportResult, "report"> {
  report?: string;
}

// Run from source (tests), the worker registers tsx before it imports a .ts module.
const boot = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  if (workerData.url.endsWith(".ts")) (await import("tsx/esm/api")).register();
  await import(workerData.url);
  const read = globalThis[Symbol.for("zfxxgk.pdf.isolated-reader")];
  const extend = (ocr) => parentPort.postMessage({ ocr });
  parentPort.postMessage(await read(workerData.bytes, workerData.options, extend));
})().catch((error) => parentPort.postMessage({ crashed: String((error && error.stack) || error) }));
`;

// Node's own name, kept out of bundlers' sight: the browser build never takes this path.
const THREADS = ["node", "worker_threads"].join(":");

/**
 * Reads a PDF in a worker thread of its own, under a heap limit and a deadline: what pdf.js itself
 * spends (nested forms, deep save stacks) cannot be bounded from inside the library, so it is bounded
 * from outside. Over either limit the worker is ended and the document is one `import.too-complex`.
 * OCR's allowance (20 s a scanned page) extends the deadline as it does the reader's own clock.
 */
export async function readIsolated(
  bytes: Uint8Array,
  { onOcrStart, ...options }: ImportOptions,
  limits: { deadlineMs: number; maxMemoryMb: number },
  moduleUrl: string,
  failure: (detail: string) => ImportResult,
): Promise<ImportResult> {
  let threads: Threads;
  try {
    threads = (await import(/* @vite-ignore */ THREADS)) as Threads;
  } catch (error) {
    return failure(`worker threads are not available here: ${String(error)}`);
  }
  const worker = new threads.Worker(boot, {
    eval: true,
    workerData: { url: moduleUrl, bytes, options },
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false,
  });
  return new Promise<ImportResult>((resolve) => {
    let done = false;
    const finish = (result: ImportResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const started = Date.now();
    let deadline = limits.deadlineMs;
    const arm = () =>
      setTimeout(
        () => finish(tooComplex(new TooComplex("timeMs", deadline), options.locale)),
        Math.max(0, started + deadline - Date.now()),
      );
    let timer = arm();
    worker.on("message", (value) => {
      const wire = value as WireResult & { crashed?: string; ocr?: { pages: number; allowanceMs: number } };
      if (wire.ocr) {
        deadline += wire.ocr.allowanceMs;
        clearTimeout(timer);
        timer = arm();
        onOcrStart?.(wire.ocr);
        return;
      }
      if (wire.crashed !== undefined) return finish(failure(wire.crashed));
      const { report, ...rest } = wire;
      const revived = report === undefined ? undefined : reviveReport(JSON.parse(report));
      finish(revived ? { ...rest, report: revived } : rest);
    });
    worker.once("error", (error) =>
      finish(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? tooComplex(new TooComplex("memory", limits.maxMemoryMb), options.locale)
          : failure(error.message),
      ),
    );
    worker.once("exit", (code) => finish(failure(`the reader's thread stopped (exit code ${code})`)));
  });
}
