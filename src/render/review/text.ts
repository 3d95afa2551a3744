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
