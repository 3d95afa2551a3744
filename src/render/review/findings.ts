import type { Edition } from "../../model/edition.js";
import type { Locale, Path } from "../../rules/types.js";
import { placeName } from "../../validate/place.js";
import type { Note } from "./marks.js";
import type { ReviewMessage } from "./messages.js";
import { cellId, esc, say } from "./text.js";

const GROUPS: { id: string; title: ReviewMessage; test: (path: Path) => boolean }[] = [
  { id: "proactive", title: "groupProactive", test: (p) => p[0] === "proactive" },
  { id: "requests", title: "groupRequests", test: (p) => p[0] === "requests" },
  { id: "appeals", title: "groupAppeals", test: (p) => p[0] === "appeals" },
  { id: "previous", title: "groupPrevious", test: (p) => p[0] === "previous" },
  { id: "other", title: "groupOther", test: () => true },
];

/** A note with where it belongs: `path` picks the table group, `cell` is the cell to link to when drawn. */
export interface ListedNote {
  note: Note;
  path: Path;
  cell: string | undefined;
}

function item(n: ListedNote, locale: Locale, edition: Edition | undefined): string {
  // The cell by its labels; its path on hover.
  const link = n.cell
    ? ` <a class="zr-go" href="#${esc(n.cell)}" title="${esc(n.path.join("."))}">${esc(say("goToCell", locale))} ${esc(placeName(edition, n.path, locale))}</a>`
    : "";
  return `<li id="${esc(n.note.id)}" class="zr-note zr-n-${n.note.kind}">${n.note.html}${link}</li>`;
}

/** The findings list, grouped by table; each item links to its cell when the cell is drawn. */
export function findingsList(
  notes: readonly ListedNote[],
  locale: Locale,
  edition: Edition | undefined,
): string {
  if (notes.length === 0) return `<p class="zr-none">${esc(say("noFindings", locale))}</p>`;
  const out: string[] = [];
  const left = [...notes];
  for (const group of GROUPS) {
    const mine = left.filter((n) => group.test(n.path));
    if (mine.length === 0) continue;
    for (const n of mine) left.splice(left.indexOf(n), 1);
    out.push(
      `<section class="zr-group" data-group="${group.id}"><h3>${esc(say(group.title, locale))}</h3>` +
        `<ul class="zr-notes">${mine.map((n) => item(n, locale, edition)).join("")}</ul></section>`,
    );
  }
  return out.join("\n");
}

/** Whether a path is a drawn figure cell: the id it has on the page. */
export function linkTarget(path: Path, drawn: ReadonlySet<string>): string | undefined {
  const id = cellId(path);
  return drawn.has(id) ? id : undefined;
}
