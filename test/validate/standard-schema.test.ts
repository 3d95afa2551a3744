import { sValidator } from "@hono/standard-validator";
import type { StandardSchemaV1 as SpecSchema } from "@standard-schema/spec";
import { Hono } from "hono";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type AnnualReport, reportValidator } from "../../src/index.js";
import { seed, withCells } from "../support/fixtures.js";

// A portal that takes reports: Hono's Standard Schema middleware, knowing nothing of zfxxgk.
function portal(schema = reportValidator({ locale: "en" })) {
  const app = new Hono();
  app.post("/reports", sValidator("json", schema), (c) => {
    const report = c.req.valid("json");
    return c.json({ organ: report.organ, year: report.year });
  });
  return app;
}

const post = (app: Hono, body: unknown) =>
  app.request("/reports", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("reportValidator: a Standard Schema that checks the arithmetic", () => {
  it("is a Standard Schema v1 to the spec's own types", () => {
    expectTypeOf(reportValidator()).toExtend<SpecSchema<unknown, AnnualReport>>();
    expect(reportValidator()["~standard"]).toMatchObject({ version: 1, vendor: "zfxxgk" });
  });

  it("a consumer accepts a report whose sums add up, and gets the parsed report", async () => {
    const response = await post(portal(), seed());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ organ: "巴里坤县人民政府", year: 2020 });
  });

  it("a consumer rejects a report of the right shape whose sums do not add up", async () => {
    const response = await post(portal(), withCells(seed(), { "requests.received.total": 192 }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      success: boolean;
      error: { message: string; path: string[] }[];
    };
    expect(body.success).toBe(false);
    expect(body.error.map((i) => i.path.join("."))).toEqual([
      "requests.carriedForward.total",
      "requests.received.total",
    ]);
    expect(body.error[0]?.message).toMatch(/carried forward|结转/i);
  });

  it("warnings are not issues; a waiver or a level turns an issue off", async () => {
    const waived = reportValidator({ rules: { "requests.": "warning" } });
    expect((await post(portal(waived), withCells(seed(), { "requests.received.total": 192 }))).status).toBe(
      200,
    );
  });

  it("a shape problem is an issue with its path", async () => {
    const response = await post(portal(), withCells(seed(), { "requests.received.business": -1 }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { path: string[] }[] };
    expect(body.error[0]?.path).toEqual(["requests", "received", "business"]);
  });
});
