import { describe, expect, it } from "vitest";
import { readCell } from "../../src/import/cells.js";

describe("readCell", () => {
  it.each([
    ["", "count", { ok: true, value: null }],
    ["  ", "count", { ok: true, value: null }],
    ["0", "count", { ok: true, value: 0 }],
    ["129", "count", { ok: true, value: 129 }],
    ["１２９", "count", { ok: true, value: 129 }],
    ["1,229", "count", { ok: true, value: 1229 }],
    ["1，229", "count", { ok: true, value: 1229 }],
    ["12件", "count", { ok: true, value: 12 }],
    ["/", "count", { ok: true, value: null, note: "placeholder" }],
    ["／", "count", { ok: true, value: null, note: "placeholder" }],
    ["—", "count", { ok: true, value: null, note: "placeholder" }],
    ["-", "count", { ok: true, value: null, note: "placeholder" }],
    ["无", "count", { ok: true, value: null, note: "placeholder" }],
    ["增 530", "signed", { ok: true, value: 530 }],
    ["增加530", "signed", { ok: true, value: 530 }],
    ["减1", "signed", { ok: true, value: -1 }],
    ["+1036", "signed", { ok: true, value: 1036 }],
    ["−5", "signed", { ok: true, value: -5 }],
    ["-5", "signed", { ok: true, value: -5 }],
    ["0", "signed", { ok: true, value: 0 }],
    ["7113万元", "amount", { ok: true, value: "7113" }],
    ["251000元", "amount", { ok: true, value: "25.1", note: "yuan" }],
    ["52.15", "amount", { ok: true, value: "52.15", note: "unit-assumed" }],
    ["4,068.208", "amount", { ok: true, value: "4068.208", note: "unit-assumed" }],
    // A remark after the figure: the figure is read, the remark kept beside it.
    ["22（其中修订16件）", "count", { ok: true, value: 22, remark: "其中修订16件" }],
    ["22件（其中修订16件）", "count", { ok: true, value: 22, remark: "其中修订16件" }],
    ["318件，其中保留291件", "count", { ok: true, value: 318, remark: "其中保留291件" }],
    ["增 5（新设）", "signed", { ok: true, value: 5, remark: "新设" }],
    ["3519.57（万元）", "amount", { ok: true, value: "3519.57" }],
    ["25.1万元（含代收）", "amount", { ok: true, value: "25.1", remark: "含代收" }],
  ] as const)("%s as %s", (raw, kind, expected) => {
    expect(readCell(raw, kind)).toEqual(expected);
  });

  it("keeps 万元 quiet where the header states the unit", () => {
    expect(readCell("3519.5706", "amount", true)).toEqual({ ok: true, value: "3519.5706" });
  });

  it.each([
    ["12.5", "count"],
    ["约100", "count"],
    ["（其中修订16件）", "count"],
    ["22（其中修订16件", "count"],
    ["22，另有3件", "count"],
    ["增", "signed"],
    ["abc", "amount"],
    ["-3", "count"],
  ] as const)("refuses %s as %s", (raw, kind) => {
    expect(readCell(raw, kind)).toEqual({ ok: false });
  });
});
