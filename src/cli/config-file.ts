import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compileConfig, renderProblem, type Waiver, type ZfxxgkConfig } from "../config/config.js";
import { CliError } from "./errors.js";
import type { Io } from "./io.js";

/** A configuration as the CLI hands it to every report: plain data, plus custom rules from a JS file. */
export type CliConfig = ZfxxgkConfig<string>;

function unreadable(what: { zh: string; en: string }, file: string, detail: string): CliError {
  return new CliError("E_CONFIG", {
    zh: `${what.zh} ${file}：${detail}`,
    en: `${what.en} ${file}: ${detail}`,
  });
}

const CONFIG = { zh: "无法读取配置文件", en: "cannot read the configuration" };
const BASELINE = { zh: "无法读取基线文件", en: "cannot read the baseline" };

function readJson(file: string, io: Io, what: typeof CONFIG): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (error) {
    throw unreadable(what, file, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw unreadable(what, file, "JSON");
  }
}

/** Reads `--config`: JSON, or a JavaScript module whose default export is the configuration. */
export async function readConfigFile(file: string, io: Io): Promise<CliConfig> {
  if (/\.(m?js|cjs)$/.test(file)) {
    try {
      const module = (await import(pathToFileURL(resolve(io.cwd, file)).href)) as { default?: unknown };
      return (module.default ?? {}) as CliConfig;
    } catch (error) {
      throw unreadable(CONFIG, file, error instanceof Error ? error.message : String(error));
    }
  }
  return readJson(file, io, CONFIG) as CliConfig;
}

/** `--rule id=level`, repeatable: later flags win. Every id is kept as a key (`__proto__` too) to be checked. */
export function ruleFlags(flags: readonly string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const flag of flags) {
    const at = flag.lastIndexOf("=");
    if (at <= 0) {
      throw new CliError("E_USAGE", {
        zh: `--rule 应写作 规则编号=级别（off、info、warning、error），而不是 “${flag}”`,
        en: `--rule takes id=level (off, info, warning, error), not “${flag}”`,
      });
    }
    out[flag.slice(0, at)] = flag.slice(at + 1);
  }
  return out;
}

/** The waivers of a baseline file (`{ "waivers": [...] }`, or a bare list). */
export function readBaseline(file: string, io: Io): Waiver[] {
  const json = readJson(file, io, BASELINE);
  const list = Array.isArray(json) ? json : (json as { waivers?: unknown } | null)?.waivers;
  if (!Array.isArray(list)) throw unreadable(BASELINE, file, "waivers");
  return list as Waiver[];
}

/** Merges file, flags and baseline into one configuration and checks it: a mistake stops the run. */
export function settle(config: CliConfig, rules: Record<string, string>, baseline: Waiver[]): CliConfig {
  const merged: CliConfig = { ...config };
  if (Object.keys(rules).length)
    merged.rules = { ...(config.rules ?? {}), ...rules } as NonNullable<CliConfig["rules"]>;
  if (baseline.length) merged.waivers = [...(config.waivers ?? []), ...baseline];
  const { problems } = compileConfig(merged);
  if (problems.length) {
    throw new CliError("E_CONFIG", {
      zh: problems.map((p) => renderProblem(p, "zh-CN")).join("\n"),
      en: problems.map((p) => renderProblem(p, "en")).join("\n"),
    });
  }
  return merged;
}

/** One entry of a baseline: the finding's stable id and, for the reader, its rule, organ and file. */
export interface BaselineEntry {
  id: string;
  rule: string;
  file: string;
  organ?: string;
}

/** Writes `--write-baseline`: every finding of the run as an id waiver, sorted so diffs stay small. */
export function writeBaseline(file: string, io: Io, entries: readonly BaselineEntry[], date: string): void {
  const waivers = [...entries]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.id < b.id ? -1 : 1))
    .map((e) => ({ ...e, reason: `baseline ${date}` }));
  try {
    writeFileSync(
      resolve(io.cwd, file),
      `${JSON.stringify({ zfxxgk: "baseline", version: 1, waivers }, null, 2)}\n`,
    );
  } catch (error) {
    throw new CliError("E_READ", {
      zh: `无法写入基线文件 ${file}`,
      en: `cannot write the baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    });
  }
}
