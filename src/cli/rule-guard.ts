import { resolve } from "node:path";
import type { Rule } from "../rules/types.js";
import type { RunSettings } from "./batch.js";
import { checkLoaded, failed } from "./check.js";
import { type CliConfig, readBaseline, readConfigFile, ruleFlags, settle } from "./config-file.js";
import { CliError } from "./errors.js";
import type { Io } from "./io.js";
import type { Loaded } from "./load.js";
import type { FileResult } from "./output-schema.js";
import { POOL_LIMITS, Pool } from "./pool.js";

/**
 * Custom rules are code from a configuration module, and a check that never returns cannot be
 * stopped in the thread that runs it. So a run with custom rules checks each report in a worker
 * thread that imports the module itself (functions cannot be sent to a thread), under a deadline
 * (`--rule-timeout`): a report whose check misses it is that report's failure, naming the rule that
 * was running, and the batch goes on. Built-in rules are bounded by construction and never need this.
 */

/** What a checking thread needs to rebuild the configuration: the module and the flags beside it. */
export interface RuleModule {
  /** Absolute path of the `--config` module. */
  file: string;
  rules: string[];
  baseline?: string;
  /** One Int32 slot: 1 + the index of the custom rule running now, 0 between rules. */
  probe: SharedArrayBuffer;
}

/** A task for a checking thread: one report, already read. */
export interface CheckTask {
  kind: "check";
  file: string;
  loaded: Loaded;
  found?: boolean | undefined;
}

/** `--rule-timeout` when not given, in seconds: far above any real rule, short enough to notice. */
export const RULE_TIMEOUT_S = 30;

/** `--rule-timeout`, checked, in milliseconds. */
export function ruleTimeoutOf(value: string | undefined): number {
  if (value === undefined) return RULE_TIMEOUT_S * 1000;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400) {
    throw new CliError("E_USAGE", {
      zh: `--rule-timeout 应为 0 到 86400 之间的秒数，而不是 “${value}”`,
      en: `--rule-timeout takes seconds from 0 to 86400, not “${value}”`,
    });
  }
  return Math.round(n * 1000);
}

// Each custom check marks itself in the shared slot, so the main thread can say which one hung.
function probed(rules: readonly Rule<string, string>[], probe: SharedArrayBuffer): Rule<string, string>[] {
  const slot = new Int32Array(probe);
  return rules.map((rule, i) => ({
    ...rule,
    check(context) {
      Atomics.store(slot, 0, i + 1);
      try {
        return rule.check(context);
      } finally {
        Atomics.store(slot, 0, 0);
      }
    },
  }));
}

/** In a checking thread: the settings with the configuration module imported again, rules probed. */
export async function settingsInThread(settings: RunSettings, module: RuleModule): Promise<RunSettings> {
  const io = { cwd: process.cwd() } as Io;
  const fromFile = await readConfigFile(module.file, io);
  const baseline = module.baseline === undefined ? [] : readBaseline(module.baseline, io);
  const config: CliConfig = settle(fromFile, ruleFlags(module.rules), baseline);
  const customRules = probed(config.customRules ?? [], module.probe);
  return { ...settings, config: { ...config, customRules } };
}

/** In a checking thread: one report checked, as the main thread would have. */
export function serveCheck(task: CheckTask, settings: RunSettings): FileResult {
  return checkLoaded(task.file, task.loaded, settings, undefined, task.found);
}

// Why the checking thread was ended: the pool's word, told apart from any other failure.
class RuleStop extends Error {
  constructor(readonly what: "memory" | "time") {
    super(what);
  }
}

/** The main thread's side: checks reports in one thread under the deadline, names a rule that hangs. */
export class RuleGuard {
  private readonly pool: Pool;
  private readonly slot: Int32Array;
  private readonly names: string[];

  constructor(
    io: Io,
    private readonly settings: RunSettings,
    config: {
      file: string;
      rules: readonly string[];
      baseline?: string;
      customRules: readonly Rule<string, string>[];
    },
    private readonly timeoutMs: number,
  ) {
    const probe = new SharedArrayBuffer(4);
    this.slot = new Int32Array(probe);
    this.names = config.customRules.map((r) => r.id);
    const module: RuleModule = {
      file: resolve(io.cwd, config.file),
      rules: [...config.rules],
      ...(config.baseline !== undefined ? { baseline: resolve(io.cwd, config.baseline) } : {}),
      probe,
    };
    // The thread gets plain settings (no functions) and rebuilds the rest from the module.
    const { config: _functions, ...plain } = settings;
    const limits = {
      ...POOL_LIMITS,
      deadlineMs: timeoutMs,
      graceMs: 0,
      explain: (what: "memory" | "time") => new RuleStop(what),
    };
    if (!io.workerUrl) throw new Error("a checking thread needs the CLI's entry module");
    this.pool = new Pool(1, io.workerUrl, { ...plain, ruleModule: module }, limits);
  }

  /** Checks one read report; a check past the deadline fails this report alone. */
  async check(file: string, loaded: Loaded, found?: boolean): Promise<FileResult> {
    try {
      return await this.pool.submit<FileResult>({ kind: "check", file, loaded, found } satisfies CheckTask);
    } catch (error) {
      const running = Atomics.load(this.slot, 0);
      Atomics.store(this.slot, 0, 0);
      const rule = running > 0 ? this.names[running - 1] : undefined;
      if (!(error instanceof RuleStop)) return failed(file, error, this.settings.locale);
      const name = rule ?? "?";
      const seconds = this.timeoutMs / 1000;
      const label =
        error.what === "time"
          ? {
              zh: `自定义规则 ${name} 在 ${seconds} 秒内未完成，本报告未能校验（--rule-timeout）`,
              en: `custom rule ${name} did not finish within ${seconds} s; this report was not checked (--rule-timeout)`,
            }
          : {
              zh: `自定义规则 ${name} 超出内存上限，本报告未能校验`,
              en: `custom rule ${name} went over the memory limit; this report was not checked`,
            };
      return failed(file, new CliError("E_RULE_TIMEOUT", label), this.settings.locale);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
