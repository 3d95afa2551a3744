import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildApp } from "../../scripts/build-app.js";
import { importDocx } from "../../src/import/docx/import-docx.js";
import { fields } from "../../src/model/fields.js";
import { getAt } from "../../src/model/path.js";
import { type AnnualReport, reportSchema } from "../../src/model/report.js";
import { fixture } from "../load-fixture.js";
import { ARTIFACTS, launch } from "./browser.js";

const TIMEOUT = 240_000;
const CELL = (path: string) => `td[data-key="${path}"]`;
const WRONG = "requests.outcomes.disclosed.naturalPerson";
// The status line after the debounced check (locators: the page's policy forbids evaluating strings).
const CLEAN = (page: Page) => page.locator("#zf-status", { hasText: "所有检查均通过" }).waitFor();
const HAS_ERRORS = (page: Page) => page.locator('#zf-status:not([data-errors="0"])').waitFor();

let browser: Browser;
let appUrl: string;

beforeAll(async () => {
  browser = await launch();
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-form-"));
  appUrl = pathToFileURL((await buildApp(dir)).file).href;
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

async function openApp(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT / 2);
  await page.goto(appUrl);
  await page.waitForSelector("body[data-ready=true]");
  const requests: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("blob:")) requests.push(r.url());
  });
  return { page, requests };
}

/** Types a fixture report into the form cell by cell, as a clerk would: meta, the tables, the sections. */
async function typeReport(page: Page, source: Record<string, unknown>) {
  await page.fill('input[name="organ"]', String(source.organ));
  await page.fill('input[name="year"]', String(source.year));
  if (source.publishedOn) await page.fill('input[name="publishedOn"]', String(source.publishedOn));
  const period = source.period as { start: string; end: string } | undefined;
  if (period) {
    await page.fill('input[name="periodStart"]', period.start);
    await page.fill('input[name="periodEnd"]', period.end);
  }
  const edition = source.edition as "2019" | "2021";
  let typed = 0;
  for (const field of fields(edition)) {
    if (field.table === "meta" || field.table === "sections") continue;
    const value = getAt(source, field.path as never);
    const input = page.locator(`${CELL(field.path.join("."))} input`);
    if ((await input.count()) === 0) continue;
    await input.fill(value === null || value === undefined ? "" : String(value));
    typed++;
  }
  const sections = (source.sections ?? {}) as Record<string, string>;
  for (const key of ["preamble", "overview", "problems", "other"]) {
    if (sections[key]) await page.fill(`textarea[data-section="${key}"]`, sections[key]);
  }
  return typed;
}

describe("the office's form", () => {
  it(
    "takes a whole report typed in, marks a wrong number on its cell, accepts the suggestion with =, exports Word that reads back",
    async () => {
      const { page, requests } = await openApp();
      await page.click("#form-new");
      await page.waitForSelector(".zf-form[data-edition='2021']");
      const source = fixture("full-2021");
      const typed = await typeReport(page, source);
      expect(typed).toBeGreaterThan(100);
      await CLEAN(page);

      // One wrong number: 956 typed as 965. Both equations of the column break; the cell is named.
      await page.locator(`${CELL(WRONG)} input`).fill("965");
      await HAS_ERRORS(page);
      const cell = page.locator(CELL(WRONG));
      expect(await cell.getAttribute("class")).toContain("zr-suspect");
      expect(await cell.textContent()).toContain("→956");
      expect(
        await page.locator(`${CELL("requests.outcomes.disclosed.total")}`).getAttribute("class"),
      ).toContain("zr-error");
      // Focus shows the note with both sides of the equation.
      await cell.locator("input").focus();
      expect(await cell.locator(".zr-tip").isVisible()).toBe(true);
      expect(await cell.locator(".zr-tip").textContent()).toContain("956");
      await page.screenshot({ path: join(ARTIFACTS, "form-wrong-cell.png"), fullPage: false });

      // One key takes the suggestion.
      await page.keyboard.press("=");
      expect(await cell.locator("input").inputValue()).toBe("956");
      await CLEAN(page);
      expect(await page.locator(".zf-form .zr-mark").count()).toBe(0);

      // Export Word: the office's template, read back to the same report.
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-act="docx"]')]);
      expect(download.suggestedFilename()).toBe("青禾市人民政府2023年政府信息公开工作年度报告.docx");
      const path = await download.path();
      const back = await importDocx(new Uint8Array(readFileSync(path)));
      const expected = z.encode(reportSchema, reportSchema.parse(source) as AnnualReport);
      const { organKind: _a, ...read } = z.encode(reportSchema, back.report as AnnualReport);
      const { organKind: _b, ...want } = expected;
      expect(read).toEqual(want);
      expect(requests).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "moves with the arrow keys like a spreadsheet, tells blank from 0, and keeps the draft over a reload",
    async () => {
      const { page } = await openApp();
      await page.selectOption("#form-edition", "2019");
      await page.click("#form-new");
      await page.waitForSelector(".zf-form[data-edition='2019']");
      const received = page.locator(`${CELL("requests.received.naturalPerson")} input`);
      await received.focus();
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(`document.activeElement?.closest("td")?.dataset.key`)).toBe(
        "requests.received.business",
      );
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(`document.activeElement?.closest("td")?.dataset.key`)).toBe(
        "requests.carriedOver.business",
      );
      // Blank and 0 differ: a blank cell is shown hatched, a 0 is a figure.
      expect(await page.locator(CELL("requests.carriedOver.business")).getAttribute("class")).toContain(
        "zf-blank",
      );
      await page.keyboard.type("0");
      expect(await page.locator(CELL("requests.carriedOver.business")).getAttribute("class")).not.toContain(
        "zf-blank",
      );
      await page.fill('input[name="organ"]', "青禾县人民政府");
      await received.fill("12");
      await expect
        .poll(() => page.evaluate(`localStorage.getItem("zfxxgk.form.draft")`), { timeout: TIMEOUT / 2 })
        .toContain("青禾县人民政府");
      await page.reload();
      await page.waitForSelector("body[data-ready=true]");
      await page.waitForSelector(".zf-form[data-edition='2019']");
      expect(await page.locator(`${CELL("requests.received.naturalPerson")} input`).inputValue()).toBe("12");
      expect(await page.locator(`${CELL("requests.carriedOver.business")} input`).inputValue()).toBe("0");
      expect(await page.locator(`${CELL("requests.carriedOver.naturalPerson")} input`).inputValue()).toBe("");
      expect(await page.textContent(".zf-form")).toBeDefined();
      expect(await page.locator("#form").textContent()).toContain("已恢复上次未完成的草稿");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "opens a document that was read (a Word file) in the form, and works on a phone's screen",
    async () => {
      const { page } = await openApp({ width: 390, height: 844 });
      const file = readFileSync(new URL("../fixtures/libreoffice-2020-balikun.docx", import.meta.url));
      await page.setInputFiles("#file-current", {
        name: "balikun.docx",
        mimeType: "application/octet-stream",
        buffer: file,
      });
      await page.waitForSelector("#form-edit:not([hidden])");
      await page.click("#form-edit");
      await page.waitForSelector(".zf-form[data-edition='2019']");
      expect(await page.locator('input[name="organ"]').inputValue()).toBe("巴里坤县人民政府");
      expect(await page.locator(`${CELL("requests.received.naturalPerson")} input`).inputValue()).toBe(
        String(fixture("seed-2020-balikun").requests.received.naturalPerson),
      );
      await page.screenshot({ path: join(ARTIFACTS, "form-phone.png"), fullPage: false });
      await page.close();
    },
    TIMEOUT,
  );
});
