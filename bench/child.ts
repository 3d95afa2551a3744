import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Wall time of one child process run to its end, in milliseconds; output is discarded. */
export function wallMs(args: string[]): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (child.error) throw child.error;
  if (child.status === 2 || child.signal)
    throw new Error(`${args.join(" ")} failed (${child.status ?? child.signal})`);
  return performance.now() - start;
}

const TIME = "/usr/bin/time";

/**
 * Runs `node args` with `lines` written to its stdin (with backpressure) and returns its peak
 * resident set size in MiB and its wall time. The peak is GNU time's maximum RSS when it is
 * installed, else the highest VmHWM read from /proc while the child runs.
 */
export async function peakRss(
  args: string[],
  lines: Iterable<string>,
): Promise<{ mib: number; ms: number; how: string }> {
  const viaTime = existsSync(TIME);
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-rss-"));
  const out = join(dir, "rss");
  const start = performance.now();
  const child = viaTime
    ? spawn(TIME, ["-f", "%M", "-o", out, process.execPath, ...args], { stdio: ["pipe", "ignore", "ignore"] })
    : spawn(process.execPath, args, { stdio: ["pipe", "ignore", "ignore"] });
  let hwmKiB = 0;
  const status = `/proc/${child.pid}/status`;
  const sampler = viaTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(status, "utf8"));
          if (m) hwmKiB = Math.max(hwmKiB, Number(m[1]));
        } catch {
          // the child has exited
        }
      }, 20);
  const exited = once(child, "close");
  for (const line of lines) {
    if (!child.stdin.write(`${line}\n`)) await once(child.stdin, "drain");
  }
  child.stdin.end();
  await exited;
  const ms = performance.now() - start;
  if (sampler) clearInterval(sampler);
  if (viaTime) hwmKiB = Number(readFileSync(out, "utf8").trim().split("\n").pop());
  rmSync(dir, { recursive: true, force: true });
  if (!(hwmKiB > 0)) throw new Error("could not read the child's peak RSS");
  return { mib: hwmKiB / 1024, ms, how: viaTime ? "GNU time's maximum RSS" : "VmHWM sampled from /proc" };
}
