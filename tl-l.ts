import { importText } from "./src/index.js";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { reportSchema } from "./src/model/report.js";
for (const [t, j] of [["pdftotext-2021-hami.txt","official-2021-hami.json"],["pdftotext-2019-yizhou.txt","official-2019-yizhou.json"]]) {
  const r = importText(readFileSync("test/fixtures/"+t, "utf8"));
  const want = JSON.parse(readFileSync("test/fixtures/"+j,"utf8"));
  const got = r.report ? z.encode(reportSchema, r.report) as any : {};
  const diffs: string[] = [];
  const walk = (a: any, b: any, p: string) => {
    if (typeof a === "object" && a && typeof b === "object" && b) { for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], p+"."+k); }
    else if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${p}: want ${JSON.stringify(a)?.slice(0,60)} got ${JSON.stringify(b)?.slice(0,60)}`);
  };
  for (const k of ["proactive","requests","appeals"]) walk(want[k], got[k], k);
  console.log(t, r.edition, "diffs", diffs.length); console.log(diffs.slice(0,30).join("\n"));
  console.log(r.findings.map(f=>f.ruleId+" "+f.path.join(".")).join("\n"));
  if (process.argv[2]) { walk(want, got, ""); console.log(diffs.filter(d=>!/^(proactive|requests|appeals)/.test(d)).join("\n")); console.log(r.unmapped); }
}
