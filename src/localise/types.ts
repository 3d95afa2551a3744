import type { Path } from "../rules/types.js";

/**
 * The kind of typing slip a correction matches, strongest evidence first:
 * `transposition` 142 for 124; `neighbour` values typed into the neighbouring cell (two cells);
 * `digit-dropped` 14 for 124; `digit-doubled` 1224 for 124; `digit-changed` 134 for 124;
 * `left-blank` a cell left blank that should hold a number.
 *
 * @category Validation
 */
export type Slip =
  | "transposition"
  | "neighbour"
  | "digit-dropped"
  | "digit-doubled"
  | "digit-changed"
  | "left-blank";

/**
 * A cell most likely wrong and the value it should hold (error localisation, rules.md).
 *
 * @category Validation
 */
export interface Suspect {
  /** The cell, as a canonical path. */
  path: Path;
  /** The published value; `null` when blank. */
  reported: number | null;
  /** The value that makes every equality hold (with the other cells of the same correction). */
  suggested: number;
  /** Rendered in the locale asked for, e.g. "疑似错误：（七）总计 · 自然人 报 142，应为 124（相邻数字颠倒）". */
  reason: string;
  /** The typing slip the change matches, or `null` when only the arithmetic points here. */
  slip: Slip | null;
  /**
   * `true` when other corrections with as few cells fit every equation as well and no typing slip
   * singles one out: this cell is one candidate among several, not a verdict.
   */
  ambiguous: boolean;
  /** How many other corrections with as few cells also fit the equations (0: the only one). */
  alternatives: number;
  /** The other cells that must change together with this one (a two-cell correction). */
  together: Path[];
  /** The equality rules whose broken equations the correction repairs. */
  ruleIds: string[];
  /** The template `reason` was rendered from, and its data, to render it again in another locale. */
  messageId: string;
  data: Record<string, unknown>;
}

/**
 * How localisation went in one connected part of the tables: table 三 (with the carry-over), or one
 * group of table 四.
 * - `unique`: one correction with the fewest cells fits;
 * - `slip`: several fit, one matches a typing slip better than the rest;
 * - `ambiguous`: several fit equally, all are listed as suspects marked `ambiguous`;
 * - `unexplained`: no change of one or two cells makes every equation hold.
 *
 * @category Validation
 */
export interface SuspectArea {
  /** Where: `["requests"]` for table 三, `["appeals", group]` for a group of table 四. */
  area: Path;
  status: "unique" | "slip" | "ambiguous" | "unexplained";
  /** Fewest cells that must change: 1 or 2; `null` when more than two. */
  size: 1 | 2 | null;
  /** How many corrections of that size fit; `suspects` lists at most ten of them. */
  corrections: number;
  /** The rules with a broken equation in this area. */
  ruleIds: string[];
  /** Rendered in the locale asked for. */
  message: string;
  messageId: string;
  data: Record<string, unknown>;
}

/**
 * What {@link localiseErrors} returns.
 *
 * @category Validation
 */
export interface ErrorLocalisation {
  /** Cells most likely wrong, best first; empty when every equality holds. */
  suspects: Suspect[];
  /** One entry per area with a broken equation. */
  areas: SuspectArea[];
}
