import type { Finding, Path } from "../rules/types.js";

/**
 * What identifies the report a finding is about: organ, year and edition as the input gives them.
 *
 * @category Configuration
 */
export interface ReportIdentity {
  organ: string;
  year: string;
  edition: string;
}

const NONE: ReportIdentity = { organ: "", year: "", edition: "" };

/** Organ, year and edition read from any input without throwing (getters, proxies, primitives). */
export function identityOf(input: unknown): ReportIdentity {
  if (typeof input !== "object" || input === null) return NONE;
  try {
    const { organ, year, edition } = input as Record<string, unknown>;
    return {
      organ: typeof organ === "string" ? organ.trim() : "",
      year: typeof year === "number" || typeof year === "string" ? String(year) : "",
      edition: typeof edition === "string" ? edition : "",
    };
  } catch {
    return NONE;
  }
}

const segment = (p: unknown) => (typeof p === "string" ? p : typeof p === "number" ? String(p) : "?");
// Ids are made for every finding, and an outcome total names 22 cells: a path of strings and numbers
// (every path the rules give) is joined in one step, into a flat string that sorts and hashes fast.
function key(path: unknown): string {
  if (!Array.isArray(path)) return "";
  let plain = true;
  for (let i = 0; i < path.length && plain; i++) {
    const p: unknown = path[i];
    plain = typeof p === "string" || typeof p === "number";
  }
  if (plain) return path.join(".");
  let out = "";
  for (let i = 0; i < path.length; i++) out += i === 0 ? segment(path[i]) : `.${segment(path[i])}`;
  return out;
}

// The order of the default sort (UTF-16 code units), without its conversions of every element.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// cyrb53 (public domain): two 32-bit multiply-xorshift lanes, browser-safe, no node:crypto.
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The stable id of a finding: 12 hex digits of a hash of what identifies the problem — rule id,
 * message id, organ, year, edition, the main cell and the sorted cells — and nothing that changes
 * between runs, versions or locales (no message text, no values).
 *
 * @param finding - The finding (its `ruleId`, `messageId`, `path` and `cells` are read).
 * @param report - Organ, year and edition of the report the finding is about.
 * @returns 12 lowercase hex digits.
 * @category Configuration
 * @example
 * import { findingId } from "zfxxgk";
 * findingId(
 *   { ruleId: "requests.balance", messageId: "unbalanced", path: ["requests", "carriedForward", "total"], cells: [] },
 *   { organ: "巴里坤县人民政府", year: "2020", edition: "2019" },
 * ); // 12 hex digits, the same on every machine
 */
export function findingId(
  finding: Pick<Finding<string>, "ruleId" | "messageId" | "path" | "cells">,
  report: ReportIdentity,
): string {
  const cells: string[] = [];
  if (Array.isArray(finding.cells)) for (const cell of finding.cells) cells.push(key(cell));
  cells.sort(byCodeUnits);
  const text = [
    String(finding.ruleId),
    String(finding.messageId),
    report.organ,
    report.year,
    report.edition,
    key(finding.path),
    cells.join("|"),
  ].join("\u0000");
  return hash53(text).toString(16).padStart(14, "0").slice(-12);
}

/** Gives every finding its id; a second finding with the same id gets `-2`, a third `-3`, in order. */
export function assignIds(findings: Finding<string>[], report: ReportIdentity): void {
  let seen: Map<string, number> | undefined;
  for (const f of findings) {
    if (f.id !== undefined) continue;
    const id = findingId(f, report);
    seen ??= new Map();
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    f.id = n === 1 ? id : `${id}-${n}`;
  }
}

/** A path as the dotted key waivers match against. */
export function pathText(path: Path): string {
  return key(path);
}
