import type { Label } from "../model/label.js";
import { localise, renderTemplate } from "../rules/format.js";
import type { Locale } from "../rules/types.js";
import { LOCALISE_MESSAGES, SLIP_LABELS } from "./messages.js";
import type { Slip } from "./types.js";

/** The data a suspect's reason is rendered from. */
export interface SuspectData extends Record<string, unknown> {
  cell: Label;
  reported: number | null;
  suggested: number;
  slip: Slip | null;
  /** Labels of the cells that change together with this one. */
  others: Label[];
  status: "unique" | "slip" | "ambiguous";
  /** Corrections of the same size that fit, this one included. */
  count: number;
  alternatives: number;
}

const NOTES = {
  "zh-CN": { open: "（", sep: "；", close: "）" },
  en: { open: " (", sep: "; ", close: ")" },
} as const;

/** "疑似错误：（七）总计 · 自然人 报 142，应为 124（相邻数字颠倒）", from the suspect's data. */
export function renderSuspectReason(messageId: "suspect" | "candidate", data: SuspectData, locale: Locale) {
  const render = (label: Label) => renderTemplate(localise(label, locale), data, locale);
  const notes: string[] = [];
  if (data.slip) notes.push(localise(SLIP_LABELS[data.slip], locale));
  if (data.others.length > 0) notes.push(render(LOCALISE_MESSAGES.together));
  if (data.status === "slip") notes.push(render(LOCALISE_MESSAGES.singledOut));
  if (data.status === "ambiguous") notes.push(render(LOCALISE_MESSAGES.oneOf));
  const head = render(LOCALISE_MESSAGES[messageId]);
  if (notes.length === 0) return head;
  const { open, sep, close } = NOTES[locale];
  return `${head}${open}${notes.join(sep)}${close}`;
}
