import type { Edition } from "../model/edition.js";
import { fieldAt } from "../model/fields.js";
import type { Label } from "../model/label.js";
import type { Locale, Path } from "../rules/types.js";
import { describePath } from "./parse.js";

const TABLES: Record<string, Label> = {
  proactive: { zh: "表二", en: "Table II" },
  requests: { zh: "表三", en: "Table III" },
  appeals: { zh: "表四", en: "Table IV" },
};

const dotted = (label: Label, path: Path) => label.zh === path.join(".");

// 三、本年度办理结果 is the only part with sub-rows; the clerk finds （三）不予公开 without it.
function dropOutcomesPart(parts: string[]): string[] {
  return /^(?:[一二三四]、|[IV]+\. )/.test(parts[0] ?? "") && /^[（(]/.test(parts[1] ?? "")
    ? parts.slice(1)
    : parts;
}

/**
 * Where a path sits, as a clerk names it: the table, then the row and column labels
 * (表三 · （三）不予公开 · 2.其他法律行政法规禁止公开 · 自然人). A path with no label of its own is
 * named by its nearest labelled part; the ids stay in JSON and on hover.
 */
export function placeLabel(edition: Edition | undefined, path: Path): Label {
  let label = describePath(edition, path);
  let at = path;
  // An index or key the model does not name: the nearest part that has a name.
  while (dotted(label, at) && at.length > 1) {
    at = at.slice(0, -1);
    label = describePath(edition, at);
  }
  const root = typeof path[0] === "string" ? path[0] : "";
  const table = Object.hasOwn(TABLES, root) ? TABLES[root] : undefined;
  if (!table) return label;
  if (at.length === 1) return table;
  const field = edition ? fieldAt(edition, at) : undefined;
  const shorten = (text: string) => {
    const parts = text.split(" · ");
    return (root === "requests" || field?.table === "三" ? dropOutcomesPart(parts) : parts).join(" · ");
  };
  return { zh: `${table.zh} · ${shorten(label.zh)}`, en: `${table.en} · ${shorten(label.en)}` };
}

/** {@link placeLabel} in the locale. */
export function placeName(edition: Edition | undefined, path: Path, locale: Locale): string {
  const label = placeLabel(edition, path);
  return locale === "en" ? label.en : label.zh;
}
