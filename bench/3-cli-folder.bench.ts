import { cliBin } from "./cli.js";
import { defineBench, unavailable } from "./types.js";

// Slot for bench 3 (issue 5): `zfxxgk validate <dir>` over 10,000 reports on both cores (worker
// threads) vs reading and JSON.parse-ing the same files, target ≤ 2×; and the peak RSS of
// `zfxxgk validate --ndjson` over 100,000 lines ÷ over 10,000 lines (flat memory: ≈ 1). Write the
// reports to a temp dir from test/fixtures/full-2021.json; read the child's peak RSS with a
// `--require` preload that prints process.resourceUsage().maxRSS on exit.
export default defineBench({
  id: "cli-folder",
  title: "3. CLI over a folder of 10,000 reports vs read + JSON.parse; NDJSON memory",
  async run() {
    const bin = cliBin();
    const why = "missing" in bin ? bin.missing : "the CLI exists; this bench is still to be written";
    return [
      unavailable("zfxxgk validate <10,000 files> ÷ read + JSON.parse", why),
      unavailable("peak RSS, --ndjson 100,000 lines ÷ 10,000 lines", why),
    ];
  },
});
