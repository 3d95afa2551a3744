import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS } from "../model/applicants.js";
import { table3Rows } from "../model/table3.js";
import { describePath } from "../validate/parse.js";
import { readCell } from "./cells.js";
import type { Reading } from "./reading.js";

/**
 * Splits the run-together figures of table-三 rows (`本年新收政府信息公开申请数量713000074` for
 * 71 | 3 | 0 | 0 | 0 | 0 | 74): a row's split is taken only where exactly one satisfies its total
 * and, with the other rows, the table's identities; otherwise the row stays blank and every split
 * that fits is listed in an `import.ambiguous-split` finding.
 *
 * Bounds: a cell holds at most MAX_DIGITS digits, so a run longer than 7 × MAX_DIGITS is not split;
 * one row has at most 6 × MAX_DIGITS^5 length patterns to try (46,656), and rows are combined only
 * while the product of their candidates stays under MAX_COMBINATIONS: the cost per row is a constant.
 */

/** Digits of one cell at most: counts up to 999,999 a year. */
export const MAX_DIGITS = 6;
const MAX_COMBINATIONS = 20_000;
const CELLS = APPLICANT_COLUMNS.length; // six parts and 总计
const PARTS = CELLS - 1;

/** A table-三 row whose figures ran together. */
export interface RunRow {
  path: string[];
  digits: string;
  where: string;
}

/** Every split of a run into six parts and a total that equals their sum, no part with a leading zero. */
export function splitsOf(digits: string): number[][] {
  const out: number[][] = [];
  if (!/^\d+$/.test(digits) || digits.length < CELLS || digits.length > CELLS * MAX_DIGITS) return out;
  for (let last = 1; last <= MAX_DIGITS && last <= digits.length - PARTS; last++) {
    const totalText = digits.slice(digits.length - last);
    if (totalText.length > 1 && totalText.startsWith("0")) continue;
    const total = Number(totalText);
    const prefix = digits.slice(0, digits.length - last);
    const width = last; // no part has more digits than the total
    if (prefix.length > PARTS * width) continue;
    // Depth-first over the parts with an explicit stack; a part's length must leave the rest
    // room (1..width digits each) and the running sum must stay within the total.
    const lengths: number[] = [];
    const sums: number[] = [0];
    let next = 1;
    while (lengths.length > 0 || next <= width) {
      const k = lengths.length;
      const start = lengths.reduce((a, b) => a + b, 0);
      const rest = prefix.length - start - next;
      const left = PARTS - k - 1;
      const text = prefix.slice(start, start + next);
      const sum = (sums[k] ?? 0) + Number(text);
      const fits =
        next <= width &&
        rest >= left &&
        rest <= left * width &&
        !(text.length > 1 && text.startsWith("0")) &&
        sum <= total;
      if (fits && left === 0) {
        if (sum === total) {
          const parts: number[] = [];
          let at = 0;
          for (const n of [...lengths, next]) {
            parts.push(Number(prefix.slice(at, at + n)));
            at += n;
          }
          out.push([...parts, total]);
        }
      } else if (fits) {
        lengths.push(next);
        sums[k + 1] = sum;
        next = 1;
        continue;
      }
      // Next length at this depth, or back up.
      if (next < width && !(text.length >= 1 && rest < left)) next++;
      else {
        if (lengths.length === 0) break;
        next = (lengths.pop() ?? 0) + 1;
        while (next > width && lengths.length > 0) next = (lengths.pop() ?? 0) + 1;
        if (next > width) break;
      }
    }
  }
  return out;
}

const numberOf = (raw: string | undefined) => {
  if (raw === undefined) return undefined;
  const read = readCell(raw, "count");
  return read.ok && typeof read.value === "number" ? read.value : undefined;
};

