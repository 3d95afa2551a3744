import {
  type CommandDef,
  closest,
  commandHelp,
  listLabel,
  localeOf,
  parseCommand,
  programHelp,
} from "./args.js";
import { convertCommand } from "./commands/convert.js";
import { diffCommand } from "./commands/diff.js";
import { fixCommand } from "./commands/fix.js";
import { regionCommand } from "./commands/region.js";
import { reviewCommand } from "./commands/review.js";
import { rulesCommand } from "./commands/rules.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";
import { asCliError, EXIT } from "./errors.js";
import { type Io, write } from "./io.js";
import { CLI_MESSAGES, say } from "./messages.js";
import { VERSION } from "./version.js";

/** Every subcommand; help lists them in this order. */
export const COMMANDS = [
  validateCommand,
  regionCommand,
  diffCommand,
  convertCommand,
  fixCommand,
  reviewCommand,
  rulesCommand,
  schemaCommand,
] as unknown as readonly CommandDef[];

// `zfxxgk --locale en validate x` reads as well as `zfxxgk validate x --locale en`.
function commandFirst(argv: readonly string[]): string[] {
  const args = [...argv];
  const moved: string[] = [];
  while (args[0]?.startsWith("--locale")) {
    const flag = args.shift() as string;
    moved.push(flag);
    if (!flag.includes("=") && args.length) moved.push(args.shift() as string);
  }
  return [...args, ...moved];
}

/**
 * Runs the `zfxxgk` command with the given arguments and returns its exit status. Never throws: any
 * error becomes one line on stderr.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const locale = localeOf(argv, io.env);
  const [name, ...rest] = commandFirst(argv);
  try {
    if (name === "--version" || name === "-v") {
      await write(io.stdout, `${VERSION}\n`);
      return EXIT.ok;
    }
    if (
      name === undefined ||
      name === "--help" ||
      name === "-h" ||
      name === "help" ||
      name.startsWith("--locale")
    ) {
      const out = name === undefined || name.startsWith("--locale") ? io.stderr : io.stdout;
      await write(out, programHelp(COMMANDS, locale, VERSION));
      return out === io.stdout ? EXIT.ok : EXIT.failure;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const commands = COMMANDS.map((c) => c.name);
      const near = closest(name, commands);
      const list = listLabel(commands);
      const message = near
        ? say(CLI_MESSAGES.unknownCommandNear, locale, { name, near, commands: list })
        : say(CLI_MESSAGES.unknownCommand, locale, { name, commands: list });
      await write(io.stderr, `${say(CLI_MESSAGES.errorPrefix, locale)}${message}\n`);
      return EXIT.failure;
    }
    const { values, positionals } = parseCommand(command, rest);
    if (values.help) {
      await write(io.stdout, commandHelp(command, locale));
      return EXIT.ok;
    }
    return await command.run({ values, positionals, locale, io });
  } catch (error) {
    const e = asCliError(error);
    const hint = e.code === "E_USAGE" ? `（${say(CLI_MESSAGES.helpHint, locale)}）` : "";
    const text = locale === "en" ? e.label.en : e.label.zh;
    await write(
      io.stderr,
      `${say(CLI_MESSAGES.errorPrefix, locale)}${text}${locale === "en" ? hint.replace("（", " (").replace("）", ")") : hint}\n`,
    );
    return EXIT.failure;
  }
}
