// The figures docs/performance.md records, read back from its generated block, so that a run can say
// when a recorded figure is no longer what the code does (a stale page is a defect).
import type { Figure, Unavailable } from "./types.js";

/** A ratio as the page records it, by figure name. */
export type Recorded = Map<string, number>;

/** Reads `| name | **1.86× …** | …` rows of the generated block. */
export function readRecorded(block: string): Recorded {
  const recorded: Recorded = new Map();
  for (const line of block.split("\n")) {
    const match = /^\|\s*(.+?)\s*\|\s*\*\*([\d.]+)×/.exec(line);
    if (match?.[1] && match[2]) recorded.set(match[1], Number(match[2]));
  }
  return recorded;
}

/** How far a ratio may move between runs on a shared machine before the page is called stale. */
export const TOLERANCE = 0.25;

/** What the page says of this figure, and whether that still holds; undefined when it records none. */
export function staleness(
  figure: Figure | Unavailable,
  recorded: Recorded,
): { recorded: number; stale: boolean } | undefined {
  if ("unavailable" in figure) return undefined;
  const before = recorded.get(figure.name);
  if (before === undefined) return undefined;
  const moved = Math.abs(figure.ratio - before) / before > TOLERANCE;
  const verdictFlipped =
    figure.target !== undefined &&
    before <= figure.target !== Number(figure.ratio.toFixed(2)) <= figure.target;
  return { recorded: before, stale: moved || verdictFlipped };
}
