import type { Correction } from "./search.js";
import { classifySlip, isNeighbourSlip, slipStrength } from "./slips.js";
import type { Cell } from "./system.js";
import type { Slip } from "./types.js";

/** One cell of a correction, with the slip that would have produced what was published. */
export interface RankedChange {
  cell: number;
  suggested: number;
  slip: Slip | null;
}

/** A correction whose values are known, scored by how a person mistypes. */
export interface RankedCorrection {
  changes: RankedChange[];
  score: number;
}

/** The verdict on one area: which corrections to show, and how sure. */
export interface Ranking {
  status: "unique" | "slip" | "ambiguous";
  /** Best first; with `slip` and `unique`, only the one. */
  shown: RankedCorrection[];
}

function score(correction: Correction, cells: readonly Cell[]): RankedCorrection | undefined {
  const { values } = correction;
  if (!values) return undefined;
  const changes = correction.cells.map((cell, k) => {
    const suggested = values[k] ?? 0;
    return { cell, suggested, slip: classifySlip(cells[cell]?.reported ?? null, suggested) };
  });
  const [a, b] = changes;
  const cellA = a && cells[a.cell];
  const cellB = b && cells[b.cell];
  if (a && b && cellA && cellB && isNeighbourSlip({ ...cellA, ...a }, { ...cellB, ...b })) {
    return { changes: changes.map((c) => ({ ...c, slip: "neighbour" })), score: slipStrength("neighbour") };
  }
  // Every cell of the correction must have been mistyped for the correction to look like a slip.
  return { changes, score: Math.min(...changes.map((c) => slipStrength(c.slip))) };
}

/**
 * Ranks the corrections of one size. Arithmetic decides when one fits; otherwise a correction is
 * singled out only when it is the one a typing slip explains, and otherwise all are shown as equally
 * possible, slips first: never one confident guess.
 */
export function rankCorrections(corrections: readonly Correction[], cells: readonly Cell[]): Ranking {
  const scored = corrections.flatMap((c) => score(c, cells) ?? []);
  const [only] = scored;
  if (corrections.length === 1 && only) return { status: "unique", shown: [only] };
  const ordered = [...scored].sort((p, q) => q.score - p.score);
  const [best, second] = ordered;
  // Only the one correction a slip explains: where two do, either may be the coincidence.
  if (best && best.score >= 2 && (!second || second.score < 2)) {
    return { status: "slip", shown: [best] };
  }
  return { status: "ambiguous", shown: ordered };
}
