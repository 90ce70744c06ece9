// Shared set-up for the browser tests: the system Chromium driven by
// playwright-core, and the built page served from dist/www.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/web/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = resolve(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });

// Flags for a closed network and a root user (toolchain.md, pitfalls 7, 8).
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export async function servePage() {
  return serve(resolve(ROOT, 'dist/www'));
}

/** A page that fails the test on any console error or page error. */
export async function openPage(browser, url, { errors = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => ['ready', 'checked'].includes(document.documentElement.dataset.addsup));
  return { context, page, errors };
}

/** Waits until the report on screen is the one for the text in the box. */
export async function waitChecked(page) {
  await page.waitForFunction(() => document.documentElement.dataset.addsup === 'checked');
}
