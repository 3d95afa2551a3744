import { BASIS } from "./basis.js";
import type { Edition } from "./edition.js";
import { joinLabels } from "./label.js";
import { amount, count, signed } from "./primitives.js";
import { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021, type ProactiveRow } from "./proactive-rows.js";

function find(edition: Edition, rowKey: string, columnKey: string) {
  const rows: readonly ProactiveRow[] = edition === "2019" ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021;
  const row = rows.find((r) => r.key === rowKey);
  const column = row?.columns.find((c) => c.key === columnKey);
  if (!row || !column) throw new Error(`zfxxgk: no table 二 cell ${rowKey}.${columnKey}`); // a bug here
  return {
    label: joinLabels(row.provision, row.label, column.label),
    short: joinLabels(row.label, column.label),
    unit: column.unit,
    table: "二" as const,
    basis: edition === "2019" ? BASIS.proactive2019 : BASIS.proactive2021,
  };
}

/** A count cell of table 二, labelled from the row table. */
export const proactiveCount = (edition: Edition, row: string, column: string) =>
  count(find(edition, row, column));
/** A signed cell (本年增/减) of table 二. */
export const proactiveSigned = (edition: Edition, row: string, column: string) =>
  signed(find(edition, row, column));
/** An amount cell (万元) of table 二. */
export const proactiveAmount = (edition: Edition, row: string, column: string) =>
  amount(find(edition, row, column));
