import { parseArgs } from "node:util";
import type { Label } from "../model/label.js";
import type { Locale } from "../rules/types.js";
import { CliError } from "./errors.js";
import type { Io } from "./io.js";
import { CLI_MESSAGES, say } from "./messages.js";

/** One option of a command, declared once: parsing, validation and help all read it. */
export interface OptionDef {
  type: "string" | "boolean";
  description: Label;
  short?: string;
  /** A string option that may be given more than once (its value is then a list). */
  multiple?: boolean;
  /** Allowed values of a string option. */
  choices?: readonly string[];
  /** Shown in help after the name, e.g. FILE. */
  value?: string;
  default?: string;
}

/** A subcommand: its usage, options and what it does. */
export interface CommandDef<O extends Record<string, OptionDef> = Record<string, OptionDef>> {
  name: string;
  summary: Label;
  /** Positional arguments as shown in help, e.g. "<file|dir>...". */
  usage: string;
  positionals: { min: number; max: number };
  options: O;
  run(context: CommandContext<O>): Promise<number>;
}

type Values<O extends Record<string, OptionDef>> = {
  [K in keyof O]: O[K]["type"] extends "boolean"
    ? boolean | undefined
    : O[K] extends { multiple: true }
      ? string[] | undefined
      : string | undefined;
};

/** What a command's `run` receives. */
export interface CommandContext<O extends Record<string, OptionDef>> {
  values: Values<O> & GlobalValues;
  positionals: string[];
  locale: Locale;
  io: Io;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  format: {
    type: "string",
    choices: ["text", "json", "markdown"],
    value: "text|json|markdown",
    description: { zh: "输出格式（默认 text）", en: "output format (default text)" },
  },
  locale: {
    type: "string",
    choices: ["zh-CN", "en"],
    value: "zh-CN|en",
    description: { zh: "消息语言（默认 zh-CN）", en: "language of messages (default zh-CN)" },
  },
  color: { type: "boolean", description: { zh: "强制彩色输出", en: "force colour" } },
  "no-color": {
    type: "boolean",
    description: { zh: "不用彩色（也可设 NO_COLOR=1）", en: "no colour (or set NO_COLOR=1)" },
  },
  help: { type: "boolean", short: "h", description: { zh: "显示帮助", en: "show this help" } },
} as const satisfies Record<string, OptionDef>;

export type GlobalValues = {
  format: string | undefined;
  locale: string | undefined;
  color: boolean | undefined;
  "no-color": boolean | undefined;
  help: boolean | undefined;
};

/**
 * The locale of the run: `--locale` anywhere in argv (read before parsing, so even usage errors are
 * localised), else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (`en_US.UTF-8` → en,
 * anything else → zh-CN, as POSIX lets the first one decide), else zh-CN.
 */
export function localeOf(argv: readonly string[], env: Record<string, string | undefined> = {}): Locale {
  const i = argv.findIndex((a) => a === "--locale" || a.startsWith("--locale="));
  const value = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  if (value !== undefined) return value === "en" ? "en" : "zh-CN";
  const system = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return system !== undefined && /^en(?:[_.@-]|$)/i.test(system) ? "en" : "zh-CN";
}

function usageError(label: Label, data: Record<string, unknown> = {}): CliError {
  return new CliError("E_USAGE", { zh: say(label, "zh-CN", data), en: say(label, "en", data) });
}

/** A list of plain words, joined as each locale joins them. */
export function listLabel(items: readonly string[]): Label {
  return { zh: items.join("、"), en: items.join(", ") };
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The known name closest to a misspelt one, when it is close enough to be a slip. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// node:util's parseArgs speaks English and names codes: say the same in the clerk's words.
function argumentError(error: unknown, names: readonly string[]): CliError {
  const { code, message = "" } = error as { code?: string; message?: string };
  const option = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const near = closest(option.replace(/^-+/, ""), names);
    return near
      ? usageError(CLI_MESSAGES.unknownOptionNear, { option, near: `--${near}` })
      : usageError(CLI_MESSAGES.unknownOption, { option });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return usageError(/argument missing/.test(message) ? CLI_MESSAGES.missingValue : CLI_MESSAGES.noValue, {
      option,
    });
  return usageError(CLI_MESSAGES.badArguments);
}

/** Parses a command's arguments; every mistake is an `E_USAGE` error naming it. */
export function parseCommand<O extends Record<string, OptionDef>>(
  command: CommandDef<O>,
  argv: string[],
): { values: Values<O> & GlobalValues; positionals: string[] } {
  const all: Record<string, OptionDef> = { ...GLOBAL_OPTIONS, ...command.options };
  const config: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const [name, def] of Object.entries(all)) {
    config[name] = def.short ? { type: def.type, short: def.short } : { type: def.type };
    if (def.multiple) config[name].multiple = true;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentError(error, Object.keys(all));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const [name, def] of Object.entries(all)) {
    const value = values[name];
    if (typeof value === "string" && def.choices && !def.choices.includes(value)) {
      throw usageError(CLI_MESSAGES.badChoice, {
        option: `--${name}`,
        value,
        choices: listLabel(def.choices),
      });
    }
    if (value === undefined && def.default !== undefined) values[name] = def.default;
  }
  const { positionals } = parsed;
  if (!values.help) {
    if (positionals.length < command.positionals.min) {
      throw usageError(CLI_MESSAGES.missingArguments, { usage: command.usage });
    }
    if (positionals.length > command.positionals.max) {
      throw usageError(CLI_MESSAGES.extraArguments, { extra: positionals.slice(command.positionals.max) });
    }
  }
  return { values: values as Values<O> & GlobalValues, positionals };
}

function optionLines(options: Record<string, OptionDef>, locale: Locale): string[] {
  const rows = Object.entries(options).map(([name, def]) => {
    const flag = `${def.short ? `-${def.short}, ` : "    "}--${name}${def.value ? ` ${def.value}` : ""}`;
    return [flag, locale === "en" ? def.description.en : def.description.zh] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
}

/** Help of one command, in the locale. */
export function commandHelp(command: CommandDef, locale: Locale): string {
  const en = locale === "en";
  return [
    `${en ? "Usage" : "用法"}: zfxxgk ${command.name} ${command.usage}`.trimEnd(),
    "",
    en ? command.summary.en : command.summary.zh,
    "",
    en ? "Options:" : "选项：",
    // A command's own option (region's --format) replaces the global one of that name, as in parsing.
    ...optionLines(
      {
        ...command.options,
        ...Object.fromEntries(Object.entries(GLOBAL_OPTIONS).filter(([name]) => !(name in command.options))),
      },
      locale,
    ),
    "",
  ].join("\n");
}

/** Help of the whole program: every command with its summary. */
export function programHelp(commands: readonly CommandDef[], locale: Locale, version: string): string {
  const en = locale === "en";
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `zfxxgk ${version} — ${en ? "check government information disclosure annual reports (政府信息公开工作年度报告)" : "政府信息公开工作年度报告的校验、比对与转换"}`,
    "",
    `${en ? "Usage" : "用法"}: zfxxgk <command> [options]`,
    "",
    en ? "Commands:" : "命令：",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${en ? c.summary.en : c.summary.zh}`),
    "",
    en
      ? "Run `zfxxgk <command> --help` for a command's options. Exit status: 0 no errors, 1 error findings, 2 unreadable input or bad usage."
      : "用 `zfxxgk <命令> --help` 查看各命令的选项；用 --locale en 显示英文。退出码：0 无错误，1 有错误，2 无法读取输入或用法错误。",
    "",
  ].join("\n");
}
