import { parseOutlineHeading } from "../model/outline.js";
import type { Sections } from "../model/report-meta.js";
import type { TextBlock } from "./document.js";
import { normaliseLabel } from "./normalise.js";
import { tableOfHeading } from "./table-context.js";

const HEADING = /^[一二三四五六七八九十]+、[^。；;]{2,40}$/;

/** Whether a line is a section heading such as 五、政务服务平台建设 (numbered, short, no full stop). */
export function isHeading(text: string): boolean {
  return HEADING.test(text.trim());
}

/**
 * Whether a line is a heading of the report's outline: numbered 一、 as {@link isHeading} says, or in
 * another scheme ((二), 2., 第二部分) when its words name one of the six parts.
 */
export function isOutlineHeading(text: string): boolean {
  if (isHeading(text)) return true;
  const line = text.trim();
  return line.length <= 45 && !/[。；;]/u.test(line) && parseOutlineHeading(line)?.part !== undefined;
}

type Slot = "overview" | "problems" | "other" | "table" | "extra";

// The first sub-heading of 存在的主要问题及改进情况, where a conversion lost the part's own heading and
// it follows the last table: no table holds such a line, so it opens the part.
const PROBLEMS_FIRST = /^[（(][一1][）)]\s*(?:存在的)?(?:主要)?问题/;

// By heading text, not number: reports insert and renumber sections.
function slotOf(heading: string): Slot {
  const norm = normaliseLabel(heading).replace(/^[一二三四五六七八九十]+、/, "");
  if (tableOfHeading(heading)) return "table";
  if (norm === "总体情况") return "overview";
  if (norm.includes("存在的主要问题") && norm.includes("改进")) return "problems";
  if (norm.startsWith("其他需要报告的事项")) return "other";
  return "extra";
}

/** The narrative of the page: sections by heading; what stands under a table heading is returned apart. */
export function readSections(lines: TextBlock[]): { sections: Sections; stray: TextBlock[] } {
  const sections: Sections = {};
  const stray: TextBlock[] = [];
  let slot: Slot | "preamble" = "preamble";
  let heading = "";
  let body: string[] = [];
  const close = () => {
    const text = body.join("\n");
    body = [];
    if (slot === "extra") sections.extra = [...(sections.extra ?? []), { heading, text }];
    else if (slot !== "table" && text !== "")
      sections[slot] = sections[slot] ? `${sections[slot]}\n${text}` : text;
  };
  for (const line of lines) {
    if (isHeading(line.text)) {
      close();
      heading = line.text.trim();
      slot = slotOf(heading);
      continue;
    }
    if (slot === "table" && sections.problems === undefined && PROBLEMS_FIRST.test(line.text.trim())) {
      close();
      slot = "problems";
      body.push(line.text);
    } else if (slot === "table") stray.push(line);
    else body.push(line.text);
  }
  close();
  return { sections, stray };
}
