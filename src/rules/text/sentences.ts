/** A piece of a section's text and where it starts (UTF-16 offset into the section). */
export interface Span {
  text: string;
  offset: number;
}

const SENTENCE_END = new Set([..."。！？；;!?\n"]);
const CLAUSE_BREAK = new Set([..."，：:（）()"]);

// A comma between digits (2,674) is a thousands separator, not a clause break.
const isClauseBreak = (text: string, i: number) =>
  CLAUSE_BREAK.has(text[i] as string) ||
  (text[i] === "," && !(i > 0 && /^[0-9],[0-9]{3}/.test(text.slice(i - 1, i + 4))));

function split(text: string, offset: number, at: (text: string, i: number) => boolean): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !at(text, i)) continue;
    const piece = text.slice(start, i);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim() !== "") spans.push({ text: piece.trim(), offset: offset + start + lead });
    start = i + 1;
  }
  return spans;
}

/** The sentences of a section, split at 。！？； and line breaks. */
export function sentences(text: string): Span[] {
  return split(text, 0, (t, i) => SENTENCE_END.has(t[i] as string));
}

/**
 * The clauses of a sentence, split at commas, colons and brackets: a figure is read only together
 * with the words of its own clause, and "（含上年度结转申请M件，另有K件…）" holds clauses of its own.
 */
export function clauses(sentence: Span): Span[] {
  return split(sentence.text, sentence.offset, isClauseBreak);
}
