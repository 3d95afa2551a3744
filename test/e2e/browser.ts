import { existsSync, mkdirSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's chromium; CHROMIUM_PATH overrides. No browser is ever downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where screenshots and the printed PDF go (gitignored); look at them after a run. */
export const ARTIFACTS = new URL("../artifacts/", import.meta.url).pathname;

/**
 * Starts headless Chromium (Playwright gives each launch a fresh temporary profile); fails loudly,
 * never skips, when the browser is missing.
 */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests cannot run. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
