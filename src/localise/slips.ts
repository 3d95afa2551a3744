import type { Slip } from "./types.js";

/** Where a cell sits in the printed table, to tell neighbours apart. */
export interface GridPosition {
  table: "三" | "四";
  row: number;
  column: number;
}

const dropOne = (text: string, at: number) => text.slice(0, at) + text.slice(at + 1);

/** The slip that turns `suggested` into `reported` when typed, if it is one a person makes. */
export function classifySlip(reported: number | null, suggested: number): Slip | null {
  if (reported === null) return suggested > 0 ? "left-blank" : null;
  const r = String(reported);
  const s = String(suggested);
  if (r.length === s.length) {
    const differ = [...r].flatMap((ch, i) => (ch === s[i] ? [] : [i]));
    const [i, j] = differ;
    if (differ.length === 2 && i !== undefined && j === i + 1 && r[i] === s[j] && r[j] === s[i]) {
      return "transposition";
    }
    return differ.length === 1 ? "digit-changed" : null;
  }
  // 0 is typed on purpose ("none"): 20 read as 0 is not a dropped digit.
  if (reported === 0 || suggested === 0) return null;
  if (r.length === s.length - 1 && [...s].some((_, i) => dropOne(s, i) === r)) return "digit-dropped";
  if (r.length === s.length + 1 && [...r].some((ch, i) => ch === r[i - 1] && dropOne(r, i) === s)) {
    return "digit-doubled";
  }
  return null;
}

/** Two cells next to each other whose values were typed one into the other's place. */
export function isNeighbourSlip(
  a: { at: GridPosition | undefined; reported: number | null; suggested: number },
  b: { at: GridPosition | undefined; reported: number | null; suggested: number },
): boolean {
  if (!a.at || !b.at || a.at.table !== b.at.table) return false;
  const distance = Math.abs(a.at.row - b.at.row) + Math.abs(a.at.column - b.at.column);
  return distance === 1 && (a.reported ?? 0) === b.suggested && (b.reported ?? 0) === a.suggested;
}

// Rarer slips with fewer possible outcomes say more about which cell was mistyped.
const STRENGTH: Record<Slip, number> = {
  transposition: 4,
  neighbour: 4,
  "digit-dropped": 3,
  "digit-doubled": 3,
  "digit-changed": 2,
  "left-blank": 2,
};

/** How strongly a slip points at a cell: a correction singles itself out only at 2 or more. */
export const slipStrength = (slip: Slip | null): number => (slip ? STRENGTH[slip] : 0);
