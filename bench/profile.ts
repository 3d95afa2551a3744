// npm run bench:profile [-- N]: validateReport of the full edition-2021 report N times (default
// 50,000) under `node --cpu-prof`, then the top frames by self time and the inclusive share of the
// library's stages. The numbers in docs/performance.md came from this.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FULL_2021_TEXT } from "./fixture.js";
import { lib } from "./lib.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const STAGES = ["validateReport", "parseReport", "fastObject", "runRules", "build", "safeParse"];
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 50_000);

if (process.argv.includes("--target")) {
  const input: unknown = JSON.parse(FULL_2021_TEXT);
  const start = performance.now();
  for (let i = 0; i < runs; i++) lib.validateReport(input);
  console.log(
    `${runs} × validateReport: ${(((performance.now() - start) / runs) * 1000).toFixed(1)} µs each`,
  );
} else {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-profile-"));
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ["--cpu-prof", "--cpu-prof-dir", dir, "--import", "tsx", self, "--target", String(runs)],
    { stdio: "inherit" },
  );
  if (child.status !== 0) process.exit(child.status ?? 1);
  // tsx adds a loader thread with its own profile; the main thread's is the one that ran the library.
  const profiles = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Profile);
  rmSync(dir, { recursive: true });
  const main = profiles.find((p) => p.nodes.some((n) => n.callFrame.functionName === "validateReport"));
  if (!main) throw new Error("no profile of the main thread");
  summarise(main);
}

function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>(STAGES.map((s) => [s, 0]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.split("/").slice(-2).join("/")}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? "";
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
      }
    }
  });
  const pct = (x: number) => `${((100 * x) / total).toFixed(1).padStart(5)}%`;
  console.log("\ntop frames by self time (whole process, start-up included):");
  for (const [key, dt] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`${pct(dt)}  ${key}`);
  console.log("\ninclusive time of the library's stages:");
  for (const [name, dt] of inclusive) console.log(`${pct(dt)}  ${name}`);
}
