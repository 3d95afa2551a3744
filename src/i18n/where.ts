import type { Label } from "../model/label.js";

// The readers note a place in the source as "table 2, row 5, column 3", "line 33, column 14" or
// "page 2, x 120, y 340": the parts a clerk reads in Chinese.
const PARTS: Record<string, (n: string) => string> = {
  table: (n) => `第 ${n} 个表格`,
  row: (n) => `第 ${n} 行`,
  line: (n) => `第 ${n} 行`,
  column: (n) => `第 ${n} 列`,
  value: (n) => `第 ${n} 个数值`,
  character: (n) => `第 ${n} 个字`,
  paragraph: (n) => `第 ${n} 段`,
  page: (n) => `第 ${n} 页`,
  x: (n) => `，横坐标 ${n}`,
  y: (n) => `，纵坐标 ${n}`,
};

/** A reader's place in the source (`line 33, column 14`) in both locales: 第 33 行第 14 列. */
export function whereLabel(where: string): Label {
  const parts = where.split(/,\s*/);
  const zh = parts.map((part) => {
    const m = /^([a-z]+) (\d+)$/.exec(part.trim());
    const say = m ? PARTS[m[1] ?? ""] : undefined;
    return say && m ? say(m[2] ?? "") : part;
  });
  return { zh: zh.join(""), en: where };
}
