#!/usr/bin/env node
import { isMainThread, workerData } from "node:worker_threads";
import { installSyncInflate } from "./inflate.js";
import { processIo } from "./io.js";
import { main } from "./main.js";
import { serveTasks, WORKER_MARK } from "./worker.js";

// The CLI owns its threads, so it may give pdf.js a faster inflate than Node's (see inflate.ts).
installSyncInflate();

// One file for both roles: the pool starts this module again as a worker thread.
if (!isMainThread && workerData?.mark === WORKER_MARK) {
  serveTasks(workerData.settings);
} else {
  // `zfxxgk validate dir | head` closes the pipe early: stop quietly, not with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), processIo(new URL(import.meta.url))).then((code) => {
    process.exitCode = code;
  });
}
