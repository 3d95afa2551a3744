import { COUNT_PATTERN, parseCount } from "./numbers.js";
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

const COUNT_WITH_UNIT = new RegExp(`(?:${COUNT_PATTERN})(?:件|起|宗)`);
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

// After 其中 a figure is a part: of the table's own parts (其中新收…, 其中予以公开…) or of something
// else (其中县政府办公室收到…). Only the first kind is read: nothing but figures already read and
// list separators may stand between 其中 and the figure.
function narrowed(clause: string, start: number, kept: readonly [number, number][]): boolean {
  const at = clause.lastIndexOf("其中", start);
  if (at < 0) return false;
  let rest = "";
  for (let i = at + 2; i < start; i++) {
    if (!kept.some(([s, e]) => s <= i && i < e)) rest += clause[i];
  }
  return rest.replace(/[、和及与并共计]/g, "") !== "";
}

function readClause(sentence: Span, clause: Span, topics: Set<TopicId>, year: number): Statement[] {
  // Every shape states a count with its unit (件/起/宗): a clause without one has nothing to read.
  if (!COUNT_WITH_UNIT.test(clause.text)) return [];
  if (ANY_CLAUSE_EXCLUDES.test(clause.text) || otherYear(clause.text, year)) return [];
  const open = new Set([...topics].filter((t) => !TOPICS[t].excludes.test(clause.text)));
  if (open.size === 0) return [];
  const taken: [number, number][] = [];
  const statements: Statement[] = [];
  for (const { shape, regex } of compiled) {
    if (!open.has(shape.topic)) continue;
    regex.lastIndex = 0;
    for (let match = regex.exec(clause.text); match; match = regex.exec(clause.text)) {
      const start = match.index;
      const end = start + match[0].length;
      const stated = parseCount(match.groups?.n ?? "");
      if (stated === undefined || taken.some(([s, e]) => start < e && s < end)) {
        // A match over text read already may hide a shorter one just after its start.
        regex.lastIndex = start + 1;
        continue;
      }
      taken.push([start, end]);
      statements.push({ shape, sentence, phrase: { text: match[0], offset: clause.offset + start }, stated });
    }
  }
  statements.sort((a, b) => a.phrase.offset - b.phrase.offset);
  const kept: [number, number][] = [];
  return statements.filter((st) => {
    const start = st.phrase.offset - clause.offset;
    if (narrowed(clause.text, start, kept)) return false;
    kept.push([start, start + st.phrase.text.length]);
    return true;
  });
}

/** Reads the figures a section's text states about tables 三 and 四; `year` is the report's. */
export function readText(text: string, year: number): TextReading {
  const result: TextReading = { statements: [], skipped: [], read: [] };
  // Only sentences naming a topic can state a figure: the rest of the text is never cut up.
  for (const sentence of sentencesWith(text, ANY_TOPIC_GLOBAL)) {
    const topics = topicsOf(sentence.text);
    if (topics.size === 0) continue;
    const found = clauses(sentence).flatMap((clause) => readClause(sentence, clause, topics, year));
    if (found.length > 0) {
      result.read.push(sentence);
      result.statements.push(...found);
    } else if (COUNT_WITH_UNIT.test(sentence.text)) {
      result.skipped.push(sentence);
    }
  }
  return result;
}
