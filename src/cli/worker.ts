import { parentPort } from "node:worker_threads";
import { type RunSettings, runTask, type Task } from "./batch.js";
import { failed } from "./check.js";
import { type LoadTask, serveLoad } from "./documents.js";
import { type CheckTask, serveCheck, settingsInThread } from "./rule-guard.js";

/** Marks a worker started by the pool, so the entry module knows to serve tasks instead of parsing argv. */
export const WORKER_MARK = "zfxxgk-validate-worker";

/** Serves tasks from the pool until the pool closes the port: checking tasks, and reading tasks. */
export function serveTasks(settings: RunSettings): void {
  const port = parentPort;
  if (!port) return;
  // A run with custom rules imports its configuration module here again, once, before any check.
  // The pool gives a worker one job at a time: OCR's allowance extends the deadline of the job in hand.
  let current = -1;
  const onOcrStart = ({ allowanceMs }: { allowanceMs: number }) =>
    port.postMessage({ id: current, extendMs: allowanceMs });
  const ready = (
    settings.ruleModule ? settingsInThread(settings, settings.ruleModule) : Promise.resolve(settings)
  ).then((s) => Object.assign(s, { onOcrStart }));
  port.on("message", (message: { id: number; task: Task | LoadTask | CheckTask }) => {
    const { task } = message;
    current = message.id;
    const work =
      task.kind === "load"
        ? serveLoad(task, onOcrStart)
        : task.kind === "check"
          ? ready.then(
              (s) => serveCheck(task, s),
              (error: unknown) => failed(task.file, error, settings.locale),
            )
          : ready.then((s) => runTask(task, s));
    void work.then((result) => port.postMessage({ id: message.id, result }));
  });
}
