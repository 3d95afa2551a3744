import { renderTemplate } from "../rules/format.js";
import type { Finding, Locale } from "../rules/types.js";
import type { Waiver } from "./config.js";
import { pathText, type ReportIdentity } from "./finding-id.js";
import { CONFIG_MESSAGES } from "./messages.js";

function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split(".");
  const got = path.split(".");
  return want.length === got.length && want.every((w, i) => w === "*" || w === got[i]);
}

function ruleMatches(rule: string, id: string): boolean {
  return rule === id || (rule.endsWith(".") && id.startsWith(rule));
}

function matches(w: Waiver, f: Finding<string>, report: ReportIdentity): boolean {
  if (w.id !== undefined) return w.id === f.id;
  if (w.rule === undefined || !ruleMatches(w.rule, f.ruleId)) return false;
  if (w.organ !== undefined && w.organ.trim() !== report.organ) return false;
  if (w.year !== undefined && String(w.year) !== report.year) return false;
  return w.path === undefined || pathMatches(w.path, pathText(f.path));
}

/** Today as YYYY-MM-DD (UTC): the date waivers' `until` is compared with. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Marks the findings a waiver covers as `waived`; a waiver past its `until` (YYYY-MM-DD, the last
 * day it holds) leaves the finding counted and adds one `"config"` info finding saying it expired.
 */
export function applyWaivers(
  findings: Finding<string>[],
  waivers: readonly Waiver[],
  report: ReportIdentity,
  date: string,
  locale: Locale,
): Finding<string>[] {
  const notices: Finding<string>[] = [];
  const expiredSaid = new Set<Waiver>();
  for (const f of findings) {
    if (f.waived || f.ruleId === "config") continue;
    for (const w of waivers) {
      if (!matches(w, f, report)) continue;
      if (w.until !== undefined && w.until < date) {
        if (expiredSaid.has(w)) continue;
        expiredSaid.add(w);
        const data = { until: w.until, reason: w.reason, waiver: w.id ?? w.rule ?? "", finding: f.id ?? "" };
        const template = CONFIG_MESSAGES.waiverExpired;
        notices.push({
          ruleId: "config",
          origin: "report",
          severity: "info",
          path: f.path,
          cells: f.cells,
          messageId: "waiverExpired",
          message: renderTemplate(locale === "en" ? template.en : template.zh, data, locale),
          data,
        });
        continue;
      }
      f.waived = {
        reason: w.reason,
        ...(w.by !== undefined ? { by: w.by } : {}),
        ...(w.until !== undefined ? { until: w.until } : {}),
      };
      break;
    }
  }
  return notices;
}
