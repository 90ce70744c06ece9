// The Wasm build timed in headless Chromium (system /usr/bin/chromium through
// playwright-core):
//   - a bare page: cold init() (fetch, compile, instantiate) and the first
//     check() of the wire story; warm check(); check() of 1 MiB of news;
//     Checker.update after a one-character edit in a 50,000-word text;
//   - the page (dist/www/): a 50,000-word text pasted, then typing at 10
//     characters a second; the worker's time per report (Checker.update);
//     and the main thread's work per keystroke in that text.
// Usage: node scripts/bench/browser.mjs   (scripts/bench-wasm.sh runs it)
import { mkdtempSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../web/serve.mjs';
import { ROOT, wireStory, news, bigText } from './texts.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const row = (label, ms, extra = '') => console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(10)} ms ${extra}`);

const BENCH = `
import init, * as addsup from './pkg/addsup.js';
const { check, Checker } = addsup;
const median = (fn, runs, warm) => {
  for (let i = 0; i < warm; i++) fn(i);
  const t = [];
  for (let i = 0; i < runs; i++) { const s = performance.now(); fn(warm + i); t.push(performance.now() - s); }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
const [story, mb, big] = await Promise.all(['story.txt', 'news.txt', 'big.txt'].map((f) => fetch(f).then((r) => r.text())));
const t0 = performance.now();
await init(new URL('./pkg/addsup_bg.wasm', import.meta.url));
const t1 = performance.now();
check(story);
const t2 = performance.now();
const out = { init: t1 - t0, first: t2 - t1 };
out.warm = median(() => check(story), 201, 20);
out.mb = median(() => check(mb), 5, 1);
// A build before the Checker (to compare with) has none.
if (Checker) {
  const checker = new Checker();
  checker.update(big);
  const mid = Math.floor(big.length / 2);
  const texts = [big.slice(0, mid) + '7' + big.slice(mid), big];
  out.update = median((i) => checker.update(texts[i % 2]), 41, 4);
}
window.result = out;
`;

const dir = mkdtempSync(join(tmpdir(), 'addsup-bench-'));
cpSync(resolve(ROOT, 'pkg'), join(dir, 'pkg'), { recursive: true });
writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="bench.mjs"></script>');
writeFileSync(join(dir, 'bench.mjs'), BENCH);
writeFileSync(join(dir, 'story.txt'), wireStory());
const mb = news(1 << 20);
writeFileSync(join(dir, 'news.txt'), mb);
const big = bigText(50000);
writeFileSync(join(dir, 'big.txt'), big);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS });
const bare = await serve(dir);
const site = await serve(resolve(ROOT, 'dist/www'));
try {
  const page = await browser.newPage();
  await page.goto(bare.url);
  await page.waitForFunction(() => window.result, null, { timeout: 120000 });
  const r = await page.evaluate(() => window.result);
  row('Chromium cold: init() (fetch, compile, instantiate)', r.init);
  row('Chromium cold: first check() of the wire story', r.first);
  row('Chromium cold: both', r.init + r.first);
  row('Chromium warm check() of the wire story, median of 201', r.warm);
  row(`Chromium check() of 1 MiB of news`, r.mb, `${(Buffer.byteLength(mb) / 1e6 / (r.mb / 1000)).toFixed(1)} MB/s`);
  if (r.update !== undefined) row('Chromium Checker.update, one char edited mid-text (50,000 words)', r.update);

  // The page: paste, then type at 10 characters a second in the middle.
  const tab = await browser.newPage();
  await tab.goto(site.url);
  await tab.waitForFunction(() => ['ready', 'checked'].includes(document.documentElement.dataset.addsup));
  await tab.evaluate((text) => {
    window.__ms = [];
    new MutationObserver(() => window.__ms.push(Number(document.documentElement.dataset.checkMs)))
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-check-ms'] });
    const ta = document.getElementById('text');
    ta.value = text;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, big);
  await tab.waitForFunction(() => document.documentElement.dataset.addsup === 'checked', null, { timeout: 60000 });
  await tab.evaluate((at) => { const ta = document.getElementById('text'); ta.focus(); ta.setSelectionRange(at, at); },
    Math.floor(big.length / 2));
  const pasted = await tab.evaluate(() => window.__ms.splice(0));
  // The page checks a long text once typing pauses (400 ms), so a steady
  // stream of keys gives one report: type in bursts at 10 characters a
  // second, each ended by the pause a writer makes between phrases, so that
  // each burst is one report.
  for (const burst of [' and 12', ' more drones', ' were seen', ' over 3', ' regions', ' by 9 units', ' at 4 sites', '.']) {
    await tab.keyboard.type(burst, { delay: 100 });
    await tab.waitForFunction(() => document.documentElement.dataset.addsup === 'checked', null, { timeout: 60000 });
  }
  const typed = (await tab.evaluate(() => window.__ms)).sort((a, b) => a - b);
  row('page: the paste, checked whole in the worker', pasted.at(-1) ?? NaN);
  row(`page: typing at 10 chars/s, worker ms per report, median (${typed.length} reports)`, typed[Math.floor(typed.length / 2)]);
  row('page: the same, 90th percentile', typed[Math.floor(typed.length * 0.9)]);
  row('page: the same, max', typed.at(-1));

  // Main-thread work per keystroke, from keydown (the first listener) to the
  // end of the page's input handler with style and layout forced, so the
  // text area's own layout of the edit counts: 44 keys at a paragraph's end
  // in the middle and at the end of the text.
  await tab.evaluate(() => {
    const ta = document.getElementById('text');
    window.__keys = [];
    window.addEventListener('keydown', () => performance.mark('key-start'), { capture: true });
    ta.addEventListener('input', () => {
      void document.getElementById('mirror').offsetHeight;
      void ta.scrollHeight;
      window.__keys.push(performance.measure('keystroke', 'key-start').duration);
    });
    for (const m of ['addsup:render', 'addsup:parse']) performance.clearMeasures(m);
  });
  for (const middle of [true, false]) {
    await tab.evaluate((middle) => {
      const ta = document.getElementById('text');
      const at = middle ? ta.value.indexOf('\n\n', ta.value.length >> 1) : ta.value.length;
      ta.focus();
      ta.setSelectionRange(at, at);
    }, middle);
    await tab.keyboard.type(' and 12 more drones.', { delay: 40 });
    await tab.keyboard.press('Backspace');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.documentElement.dataset.addsup === 'checked', null, { timeout: 60000 });
  }
  const { keys, renders, parses } = await tab.evaluate(() => ({
    keys: window.__keys,
    renders: performance.getEntriesByName('addsup:render').map((e) => e.duration),
    parses: performance.getEntriesByName('addsup:parse').map((e) => e.duration),
  }));
  const at = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  row(`page: main thread per keystroke, median (${keys.length} keys)`, at(keys, 0.5));
  row('page: the same, 90th percentile', at(keys, 0.9));
  row('page: the same, max', Math.max(...keys));
  row(`page: a report's JSON.parse, median (${parses.length} reports)`, at(parses, 0.5));
  row(`page: a report's highlights, summary and findings, median`, at(renders, 0.5));
} finally {
  await browser.close();
  bare.server.close();
  site.server.close();
  rmSync(dir, { recursive: true, force: true });
}
