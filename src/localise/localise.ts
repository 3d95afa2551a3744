import { MESSAGES } from "../i18n/messages.js";
import { APPEAL_GROUP_LABELS, type AppealGroup } from "../model/appeals.js";
import { joinLabels, type Label } from "../model/label.js";
import { localise as pick, renderTemplate, resolveLocale } from "../rules/format.js";
import { isSelected, type RuleSelection } from "../rules/select.js";
import type { Finding, Locale } from "../rules/types.js";
import { safeParseReport } from "../validate/parse.js";
import { buildSystem, type LocaliseInput } from "./build.js";
import { AREA_LABELS, LOCALISE_MESSAGES } from "./messages.js";
import { type RankedCorrection, rankCorrections } from "./rank.js";
import { renderSuspectReason, type SuspectData } from "./render.js";
import { type AreaSearch, searchCorrections } from "./search.js";
import type { EquationSystem } from "./system.js";
import type { ErrorLocalisation, Suspect, SuspectArea } from "./types.js";

/** The rules whose equalities localisation works over. */
export const EQUALITY_RULE_IDS = [
  "requests.balance",
  "requests.outcome-total",
  "requests.group-subtotal",
  "requests.row-total",
  "appeals.total",
  "cross-year.carry-over",
] as const;

/** Ambiguous areas list at most this many corrections as suspects; `corrections` gives the count. */
const MAX_SHOWN = 10;

function areaOf(system: EquationSystem, search: AreaSearch): { path: (string | number)[]; label: Label } {
  const first = system.equations[search.equations[0] ?? 0]?.path ?? [];
  if (first[0] === "appeals" && typeof first[1] === "string") {
    const group = first[1] as AppealGroup;
    return {
      path: ["appeals", group],
      label: joinLabels(AREA_LABELS.table4, APPEAL_GROUP_LABELS[group].label),
    };
  }
  return { path: ["requests"], label: AREA_LABELS.table3 };
}

function suspectsOf(
  system: EquationSystem,
  shown: RankedCorrection[],
  status: "unique" | "slip" | "ambiguous",
  count: number,
  ruleIds: string[],
  locale: Locale,
): Suspect[] {
  const messageId = status === "ambiguous" ? "candidate" : "suspect";
  return shown.slice(0, MAX_SHOWN).flatMap((correction) =>
    correction.changes.flatMap((change) => {
      const cell = system.cells[change.cell];
      if (!cell) return [];
      const others = correction.changes
        .filter((c) => c !== change)
        .flatMap((c) => system.cells[c.cell] ?? []);
      const data: SuspectData = {
        cell: cell.label,
        reported: cell.reported,
        suggested: change.suggested,
        slip: change.slip,
        others: others.map((o) => o.label),
        status,
        count,
        alternatives: count - 1,
      };
      return [
        {
          path: cell.path,
          reported: cell.reported,
          suggested: change.suggested,
          reason: renderSuspectReason(messageId, data, locale),
          slip: change.slip,
          ambiguous: status === "ambiguous",
          alternatives: count - 1,
          together: others.map((o) => o.path),
          ruleIds,
          messageId,
          data,
        },
      ];
    }),
  );
}

/** Error localisation over the equality rules that ran: suspects and a verdict per area. */
export function localiseSystem(system: EquationSystem, locale: Locale): ErrorLocalisation {
  const suspects: Suspect[] = [];
  const areas: SuspectArea[] = [];
  for (const search of searchCorrections(system)) {
    const area = areaOf(system, search);
    const ruleIds = [...new Set(search.violated.flatMap((e) => system.equations[e]?.ruleId ?? []))];
    const count = search.corrections.length;
    const ranking = search.size === null ? undefined : rankCorrections(search.corrections, system.cells);
    const status = ranking?.status ?? "unexplained";
    const messageId = {
      unique: "areaUnique",
      slip: "areaSlip",
      ambiguous: "areaAmbiguous",
      unexplained: "areaUnexplained",
    }[status] as keyof typeof LOCALISE_MESSAGES;
    const data = { area: area.label, size: search.size, count, ruleIds };
    areas.push({
      area: area.path,
      status,
      size: search.size,
      corrections: count,
      ruleIds,
      message: renderTemplate(pick(LOCALISE_MESSAGES[messageId], locale), data, locale),
      messageId,
      data,
    });
    if (ranking) suspects.push(...suspectsOf(system, ranking.shown, ranking.status, count, ruleIds, locale));
  }
  return { suspects, areas };
}

/**
 * Error localisation for {@link validateReport}: over the parts that parsed and the rules that ran.
 * Never throws: a bug here comes back as a finding, and the rule findings still stand.
 */
export function localiseReport(
  input: LocaliseInput,
  locale: Locale,
): ErrorLocalisation & { findings: Finding[] } {
  try {
    return { ...localiseSystem(buildSystem(input), locale), findings: [] };
  } catch (error) {
    const data = { rule: "localise", detail: error instanceof Error ? error.message : String(error) };
    const finding: Finding = {
      ruleId: "localise",
      origin: "report",
      severity: "warning",
      path: [],
      cells: [],
      messageId: "ruleCrashed",
      message: renderTemplate(pick(MESSAGES.ruleCrashed, locale), data, locale),
      data,
    };
    return { suspects: [], areas: [], findings: [finding] };
  }
}

/**
 * Options of {@link localiseErrors}.
 *
 * @category Validation
 */
export interface LocaliseOptions {
  /** Last year's report: adds the `cross-year.carry-over` equations. */
  previous?: unknown;
  /** Locale of the reasons; default `"zh-CN"`. */
  locale?: Locale;
  /** Localise over the equalities of these rules only: ids or id prefixes, as in `validateReport`. */
  rules?: RuleSelection;
}

/**
 * Names the cells most likely wrong in a report and the values they should hold (Fellegi–Holt error
 * localisation): the fewest cells whose change makes every equality rule hold, exact for one and two
 * cells, with the typing slip that explains each change. Where several corrections fit equally, all
 * are returned marked `ambiguous`; where none of one or two cells fits, the area says so. Never
 * throws, for any value: input it cannot read (a getter or proxy that throws) has no suspects.
 *
 * @param input - A report as JSON carries it, of either edition; parts with the wrong shape are skipped.
 * @param options - `previous` report, `locale`, and which `rules` to localise over.
 * @returns The suspects, best first, and one verdict per area with a broken equation.
 * @category Validation
 * @example
 * import { localiseErrors } from "zfxxgk";
 * const { suspects } = localiseErrors(JSON.parse(text));
 * for (const s of suspects) console.log(s.path.join("."), s.reported, "→", s.suggested, s.reason);
 */
export function localiseErrors(input: unknown, options?: LocaliseOptions): ErrorLocalisation {
  // Never throws, for any value: input or options whose getters or proxies throw have nothing to localise.
  try {
    const { locale: asked, previous: last, rules } = (options ?? {}) as LocaliseOptions;
    const locale = resolveLocale(asked);
    const parsed = safeParseReport(input, locale);
    if (!parsed.partial) return { suspects: [], areas: [] };
    const previous = last === undefined ? undefined : safeParseReport(last, locale).report;
    const ruleIds = new Set(EQUALITY_RULE_IDS.filter((id) => isSelected(id, rules)));
    return localiseSystem(
      buildSystem({ report: parsed.partial, parts: parsed.parts, previous, ruleIds }),
      locale,
    );
  } catch {
    return { suspects: [], areas: [] };
  }
}
