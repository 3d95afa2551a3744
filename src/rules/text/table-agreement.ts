import type { Label } from "../../model/label.js";
import { pathKey } from "../../model/path.js";
import { defineRule } from "../define-rule.js";
import type { Path } from "../types.js";
import { type Figure, reading } from "./quantities.js";
import { readText } from "./read.js";
import type { Span } from "./sentences.js";
import type { Shape } from "./shapes.js";

// The format's own sections; a section the format does not have (the seed's 政务服务平台建设) is
// about other business, and its 依申请类事项 are not table 三's.
const SECTIONS = [
  ["preamble", { zh: "引言", en: "the preamble" }],
  ["overview", { zh: "一、总体情况", en: "I. Overview" }],
  ["problems", { zh: "五、存在的主要问题及改进情况", en: "V. Main problems and improvements" }],
  ["other", { zh: "六、其他需要报告的事项", en: "VI. Other matters to report" }],
] as const satisfies readonly (readonly [string, Label])[];

// Readings share cells (本年新收 alone and 本年新收 + 上年结转): each cell is named once.
function distinct(cells: Path[]): Path[] {
  const seen = new Set<string>();
  return cells.filter((cell) => {
    const key = pathKey(cell);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A finding quotes this many characters either side of the phrase, within its sentence: a hostile
// sentence of megabytes gives a finding of bytes.
const QUOTE_RADIUS = 30;
const MAX_PHRASE = 40;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

// Cut points that never split a surrogate pair: a start moves right off a low half, an end left off a high one.
function cutStart(text: string, at: number): number {
  return at > 0 && isLow(text.charCodeAt(at)) ? at + 1 : at;
}
function cutEnd(text: string, at: number): number {
  return at < text.length && isHigh(text.charCodeAt(at - 1)) ? at - 1 : at;
}

/** The phrase, or its two ends joined by "…" when it is longer than {@link MAX_PHRASE}: never longer than that, "…" counted. */
function shortPhrase(phrase: string): string {
  if (phrase.length <= MAX_PHRASE) return phrase;
  const head = Math.floor((MAX_PHRASE - 1) / 2);
  const tail = MAX_PHRASE - 1 - head;
  return `${phrase.slice(0, cutEnd(phrase, head))}…${phrase.slice(cutStart(phrase, phrase.length - tail))}`;
}

/** The quote of a sentence around a phrase: where it starts in the section, and its text with "…" where cut. */
export function quote(sentence: Span, phrase: Span): { offset: number; text: string } {
  const from = phrase.offset - sentence.offset;
  const to = from + phrase.text.length;
  const start = cutStart(sentence.text, Math.max(0, from - QUOTE_RADIUS));
  const end = cutEnd(sentence.text, Math.min(sentence.text.length, to + QUOTE_RADIUS));
  const inner =
    phrase.text.length > MAX_PHRASE
      ? `${sentence.text.slice(start, from)}${shortPhrase(phrase.text)}${sentence.text.slice(to, end)}`
      : sentence.text.slice(start, end);
  return {
    offset: sentence.offset + start,
    text: `${start > 0 ? "…" : ""}${inner}${end < sentence.text.length ? "…" : ""}`,
  };
}

/** Character positions (from 1, as readers count) of UTF-16 offsets given in increasing order. */
function positions(text: string): (offset: number) => number {
  let at = 0;
  let count = 0;
  return (offset) => {
    if (offset < at) [at, count] = [0, 0];
    for (; at < offset; at++) if (!isLow(text.charCodeAt(at)) || !isHigh(text.charCodeAt(at - 1))) count++;
    return count + 1;
  };
}

export const textTableAgreement = defineRule({
  id: "text.table-agreement",
  title: { zh: "正文所述数字与表格一致", en: "Figures in the text agree with the tables" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: {
    zh: "条例第五十条（年度报告内容）；正文复述的依申请公开、行政复议和行政诉讼数字与表三、表四统计的是同一事项",
    en: "Regulations art. 50 (contents of the report); request and appeal figures the narrative restates count what tables 3 and 4 count",
  },
  uses: ["requests", "appeals", "sections"],
  messages: {
    disagrees: {
      zh: "{section}第 {position} 字起的“{sentence}”写明“{phrase}”（{stated}），与表格不符：{readings|list}",
      en: "{section}, from character {position}: “{sentence}” says “{phrase}” ({stated}), which the tables do not bear out: {readings|list}",
    },
  },
  check({ report, emit }) {
    // A shape's readings are the same for every statement of it: computed once per report.
    const cache = new Map<Shape, Figure[]>();
    const readingsOf = (shape: Shape) => {
      let found = cache.get(shape);
      if (!found) {
        found = shape.readings.map((q) => reading(report, q)).filter((r) => r.value !== undefined);
        cache.set(shape, found);
      }
      return found;
    };
    for (const [key, label] of SECTIONS) {
      const text = report.sections?.[key];
      if (!text) continue;
      const position = positions(text);
      for (const statement of readText(text, report.year).statements) {
        const readings = readingsOf(statement.shape);
        // Blank tables say nothing to agree or disagree with; any reading that fits is agreement.
        if (readings.length === 0 || readings.some((r) => r.value === statement.stated)) continue;
        const [main] = readings;
        if (!main) continue;
        const quoted = quote(statement.sentence, statement.phrase);
        emit({
          messageId: "disagrees",
          path: main.cells[0] ?? ["sections", key],
          cells: distinct(readings.flatMap((r) => r.cells)),
          data: {
            section: label,
            sectionPath: ["sections", key],
            // offset slices the section (UTF-16) where the quote starts; position counts characters
            // from 1, as readers do. sentence is the quote: the sentence, cut around the phrase if long.
            offset: quoted.offset,
            position: position(quoted.offset),
            sentence: quoted.text,
            sentenceOffset: statement.sentence.offset,
            sentenceLength: statement.sentence.text.length,
            phrase: shortPhrase(statement.phrase.text),
            phraseOffset: statement.phrase.offset,
            shape: statement.shape.id,
            stated: statement.stated,
            table: main.value,
            readings: readings.map((r) => ({ label: r.label, value: r.value, cells: r.cells })),
          },
        });
      }
    }
  },
});
