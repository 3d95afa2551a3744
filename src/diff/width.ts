// East Asian Wide and Fullwidth ranges (Unicode UAX #11), enough for the text of these reports:
// CJK ideographs and punctuation, kana, Hangul, full-width forms. Ambiguous ones (· “ ”) count as 1.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

function wide(code: number): boolean {
  for (const [from, to] of WIDE) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

/** Columns a string takes in a terminal: 2 for each wide (CJK) character, 1 for the others. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += wide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/** Pads a string to a display width, on the right (`start` false) or the left. */
export function pad(text: string, width: number, start = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return start ? fill + text : text + fill;
}
