import { Worker } from "node:worker_threads";
import type { Item, RunSettings, Task } from "./batch.js";
import { CliError } from "./errors.js";
import { WORKER_MARK } from "./worker.js";

// Run from source (tests, `tsx src/cli/bin.ts`), a worker must register tsx itself: Node 20 does not
// carry the parent's --import loader into worker threads.
function start(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData });
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

interface Pending {
  id: number;
  task: Task;
  resolve(items: Item[]): void;
  reject(error: Error): void;
}

/** A fixed set of worker threads, each running the CLI's entry module in worker mode. */
export class Pool {
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private readonly workers: Worker[] = [];
  private nextId = 0;
  private broken: Error | undefined;

  constructor(size: number, entry: URL, settings: RunSettings) {
    for (let i = 0; i < size; i++) {
      const worker = start(entry, { mark: WORKER_MARK, settings });
      worker.on("message", (message: { id: number; items: Item[] }) => {
        const job = this.running.get(worker);
        this.running.delete(worker);
        if (job && job.id === message.id) job.resolve(message.items);
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0 || this.running.has(worker)) this.fail(new Error(`worker exited with code ${code}`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Runs a task on the next free worker. */
  submit(task: Task): Promise<Item[]> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Pending;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private fail(error: Error): void {
    if (this.broken) return;
    this.broken = new CliError("E_INTERNAL", {
      zh: `工作线程出错：${error.message}`,
      en: `a worker thread failed: ${error.message}`,
    });
    for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(this.broken);
    this.running.clear();
  }

  async close(): Promise<void> {
    this.broken ??= new Error("pool closed");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
