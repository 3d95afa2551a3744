import { localise, renderTemplate } from "../../rules/format.js";
import type { Locale, Path } from "../../rules/types.js";
import { REVIEW_MESSAGES, type ReviewMessage } from "./messages.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML content and attribute values. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/** Any value as escaped text: a report or entry read from JSON may hold a string where a number belongs. */
export function escValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  try {
    return esc(String(value));
  } catch {
    return "";
  }
}

function trimControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * A link a page may carry: `http:`, `https:` or relative, else `undefined`. Browsers drop tabs and
 * line breaks anywhere in a URL and controls and spaces at its ends before they read the scheme, so
 * the scheme is read the same way (`java\tscript:` is `javascript:`). Not escaped.
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== "string") return undefined;
  const url = trimControls(href.replace(/[\t\n\r]/g, ""));
  if (url === "") return undefined;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === "http" || scheme === "https" ? url : undefined;
}

/** A review-page string in the locale, placeholders filled, not escaped. */
export function say(id: ReviewMessage, locale: Locale, data: Record<string, unknown> = {}): string {
  return renderTemplate(localise(REVIEW_MESSAGES[id], locale), data, locale);
}

/** The element id of a table cell: the canonical path, joined. */
export const cellId = (path: Path): string => `c-${path.join("-")}`;

/** A path as a lookup key. */
export const pathKey = (path: Path): string => path.join(".");

/** The severity symbols: a mark is never told by colour alone. */
export const SYMBOLS = { error: "✖", warning: "▲", info: "ℹ", suspect: "✎", reading: "?" } as const;
