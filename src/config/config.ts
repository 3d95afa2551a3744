import type { Messages } from "../i18n/catalogue.js";
import type { Label } from "../model/label.js";
import { rules as catalogue, type RuleId, type RulePrefix } from "../rules/catalogue.js";
import { renderTemplate } from "../rules/format.js";
import { isSelected, type RuleSelection } from "../rules/select.js";
import type { Locale, Path, Rule, Severity } from "../rules/types.js";
import { closest } from "./closest.js";
import { CONFIG_MESSAGES, CONFIG_WORDS, type ConfigMessageId } from "./messages.js";

/**
 * What a rule does under a configuration: off, or on with this severity.
 *
 * @category Configuration
 */
export type RuleLevel = "off" | Severity;

/** `"a."` for an id `"a.b"`: the family prefix of a custom id. */
type PrefixOf<I extends string> = I extends `${infer P}.${string}` ? `${P}.` : never;

/**
 * A key of {@link ZfxxgkConfig.rules}: a built-in id or family prefix, or a custom rule's id or prefix.
 *
 * @category Configuration
 */
export type RuleKey<Custom extends string = never> = RuleId | RulePrefix | Custom | PrefixOf<Custom>;

/**
 * Rules on or off and their severity, by id or id prefix; the most specific key wins (an id over a
 * prefix, a longer prefix over a shorter one).
 *
 * @category Configuration
 */
export type RuleLevels<Custom extends string = never> = { readonly [K in RuleKey<Custom>]?: RuleLevel };

/**
 * A decision that findings are known and accepted: matching findings stay in the result marked
 * `waived` and no longer count against `valid`, the summary or the exit code. Match by `id` (a
 * finding's stable id), or by `rule` (id or `"family."` prefix) with optional `organ`, `year` and
 * `path` (dotted, `*` for one segment). After `until` (YYYY-MM-DD, inclusive) it no longer applies.
 *
 * @category Configuration
 */
export interface Waiver {
  id?: string;
  rule?: string;
  organ?: string;
  year?: number;
  path?: string;
  reason: string;
  by?: string;
  until?: string;
}

/**
 * One configuration value, built once and handed to {@link validateReport} (or read by the CLI from
 * `--config file.json`): rule levels, custom rules, waivers and locale.
 *
 * @category Configuration
 */
export interface ZfxxgkConfig<Custom extends string = never> {
  /** Levels by rule id or prefix: `{ "sections.required": "off", "cross-year.": "warning" }`. */
  rules?: RuleLevels<NoInfer<Custom>>;
  /** Rules made with {@link defineRule}, run after the built-in ones. */
  customRules?: readonly Rule<string, Custom>[];
  /** Known findings to accept. */
  waivers?: readonly Waiver[];
  /** Locale of the messages; default `"zh-CN"`. */
  locale?: Locale;
  /**
   * A complete catalogue of message templates (another language, or house wording), used instead of
   * the built-in one; start from `builtInMessages(locale)`. Cell labels inside messages still come in
   * `locale`.
   */
  messages?: Messages;
}

/**
 * A problem with the options themselves: it becomes a `"config"` finding, or a {@link ConfigError}.
 *
 * @category Configuration
 */
export interface ConfigProblem {
  messageId: ConfigMessageId;
  path: Path;
  data: Record<string, unknown>;
}

/** Options read and checked once: the rules to run (severities applied), waivers, locale. */
export interface CompiledConfig {
  readonly rules: readonly Rule[];
  readonly waivers: readonly Waiver[] | undefined;
  readonly locale: Locale | undefined;
  readonly problems: readonly ConfigProblem[];
}

/** The keys of a {@link ZfxxgkConfig}: anything else is a mistake, named with the closest key. */
export const CONFIG_KEYS = ["rules", "customRules", "waivers", "locale", "messages"] as const;
// `file` is what a baseline writes beside the id, for the reader.
const WAIVER_KEYS = ["id", "rule", "organ", "year", "path", "reason", "by", "until", "file"] as const;
const RULE_KEYS = [
  "id",
  "title",
  "severity",
  "editions",
  "needsPrevious",
  "basis",
  "uses",
  "messages",
  "check",
] as const;

