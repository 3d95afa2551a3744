import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS } from "../model/applicants.js";
import { describePath } from "../validate/parse.js";
import { readCell } from "./cells.js";
import { solveColumns } from "./column-solver.js";
import type { Reading } from "./reading.js";
import { splitRuns } from "./run-solve.js";

/** Places the flattened rows of table 三 by the solver and reports every column left open. */
export function placeFlatRows(reading: Reading): void {
  splitRuns(reading);
  if (reading.flat3.length === 0) return;
  const rows = reading.flat3.map((row) => ({
    key: row.path.join("."),
    values: row.values.map((v) => {
      const read = readCell(v.raw, "count");
      return read.ok && typeof read.value === "number" ? read.value : 0;
    }),
    columns: row.values.map((v) => v.column),
  }));
  const result = solveColumns(reading.edition, rows);
  const pathOf = new Map<string, string[]>();
  for (const row of reading.flat3) {
    const key = row.path.join(".");
    const columns = result.columns.get(key) ?? [];
    row.values.forEach((v, k) => {
      const column = APPLICANT_COLUMNS[columns[k] ?? -1];
      if (!column) {
        reading.drop(v.raw, v.where);
        return;
      }
      const path = [...row.path, column];
      pathOf.set(`${key}#${k}`, path);
      reading.place(path, v.raw, v.where);
    });
  }
  if (result.fromLayout)
    reading.log.add(
      "import.columns-from-layout",
      ["requests"],
      { field: { zh: "表三", en: "table 三" } },
      [],
    );
  if (result.presumedNaturalPerson) reading.log.add("import.presumed-natural-person", ["requests"], {}, []);
  for (const key of result.unresolved) {
    const path = key.split(".");
    reading.log.add("import.columns-unresolved", path, { row: describePath(reading.edition, path) });
  }
  const order = new Map(reading.flat3.map((r, i) => [r.path.join("."), i]));
  for (const unsorted of result.groups) {
    const group = unsorted
      .slice()
      .sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0) || a[1] - b[1]);
    const [firstKey, firstIndex] = group[0] ?? ["", 0];
    const open = result.open.get(firstKey)?.get(firstIndex) ?? [];
    const cells = group.map(([key, k]) => pathOf.get(`${key}#${k}`) ?? key.split("."));
    const values = [
      ...new Set(
        group.map(([key, k]) => reading.flat3.find((r) => r.path.join(".") === key)?.values[k]?.raw ?? ""),
      ),
    ];
    const chosen = APPLICANT_COLUMNS[result.columns.get(firstKey)?.[firstIndex] ?? -1];
    reading.log.add(
      "import.ambiguous-column",
      cells[0] ?? [],
      {
        values,
        columns: open.map((c) => APPLICANT_COLUMN_LABELS[APPLICANT_COLUMNS[c] ?? "total"].label),
        chosen: chosen ? APPLICANT_COLUMN_LABELS[chosen].label : "",
        candidates: open.map((c) => APPLICANT_COLUMNS[c]),
      },
      cells,
    );
  }
}
