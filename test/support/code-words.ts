import { report2019Schema } from "../../src/model/edition-2019/schema.js";
import { report2021Schema } from "../../src/model/edition-2021/schema.js";

/** The report's own keys: a path starts with one (`requests.outcomes.withheld`, or bare `sections`). */
const ROOTS = [...new Set([...Object.keys(report2019Schema.shape), ...Object.keys(report2021Schema.shape)])];

/** Statuses and sheet values in English, which a clerk reads in Chinese. */
const STATUS_WORDS = [
  "valid",
  "invalid",
  "incomplete",
  "missing",
  "unlisted",
  "duplicate",
  "error",
  "warning",
];

/** Ids of findings from no catalogue rule. */
const OTHER_IDS = ["schema", "localise", String.raw`import\.[a-z-]+`, String.raw`region\.[a-z-]+`];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Neither a letter, digit, dot, hyphen nor underscore on either side: a word of its own.
const word = (body: string) => new RegExp(String.raw`(?<![\w.-])(?:${body})(?![\w-]|\.\w)`, "g");

/**
 * The code words in a text a clerk reads: dotted field paths (and bare root keys), rule ids (the
 * catalogue's given, the importer's, region's and schema's by pattern), English status words and
 * places in the source in English.
 */
export function codeWords(text: string, ruleIds: readonly string[]): string[] {
  const patterns = [
    word(`(?:${ROOTS.join("|")})(?:\\.[\\w-]+)*`),
    word(
      [...ruleIds]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegex)
        .join("|"),
    ),
    word(OTHER_IDS.join("|")),
    word(STATUS_WORDS.join("|")),
    // A reader's place in the source left in English (line 33, column 14).
    /\b(?:line|column|row|page|paragraph) \d+/g,
  ];
  const found = new Set<string>();
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.add(m[0]);
  return [...found];
}

/** The text a page shows: no tags, attribute values, scripts or styles (ids may stay on hover). */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
