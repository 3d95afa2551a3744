import { describe, expect, it } from "vitest";
import { whereLabel } from "../../src/i18n/where.js";
import { placeLabel, placeName } from "../../src/validate/place.js";

describe("placeName: a cell as a clerk names it", () => {
  it.each([
    [
      "2021",
      ["requests", "outcomes", "withheld", "prohibitedByLaw", "naturalPerson"],
      "表三 · （三）不予公开 · 2.其他法律行政法规禁止公开 · 自然人",
    ],
    ["2021", ["requests", "outcomes", "total", "total"], "表三 · （七）总计 · 总计"],
    ["2019", ["requests", "received", "total"], "表三 · 一、本年新收政府信息公开申请数量 · 总计"],
    ["2021", ["requests", "carriedOver"], "表三 · 二、上年结转政府信息公开申请数量"],
    ["2021", ["requests"], "表三"],
    [
      "2021",
      ["proactive", "normativeDocuments", "inForce"],
      "表二 · 第二十条第（一）项 · 行政规范性文件 · 现行有效件数",
    ],
    ["2021", ["appeals", "review", "upheld"], "表四 · 行政复议 · 结果维持"],
    ["2021", ["organ"], "报告主体（机关名称）"],
    ["2021", ["sections"], "报告正文各部分"],
    ["2021", [], "报告"],
    // A key the model does not name: its nearest named part.
    ["2021", ["requests", "received", "nonsense"], "表三 · 一、本年新收政府信息公开申请数量"],
    [undefined, ["requests", "received", "total"], "表三"],
  ] as const)("%s %j → %s", (edition, path, name) => {
    expect(placeName(edition, [...path], "zh-CN")).toBe(name);
  });

  it("in English too, with no dotted path", () => {
    expect(placeLabel("2021", ["requests", "outcomes", "withheld", "stateSecret", "business"]).en).toBe(
      "Table III · (3) Withheld · 1. State secret · legal persons or other organisations · businesses",
    );
  });
});

describe("whereLabel: a reader's place in the source", () => {
  it.each([
    ["line 33, column 14", "第 33 行第 14 列"],
    ["table 2, row 5, column 3", "第 2 个表格第 5 行第 3 列"],
    ["paragraph 7", "第 7 段"],
    ["page 2, x 120, y 340", "第 2 页，横坐标 120，纵坐标 340"],
    ["somewhere else", "somewhere else"],
  ])("%s → %s", (where, zh) => {
    expect(whereLabel(where)).toEqual({ zh, en: where });
  });
});
