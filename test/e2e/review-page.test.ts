import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReviewIndexEntry, renderReview, renderReviewIndex, validateReport } from "../../src/index.js";
import { ARTIFACTS, launch } from "./browser.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const json = (name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8"));
const TIMEOUT = 180_000;

// Runs in the page (the Node program has no DOM types); a function, since the page's CSP forbids eval.
type Doc = { getElementById(id: string): { textContent: string | null } | null };
const shownStartsWith = (prefix: string) =>
  (
    (globalThis as unknown as { document: Doc }).document.getElementById("zr-shown")?.textContent ?? ""
  ).startsWith(prefix);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, TIMEOUT);
afterAll(async () => {
  await browser?.close();
});

describe("the review page in a browser", () => {
  it(
    "the seed: clean tables, its one warning listed apart from the tables",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      // Playwright waits 30 s by default: a machine ten times slower needs more.
      page.setDefaultTimeout(TIMEOUT / 2);
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const html = renderReview(validateReport(json("seed-2020-balikun.json")), {
        source: "seed-2020-balikun.json",
      });
      writeFileSync(join(ARTIFACTS, "review-seed.html"), html);
      await page.setContent(html);
      expect(await page.textContent("h1")).toBe("巴里坤县人民政府2020年政府信息公开工作年度报告");
      expect(await page.locator("td.zr-mark").count()).toBe(0);
      const other = page.locator('.zr-group[data-group="other"]');
      expect(await other.textContent()).toContain("年度报告包含法定内容");
      expect(await other.locator('.zr-rule[title="sections.required"]').count()).toBe(1);
      expect(await page.textContent("#c-requests-received-total")).toBe("191");
      await page.screenshot({ path: join(ARTIFACTS, "review-seed.png"), fullPage: true });
      expect(requests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "a wrong cell: marked on screen and in print (A4, header with organ and year)",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      // Playwright waits 30 s by default: a machine ten times slower needs more.
      page.setDefaultTimeout(TIMEOUT / 2);
      const report = json("balikun-2021.json");
      report.requests.outcomes.disclosed.naturalPerson = 183;
      const previous = [json("balikun-2019.json"), json("seed-2020-balikun.json")];
      const result = validateReport(report, { previous: previous[1] });
      const html = renderReview(result, { previous, source: "wrong-2021.json" });
      writeFileSync(join(ARTIFACTS, "review-wrong.html"), html);
      await page.setContent(html);
      expect(await page.locator("td.zr-suspect").getAttribute("id")).toBe(
        "c-requests-outcomes-disclosed-naturalPerson",
      );
      expect(await page.locator(".zr-chart").count()).toBe(6);
      expect(await page.locator(".zr-chart svg").first().getAttribute("aria-label")).toBe(
        "本年新收申请: 2019 132, 2020 191, 2021 193",
      );
      await page.hover("#c-requests-outcomes-total-naturalPerson");
      expect(await page.isVisible("#c-requests-outcomes-total-naturalPerson-tip")).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, "review-wrong.png"), fullPage: true });
      const pdf = await page.pdf({ path: join(ARTIFACTS, "review-wrong.pdf"), preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "the index of 500 reports sorts and filters in the page",
    async () => {
      const statuses = ["clean", "warnings", "errors", "unreadable"] as const;
      const entries: ReviewIndexEntry[] = Array.from({ length: 500 }, (_, i) => ({
        file: `reports/${String(i).padStart(3, "0")}.json`,
        href: `${String(i).padStart(3, "0")}.html`,
        organ: `第${i}号县人民政府`,
        year: 2019 + (i % 5),
        edition: i % 5 < 2 ? "2019" : "2021",
        status: statuses[i % 4] as ReviewIndexEntry["status"],
        errors: i % 4 === 2 ? (i % 7) + 1 : 0,
        warnings: i % 3,
        suspects: i % 11 === 0 ? 1 : 0,
      }));
      const page = await browser.newPage();
      // Playwright waits 30 s by default: a machine ten times slower needs more.
      page.setDefaultTimeout(TIMEOUT / 2);
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.setContent(renderReviewIndex(entries));
      const visible = () => page.locator("#zr-index tbody tr:not([hidden])").count();
      expect(await visible()).toBe(500);
      await page.selectOption("#zr-st", "errors");
      expect(await visible()).toBe(125);
      expect(await page.textContent("#zr-shown")).toBe("显示 125 / 500 份报告");
      await page.fill("#zr-q", "第42号");
      await page.waitForFunction(shownStartsWith, "显示 1 /");
      await page.selectOption("#zr-st", "");
      await page.fill("#zr-q", "");
      await page.waitForFunction(shownStartsWith, "显示 500");
      // Sort by errors, descending on the second click; keyboard works (the headers are buttons).
      await page.focus('th[data-key="errors"] button');
      await page.keyboard.press("Enter");
      await page.keyboard.press("Enter");
      expect(await page.getAttribute('th[data-key="errors"]', "aria-sort")).toBe("descending");
      const first = await page.locator("#zr-index tbody tr").first().getAttribute("data-errors");
      expect(first).toBe("7");
      await page.click('th[data-key="year"] button');
      expect(await page.locator("#zr-index tbody tr").first().getAttribute("data-year")).toBe("2019");
      await page.screenshot({ path: join(ARTIFACTS, "review-index.png") });
      expect(requests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );
});
