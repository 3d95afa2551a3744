import { parentPort } from "node:worker_threads";
import { type RunSettings, runTask, type Task } from "./batch.js";
import { type LoadTask, serveLoad } from "./documents.js";

/** Marks a worker started by the pool, so the entry module knows to serve tasks instead of parsing argv. */
export const WORKER_MARK = "zfxxgk-validate-worker";

/** Serves tasks from the pool until the pool closes the port: checking tasks, and reading tasks. */
export function serveTasks(settings: RunSettings): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (message: { id: number; task: Task | LoadTask }) => {
    const { task } = message;
    const work = task.kind === "load" ? serveLoad(task) : runTask(task, settings);
    void work.then((result) => port.postMessage({ id: message.id, result }));
  });
}
