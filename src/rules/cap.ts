import { MESSAGES } from "../i18n/messages.js";
import { localise, renderTemplate } from "./format.js";
import type { Finding, Locale, Report } from "./types.js";

/**
 * At most this many findings of one kind (one rule, one message) per report: a text that repeats a
 * wrong figure thousands of times gives twenty findings, the last of which counts the rest.
 */
export const MAX_FINDINGS_PER_KIND = 20;

// 5300 → "5,300" in both locales, without depending on the runtime's ICU data.
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * Wraps a rule's `emit` so that each kind keeps its first {@link MAX_FINDINGS_PER_KIND} findings;
 * `close` then marks the last one kept with how many more there were (`data.more`, and the message).
 * `add` turns a report into a finding (and stores it); it is not called for the findings dropped.
 * `kindOf` names a report's kind: its message id by default; one limiter serving several rules
 * names the rule too.
 */
export function perKindLimit(
  add: (report: Report<string>) => Finding,
  locale: Locale,
  kindOf: (report: Report<string>) => string = (report) => report.messageId,
) {
  // Made at the first finding: a clean report's rules emit none, and this runs for every report.
  let kinds: Map<string, { kept: number; more: number; last: Finding | undefined }> | undefined;
  return {
    emit(report: Report<string>): void {
      kinds ??= new Map();
      const key = kindOf(report);
      let kind = kinds.get(key);
      if (!kind) {
        kind = { kept: 0, more: 0, last: undefined };
        kinds.set(key, kind);
      }
      if (kind.kept < MAX_FINDINGS_PER_KIND) {
        kind.kept += 1;
        kind.last = add(report);
      } else kind.more += 1;
    },
    close(): void {
      if (!kinds) return;
      for (const { more, last } of kinds.values()) {
        if (more === 0 || !last) continue;
        last.data = { ...last.data, more };
        last.message += renderTemplate(
          localise(MESSAGES.moreOfKind, locale),
          { more: grouped(more) },
          locale,
        );
      }
    },
  };
}
