// Shared set-up for the browser tests: the system Chromium driven by
// playwright-core, and the built page served from dist/www.
import { before, after } from 'node:test';
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

/**
 * For a test file: serves the page and launches Chromium before its tests,
 * closes both after. The returned object gets `browser` and `origin`.
 */
export function servedBrowser() {
  const live = {};
  before(async () => {
    const served = await servePage();
    live.server = served.server;
    live.origin = served.url;
    live.browser = await launch();
  });
  after(async () => {
    await live.browser?.close();
    live.server?.close();
  });
  return live;
}

/** A page that fails the test on any console error or page error. */
export async function openPage(browser, url, { errors = [], viewport = { width: 1280, height: 900 }, colorScheme } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
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

/** `openPage` with the clipboard allowed, for pasting and the copy buttons. */
export async function clipboardPage(browser, url, options = {}) {
  const opened = await openPage(browser, url, { errors: [], ...options });
  const origin = url.startsWith('http') ? { origin: new URL(url).origin } : {};
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], origin);
  return opened;
}

/** Puts `text` on the clipboard and pastes it into the text area with Ctrl+V. */
export async function paste(page, text, type = 'text/plain') {
  await page.evaluate(async ({ text, type }) => {
    await navigator.clipboard.write([new ClipboardItem({ [type]: new Blob([text], { type }) })]);
  }, { text, type });
  await page.focus('#text');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await waitChecked(page);
}

/** Loads the page's sample with "Try an example" and returns its text. */
export async function sampleText(page) {
  await page.click('#example');
  await waitChecked(page);
  return page.inputValue('#text');
}
