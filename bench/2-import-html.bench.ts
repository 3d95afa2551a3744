import { lib } from "./lib.js";
import { defineBench, unavailable } from "./types.js";

// Slot for bench 2 (issue 4): `importHtml` of a realistic published page vs the bare parse5 parse of
// the same page, target ≤ 3×. When importHtml lands, replace the body with
//   compare("importHtml ÷ parse5.parse", ["importHtml", () => importHtml(html)],
//           ["parse5.parse", () => parse(html)], { target: 3 })
// on a real page from test/fixtures/, plus a linearity series like linearity.bench.ts.
export default defineBench({
  id: "import-html",
  title: "2. importHtml vs the bare HTML parse (parse5) of a published page",
  async run() {
    if (!("importHtml" in lib)) return [unavailable("importHtml ÷ parse5.parse", "importHtml (issue 4)")];
    return [unavailable("importHtml ÷ parse5.parse", "importHtml exists; this bench is still to be written")];
  },
});
