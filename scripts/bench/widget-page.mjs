// The widget's benchmarks' page: system Chromium (playwright-core), dist/
// served on 127.0.0.1, and the harness (dist/widget-test/) holding the
// 10,000-word story, the caret in its middle.
import { chromium } from 'playwright-core';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../web/serve.mjs';
import { story } from './texts.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The browser and server, and `open(widget, editor)`, which opens the story in one editor; `close()` ends both. */
export async function storyPages() {
  const { server, url } = await serve(resolve(ROOT, 'dist'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const { paragraphs, words } = story(10000);
  async function open(widget, editor = 'prosemirror') {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((p) => {
      window.__paragraphs = p;
    }, paragraphs);
    const page = await context.newPage();
    await page.goto(`${url}widget-test/harness.html?editor=${editor}&widget=${widget ? 1 : 0}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    if (widget) await page.evaluate(() => window.harness.checker.settled());
    // The caret in the middle of the story, at the end of a paragraph.
    await page.evaluate(() => {
      const ps = window.harness.root.querySelectorAll('p');
      const p = ps[Math.floor(ps.length / 2)];
      window.harness.root.focus();
      getSelection().setBaseAndExtent(p.lastChild, p.lastChild.data.length, p.lastChild, p.lastChild.data.length);
    });
    await page.waitForTimeout(300);
    return { context, page, cdp: await context.newCDPSession(page) };
  }
  const close = async () => {
    await browser.close();
    server.close();
  };
  return { paragraphs, words, open, close };
}

/** Types a key of a short phrase, one per call (`k` counts them). */
export async function typeKey(page, k) {
  const letters = ' and more words typed here';
  await page.keyboard.press(letters[k % letters.length] === ' ' ? 'Space' : letters[k % letters.length]);
}
