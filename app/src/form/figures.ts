// What a clerk types into a cell, as the report's JSON holds it. Pure: tested in Node.

/** A cell's text read: `null` for blank (not 0), a number for a count, a decimal string for 万元. */
export type CellValue = number | string | null;

const FULL_WIDTH = /[０-９．，－]/g;
const half = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

/**
 * Reads a typed figure: blank stays blank; full-width digits and thousands separators are accepted;
 * an amount (万元) keeps its decimals as a string so that no float ever touches it. Text that is no
 * figure comes back as typed, so that validation names it on its cell instead of it being dropped.
 */
export function readFigure(text: string, amount: boolean): CellValue {
  const clean = text.replace(FULL_WIDTH, half).replace(/[,\s]/g, "");
  if (clean === "") return null;
  if (amount ? /^-?\d+(\.\d+)?$/.test(clean) : /^-?\d+$/.test(clean)) {
    if (amount) return clean;
    const n = Number(clean);
    return Number.isSafeInteger(n) ? n : clean;
  }
  return text.trim();
}

/** A value as the cell shows it: blank as the empty string, 0 as "0". */
export function showFigure(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}
