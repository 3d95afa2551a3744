import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Locale } from "../rules/types.js";
import { CliError } from "./errors.js";
import type { Io } from "./io.js";
import { type Loaded, type LoadOptions, loadBytes } from "./load.js";

/** Reads one named file of any kind (PDF, Word, JSON, HTML, text; any supported encoding) for a command. */
export async function readReportFile(
  file: string,
  io: Io,
  locale: Locale,
  options: Omit<LoadOptions, "filename"> = {},
): Promise<Loaded> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch {
    throw new CliError("E_READ", { zh: `无法读取 ${file}`, en: `cannot read ${file}` });
  }
  try {
    return await loadBytes(bytes, locale, { ...options, filename: file });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    throw new CliError(error.code, { zh: `${file}：${error.label.zh}`, en: `${file}: ${error.label.en}` });
  }
}
