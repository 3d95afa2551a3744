import { describe, expect, it } from "vitest";
import { localiseErrors } from "../../src/index.js";
import { full2021 } from "./helpers.js";

const NOTHING = { suspects: [], areas: [] };

function throwingGetter(object: Record<string, unknown>, key: string) {
  Object.defineProperty(object, key, {
    enumerable: true,
    get() {
      throw new Error(`no ${key} for you`);
    },
  });
  return object;
}

const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error("get");
    },
    ownKeys() {
      throw new Error("ownKeys");
    },
    getPrototypeOf() {
      throw new Error("getPrototypeOf");
    },
  },
);

describe("localiseErrors never throws", () => {
  it("on a report whose getter throws: nothing to localise", () => {
    const input = throwingGetter(full2021(), "requests");
    expect(localiseErrors(input)).toEqual(NOTHING);
  });

  it("on a broken report whose table 四 getter throws, table 三 is not read either", () => {
    const input = full2021();
    input.requests.received.total += 1;
    expect(localiseErrors(input).suspects).not.toEqual([]);
    expect(localiseErrors(throwingGetter(input, "appeals"))).toEqual(NOTHING);
  });

  it.each([
    ["null", null],
    ["a number", 5],
    ["a string", "en"],
    ["a revoked proxy", revoked],
    ["a proxy whose every trap throws", hostile],
    ["options whose locale getter throws", throwingGetter({}, "locale")],
    ["options whose previous getter throws", throwingGetter({}, "previous")],
    ["options whose rules getter throws", throwingGetter({}, "rules")],
  ])("with %s as options", (_name, options) => {
    const input = full2021();
    input.requests.received.total += 1;
    expect(() => localiseErrors(input, options as never)).not.toThrow();
  });

  it("with a previous report whose getter throws: this year's equations are still localised", () => {
    const input = full2021();
    input.requests.received.total += 1;
    const previous = throwingGetter(full2021(), "requests");
    expect(localiseErrors(input, { previous }).suspects.map((s) => s.path.join("."))).toEqual(
      localiseErrors(input).suspects.map((s) => s.path.join(".")),
    );
  });

  it.each([
    ["a revoked proxy", revoked],
    ["a proxy whose every trap throws", hostile],
  ])("on %s as the report", (_name, input) => {
    expect(localiseErrors(input)).toEqual(NOTHING);
  });
});
