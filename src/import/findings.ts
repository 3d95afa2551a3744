import { localise, renderTemplate } from "../rules/format.js";
import type { Finding, Locale, Path } from "../rules/types.js";
import { IMPORT_MESSAGES, type ImportMessageId } from "./messages.js";

/** Collects importer findings and renders each message once, in the caller's locale. */
export class FindingLog {
  readonly findings: Finding[] = [];
  constructor(private readonly locale: Locale) {}

  add(id: ImportMessageId, path: Path, data: Record<string, unknown>, cells: Path[] = [path]): void {
    const spec = IMPORT_MESSAGES[id];
    this.findings.push({
      ruleId: id,
      severity: spec.severity,
      origin: "reading",
      path,
      cells,
      messageId: id,
      message: renderTemplate(localise(spec, this.locale), data, this.locale),
      data,
    });
  }
}
