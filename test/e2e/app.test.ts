import { mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../scripts/build-app.js";
import { serveApp } from "../../scripts/serve-app.js";
import { ARTIFACTS, launch } from "./browser.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
const TIMEOUT = 180_000;

/**
 * One row per input format the app reads: add the PDF and Word fixtures here when their readers land
 * (e.g. `{ file: "pdf-2022-hami.pdf", title: "哈密市人民政府2022年", status: "warnings" }`).
 */
const FORMATS: { file: string; title: string; status: "clean" | "warnings" | "errors" | "incomplete" }[] = [
  { file: "balikun-2021.json", title: "巴里坤县人民政府2021年", status: "clean" },
  { file: "official-2021-hami.html", title: "哈密市人民政府2022年", status: "warnings" },
  { file: "word-export-2020-yizhou.html", title: "2020年", status: "clean" },
  // Flattened text with one column it could not place: read incompletely, not a report with errors.
  { file: "seed-2020-balikun.txt", title: "巴里坤县人民政府2020年", status: "incomplete" },
  { file: "pdf/chromium-2021-hami.pdf", title: "哈密市人民政府2022年", status: "warnings" },
  { file: "libreoffice-2020-balikun.docx", title: "巴里坤县人民政府2020年", status: "warnings" },
];

/** balikun-2021 with one wrong cell: （一）予以公开 · 自然人 typed 183 for 138. */
function wrongCell(): Buffer {
  const report = JSON.parse(fixture("balikun-2021.json").toString("utf8"));
  report.requests.outcomes.disclosed.naturalPerson = 183;
  return Buffer.from(JSON.stringify(report));
}

let browser: Browser;
let appFile: string;
let appUrl: string;

beforeAll(async () => {
  browser = await launch();
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-app-"));
  appFile = (await buildApp(dir)).file;
  appUrl = pathToFileURL(appFile).href;
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/** Opens the app and records every request made after it loaded. */
async function openApp(url = appUrl, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  // Playwright waits 30 s by default: a machine ten times slower needs more.
  page.setDefaultTimeout(TIMEOUT / 2);
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  return { page, requests };
}

async function upload(page: Page, which: "current" | "previous", name: string, buffer: Buffer) {
  await page.setInputFiles(`#file-${which}`, { name, mimeType: "application/octet-stream", buffer });
}

describe("the browser app", () => {
  it.each(FORMATS)(
    "reads $file and shows its review page",
    async ({ file, title, status }) => {
      const { page, requests } = await openApp();
      await upload(page, "current", file, fixture(file));
      await page.waitForSelector(".zr-status");
      expect(await page.textContent("h1.zr-head, .zr-head h1")).toContain(title);
      expect(await page.getAttribute(".zr-status", "data-status")).toBe(status);
      // Every table is drawn with its figures.
      expect(await page.locator(".zr-table td.zr-v").count()).toBeGreaterThan(100);
      expect(await page.isVisible("#message")).toBe(false);
      expect(requests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "marks the wrong cell with its suggested value, and the totals it breaks",
    async () => {
      const { page, requests } = await openApp();
      await upload(page, "current", "wrong-2021.json", wrongCell());
      await page.waitForSelector(".zr-status");
      expect(await page.getAttribute(".zr-status", "data-status")).toBe("errors");
      const marks = await page.$$eval(".zr-mark", (cells) =>
        cells.map((c) => [c.id, c.className.replace(/zr-v |zr-mark /g, "")]),
      );
      expect(marks).toEqual([
        ["c-requests-outcomes-disclosed-naturalPerson", "zr-suspect"],
        ["c-requests-outcomes-disclosed-total", "zr-error"],
        ["c-requests-outcomes-total-naturalPerson", "zr-error"],
      ]);
      const suspect = page.locator("#c-requests-outcomes-disclosed-naturalPerson");
      expect(await suspect.textContent()).toMatch(/183.*✎.*→138/);
      // Keyboard: the cell takes focus and shows its note (message and suggested value).
      await suspect.focus();
      const tip = page.locator("#c-requests-outcomes-disclosed-naturalPerson-tip");
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain("建议值：138（报 183）");
      // The findings list, grouped under table 三, links each finding to its cell.
      const group = page.locator('.zr-group[data-group="requests"]');
      expect(await group.locator("li").count()).toBe(3);
      // The rule by its title; its id on hover.
      expect(await group.textContent()).toContain("（七）总计 = 各项办理结果之和");
      expect(await group.locator('.zr-rule[title="requests.outcome-total"]').count()).toBeGreaterThan(0);
      expect(await group.textContent()).toContain("左边 = 194，右边 = 149，差 45");
      const links = await group.locator("a.zr-go").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toContain("#c-requests-outcomes-total-naturalPerson");
      await page.screenshot({ path: join(ARTIFACTS, "app-wrong-cell.png"), fullPage: true });
      // English
      await page.click("#lang");
      await page.waitForSelector('html[lang="en"]');
      expect(await page.textContent("#privacy")).toContain("never leaves your computer");
      expect(await page.textContent(".zr-status")).toContain("2 errors");
      expect(await page.textContent('.zr-group[data-group="requests"]')).toContain("suggested: 138");
      await page.screenshot({ path: join(ARTIFACTS, "app-wrong-cell-en.png") });
      expect(requests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "draws the tables of a report whose organ and year were not read, and checks again once they are typed",
    async () => {
      const { page, requests } = await openApp();
      const text = fixture("pdftotext-2021-hami.txt")
        .toString("utf8")
        .replace(/哈密市人民政府/g, "")
        .replace(/20\d\d ?年/g, "");
      await upload(page, "current", "report.txt", Buffer.from(text));
      await page.waitForSelector(".zr-status");
      expect(await page.getAttribute(".zr-status", "data-status")).toBe("incomplete");
      expect(await page.textContent(".zr-status")).toContain("读取不完整：报告 0 个错误");
      // Every table that was read is drawn, the missing meta a gap to fill.
      expect(await page.locator(".zr-table td.zr-v").count()).toBeGreaterThan(100);
      expect(await page.textContent(".zr-head h1")).toContain("［待填］");
      expect(await page.textContent(".zr-reading-block")).toContain("未能从文件中读出报告主体");
      expect(await page.isVisible("#meta-form")).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, "app-meta-missing.png"), fullPage: true });
      await page.fill("#meta-organ", "哈密市人民政府");
      await page.fill("#meta-year", "2022");
      await page.click("#meta-apply");
      await page.waitForFunction(
        'document.querySelector(".zr-head h1")?.textContent?.includes("哈密市人民政府")',
      );
      expect(await page.textContent(".zr-head h1")).toContain("哈密市人民政府2022年");
      expect(await page.getAttribute(".zr-status", "data-status")).not.toBe("incomplete");
      expect(await page.locator(".zr-reading-block").count()).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, "app-meta-supplied.png"), fullPage: true });
      expect(requests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "a clean report shows as clean, with no marked cell",
    async () => {
      const { page } = await openApp();
      // Keyboard: the language switch, then the file picker, are the first stops.
      await page.keyboard.press("Tab");
      expect(await page.evaluate("document.activeElement.id")).toBe("lang");
      await page.keyboard.press("Tab");
      expect(await page.evaluate("document.activeElement.id")).toBe("file-current");
      await upload(page, "current", "balikun-2021.json", fixture("balikun-2021.json"));
      await page.waitForSelector(".zr-status");
      expect(await page.textContent(".zr-status")).toContain("未发现错误或警告");
      expect(await page.locator(".zr-mark").count()).toBe(0);
      expect(await page.textContent(".zr-findings")).toContain("没有问题");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "with last year's report: the year-over-year table and the charts of every year",
    async () => {
      const { page, requests } = await openApp();
      await upload(page, "previous", "seed-2020.json", fixture("seed-2020-balikun.json"));
      await upload(page, "current", "balikun-2021.json", fixture("balikun-2021.json"));
      await page.waitForSelector(".zr-yoy");
      expect(await page.textContent(".zr-yoy h2")).toContain("2020 → 2021");
      const received = page.locator(".zr-yoy tr", { hasText: "一、本年新收政府信息公开申请数量 · 总计" });
      expect(await received.locator("td").allTextContents()).toEqual(["191", "193", "+2", "1.0%", "是"]);
      expect(await page.locator(".zr-chart svg").count()).toBe(6);
      await page.screenshot({ path: join(ARTIFACTS, "app-previous.png"), fullPage: true });
      expect(requests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "an unreadable file gets a clear message, not a page",
    async () => {
      const { page, requests } = await openApp();
      const cases: [string, Buffer, RegExp][] = [
        [
          "photo.png",
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 0, 0]),
          /PNG 图片/,
        ],
        ["broken.json", Buffer.from('{ "edition": "2021", '), /不是有效的 JSON/],
        ["notes.txt", Buffer.from("今天开会，讨论了明年的工作安排。\n"), /没有在文件中找到报告的统计表/],
        ["empty.html", Buffer.alloc(0), /文件是空的/],
        [
          "old.doc",
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
          /另存为 PDF 或 Word（\.docx）/,
        ],
      ];
      for (const [name, buffer, message] of cases) {
        await upload(page, "current", name, buffer);
        await page.waitForSelector("#message:not([hidden])");
        const text = (await page.textContent("#message")) ?? "";
        expect(text).toContain(`无法读取 ${name}`);
        expect(text).toMatch(message);
        expect(await page.locator(".zr-page").count()).toBe(0);
        expect(await page.isVisible("#actions")).toBe(false);
        if (name === "notes.txt") await page.screenshot({ path: join(ARTIFACTS, "app-unreadable.png") });
        await page.evaluate('document.getElementById("message").hidden = true');
      }
      expect(requests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "is readable on a phone and works from a local static server without any request after load",
    async () => {
      const { server, url } = await serveApp(join(appFile, ".."), 0);
      try {
        const { page, requests } = await openApp(url, { width: 390, height: 844 });
        await page.screenshot({ path: join(ARTIFACTS, "app-phone-empty.png") });
        await upload(page, "current", "wrong-2021.json", wrongCell());
        await page.waitForSelector(".zr-status");
        expect(await page.locator(".zr-mark").count()).toBe(3);
        // Nothing spills out sideways: wide tables scroll in their own box.
        const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(ARTIFACTS, "app-phone.png") });
        expect(requests).toEqual([]);
        await page.close();
      } finally {
        await new Promise((done) => (server as Server).close(done));
      }
    },
    TIMEOUT,
  );
});
