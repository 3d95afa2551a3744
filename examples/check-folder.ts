// A supervising office checks every JSON report in a folder (recursively) and lists the failures.
// For large folders, the command does the same on all cores: npx zfxxgk validate <folder>.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateReport } from "zfxxgk";

const folder = process.argv[2] ?? fileURLToPath(new URL("../test/fixtures/", import.meta.url));

function text(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes); // many sites still save GBK
  }
}

let checked = 0;
let failing = 0;
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
  const file = join(entry.parentPath, entry.name);
  let input: unknown;
  try {
    input = JSON.parse(text(readFileSync(file)).replace(/^\uFEFF/, ""));
  } catch (error) {
    console.log(`${file}: 无法读取（${(error as Error).message}）`);
    continue;
  }
  const { valid, summary, report } = validateReport(input);
  checked += 1;
  if (!valid) failing += 1;
  console.log(
    `${file}: ${report?.organ ?? "?"} ${report?.year ?? "?"} — 错误 ${summary.error}，警告 ${summary.warning}`,
  );
}
console.log(`共检查 ${checked} 份，${failing} 份有错误`);
