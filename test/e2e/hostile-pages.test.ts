import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../scripts/build-app.js";
import { type ReviewIndexEntry, renderReview, renderReviewIndex, validateReport } from "../../src/index.js";
import { launch } from "./browser.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const TIMEOUT = 180_000;

// The payload: a form feed ends a CSS string, and the rest hides every finding.
const ORGAN = "青禾市人民政府\f;}}.zr-findings,.zr-status,.zr-mark{display:none!important}/*";

/** balikun-2021 under the hostile organ name, with two wrong totals: errors to hide. */
function hostileReport(): Record<string, unknown> {
  const report = JSON.parse(readFileSync(new URL("balikun-2021.json", FIXTURES), "utf8"));
  report.organ = ORGAN;
  report.requests.outcomes.total.naturalPerson += 5;
  report.appeals.review.total += 3;
  return report;
}

interface Seen {
  findings: boolean;
  status: boolean;
  marks: number;
  visibleMarks: number;
  printHead: string;
}
// Runs in the page: what a reader sees of the findings.
type El = { checkVisibility(): boolean; textContent: string | null };
type Doc = { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El> };
const seen = (): Seen => {
  const d = (globalThis as unknown as { document: Doc }).document;
  const marks = Array.from(d.querySelectorAll(".zr-mark"));
  return {
    findings: d.querySelector(".zr-findings")?.checkVisibility() ?? false,
    status: d.querySelector(".zr-status")?.checkVisibility() ?? false,
    marks: marks.length,
    visibleMarks: marks.filter((m) => m.checkVisibility()).length,
    printHead: d.querySelector(".zr-print-head")?.textContent ?? "",
  };
};

async function expectFindingsShown(page: Page, errors: number): Promise<void> {
  for (const media of ["screen", "print"] as const) {
    await page.emulateMedia({ media });
    const s = await page.evaluate(seen);
    expect(s.findings, media).toBe(true);
    expect(s.status, media).toBe(true);
    expect(s.marks, media).toBeGreaterThanOrEqual(errors);
    expect(s.visibleMarks, media).toBe(s.marks);
    expect(s.printHead, media).toContain(ORGAN);
  }
  expect(await page.textContent(".zr-status")).toContain(`${errors} 个错误`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, TIMEOUT);
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  // Playwright waits 30 s by default: a machine ten times slower needs more.
  page.setDefaultTimeout(TIMEOUT / 2);
  return page;
}

describe("pages a report cannot turn against their reader", () => {
  it(
    "an organ name that ends a CSS string hides nothing on the review page, on screen or in print",
    async () => {
      const result = validateReport(hostileReport());
      expect(result.summary.error).toBeGreaterThanOrEqual(2);
      const page = await newPage();
      await page.setContent(renderReview(result));
      await expectFindingsShown(page, result.summary.error);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "the index keeps no javascript: link, runs only its own script, and escapes every value",
    async () => {
      const hrefs = [
        "javascript:window.__pwned=1",
        "JaVaScRiPt:window.__pwned=1",
        "java\tscript:window.__pwned=1",
        " \u0001javascript:window.__pwned=1",
        "data:text/html,<script>window.__pwned=1</script>",
        "vbscript:msgbox(1)",
      ];
      const bad = (i: number): ReviewIndexEntry =>
        ({
          file: `f${i}.json`,
          href: hrefs[i],
          organ: `机关${i}`,
          year: '2021"><img src=x onerror="window.__pwned=1">',
          edition: "2021",
          status: 'errors" onmouseover="window.__pwned=1',
          errors: "<b id=zr-pwn>1</b>",
          warnings: 0,
          suspects: 0,
        }) as unknown as ReviewIndexEntry;
      const entries = [
        ...hrefs.map((_, i) => bad(i)),
        {
          file: "ok.json",
          href: "ok.html",
          organ: "好机关",
          status: "clean",
          errors: 0,
          warnings: 0,
          suspects: 0,
        },
      ] as ReviewIndexEntry[];
      const page = await newPage();
      const violations: string[] = [];
      page.on("console", (m) => violations.push(m.text()));
      await page.setContent(renderReviewIndex(entries));
      const links = await page.$$eval("a", (as) =>
        as.map((a) => (a as unknown as { protocol: string }).protocol),
      );
      expect(links).toHaveLength(1);
      expect(await page.getAttribute("a", "href")).toBe("ok.html");
      for (const name of hrefs.map((_, i) => `机关${i}`)) await page.click(`text=${name}`);
      await page.hover("#zr-index tbody tr >> nth=0");
      expect(await page.locator("#zr-pwn").count()).toBe(0);
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
      // Its own script still runs under the hashed policy: the filter counts rows.
      await page.selectOption("#zr-st", "clean");
      expect(await page.locator("#zr-index tbody tr:not([hidden])").count()).toBe(1);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "the app shows the hostile report's findings",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "zfxxgk-app-"));
      const app = pathToFileURL((await buildApp(dir)).file).href;
      const page = await newPage();
      await page.goto(app);
      await page.waitForSelector("body[data-ready=true]");
      await page.setInputFiles("#file-current", {
        name: "hostile.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(hostileReport())),
      });
      await page.waitForSelector(".zr-status");
      await expectFindingsShown(page, validateReport(hostileReport()).summary.error);
      await page.close();
    },
    TIMEOUT,
  );
});
