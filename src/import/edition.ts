import type { Edition } from "../model/edition.js";
import { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021 } from "../model/proactive-rows.js";
import { table3Rows } from "../model/table3.js";
import type { PageDocument } from "./document.js";
import { normaliseLabel } from "./normalise.js";

// Column headers and the rows 2021 removed tell the edition; 规范性文件 vs 行政规范性文件 does not.
function markers(
  rows: typeof PROACTIVE_ROWS_2019 | typeof PROACTIVE_ROWS_2021,
  extra: string[],
): Set<string> {
  return new Set([...rows.flatMap((r) => r.columns.map((c) => c.label.zh)), ...extra].map(normaliseLabel));
}

const ONLY_2019 = (() => {
  const all = markers(PROACTIVE_ROWS_2019, ["第二十条第（九）项", "其他对外管理服务事项", "政府集中采购"]);
  for (const m of markers(PROACTIVE_ROWS_2021, [])) all.delete(m);
  return all;
})();
const ONLY_2021 = (() => {
  // Without table 二, （六）其他处理's three items still tell 2021.
  const otherHandling = table3Rows("2021")
    .filter((r) => r.group === "otherHandling")
    .map((r) => r.own.zh);
  const all = markers(PROACTIVE_ROWS_2021, ["本年收费金额", ...otherHandling]);
  for (const m of markers(PROACTIVE_ROWS_2019, [])) all.delete(m);
  return all;
})();

/** Votes of table 二's headers and row labels for each edition. */
export function editionVotes(doc: PageDocument): Record<Edition, number> {
  const votes = { "2019": 0, "2021": 0 };
  const vote = (text: string) => {
    if (text === "") return;
    const norm = normaliseLabel(text);
    if (ONLY_2019.has(norm)) votes["2019"]++;
    if (ONLY_2021.has(norm)) votes["2021"]++;
  };
  // Walked in place: flattening every cell's text into one array first was a twentieth of an import.
  for (const b of doc.blocks) {
    if (b.kind === "table") for (const row of b.rows) for (const cell of row) vote(cell.text);
    else if (b.kind === "flat") for (const t of b.tokens) if (t.kind === "cell") vote(t.text);
  }
  return votes;
}
