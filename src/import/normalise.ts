const QUOTES = /["'“”‘’「」『』〝〞]/g;
const SPACE = /[\s\u00a0\u3000\u200b]+/g;

// The readers ask for the same cell's label form many times (each table's row, column and header
// books); NFKC and four regexes per ask were a fifth of importHtml's time. Bounded, so a page of
// junk cannot grow it without limit; labels are short, longer texts are never labels.
const MEMO_LIMIT = 4096;
const MEMO_MAX_LENGTH = 200;
const memo = new Map<string, string>();

function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(SPACE, "")
    .replace(QUOTES, "")
    .replace(/^(\d+)[、,]/, "$1.")
    .replace(/[:：]$/, "");
}

/**
 * The comparison form of a published label: NFKC (full-width brackets, digits and punctuation become
 * ASCII), no whitespace or line breaks, no quotes, "1、" read as "1.", a trailing colon dropped.
 */
export function normaliseLabel(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return normalise(text);
  let norm = memo.get(text);
  if (norm === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    norm = normalise(text);
    memo.set(text, norm);
  }
  return norm;
}

/** Cell text as read: whitespace runs (incl. &nbsp; and line breaks) collapsed, ends trimmed. */
export function cleanText(text: string): string {
  return text.replace(SPACE, " ").trim();
}
