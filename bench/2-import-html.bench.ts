import { parse } from "parse5";
import { doubling } from "./doubling.js";
import { lib } from "./lib.js";
import { compare } from "./measure.js";
import {
  HAMI_HTML,
  longerHtmlNarrative,
  longerLayoutTable,
  longerTextNarrative,
  moreJunkMarkup,
  moreRunTogetherRows,
  WORD_HTML,
} from "./pages.js";
import { defineBench } from "./types.js";

const BARE = "parse5.parse";

function check(html: string, name: string): void {
  const { report, findings } = lib.importHtml(html);
  if (!report) throw new Error(`${name} should import (${findings.map((f) => f.ruleId).join(", ")})`);
}

// The baseline is the least any importer has to do: parse5 builds the same tree importHtml starts
// from. Everything above it is reading the tables, matching labels and building the report.
export default defineBench({
  id: "import-html",
  title: "2. importHtml vs the bare HTML parse (parse5) of a published page; import time vs input size",
  async run() {
    check(HAMI_HTML, "official-2021-hami.html");
    check(WORD_HTML, "word-export-2020-yizhou.html");
    const splitLines = (text: string) => text.split("\n");
    return [
      await compare(
        "importHtml ÷ parse5.parse (official 2021 layout, 7 KB)",
        ["importHtml", () => lib.importHtml(HAMI_HTML)],
        [BARE, () => parse(HAMI_HTML)],
        { target: 3 },
      ),
      await compare(
        "importHtml ÷ parse5.parse (Word export, 98 KB)",
        ["importHtml", () => lib.importHtml(WORD_HTML)],
        [BARE, () => parse(WORD_HTML)],
        { target: 3 },
      ),
      await doubling(
        "longer narrative (HTML)",
        longerHtmlNarrative,
        ["importHtml", lib.importHtml],
        [BARE, parse],
      ),
      await doubling(
        "more junk markup around the tables",
        moreJunkMarkup,
        ["importHtml", lib.importHtml],
        [BARE, parse],
      ),
      await doubling(
        "longer narrative (flattened text)",
        longerTextNarrative,
        ["importText", lib.importText],
        ["split lines", splitLines],
      ),
      await doubling(
        "pdftotext -layout: more wrapped label lines in table 三",
        longerLayoutTable,
        ["importText", lib.importText],
        ["split lines", splitLines],
      ),
      await doubling(
        "run-together figures: more rows of table 三",
        moreRunTogetherRows,
        ["importText", lib.importText],
        ["split lines", splitLines],
      ),
    ];
  },
});
