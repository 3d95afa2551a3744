import Decimal from "decimal.js";

/** How a cell is to be read. */
export type CellKind = "count" | "signed" | "amount";

/** The outcome of reading one published cell. */
export type CellValue =
  | {
      ok: true;
      value: number | string | null;
      note?: "placeholder" | "yuan" | "unit-assumed";
      /** A remark written after the figure ("22（其中修订16件）" → "其中修订16件"): kept, not read. */
      remark?: string;
    }
  | { ok: false };

const PLACEHOLDERS = new Set(["/", "-", "—", "——", "–", "－", "无", "\\", "／"]);

// NFKC turns full-width digits, signs and separators into ASCII; spaces inside a number are noise.
function tidy(raw: string): string {
  // Most cells are plain ASCII digits or blank: nothing to normalise.
  if (/^\d*$/.test(raw)) return raw;
  return raw
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/(\d),(?=\d{3}(\D|$))/g, "$1");
}

const UNIT_SUFFIX = /(件|项|个|次|条)$/;

function countOf(text: string): number | undefined {
  const bare = text.replace(UNIT_SUFFIX, "");
  if (!/^\d+$/.test(bare)) return undefined;
  const n = Number(bare);
  return Number.isSafeInteger(n) ? n : undefined;
}

function signedOf(text: string): number | undefined {
  const m = /^(增|减|\+|-|−)?(\d+)$/.exec(
    text.replace(UNIT_SUFFIX, "").replace(/^(增加|减少)/, (w) => w[0] ?? w),
  );
  if (!m) return undefined;
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n)) return undefined;
  return m[1] === "减" || m[1] === "-" || m[1] === "−" ? -n : n;
}

function amountOf(text: string, headerHasUnit: boolean): CellValue {
  const m = /^(\d+(?:\.\d+)?)(万元|元)?$/.exec(text);
  if (!m?.[1]) return { ok: false };
  const number = new Decimal(m[1]);
  if (m[2] === "元") return { ok: true, value: number.dividedBy(10000).toFixed(), note: "yuan" };
  if (m[2] === "万元" || headerHasUnit) return { ok: true, value: number.toFixed() };
  return { ok: true, value: number.toFixed(), note: "unit-assumed" };
}

/**
 * Reads a published cell. Blank → null; `/ — - 无` → null with a "placeholder" note; full-width digits
 * and thousands separators are accepted; amounts come back as decimal strings in 万元.
 */
export function readCell(raw: string, kind: CellKind, headerHasUnit = false): CellValue {
  return readTidy(tidy(raw), kind, headerHasUnit);
}

// A figure, then a remark in brackets or after a comma: "22（其中修订16件）", "22件，其中修订16件".
const REMARK = /^(.*?\d)(件|项|个|次|条|万元|元)?(?:\(([^()]*)\)|[,;]((?:其中|含|包括).*))$/;
const UNIT_ONLY = /^(件|项|个|次|条|万元|元)$/;

function readTidy(text: string, kind: CellKind, headerHasUnit = false): CellValue {
  const remark = text.endsWith(")") || text.includes(",") || text.includes(";") ? REMARK.exec(text) : null;
  if (remark) {
    const [, figure = "", unit = "", bracketed, trailing] = remark;
    const note = bracketed ?? trailing ?? "";
    // "3519.57（万元）" is a unit in brackets, not a remark.
    if (!unit && UNIT_ONLY.test(note)) return readPlain(figure + note, kind, headerHasUnit);
    const read = readPlain(figure + unit, kind, headerHasUnit);
    return read.ok && read.value !== null && note !== ""
      ? { ...read, remark: note }
      : read.ok
        ? read
        : { ok: false };
  }
  return readPlain(text, kind, headerHasUnit);
}

function readPlain(text: string, kind: CellKind, headerHasUnit: boolean): CellValue {
  if (text === "") return { ok: true, value: null };
  if (PLACEHOLDERS.has(text)) return { ok: true, value: null, note: "placeholder" };
  if (kind === "amount") return amountOf(text, headerHasUnit);
  const value = kind === "signed" ? signedOf(text) : countOf(text);
  return value === undefined ? { ok: false } : { ok: true, value };
}

/** Whether a piece of text reads as a cell value of any kind (used where positions are lost). */
export function looksLikeValue(raw: string): boolean {
  let known = looks.get(raw);
  if (known === undefined) {
    const text = tidy(raw);
    known = readTidy(text, "signed").ok || readTidy(text, "amount").ok;
    // Bounded like the label memo: a page of junk cannot grow it without limit.
    if (raw.length <= 200) {
      if (looks.size >= 4096) looks.clear();
      looks.set(raw, known);
    }
  }
  return known;
}

// Every reader asks of each label cell whether it is a value, several times per page.
const looks = new Map<string, boolean>();
