import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { report2019Schema } from "../../src/model/edition-2019/schema.js";
import { report2021Schema } from "../../src/model/edition-2021/schema.js";
import { reportSchema } from "../../src/model/report.js";
import { toJsonSchema } from "../../src/schema/json-schema.js";
import { blankReport, sample2021, seed, withCells } from "../support/fixtures.js";

describe("report schemas", () => {
  it("parse the seed (edition 2019) and keep blank cells as null, apart from 0", () => {
    const report = report2019Schema.parse(seed());
    expect(report.requests.received.naturalPerson).toBe(129);
    expect(report.requests.carriedOver.naturalPerson).toBeNull();
    expect(report.appeals.review.total).toBe(0);
    expect(report.proactive.fees.change).toBe(-1);
  });

  it("decode money to Decimal in 万元 and encode it back to the same decimal string", () => {
    const report = reportSchema.parse(sample2021());
    if (report.edition !== "2021") throw new Error("edition");
    const amount = report.proactive.fees.amount;
    expect(amount).toBeInstanceOf(Decimal);
    expect(amount?.plus("0.0001").toFixed()).toBe("12.3457");
    const json = z.encode(reportSchema, report) as { proactive: { fees: { amount: string } } };
    expect(json.proactive.fees.amount).toBe("12.3456");
  });

  it("read a JSON number amount without float noise", () => {
    const parsed = report2019Schema.parse(withCells(seed(), { "proactive.procurement.amount": 52.15 }));
    expect(parsed.proactive.procurement.amount?.toFixed()).toBe("52.15");
  });

  it.each([
    ["a negative count", -1],
    ["a fraction", 1.5],
    ["a numeric string", "129"],
    ["an unsafe integer", 2 ** 53],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
  ])("reject %s in a count cell", (_name, value) => {
    const result = report2019Schema.safeParse(
      withCells(seed(), { "requests.received.naturalPerson": value }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["requests", "received", "naturalPerson"]);
  });

  it.each([["-3"], ["1e3"], ["12,5"], [-2]])("reject the amount %s", (value) => {
    const result = report2019Schema.safeParse(withCells(seed(), { "proactive.procurement.amount": value }));
    expect(result.success).toBe(false);
  });

  it("reject a key the format does not have instead of dropping it", () => {
    const result = report2021Schema.safeParse(
      withCells(sample2021(), { "requests.received.naturalPersons": 1 }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["naturalPersons"] });
  });

  it("accept an optional subtotal in a group, and every cell blank", () => {
    const report = withCells(blankReport("2021"), {
      "requests.outcomes.withheld.subtotal": {
        naturalPerson: 1,
        business: null,
        research: null,
        nonprofit: null,
        legalService: null,
        otherOrganization: null,
        total: 1,
      },
    });
    expect(report2021Schema.safeParse(report).success).toBe(true);
  });

  it("tell the editions apart by `edition`", () => {
    expect(reportSchema.safeParse(withCells(seed(), { edition: "2021" })).success).toBe(false);
    expect(reportSchema.safeParse(sample2021()).success).toBe(true);
  });
});

describe("toJsonSchema", () => {
  it("describes JSON input with official labels as titles", () => {
    const schema = toJsonSchema("2021") as {
      $schema: string;
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const fees = schema.properties.proactive?.properties?.fees as {
      properties: { amount: { title: string; anyOf: unknown[] } };
    };
    expect(fees.properties.amount.title).toBe(
      "第二十条第（八）项 · 行政事业性收费 · 本年收费金额（单位：万元）",
    );
    expect(JSON.stringify(fees.properties.amount)).toContain('"string"');
    const received = schema.properties.requests?.properties?.received as {
      properties: { naturalPerson: { title: string } };
    };
    expect(received.properties.naturalPerson.title).toBe("一、本年新收政府信息公开申请数量 · 自然人");
  });

  it("covers both editions when none is named", () => {
    expect(JSON.stringify(toJsonSchema())).toContain("本年新制作数量");
    expect(JSON.stringify(toJsonSchema())).toContain("本年制发件数");
  });
});