const LEVELS: ReadonlySet<unknown> = new Set(["off", "error", "warning", "info"]);
const SEVERITIES: ReadonlySet<unknown> = new Set(["error", "warning", "info"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The built-in rules with their own severities: what runs when nothing is configured. */
export const DEFAULT_CONFIG: CompiledConfig = Object.freeze({
  rules: catalogue,
  waivers: undefined,
  locale: undefined,
  problems: Object.freeze([]),
});

type Read = { ok: true; value: unknown } | { ok: false };

// Options come from anyone: a getter may throw, a proxy may lie; reading never throws.
function read(object: unknown, key: string): Read {
  if (typeof object !== "object" || object === null) return { ok: true, value: undefined };
  try {
    return { ok: true, value: (object as Record<string, unknown>)[key] };
  } catch {
    return { ok: false };
  }
}

function entries(object: object): [string, unknown][] | undefined {
  try {
    return Object.keys(object).map((k) => [k, (object as Record<string, unknown>)[k]]);
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null && !Array.isArray(v);
const isLabel = (v: unknown) => isObject(v) && typeof (v as Label).zh === "string";

function ruleProblem(rule: unknown): boolean {
  try {
    const r = rule as Rule;
    return !(
      isObject(rule) &&
      typeof r.id === "string" &&
      r.id.trim() !== "" &&
      typeof r.check === "function" &&
      SEVERITIES.has(r.severity) &&
      Array.isArray(r.editions) &&
      Array.isArray(r.uses) &&
      isObject(r.messages) &&
      isLabel(r.title) &&
      typeof r.title.en === "string"
    );
  } catch {
    return true;
  }
}

function asList(value: unknown): readonly unknown[] | undefined {
  try {
    return Array.isArray(value) ? [...value] : undefined;
  } catch {
    return undefined;
  }
}

function prefixesOf(ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    for (let i = id.indexOf("."); i > 0; i = id.indexOf(".", i + 1)) out.add(id.slice(0, i + 1));
  }
  return [...out];
}

// Each key of an object not among `known` is a problem at `path` + key, naming the closest known keys.
function unknownKeys(object: object, known: readonly string[], path: Path, problems: ConfigProblem[]): void {
  let keys: string[];
  try {
    keys = Object.keys(object);
  } catch {
    return;
  }
  for (const key of keys) {
    if (known.includes(key)) continue;
    problems.push({
      messageId: "unknownOption",
      path: [...path, key],
      data: { key: path.length ? `${path.join(".")}.${key}` : key, suggestions: closest(key, known) },
    });
  }
}

function unknownKey(key: string, path: Path, known: readonly string[], problems: ConfigProblem[]): void {
  const suggestions = closest(key, known);
  problems.push({ messageId: "unknownRule", path, data: { key, suggestions } });
}

function readSelection(
  value: Record<string, unknown>,
  known: readonly string[],
  problems: ConfigProblem[],
): RuleSelection {
  const selection: { include?: string[]; exclude?: string[] } = {};
  for (const side of ["include", "exclude"] as const) {
    const got = read(value, side);
    if (!got.ok || got.value === undefined) continue;
    const list = asList(got.value);
    if (!list?.every((e) => typeof e === "string")) {
      problems.push({
        messageId: "badOption",
        path: ["rules", side],
        data: { option: `rules.${side}`, expected: CONFIG_WORDS.ids },
      });
      continue;
    }
    selection[side] = list as string[];
    for (const entry of list as string[]) {
      const family = entry.endsWith(".") ? entry : `${entry}.`;
      if (!known.some((k) => k === entry || k.startsWith(family)))
        unknownKey(entry, ["rules", side], known, problems);
    }
  }
  return selection;
}

/**
 * Reads options of any shape (a plain object, `null`, an object whose getters throw) into the rules
 * to run and the waivers to apply; every mistake is a problem, never a throw. A key outside `keys`
 * (at the top, in a waiver or a custom rule) is a mistake too.
 */
export function compileConfig(options: unknown, keys: readonly string[] = CONFIG_KEYS): CompiledConfig {
  if (options === undefined || options === null) return DEFAULT_CONFIG;
  const problems: ConfigProblem[] = [];
  if (typeof options !== "object") {
    problems.push({
      messageId: "badOption",
      path: [],
      data: { option: "options", expected: CONFIG_WORDS.object },
    });
    return { ...DEFAULT_CONFIG, problems };
  }
  unknownKeys(options, keys, [], problems);
  const get = (key: string): unknown => {
    const got = read(options, key);
    if (got.ok) return got.value;
    problems.push({
      messageId: "badOption",
      path: [key],
      data: { option: key, expected: CONFIG_WORDS.unreadable },
    });
    return undefined;
  };
  const rulesOption = get("rules");
  const customOption = get("customRules");
  const waiversOption = get("waivers");
  const localeOption = get("locale");
  if (
    rulesOption === undefined &&
    customOption === undefined &&
    waiversOption === undefined &&
    !problems.length
  ) {
    return localeOption === undefined
      ? DEFAULT_CONFIG
      : { ...DEFAULT_CONFIG, locale: localeOf(localeOption, problems) };
  }

  let all: readonly Rule[] = catalogue;
  if (customOption !== undefined) {
    const list = asList(customOption);
    if (!list)
      problems.push({
        messageId: "badOption",
        path: ["customRules"],
        data: { option: "customRules", expected: CONFIG_WORDS.list },
      });
    else {
      const ids = new Set<string>(catalogue.map((r) => r.id));
      const custom: Rule[] = [];
      list.forEach((rule, i) => {
        if (isObject(rule)) unknownKeys(rule, RULE_KEYS, ["customRules", i], problems);
        if (ruleProblem(rule)) {
          problems.push({
            messageId: "badCustomRule",
            path: ["customRules", i],
            data: { index: i + 1, problem: CONFIG_WORDS.ruleShape },
          });
        } else if (ids.has((rule as Rule).id)) {
          problems.push({
            messageId: "duplicateRule",
            path: ["customRules", i],
            data: { id: (rule as Rule).id },
          });
        } else {
          ids.add((rule as Rule).id);
          custom.push(rule as Rule);
        }
      });
      all = [...catalogue, ...custom];
    }
  }

  const ids = all.map((r) => r.id);
  const known = [...ids, ...prefixesOf(ids)];
  let levels: Map<string, RuleLevel> | undefined;
  let selection: RuleSelection | undefined;
  if (rulesOption !== undefined) {
    const pairs = isObject(rulesOption) ? entries(rulesOption) : undefined;
    if (!pairs)
      problems.push({
        messageId: "badOption",
        path: ["rules"],
        data: { option: "rules", expected: CONFIG_WORDS.object },
      });
    else {
      levels = new Map();
      for (const [key, value] of pairs) {
        if (key === "include" || key === "exclude") continue;
        if (!known.includes(key)) unknownKey(key, ["rules", key], known, problems);
        else if (!LEVELS.has(value))
          problems.push({ messageId: "badLevel", path: ["rules", key], data: { key, value: String(value) } });
        else levels.set(key, value as RuleLevel);
      }
      if (pairs.some(([k]) => k === "include" || k === "exclude")) {
        selection = readSelection(rulesOption as Record<string, unknown>, known, problems);
      }
    }
  }

  const active: Rule[] = [];
  for (const rule of all) {
    if (selection && !isSelected(rule.id, selection)) continue;
    const level = levels?.size ? levelOf(rule.id, levels) : undefined;
    if (level === "off") continue;
    active.push(level && level !== rule.severity ? { ...rule, severity: level } : rule);
  }

  return {
    rules: active,
    waivers: waiversOption === undefined ? undefined : readWaivers(waiversOption, problems),
    locale: localeOption === undefined ? undefined : localeOf(localeOption, problems),
    problems,
  };
}

function levelOf(id: string, levels: ReadonlyMap<string, RuleLevel>): RuleLevel | undefined {
  const exact = levels.get(id);
  if (exact) return exact;
  // The longest prefix wins: "cross-year.copied-" would beat "cross-year.".
  for (let i = id.lastIndexOf("."); i > 0; i = id.lastIndexOf(".", i - 1)) {
    const level = levels.get(id.slice(0, i + 1));
    if (level) return level;
  }
  return undefined;
}

function localeOf(value: unknown, problems: ConfigProblem[]): Locale | undefined {
  if (value === "zh-CN" || value === "en") return value;
  problems.push({
    messageId: "badOption",
    path: ["locale"],
    data: { option: "locale", expected: CONFIG_WORDS.locale },
  });
  return undefined;
}

const optionalString = (w: Record<string, unknown>, k: string) =>
  w[k] === undefined || typeof w[k] === "string";

function readWaivers(value: unknown, problems: ConfigProblem[]): Waiver[] {
  const list = asList(value);
  if (!list) {
    problems.push({
      messageId: "badOption",
      path: ["waivers"],
      data: { option: "waivers", expected: CONFIG_WORDS.list },
    });
    return [];
  }
  const out: Waiver[] = [];
  list.forEach((item, i) => {
    let w: Record<string, unknown> | undefined;
    try {
      w = isObject(item) ? { ...(item as Record<string, unknown>) } : undefined;
    } catch {
      w = undefined;
    }
    const ok =
      w !== undefined &&
      typeof w.reason === "string" &&
      (typeof w.id === "string" || typeof w.rule === "string") &&
      ["id", "rule", "organ", "path", "by"].every((k) => optionalString(w as Record<string, unknown>, k)) &&
      (w.year === undefined || typeof w.year === "number");
    if (w) unknownKeys(w, WAIVER_KEYS, ["waivers", i], problems);
    if (!ok) {
      problems.push({
        messageId: "badWaiver",
        path: ["waivers", i],
        data: { index: i + 1, problem: CONFIG_WORDS.waiverShape },
      });
    } else if (w?.until !== undefined && !(typeof w.until === "string" && DATE.test(w.until))) {
      problems.push({
        messageId: "badWaiver",
        path: ["waivers", i, "until"],
        data: { index: i + 1, problem: CONFIG_WORDS.date },
      });
    } else out.push(w as unknown as Waiver);
  });
  return out;
}

/** Renders a problem's message; `{hint}` lists the closest known ids. */
export function renderProblem(problem: ConfigProblem, locale: Locale): string {
  const template = CONFIG_MESSAGES[problem.messageId];
  const data = { ...problem.data };
  for (const [k, v] of Object.entries(data)) {
    if (isObject(v) && isLabel(v)) data[k] = locale === "en" ? (v as Label).en : (v as Label).zh;
  }
  const suggestions = (problem.data.suggestions as string[] | undefined) ?? [];
  if (problem.messageId === "unknownRule" || problem.messageId === "unknownOption") {
    const words = locale === "en" ? CONFIG_WORDS.closest.en : CONFIG_WORDS.closest.zh;
    data.hint = suggestions.length ? `${words}${suggestions.join(locale === "en" ? ", " : "、")}` : "";
  }
  return renderTemplate(locale === "en" ? template.en : template.zh, data, locale);
}

/**
 * A configuration with mistakes: unknown rule ids (with the closest known ids), bad levels, custom
 * rules or waivers. Thrown by {@link defineConfig} and {@link createValidator}; {@link validateReport}
 * never throws and returns the same problems as `"config"` findings instead.
 *
 * @category Configuration
 */
export class ConfigError extends Error {
  /** Always `"E_CONFIG"`. */
  readonly code = "E_CONFIG";
  /** Each mistake, with its path in the configuration and the data of its message. */
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[], locale: Locale = "zh-CN") {
    super(problems.map((p) => renderProblem(p, locale)).join("\n"));
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/**
 * Checks a configuration once and returns it unchanged, typed: rule keys are checked against the
 * built-in ids and the custom rules' own ids, at compile time for literals and at run time always.
 *
 * @param config - Rule levels, custom rules, waivers and locale.
 * @returns The same configuration.
 * @throws {@link ConfigError} naming each unknown id with the closest known ones.
 * @category Configuration
 * @example
 * import { defineConfig, validateReport } from "zfxxgk";
 * const config = defineConfig({ rules: { "sections.required": "off", "cross-year.": "warning" } });
 * validateReport(JSON.parse(text), config);
 */
export function defineConfig<const Custom extends string = never>(
  config: ZfxxgkConfig<Custom>,
): ZfxxgkConfig<Custom> {
  const compiled = compileConfig(config);
  if (compiled.problems.length) throw new ConfigError(compiled.problems, compiled.locale);
  return config;
}
