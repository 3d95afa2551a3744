import type { Label } from "../model/label.js";

/** Why the command stopped or a file was skipped; the code decides the exit status. */
export type CliErrorCode =
  | "E_USAGE" // bad arguments
  | "E_CONFIG" // a configuration, rule flag or baseline with mistakes
  | "E_READ" // the file could not be read
  | "E_DECODE" // bytes in no encoding we can read
  | "E_PARSE" // not valid JSON
  | "E_EMPTY" // nothing in the file
  | "E_UNSUPPORTED" // a kind of input this build cannot handle yet (a scan without a text layer too)
  | "E_NOT_REPORT" // read, but no table of an annual report in it
  | "E_TOO_COMPLEX" // a file over a reader's budget, its thread's heap or its deadline
  | "E_RULE_TIMEOUT" // a custom rule that did not return within --rule-timeout
  | "E_NOT_AVAILABLE" // a command whose library part has not landed
  | "E_INTERNAL"; // a bug in zfxxgk

/** The one error class of the CLI: a code plus a message in both locales, rendered late. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly label: Label;

  constructor(code: CliErrorCode, label: Label) {
    super(label.en);
    this.name = "CliError";
    this.code = code;
    this.label = label;
  }
}

/** Exit status: 2 for unreadable input and bad usage. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/** Any thrown value as a CliError, so no stack trace ever reaches the user. */
export function asCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CliError("E_INTERNAL", {
    zh: `内部错误（这是 zfxxgk 的缺陷，请报告）：${detail}`,
    en: `internal error (a bug in zfxxgk, please report it): ${detail}`,
  });
}
