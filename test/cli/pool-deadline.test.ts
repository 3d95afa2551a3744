import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CliError } from "../../src/cli/errors.js";
import { Pool, type PoolWorker } from "../../src/cli/pool.js";

/** A worker thread's stand-in: the test speaks for it, on a clock the test moves. */
class FakeWorker extends EventEmitter {
  posted: { id: number; task: unknown }[] = [];
  postMessage(message: { id: number; task: unknown }) {
    this.posted.push(message);
  }
  async terminate() {
    return 0;
  }
}

const LIMITS = { maxMemoryMb: 64, deadlineMs: 1_000, graceMs: 500, jobsPerWorker: 10 };
const settings = { locale: "en" as const, format: "json" as const, color: false };

describe("a reading thread's deadline grows with the OCR allowance it reports", () => {
  let worker: FakeWorker;
  let pool: Pool;
  beforeEach(() => {
    vi.useFakeTimers();
    worker = new FakeWorker();
    pool = new Pool(1, new URL("file:///worker.js"), settings, LIMITS, () => worker as unknown as PoolWorker);
  });
  afterEach(async () => {
    await pool.close();
    vi.useRealTimers();
  });

  it("without word from the thread, the job fails at its deadline (plus grace)", async () => {
    const job = pool.submit<string>({ kind: "load" });
    const failed = job.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_499);
    worker.emit("message", { id: -1, result: "another job's" });
    await vi.advanceTimersByTimeAsync(2);
    const error = await failed;
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).label.en).toBe("too complex: not read within 1 s; skipped");
  });

  it("a thread that starts OCR on n pages has n × the allowance more, and its result is taken", async () => {
    const job = pool.submit<string>({ kind: "load" });
    const id = worker.posted[0]?.id as number;
    await vi.advanceTimersByTimeAsync(900);
    worker.emit("message", { id, extendMs: 40_000 });
    await vi.advanceTimersByTimeAsync(40_000);
    worker.emit("message", { id, result: "read" });
    await expect(job).resolves.toBe("read");
  });

  it("the extended deadline still holds: past it the job fails, naming the time it had", async () => {
    const job = pool.submit<string>({ kind: "load" });
    const failed = job.catch((error: unknown) => error);
    const id = worker.posted[0]?.id as number;
    worker.emit("message", { id, extendMs: 20_000 });
    await vi.advanceTimersByTimeAsync(21_501);
    expect(((await failed) as CliError).label.en).toBe("too complex: not read within 21 s; skipped");
  });
});
