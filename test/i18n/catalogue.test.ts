import { describe, expect, expectTypeOf, it } from "vitest";
import { CATALOGUED_RULE_IDS } from "../../src/i18n/catalogue.js";
import { builtInMessages, type MessageId, type Messages, rules, validateReport } from "../../src/index.js";
import { seed, withCells } from "../support/fixtures.js";

const BAD_INPUTS: unknown[] = [
  seed(),
  withCells(seed(), { "requests.received.naturalPerson": 130 }),
  withCells(seed(), { "requests.received.research": "十二", "appeals.review.total": 9 }),
  withCells(seed(), { proactive: [], organ: null, year: "2020" }),
  { ...seed(), naturalPersons: 1, k: 2 },
  { edition: "2021", organ: "某县人民政府", year: 2024 },
  { edition: "2021", organ: "某县人民政府", year: 2024, proactive: {}, requests: {}, appeals: {} },
  { edition: "2030" },
  [1, 2],
  null,
];

describe("message catalogues", () => {
  it("knows every rule of the catalogue and every message of each", () => {
    expect([...CATALOGUED_RULE_IDS].sort()).toEqual(rules.map((r) => r.id).sort());
    const zh = builtInMessages("zh-CN");
    for (const rule of rules)
      for (const [id, label] of Object.entries(rule.messages))
        expect(zh[`${rule.id}/${id}` as MessageId]).toBe(label.zh);
  });

  it("has the same ids in both locales, and only strings", () => {
    const zh = builtInMessages("zh-CN");
    const en = builtInMessages("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.values(zh).every((t) => typeof t === "string" && t.length > 0)).toBe(true);
  });

  it.each(["zh-CN", "en"] as const)(
    "the built-in catalogue passed as messages changes nothing (%s)",
    (locale) => {
      const messages = builtInMessages(locale);
      for (const input of BAD_INPUTS) {
        const plain = validateReport(input, { locale });
        expect(validateReport(input, { locale, messages }).findings).toEqual(plain.findings);
      }
    },
  );

  it("house wording replaces a rule's message and a shape message", () => {
    const messages: Messages = {
      ...builtInMessages("zh-CN"),
      "requests.balance/unbalanced": "{column}：收支不平，差 {difference}",
      "schema/expectCount": "请填件数",
    };
    const broken = withCells(seed(), { "requests.received.naturalPerson": 130 });
    const balance = validateReport(broken, { messages }).findings.find(
      (f) => f.ruleId === "requests.balance",
    );
    expect(balance?.message).toBe("自然人：收支不平，差 1");
    const negative = withCells(seed(), { "requests.received.research": -1 });
    const schema = validateReport(negative, { messages }).findings.find((f) => f.ruleId === "schema");
    expect(schema?.message).toMatch(/：请填件数，现为 -1$/);
  });

  it("types: a catalogue must cover every id, and an unknown id fails tsc", () => {
    expectTypeOf<"requests.balance/unbalanced">().toExtend<MessageId>();
    expectTypeOf<"schema/missing">().toExtend<MessageId>();
    expectTypeOf<"cli/unknownOptionNear">().toExtend<MessageId>();
    expectTypeOf<"import.ambiguous-column">().toExtend<MessageId>();
    expectTypeOf<"requests.balanse/unbalanced">().not.toExtend<MessageId>();
    expectTypeOf<string>().not.toExtend<MessageId>();
    const { "requests.balance/unbalanced": _dropped, ...partial } = builtInMessages("en");
    // @ts-expect-error a catalogue without "requests.balance/unbalanced" is not a Messages
    const missing: Messages = partial;
    // @ts-expect-error a misspelt id is no MessageId
    const typo: MessageId = "requests.balanse/unbalanced";
    expect([missing, typo]).toHaveLength(2);
  });
});
