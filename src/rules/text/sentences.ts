/** A piece of a section's text and where it starts (UTF-16 offset into the section). */
export interface Span {
  text: string;
  offset: number;
}

// Scanned with native regular expressions: this runs over every narrative of every report.
const SENTENCE = /[^。！？；;!?\n]+/g;
// A comma between digits (2,674) is a thousands separator, not a clause break.
const CLAUSE = /(?:[^，：:（）(),]|(?<=[0-9]),(?=[0-9]{3}))+/g;

function split(text: string, offset: number, piece: RegExp): Span[] {
  const spans: Span[] = [];
  piece.lastIndex = 0;
  for (let m = piece.exec(text); m; m = piece.exec(text)) {
    const trimmed = m[0].trim();
    if (trimmed === "") continue;
    spans.push({ text: trimmed, offset: offset + m.index + (m[0].length - m[0].trimStart().length) });
  }
  return spans;
}

const END = /[。！？；;!?\n]/g;
// By code unit: text[i] of a Chinese character makes a new one-character string each time.
const ENDS = new Set([..."。！？；;!?\n"].map((c) => c.charCodeAt(0)));
const isEnd = (text: string, at: number) => ENDS.has(text.charCodeAt(at));

/**
 * The sentences of a section (cut at 。！？； and line breaks) that contain a match of `pattern`
 * (which must be global), without cutting up the rest of the text.
 */
export function sentencesWith(text: string, pattern: RegExp): Span[] {
  const found: Span[] = [];
  let covered = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index < covered) continue;
    let start = m.index;
    while (start > 0 && !isEnd(text, start - 1)) start -= 1;
    END.lastIndex = m.index;
    const end = END.exec(text)?.index ?? text.length;
    found.push(...split(text.slice(start, end), start, SENTENCE));
    covered = end;
    pattern.lastIndex = end;
  }
  return found;
}

/**
 * The clauses of a sentence, split at commas, colons and brackets: a figure is read only together
 * with the words of its own clause, and "（含上年度结转申请M件，另有K件…）" holds clauses of its own.
 */
export function clauses(sentence: Span): Span[] {
  return split(sentence.text, sentence.offset, CLAUSE);
}
