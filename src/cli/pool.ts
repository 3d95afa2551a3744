import { Worker } from "node:worker_threads";
import type { RunSettings } from "./batch.js";
import { CliError } from "./errors.js";
import { WORKER_MARK } from "./worker.js";

/** What the pool needs of a worker thread (a test may hand it a stand-in). */
export type PoolWorker = Pick<Worker, "on" | "postMessage" | "terminate" | "removeAllListeners">;

// Run from source (tests, `tsx src/cli/bin.ts`), a worker must register tsx itself: Node 20 does not
// carry the parent's --import loader into worker threads.
function start(entry: URL, workerData: unknown, maxMemoryMb: number): PoolWorker {
  const resourceLimits = { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: 32 };
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData, resourceLimits });
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** The bounds of one worker thread: its heap, and how long one job may take. */
export interface PoolLimits {
  maxMemoryMb: number;
  /** One job's time, as the failure states it; the thread is ended `graceMs` later. */
  deadlineMs: number;
  graceMs: number;
  /** A worker is replaced after this many jobs, so that whatever a reader keeps does not pile up. */
  jobsPerWorker: number;
  /** The failure of a job whose worker ran out of memory or time; by default, a file too complex to read. */
  explain?: (what: "memory" | "time") => Error;
}

/** Each worker's heap, and one document's reading time: far above any report's, far below a machine's. */
export const POOL_LIMITS: PoolLimits = {
  maxMemoryMb: 1024,
  deadlineMs: 60_000,
  graceMs: 10_000,
  jobsPerWorker: 200,
};

interface Pending {
  id: number;
  task: unknown;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: PoolWorker;
  job: Pending | undefined;
  timer: NodeJS.Timeout | undefined;
  /** The job's deadline as it stands (the start, `deadlineMs`, and whatever the job was granted since). */
  deadlineMs: number;
  started: number;
  done: number;
}

/**
 * What a worker sends: a job's result, or (`extendMs`) word that the job was granted more time, as a
 * reader starting OCR on n scanned pages is granted n × 20 s.
 */
type WorkerMessage = { id: number; result: unknown } | { id: number; extendMs: number };

/** The failure a job gets when its worker dies under it or misses the deadline: that job's only. */
function tooComplex(what: "memory" | "time", limits: PoolLimits, deadlineMs = limits.deadlineMs): Error {
  if (limits.explain) return limits.explain(what);
  return what === "memory"
    ? new CliError("E_TOO_COMPLEX", {
        zh: `文件过于复杂：读取时超出内存上限（${limits.maxMemoryMb} MB），已跳过`,
        en: `too complex: reading it went over the memory limit (${limits.maxMemoryMb} MB); skipped`,
      })
    : new CliError("E_TOO_COMPLEX", {
        zh: `文件过于复杂：${deadlineMs / 1000} 秒内未能读完，已跳过`,
        en: `too complex: not read within ${deadlineMs / 1000} s; skipped`,
      });
}

/**
 * A fixed number of worker threads, each running the CLI's entry module in worker mode, each under a
 * heap limit. Whatever happens to one job (a thrown error, a worker out of memory, a deadline missed)
 * rejects that job alone: its worker is replaced and the others go on.
 */
export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly entry: URL,
    private readonly settings: RunSettings,
    private readonly limits: PoolLimits = POOL_LIMITS,
    private readonly startWorker: typeof start = start,
  ) {}

  /** Runs a task on the next free worker; resolves with what the worker sends back. */
  submit<T>(task: unknown): Promise<T> {
    if (this.closed) return Promise.reject(new Error("pool closed"));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve: resolve as (r: unknown) => void, reject });
      this.dispatch();
    });
  }

  private spawn(): Slot {
    const worker = this.startWorker(
      this.entry,
      { mark: WORKER_MARK, settings: this.settings },
      this.limits.maxMemoryMb,
    );
    const slot: Slot = { worker, job: undefined, timer: undefined, deadlineMs: 0, started: 0, done: 0 };
    worker.on("message", (message: WorkerMessage) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      if ("extendMs" in message) return this.arm(slot, slot.deadlineMs + Math.max(0, message.extendMs));
      this.release(slot);
      job.resolve(message.result);
    });
    worker.on("error", (error: Error & { code?: string }) =>
      this.lose(
        slot,
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? tooComplex("memory", this.limits)
          : new CliError("E_INTERNAL", {
              zh: `工作线程出错：${error.message}`,
              en: `a worker thread failed: ${error.message}`,
            }),
      ),
    );
    worker.on("exit", (code) =>
      this.lose(
        slot,
        new CliError("E_INTERNAL", {
          zh: `工作线程意外退出（代码 ${code}）`,
          en: `a worker thread exited (code ${code})`,
        }),
      ),
    );
    this.slots.push(slot);
    return slot;
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      const slot =
        this.slots.find((s) => !s.job) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const job = this.queue.shift() as Pending;
      slot.job = job;
      slot.started = Date.now();
      this.arm(slot, this.limits.deadlineMs);
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  /** Sets the job's deadline to `deadlineMs` from its start (the thread is ended `graceMs` after it). */
  private arm(slot: Slot, deadlineMs: number): void {
    clearTimeout(slot.timer);
    slot.deadlineMs = deadlineMs;
    const left = slot.started + deadlineMs + this.limits.graceMs - Date.now();
    slot.timer = setTimeout(
      () => this.lose(slot, tooComplex("time", this.limits, deadlineMs)),
      Math.max(0, left),
    );
  }

  private release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    if (++slot.done >= this.limits.jobsPerWorker) this.retire(slot);
    this.dispatch();
  }

  // The worker is gone or must go: its job (if any) fails alone, and a new worker takes its place.
  private lose(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    this.retire(slot);
    job?.reject(error);
    this.dispatch();
  }

  private retire(slot: Slot): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    const error = new Error("pool closed");
    for (const job of this.queue.splice(0)) job.reject(error);
    await Promise.all(
      this.slots.splice(0).map((s) => {
        clearTimeout(s.timer);
        s.worker.removeAllListeners();
        s.worker.on("error", () => {});
        return s.worker.terminate();
      }),
    );
  }
}
