import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's LibreOffice (libreoffice-writer-nogui), which .ci/run installs. */
export const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

/** LibreOffice is there wherever CI runs, so there a missing one fails the test instead of skipping it. */
export const sofficeRequired = hasSoffice || process.env.CI === "true";

/**
 * Converts .docx files to PDF with headless LibreOffice, as an office would print its report, and
 * returns each PDF's bytes. One process for all files: LibreOffice starts in seconds, not milliseconds.
 */
export function docxToPdf(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-soffice-"));
  const names = Object.keys(files);
  for (const name of names) writeFileSync(join(dir, `${name}.docx`), files[name] as Uint8Array);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...names.map((n) => join(dir, `${n}.docx`)),
    ],
    { stdio: "ignore", timeout: 600_000 },
  );
  return Object.fromEntries(names.map((n) => [n, new Uint8Array(readFileSync(join(dir, `${n}.pdf`)))]));
}
