import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../scripts/build-app.js";
import { serveApp } from "../../scripts/serve-app.js";
import { ARTIFACTS, launch } from "./browser.js";

// OCR takes seconds a page here (five pages, and the engine's 20 MB model to load): a machine ten
// times slower needs minutes.
const TIMEOUT = 900_000;
const SCAN = readFileSync(new URL("../scans/scan-2021-hami-200dpi.pdf", import.meta.url));

let browser: Browser;
let dist: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  browser = await launch();
  dist = mkdtempSync(join(tmpdir(), "zfxxgk-app-scan-"));
  const built = await buildApp(dist);
  if ("missing" in built.ocr) throw new Error(`the build wrote no OCR folder: ${built.ocr.missing}`);
  ({ server, url: origin } = await serveApp(dist, 0));
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** Opens the app, recording every request and every uncaught error from the start. */
async function open(url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(TIMEOUT / 2);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, requests, errors };
}

const drop = (page: Page) =>
  page.setInputFiles("#file-current", { name: "scan.pdf", mimeType: "application/pdf", buffer: SCAN });

describe("the browser app reads a scanned PDF", () => {
  it(
    "by OCR from its own server, with a progress bar per page, into the usual review page",
    async () => {
      const { page, requests, errors } = await open(origin);
      // What the progress section showed, sampled in the page while the scan is read.
      // (Strings: the tests are typed without the DOM.)
      await page.evaluate(`window.seen = []; setInterval(() => {
        if (document.getElementById("ocr").hidden) return;
        window.seen.push({
          title: document.getElementById("ocr-title").textContent,
          page: document.getElementById("ocr-page").value,
        });
      }, 50)`);
      await drop(page);
      // Accessible by role and name: the current page's bar and the whole scan's.
      await page.getByRole("progressbar", { name: "本页进度" }).waitFor();
      expect(await page.getByRole("progressbar", { name: "全部进度" }).isVisible()).toBe(true);
      await page.locator("#ocr-title", { hasText: /第 [2-5] 页/ }).waitFor();
      await page.screenshot({ path: `${ARTIFACTS}app-scan-progress.png` });
      await page.waitForSelector(".zr-status", { timeout: TIMEOUT });
      await page.screenshot({ path: `${ARTIFACTS}app-scan.png`, fullPage: true });

      const seen = (await page.evaluate("window.seen")) as { title: string; page: number }[];
      const titles = [...new Set(seen.map((s) => s.title))];
      expect(titles).toEqual(
        [1, 2, 3, 4, 5].map(
          (k) => `正在用文字识别（OCR）读取扫描件 scan.pdf：第 ${k} 页，共 5 页（PDF 第 ${k} 页）`,
        ),
      );
      // The page bar moved between empty and full while a page was recognised.
      expect(seen.some((s) => s.page > 0 && s.page < 100)).toBe(true);
      expect(await page.isVisible("#ocr")).toBe(false);

      expect(await page.textContent(".zr-head h1")).toContain("哈密市人民政府2022年");
      expect(await page.isVisible("#meta-form")).toBe(false);
      expect(await page.isVisible("#message")).toBe(false);
      expect(await page.locator(".zr-table").count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator(".zr-table td.zr-v").count()).toBeGreaterThan(100);
      // The OCR notice is a reading problem: in its own section, not among the report's findings.
      expect(await page.textContent(".zr-reading-block")).toContain("文字识别（OCR）");
      expect(await page.textContent(".zr-findings")).not.toContain("已用文字识别（OCR）读取");

      // Nothing left the origin: the page, the OCR files beside it, and the engine's blob worker.
      const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith(`blob:${origin}`));
      expect(foreign).toEqual([]);
      expect(requests).toContain(`${origin}ocr/lang/chi_sim.traineddata.gz`);
      expect(requests).toContain(`${origin}ocr/core/tesseract-core-simd-lstm.wasm.js`);
      expect(errors).toEqual([]);

      // In English the scan is read again from the words already recognised: no engine, no model.
      const asked = requests.length;
      await page.click("#lang");
      await page.locator("#zr-findings-h", { hasText: "Findings" }).waitFor();
      expect(requests.slice(asked)).toEqual([]);
      expect(await page.textContent(".zr-head h1")).toContain("哈密市人民政府");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "reads a scanner's image too (a JPEG of the first page), offered by the file picker",
    async () => {
      const { page, requests, errors } = await open(origin);
      expect(await page.getAttribute("#file-current", "accept")).toContain("image/jpeg");
      const jpeg = readFileSync(new URL("../scans/scan-2021-hami-p1.jpg", import.meta.url));
      await page.setInputFiles("#file-current", { name: "page1.jpg", mimeType: "image/jpeg", buffer: jpeg });
      await page.waitForSelector(".zr-status", { timeout: TIMEOUT });
      expect(await page.textContent(".zr-head h1")).toContain("哈密市人民政府2022年");
      expect(await page.textContent(".zr-reading-block")).toContain("文字识别（OCR）");
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith(`blob:${origin}`))).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}app-scan-image.png` });
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "says, from file://, to open the app from a web server",
    async () => {
      const { page, requests, errors } = await open(pathToFileURL(join(dist, "index.html")).href);
      await drop(page);
      await page.waitForSelector("#message:not([hidden])");
      const text = await page.textContent("#message");
      expect(text).toContain("无法读取 scan.pdf：这是扫描件");
      expect(text).toContain("file://");
      expect(text).toContain("npm run app");
      expect(await page.isVisible("#ocr")).toBe(false);
      expect(requests.filter((u) => !u.endsWith("/index.html"))).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}app-scan-file-url.png` });
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "names what is missing of the OCR folder",
    async () => {
      const bare = mkdtempSync(join(tmpdir(), "zfxxgk-app-bare-"));
      cpSync(dist, bare, { recursive: true });
      rmSync(join(bare, "ocr", "lang"), { recursive: true });
      const { server: other, url } = await serveApp(bare, 0);
      try {
        const { page, errors } = await open(url);
        await drop(page);
        await page.waitForSelector("#message:not([hidden])");
        expect(await page.textContent("#message")).toContain("ocr/ 文件夹缺少：lang/chi_sim.traineddata.gz");
        rmSync(join(bare, "ocr"), { recursive: true });
        await page.click("#lang");
        await page.locator("#message", { hasText: "no ocr/ folder" }).waitFor();
        expect(await page.textContent("#message")).toContain("npm run app:build");
        expect(errors).toEqual([]);
        await page.close();
      } finally {
        other.close();
        rmSync(bare, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});
