import type { WalkFs } from "./files.js";

/** What a command may touch of the outside world: injected so tests can run `main` in-process. */
export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The file-system calls of the folder walk; absent → node:fs. Tests deny reads with it, even as root. */
  fs?: WalkFs;
  /** The entry module, started again as a worker thread; absent → no workers. */
  workerUrl?: URL;
}

/** A stream we write text to. */
export interface Output {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  once?(event: "drain", listener: () => void): unknown;
}

/** Writes and waits for the stream to drain when it asks, so output of any size stays bounded in memory. */
export async function write(out: Output, chunk: string): Promise<void> {
  if (chunk === "") return;
  if (!out.write(chunk) && out.once) {
    await new Promise<void>((resolve) => out.once?.("drain", resolve));
  }
}

/** The real process. */
export function processIo(workerUrl?: URL): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    ...(workerUrl ? { workerUrl } : {}),
  };
}