/** Splits the runs of a reading where the arithmetic decides them; the rest become findings. */
export function splitRuns(reading: Reading): void {
  if (reading.runs.length === 0) return;
  // A row given twice keeps its first reading (as a cell does); the second is kept as read, and said.
  const seen = new Map<string, RunRow>();
  const runs: RunRow[] = [];
  for (const run of reading.runs) {
    const key = run.path.join(".");
    const first = seen.get(key);
    if (first) {
      reading.drop(run.digits, run.where);
      reading.log.add("import.conflicting-value", run.path, {
        field: describePath(reading.edition, run.path),
        first: first.digits,
        second: run.digits,
      });
      continue;
    }
    seen.set(key, run);
    runs.push(run);
  }
  const candidates = runs.map((r) => splitsOf(r.digits));
  const spec = table3Rows(reading.edition, false);
  const keyOf = (kind: string) => spec.find((r) => r.kind === kind)?.path.join(".") ?? "";
  const items = spec.filter((r) => r.kind === "item").map((r) => r.path.join("."));
  const runAt = new Map(runs.map((r, i) => [r.path.join("."), i]));
  // A cell's value under a choice of splits: a run's from the split, any other from what was read.
  const value = (choice: number[], key: string, c: number): number | undefined => {
    const i = runAt.get(key);
    if (i !== undefined) return candidates[i]?.[choice[i] ?? 0]?.[c];
    return numberOf(reading.cells.get(`${key}.${APPLICANT_COLUMNS[c]}`)?.raw);
  };
  // The table's identities per column; one with a cell unknown says nothing.
  const fits = (choice: number[]) => {
    for (let c = 0; c < CELLS; c++) {
      const v = (key: string) => value(choice, key, c);
      const [rec, over, total, fwd] = [
        v(keyOf("received")),
        v(keyOf("carriedOver")),
        v(keyOf("total")),
        v(keyOf("carriedForward")),
      ];
      if (
        rec !== undefined &&
        over !== undefined &&
        total !== undefined &&
        fwd !== undefined &&
        rec + over !== total + fwd
      )
        return false;
      const terms = items.map(v);
      if (
        total !== undefined &&
        terms.every((t) => t !== undefined) &&
        terms.reduce((a = 0, b = 0) => a + b, 0) !== total
      )
        return false;
    }
    return true;
  };
  const product = candidates.reduce((p, c) => p * Math.max(1, c.length), 1);
  const kept: Set<number>[] = candidates.map(() => new Set());
  if (product <= MAX_COMBINATIONS && candidates.every((c) => c.length > 0)) {
    const choice = new Array<number>(runs.length).fill(0);
    for (;;) {
      if (fits(choice)) for (const [i, o] of choice.entries()) kept[i]?.add(o);
      let k = runs.length - 1;
      while (k >= 0 && choice[k] === (candidates[k]?.length ?? 1) - 1) choice[k--] = 0;
      if (k < 0) break;
      choice[k] = (choice[k] ?? 0) + 1;
    }
  }
  // No combination keeps the identities (a figure is wrong somewhere), or too many to try: each row
  // then has only its own total to go by, and the rules will report the broken identity.
  if (kept.every((k) => k.size === 0)) {
    for (const [i, c] of candidates.entries()) for (const o of c.keys()) kept[i]?.add(o);
  }

  runs.forEach((run, i) => {
    const options = [...(kept[i] ?? [])].map((o) => candidates[i]?.[o] ?? []);
    const only = options.length === 1 ? options[0] : undefined;
    if (only) {
      only.forEach((v, c) => {
        const column = APPLICANT_COLUMNS[c];
        if (column) reading.place([...run.path, column], String(v), `${run.where}, split`);
      });
      return;
    }
    reading.drop(run.digits, run.where);
    reading.log.add(
      "import.ambiguous-split",
      run.path,
      {
        row: describePath(reading.edition, run.path),
        digits: run.digits,
        count: options.length,
        candidates: options.map((o) => o.join(" | ")),
        columns: APPLICANT_COLUMNS.map((c) => APPLICANT_COLUMN_LABELS[c].short),
      },
      [run.path],
    );
  });
}
