import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { cliBin } from "./cli.js";
import { compare } from "./measure.js";
import { defineBench, unavailable } from "./types.js";

const FIXTURE = fileURLToPath(new URL("../test/fixtures/full-2021.json", import.meta.url));

function run(args: string[]): void {
  const child = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (child.error) throw child.error;
}

// Bench 4 (issue 5): one `zfxxgk validate FILE` process vs an empty Node process. Runs as soon as the
// built bin exists; the exit code is not checked (1 only means findings).
export default defineBench({
  id: "cli-startup",
  title: "4. CLI start-up for one file vs `node -e ''`",
  async run() {
    const bin = cliBin();
    if ("missing" in bin) return [unavailable("zfxxgk validate FILE ÷ node -e ''", bin.missing)];
    return [
      await compare(
        "zfxxgk validate FILE ÷ node -e ''",
        ["zfxxgk validate FILE", () => run([bin.path, "validate", FIXTURE])],
        ["node -e ''", () => run(["-e", ""])],
      ),
    ];
  },
});
