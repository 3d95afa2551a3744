import { importText } from "./src/index.js";
import { readFileSync } from "node:fs";
const seed = readFileSync("test/fixtures/seed-2020-balikun.txt","utf8");
const t = `二、主动公开政府信息情况\n第二十条第（一）项 |\n|||\n信息内容 |\n本年新 制作数量 |\n|||\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量713000074\n`;
const r = importText(t);
console.log(r.edition, JSON.stringify(r.report?.requests.received), r.findings.map(f=>f.ruleId+" "+f.message).join("\n"));
