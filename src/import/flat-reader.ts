import { APPEAL_COLUMNS, APPEAL_GROUPS } from "../model/appeals.js";
import type { ProactiveRow } from "../model/proactive-rows.js";
import { describePath } from "../validate/parse.js";
import { looksLikeValue } from "./cells.js";
import type { FlatBlock } from "./document.js";
import type { Reading } from "./reading.js";
import { headerMatch, table3Path } from "./table-context.js";

type Value = { raw: string; where: string; column?: number };
type Open =
  | { table: "二"; row: ProactiveRow; values: Value[]; run?: { digits: string; where: string } }
  | { table: "三"; path: string[]; values: Value[]; run?: { digits: string; where: string } }
  | { table: "四"; values: Value[] };

// Flattening moved the row's empty cells to its end, so values fill the columns from the left; where
// fewer values than columns remain, each value's column is open and the finding says so.
function placeInOrder(keys: { path: string[]; label: unknown }[], values: Value[], reading: Reading): void {
  // A layout showed the column of every value: place them there (and say so).
  const shown = values.every((v) => v.column !== undefined && keys[v.column]) && values.length > 0;
  if (shown) {
    for (const v of values) {
      const at = keys[v.column ?? -1];
      if (at) reading.place(at.path, v.raw, v.where);
    }
    const first = keys[values[0]?.column ?? 0]?.path ?? [];
    reading.log.add(
      "import.columns-from-layout",
      first,
      { field: describePath(reading.edition, first) },
      values.map((v) => keys[v.column ?? 0]?.path ?? []),
    );
    return;
  }
  values.forEach((v, k) => {
    const at = keys[k];
    if (at) reading.place(at.path, v.raw, v.where);
  });
  const extra = values.slice(keys.length);
  if (extra.length > 0) {
    const first = keys[0]?.path ?? [];
    reading.log.add("import.extra-values", first, {
      field: describePath(reading.edition, first.slice(0, -1)),
      values: extra.map((v) => v.raw),
    });
    for (const v of extra) reading.drop(v.raw, v.where);
  }
  if (values.length > 0 && values.length < keys.length) {
    const placed = keys.slice(0, values.length).map((k) => k.path);
    reading.log.add(
      "import.ambiguous-column",
      placed[0] ?? [],
      { values: values.map((v) => v.raw), columns: keys.map((k) => k.label), chosen: keys[0]?.label },
      placed,
    );
  }
}

function close(open: Open | undefined, reading: Reading): void {
  if (!open) return;
  if (open.table === "三") {
    reading.seeRow(open.path);
    if (open.run) reading.runs.push({ path: open.path, ...open.run });
    else reading.flat3.push({ path: open.path, values: open.values });
    return;
  }
  if (open.table === "二") {
    const path = ["proactive", open.row.key];
    reading.seeRow(path);
    if (open.run) {
      reading.runs.push({ path, table: "二", ...open.run });
      return;
    }
    const keys = open.row.columns.map((c) => ({ path: [...path, c.key], label: c.label }));
    placeInOrder(keys, open.values, reading);
    return;
  }
  for (const group of APPEAL_GROUPS) reading.seeRow(["appeals", group]);
  const keys = APPEAL_GROUPS.flatMap((g) =>
    APPEAL_COLUMNS.map((c) => ({
      path: ["appeals", g, c],
      label: describePath(reading.edition, ["appeals", g, c]),
    })),
  );
  placeInOrder(keys, open.values, reading);
}

/** Reads flattened cells (the seed's form): labels open rows, values follow in order, `|||` ends a row. */
export function readFlat(block: FlatBlock, reading: Reading): void {
  let open: Open | undefined;
  const next = (o: Open | undefined) => {
    close(open, reading);
    open = o;
  };
  if (block.table) reading.table = block.table;
  for (const token of block.tokens) {
    if (token.kind === "end") {
      next(undefined);
      continue;
    }
    if (token.kind === "run") {
      const run = { digits: token.text, where: token.where };
      if ((open?.table === "三" || open?.table === "二") && !open.run && open.values.length === 0)
        open.run = run;
      else if (!open && reading.table === "四") {
        // Table 四 is one row of fifteen figures under its headers.
        for (const group of APPEAL_GROUPS) reading.seeRow(["appeals", group]);
        reading.runs.push({ path: ["appeals"], table: "四", ...run });
      } else reading.drop(token.text, token.where);
      continue;
    }
    const { text, where } = token;
    if (reading.book.provision(text)) {
      reading.table = "二";
      next(undefined);
      continue;
    }
    const row2 = reading.book.table2Row(text);
    if (row2) {
      reading.table = "二";
      next({ table: "二", row: row2, values: [] });
      continue;
    }
    const match3 = reading.book.table3(text, reading.group);
    if (match3) {
      reading.table = "三";
      const path = table3Path(match3, reading);
      reading.awaiting = undefined;
      next(path ? { table: "三", path, values: [] } : undefined);
      continue;
    }
    const header = headerMatch(text, reading.book);
    if (header) {
      if (header.table !== "generic") reading.table = header.table;
      next(undefined);
      continue;
    }
    if (looksLikeValue(text)) {
      if (!open && reading.table === "四") open = { table: "四", values: [] };
      if (open)
        open.values.push({
          raw: text,
          where,
          ...(token.column !== undefined ? { column: token.column } : {}),
        });
      else reading.drop(text, where);
      continue;
    }
    next(undefined);
    reading.unknownRow([{ text, where }]);
  }
  next(undefined);
}
