// The report being filled in, as its canonical JSON, kept in this browser's local storage only.

import type { Edition } from "../../../src/model/edition.js";
import { emptyReport } from "../../../src/model/empty.js";

/** A report in its JSON form, as the form edits it. */
export type Draft = Record<string, unknown> & { edition: Edition };

const KEY = "zfxxgk.form.draft";

/** The part of the browser's `localStorage` the draft uses (and tests replace). */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A blank report of the edition: every cell blank, ready to fill in. */
export function newDraft(edition: Edition, organ: string, year: number): Draft {
  return emptyReport(edition, { organ, year }) as unknown as Draft;
}

/** A report read from a document, made editable: every table cell present, blank where the document had none. */
export function draftFrom(input: unknown): Draft | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const edition = (input as { edition?: unknown }).edition;
  if (edition !== "2019" && edition !== "2021") return undefined;
  return structuredClone(input) as Draft;
}

/** The saved draft, if this browser has one. */
export function loadDraft(storage: DraftStore | undefined): Draft | undefined {
  try {
    const text = storage?.getItem(KEY);
    return text ? draftFrom(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the draft; a full or refused storage only means the draft does not survive a reload. */
export function saveDraft(storage: DraftStore | undefined, draft: Draft | undefined): boolean {
  try {
    if (draft === undefined) storage?.removeItem(KEY);
    else storage?.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
