import { describe, expect, it } from "vitest";
import { APPLICANT_COLUMNS } from "../../src/model/applicants.js";
import { fieldAt, fields } from "../../src/model/fields.js";
import { table3Rows } from "../../src/model/table3.js";

describe.each(["2019", "2021"] as const)("field dictionary, edition %s", (edition) => {
  const list = fields(edition);

  it("labels every leaf in both locales with unit, table and basis", () => {
    for (const f of list) {
      expect(f.label.zh, f.path.join(".")).not.toBe("");
      expect(f.label.en, f.path.join(".")).not.toBe("");
      expect(f.basis.zh, f.path.join(".")).toMatch(/条例|格式|表/);
      expect(f.unit).toBeTypeOf("string");
    }
  });

  it("gives every table-三 row seven labelled cells, in the official order", () => {
    for (const row of table3Rows(edition, true)) {
      for (const column of APPLICANT_COLUMNS) {
        const field = fieldAt(edition, [...row.path, column]);
        expect(field, `${row.path.join(".")}.${column}`).toBeDefined();
        expect(field?.label.zh.startsWith(row.label.zh)).toBe(true);
        expect(field?.table).toBe("三");
      }
    }
  });

  it("has paths that are unique", () => {
    const keys = list.map((f) => f.path.join("."));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("verbatim labels", () => {
  it.each([
    [
      "2019",
      "requests.outcomes.withheld.endangersSafety.total",
      "三、本年度办理结果 · （三）不予公开 · 3.危及“三安全一稳定” · 总计",
    ],
    ["2019", "requests.outcomes.otherHandling.naturalPerson", "三、本年度办理结果 · （六）其他处理 · 自然人"],
    [
      "2021",
      "requests.outcomes.otherHandling.unpaidFee.business",
      "三、本年度办理结果 · （六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 法人或其他组织 · 商业企业",
    ],
    ["2019", "proactive.licensing.change", "第二十条第（五）项 · 行政许可 · 本年增/减"],
    ["2021", "proactive.fees.amount", "第二十条第（八）项 · 行政事业性收费 · 本年收费金额（单位：万元）"],
    ["2021", "proactive.normativeDocuments.inForce", "第二十条第（一）项 · 行政规范性文件 · 现行有效件数"],
    ["2019", "appeals.litigationAfterReview.pending", "行政诉讼 · 复议后起诉 · 尚未审结"],
  ] as const)("%s %s is %s", (edition, path, zh) => {
    expect(fieldAt(edition, path.split("."))?.label.zh).toBe(zh);
  });

  it("counts the rows of table 三: 23 in 2019, 25 in 2021 (2021 splits （六）其他处理 into three)", () => {
    expect(table3Rows("2019")).toHaveLength(23);
    expect(table3Rows("2021")).toHaveLength(25);
  });

  it("knows the units of money and of counts", () => {
    expect(fieldAt("2019", ["proactive", "procurement", "amount"])?.unit).toBe("万元");
    expect(fieldAt("2019", ["requests", "received", "total"])?.unit).toBe("件");
    expect(fieldAt("2019", ["proactive", "licensing", "previousCount"])?.unit).toBe("项");
  });
});
