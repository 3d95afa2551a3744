import type { FindingDraft, Path, Rule } from "./types.js";

/** Freezes a report and everything in it, so a rule that writes to it throws instead of changing it. */
export function freezeDeep(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
}

const isPath = (p: unknown): p is Path =>
  Array.isArray(p) && p.every((k) => typeof k === "string" || (typeof k === "number" && Number.isInteger(k)));

// A path into the report (or, after "previous", last year's): every segment but the last names an
// object or array that is there. The last may be a blank cell.
function reaches(path: Path, input: { report: unknown; previous: unknown }): boolean {
  let at: unknown = path[0] === "previous" ? input.previous : input.report;
  const segments = path[0] === "previous" ? path.slice(1) : path;
  for (let i = 0; i < segments.length - 1; i++) {
    if (typeof at !== "object" || at === null) return false;
    const key = segments[i] as string | number;
    at = Object.hasOwn(at, key) ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  return segments.length === 0 || (typeof at === "object" && at !== null);
}

/**
 * What is wrong with a finding a rule emits, or `undefined`: a message id the rule declares, a path
 * (and cells) of string and integer segments that reach into the report, data an object. Said in English, as a crash's detail is.
 */
export function emitProblem(
  rule: Rule,
  draft: unknown,
  input: { report: unknown; previous: unknown },
): string | undefined {
  if (typeof draft !== "object" || draft === null) return "emit takes a finding object";
  const { messageId, path, cells, data } = draft as Partial<FindingDraft>;
  if (typeof messageId !== "string" || !Object.hasOwn(rule.messages, messageId))
    return `messageId ${typeof messageId === "string" ? JSON.stringify(messageId) : typeof messageId} is not one of the rule's messages`;
  if (!isPath(path)) return "path is not a list of keys";
  if (!Array.isArray(cells) || !cells.every(isPath)) return "cells is not a list of paths";
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "data is not an object";
  for (const p of [path, ...cells])
    if (!reaches(p, input)) return `${p.join(".") || "(empty path)"} is not a path into the report`;
  return undefined;
}
