import Decimal from "decimal.js";
import type { Label } from "../model/label.js";
import type { Locale } from "./types.js";

const WORDS = {
  "zh-CN": { blank: "空", sep: "、", more: (n: number) => `其余 ${n} 项 0` },
  en: { blank: "blank", sep: "; ", more: (n: number) => `${n} more at 0` },
} as const;

function isLabel(value: object): value is Label {
  return typeof (value as Label).zh === "string" && typeof (value as Label).en === "string";
}

interface TermLike {
  label: Label;
  value: unknown;
}

function isTerm(value: object): value is TermLike {
  const v = value as TermLike;
  return typeof v.label === "object" && v.label !== null && isLabel(v.label) && "value" in v;
}

function pick(label: Label, locale: Locale): string {
  return locale === "en" ? label.en : label.zh;
}

// In an equation a blank cell counts as 0, and the message says so the way the spec's example does.
function number(value: unknown, locale: Locale, blankAsZero: boolean): string {
  if (typeof value === "number" || typeof value === "string") return String(value);
  if (value === null || value === undefined) return blankAsZero ? "0" : WORDS[locale].blank;
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  return String(value);
}

function term(value: TermLike, locale: Locale): string {
  return `${pick(value.label, locale)} ${number(value.value, locale, true)}`;
}

// Long sums (（七）总计 has 20 items) would drown the message: zero terms are counted, not listed.
function sum(terms: TermLike[], locale: Locale): string {
  if (terms.length <= 4) return terms.map((t) => term(t, locale)).join(" + ");
  const shown = terms.filter((t) => t.value !== null && t.value !== 0 && t.value !== "0");
  const hidden = terms.length - shown.length;
  const parts = shown.map((t) => term(t, locale));
  if (hidden > 0) parts.push(WORDS[locale].more(hidden));
  return parts.join(" + ");
}

function value(v: unknown, locale: Locale, filter: string | undefined): string {
  if (typeof v === "number" || typeof v === "string") return String(v);
  if (Array.isArray(v)) {
    if (filter !== "list" && v.every((x) => typeof x === "object" && x !== null && isTerm(x))) {
      return sum(v as TermLike[], locale);
    }
    return v.map((x) => value(x, locale, undefined)).join(WORDS[locale].sep);
  }
  if (typeof v === "object" && v !== null) {
    if (Decimal.isDecimal(v)) return (v as Decimal).toFixed();
    if (isTerm(v)) return term(v, locale);
    if (isLabel(v)) return pick(v, locale);
  }
  return number(v, locale, false);
}

/**
 * Fills a message template.
 *
 * @category Rules
 * @example
 * renderTemplate("{column}：差 {difference}", { column: { zh: "自然人", en: "natural persons" }, difference: 5 }, "zh-CN");
 * // "自然人：差 5"
 *
 * Details: `{name}` takes `data.name`: a label picks the locale, a term prints as
 * "label value", a list of terms as a sum; `{name|list}` joins any list with the locale's separator.
 *
 * @example
 * import { renderTemplate } from "zfxxgk";
 * renderTemplate("{a} = {b}", { a: { zh: "总计", en: "total" }, b: 3 }, "zh-CN"); // "总计 = 3"
 * @category Rules
 */
export function renderTemplate(template: string, data: Record<string, unknown>, locale: Locale): string {
  const parts = compiled(template);
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else out += part.name in data ? value(data[part.name], locale, part.filter) : part.whole;
  }
  return out;
}

type TemplatePart = string | { name: string; filter: string | undefined; whole: string };

// Messages come from a few dozen templates: each is split into text and placeholders once.
const templates = new Map<string, TemplatePart[]>();
const MAX_TEMPLATES = 1024;

function compiled(template: string): TemplatePart[] {
  let parts = templates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)(?:\|(\w+))?\}/g)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ name: m[1] as string, filter: m[2], whole: m[0] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (templates.size < MAX_TEMPLATES && template.length <= 2000) templates.set(template, parts);
  return parts;
}

/** Picks a label's text for a locale. */
export function localise(label: Label, locale: Locale): string {
  return pick(label, locale);
}

/**
 * The locale to render in: `"en"` when asked for, else the source locale `"zh-CN"` — also for a value
 * that is no locale at all, which plain JavaScript callers can pass.
 */
export function resolveLocale(locale: unknown): Locale {
  return locale === "en" ? "en" : "zh-CN";
}
