import type { Label } from "./label.js";

// The provisions every table answers to. 条例 = 《中华人民共和国政府信息公开条例》(国务院令第711号).
export const BASIS = {
  meta: { zh: "条例第四十九条、第五十条", en: "Regulations, arts. 49–50" },
  proactive2019: {
    zh: "条例第二十条；国办公开办函〔2019〕60号 表二",
    en: "Regulations art. 20; format 2019 (国办公开办函〔2019〕60号), table 2",
  },
  proactive2021: {
    zh: "条例第二十条；国办公开办函〔2021〕30号 表二",
    en: "Regulations art. 20; format 2021 (国办公开办函〔2021〕30号), table 2",
  },
  requests: {
    zh: "条例第五十条第（二）项；年度报告格式 表三",
    en: "Regulations art. 50(2); report format, table 3",
  },
  appeals: {
    zh: "条例第五十条第（三）项；年度报告格式 表四",
    en: "Regulations art. 50(3); report format, table 4",
  },
  sections: { zh: "条例第五十条", en: "Regulations art. 50" },
} as const satisfies Record<string, Label>;
