import { readFileSync } from "node:fs";

const lib = await import("../dist/index.js");
const html = readFileSync("test/fixtures/official-2021-hami.html", "utf8");
for (let i = 0; i < 1500; i++) lib.importHtml(html);
