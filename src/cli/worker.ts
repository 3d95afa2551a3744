import { parentPort } from "node:worker_threads";
import { type RunSettings, runTask, type Task } from "./batch.js";

/** Marks a worker started by the pool, so the entry module knows to serve tasks instead of parsing argv. */
export const WORKER_MARK = "zfxxgk-validate-worker";

/** Serves tasks from the pool until the pool closes the port. */
export function serveTasks(settings: RunSettings): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (message: { id: number; task: Task }) => {
    void runTask(message.task, settings).then((items) => port.postMessage({ id: message.id, items }));
  });
}
