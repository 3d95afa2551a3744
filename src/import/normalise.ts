const QUOTES = /["'“”‘’「」『』〝〞]/g;
const SPACE = /[\s\u00a0\u3000\u200b]+/g;

/**
 * The comparison form of a published label: NFKC (full-width brackets, digits and punctuation become
 * ASCII), no whitespace or line breaks, no quotes, "1、" read as "1.", a trailing colon dropped.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(SPACE, "")
    .replace(QUOTES, "")
    .replace(/^(\d+)[、,]/, "$1.")
    .replace(/[:：]$/, "");
}

/** Cell text as read: whitespace runs (incl. &nbsp; and line breaks) collapsed, ends trimmed. */
export function cleanText(text: string): string {
  return text.replace(SPACE, " ").trim();
}
