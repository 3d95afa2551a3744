import { COUNT_CHAR, parseCount } from "./numbers.js";
import { clauses, type Span, sentencesWith } from "./sentences.js";
import { ANY_CLAUSE_EXCLUDES, SHAPES, type Shape, TOPICS, type TopicId } from "./shapes.js";

/** A figure a sentence states, read with certainty. */
export interface Statement {
  shape: Shape;
  sentence: Span;
  /** The words that state the figure, and where they start in the section. */
  phrase: Span;
  stated: number;
}

/** What the reader made of a text: the statements, and the sentences about a table it could not read. */
export interface TextReading {
  statements: Statement[];
  /** Sentences about 依申请公开 or 复议/诉讼 holding a count, of which nothing was read. */
  skipped: Span[];
  /** Sentences of which at least one figure was read. */
  read: Span[];
}

// The words every topic needs; text without any of them says nothing of tables 三 and 四.
const ANY_TOPIC = new RegExp(
  Object.values(TOPICS)
    .map((t) => t.sentence[0]?.source ?? "")
    .filter((p) => p !== "")
    .join("|"),
);
const ANY_TOPIC_GLOBAL = new RegExp(ANY_TOPIC.source, "g");
const compiled = SHAPES.map((shape) => ({ shape, regex: new RegExp(shape.pattern, "g") }));

const COUNT_WITH_UNIT = new RegExp(`${COUNT_CHAR}(?:件|起|宗)`);
const YEAR = /((?:19|20)[0-9]{2})年/g;

const TOPIC_LIST = Object.entries(TOPICS) as [TopicId, (typeof TOPICS)[TopicId]][];

function topicsOf(sentence: string): Set<TopicId> {
  const found = new Set<TopicId>();
  // One scan rules out the sentences that name no topic at all, which are most of them.
  if (!ANY_TOPIC.test(sentence)) return found;
  for (const [id, topic] of TOPIC_LIST) {
    if (topic.sentence.every((r) => r.test(sentence))) found.add(id);
  }
  return found;
}

// A clause naming a year other than the report's speaks of another year.
const otherYear = (clause: string, year: number) =>
  [...clause.matchAll(YEAR)].some((m) => Number(m[1]) !== year);

const SEPARATORS = "、和及与并共计";

// After 其中 a figure is a part: of the table's own parts (其中新收…, 其中予以公开…) or of something
// else (其中县政府办公室收到…). Only the first kind is read: nothing but figures already read and
// list separators may stand between 其中 and the figure. One sweep over the clause, for statements
// in order: where the last 其中 starts, and the last character that is neither kept nor a separator.
function keepParts(clause: string, statements: readonly Statement[], offset: number): Statement[] {
  const kept: Statement[] = [];
  let at = -1;
  let lastWord = -1;
  let keptEnd = 0;
  let i = 0;
  for (const st of statements) {
    const start = st.phrase.offset - offset;
    for (; i < start; i++) {
      if (clause.startsWith("其中", i)) at = i;
      if (i >= keptEnd && !SEPARATORS.includes(clause[i] ?? "")) lastWord = i;
    }
    const opens = clause.startsWith("其中", start) ? start : at;
    if (opens >= 0 && lastWord >= opens + 2) continue;
    kept.push(st);
    keptEnd = start + st.phrase.text.length;
  }
  return kept;
}

function readClause(sentence: Span, clause: Span, topics: Set<TopicId>, year: number): Statement[] {
  // Every shape states a count with its unit (件/起/宗): a clause without one has nothing to read.
  if (!COUNT_WITH_UNIT.test(clause.text)) return [];
  if (ANY_CLAUSE_EXCLUDES.test(clause.text) || otherYear(clause.text, year)) return [];
  const open = new Set([...topics].filter((t) => !TOPICS[t].excludes.test(clause.text)));
  if (open.size === 0) return [];
  // Characters already read by an earlier shape: checked per match, so the cost is the match's length.
  const taken = new Uint8Array(clause.text.length);
  const overlaps = (start: number, end: number) => taken.subarray(start, end).includes(1);
  const statements: Statement[] = [];
  for (const { shape, regex } of compiled) {
    if (!open.has(shape.topic)) continue;
    regex.lastIndex = 0;
    for (let match = regex.exec(clause.text); match; match = regex.exec(clause.text)) {
      const start = match.index;
      const end = start + match[0].length;
      const stated = parseCount(match.groups?.n ?? "");
      if (stated === undefined || overlaps(start, end)) {
        // A match over text read already may hide a shorter one just after its start.
        regex.lastIndex = start + 1;
        continue;
      }
      taken.fill(1, start, end);
      statements.push({ shape, sentence, phrase: { text: match[0], offset: clause.offset + start }, stated });
    }
  }
  statements.sort((a, b) => a.phrase.offset - b.phrase.offset);
  return keepParts(clause.text, statements, clause.offset);
}

/** Reads the figures a section's text states about tables 三 and 四; `year` is the report's. */
export function readText(text: string, year: number): TextReading {
  const result: TextReading = { statements: [], skipped: [], read: [] };
  // Only sentences naming a topic can state a figure: the rest of the text is never cut up.
  for (const sentence of sentencesWith(text, ANY_TOPIC_GLOBAL)) {
    // A sentence without a count and its unit has no clause with one: nothing to read or to skip.
    if (!COUNT_WITH_UNIT.test(sentence.text)) continue;
    const topics = topicsOf(sentence.text);
    if (topics.size === 0) continue;
    const found = clauses(sentence).flatMap((clause) => readClause(sentence, clause, topics, year));
    if (found.length > 0) {
      result.read.push(sentence);
      // One by one: spreading a clause of a hundred thousand statements would overflow the stack.
      for (const statement of found) result.statements.push(statement);
    } else {
      result.skipped.push(sentence);
    }
  }
  return result;
}
