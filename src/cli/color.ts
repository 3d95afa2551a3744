import type { Io } from "./io.js";

/** Severity and status colours; identity functions when colour is off. */
export interface Paint {
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  ok(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

const ON: Paint = {
  error: ansi(31, 39),
  warning: ansi(33, 39),
  info: ansi(36, 39),
  ok: ansi(32, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
};
const same = (s: string) => s;
const OFF: Paint = { error: same, warning: same, info: same, ok: same, dim: same, bold: same };

/**
 * Colour on a terminal. `--color`/`--no-color` win (a per-run choice, as no-color.org asks); then a
 * non-empty NO_COLOR turns it off; then FORCE_COLOR (not "0") turns it on.
 */
export function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  return io.stdout.isTTY === true && io.env.TERM !== "dumb";
}

export function paint(on: boolean): Paint {
  return on ? ON : OFF;
}
