// Benchmarks of the widget in Chromium (system Chromium, playwright-core),
// on a 10,000-word story in the ProseMirror harness (dist/widget-test/):
//  1. main-thread time per keystroke, with and without the widget, in the
//     same run: CDP Performance.getMetrics before a key press and after the
//     widget's work for it (debounce, check in the worker, decorations) had
//     time to finish. ThreadTime is the main thread's CPU time, which a busy
//     machine does not inflate; TaskDuration, the wall time of its tasks, is
//     printed beside it;
//  2. from the last keystroke of a burst to the highlights of the new text
//     drawn (the widget's addsup:painted event), for a burst that changes a figure;
//  3. the widget's JavaScript gzipped, as shipped (scripts/widget/build.mjs writes it).
// Run after scripts/web-build.sh and scripts/widget-build.sh:
//   node scripts/bench/widget.mjs [keystrokes=120] [bursts=20]
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyPages, typeKey } from './widget-page.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const KEYS = Number(process.argv[2] || 120);
const BURSTS = Number(process.argv[3] || 20);
const SETTLE_MS = 160;

const pct = (xs, q) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const fmt = (xs) => `median ${pct(xs, 0.5).toFixed(2)}, p90 ${pct(xs, 0.9).toFixed(2)}, max ${Math.max(...xs).toFixed(2)}`;

const { paragraphs, words, open: openStory, close } = await storyPages();

async function open(widget, editor = 'prosemirror') {
  const opened = await openStory(widget, editor);
  await opened.cdp.send('Performance.enable');
  return opened;
}

async function mainMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name).value * 1000;
  return { cpu: get('ThreadTime'), wall: get('TaskDuration') };
}

async function perKeystroke(opened) {
  const { page, cdp } = opened;
  const times = { cpu: [], wall: [] };
  for (let k = 0; k < KEYS; k++) {
    const before = await mainMs(cdp);
    await typeKey(page, k);
    await page.waitForTimeout(SETTLE_MS);
    const after = await mainMs(cdp);
    times.cpu.push(after.cpu - before.cpu);
    times.wall.push(after.wall - before.wall);
  }
  return times;
}

// Alternate the two pages in rounds, so that load on the machine falls on both alike.
// The widget as the ProseMirror plugin (decorations), and as attach() on the
// editor's root (CSS highlights, nothing added to the editor's DOM).
const without = await open(false);
const withWidget = await open(true);
const withAttach = await open(true, 'prosemirror-attach');
const base = { cpu: [], wall: [] };
const widget = { cpu: [], wall: [] };
const attached = { cpu: [], wall: [] };
for (let round = 0; round < 4; round++) {
  for (const [into, opened] of [[base, without], [widget, withWidget], [attached, withAttach]]) {
    const t = await perKeystroke(opened);
    into.cpu.push(...t.cpu);
    into.wall.push(...t.wall);
  }
}

// Bursts of typing that change a figure; time from the last key to the new highlights.
const latency = [];
const checkMs = [];
for (let b = 0; b < BURSTS; b++) {
  const { page } = withWidget;
  await page.evaluate(() => {
    window.__lastKey = 0;
    window.harness.root.addEventListener('keydown', () => (window.__lastKey = performance.now()), { once: false });
  });
  await page.keyboard.type(` ${b % 2 ? 'It said 17' : 'It said 9'}`);
  const ms = await page.evaluate(async () => {
    const c = window.harness.checker;
    await c.settled();
    return { latency: c.painted - window.__lastKey, check: c.ms };
  });
  latency.push(ms.latency);
  checkMs.push(ms.check);
  await page.waitForTimeout(300);
}
const docChars = await withWidget.page.evaluate(() => window.harness.checker.text.length);
const sizes = JSON.parse(readFileSync(resolve(ROOT, 'dist/widget-size.json'), 'utf8'));
await close();

console.log(`story: ${words} words, ${docChars} characters, ${paragraphs.length} paragraphs; ${widget.cpu.length} keystrokes each way; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
for (const kind of ['cpu', 'wall']) {
  const label = kind === 'cpu' ? 'CPU (ThreadTime)' : 'wall (TaskDuration)';
  console.log(`main thread ${label} per keystroke without the widget (ms): ${fmt(base[kind])}`);
  for (const [name, got] of [['the plugin', widget], ['attach() on its root', attached]]) {
    console.log(`main thread ${label} per keystroke with ${name} (ms): ${fmt(got[kind])}`);
    console.log(`  added at p90: ${(pct(got[kind], 0.9) - pct(base[kind], 0.9)).toFixed(2)} ms, at the median: ${(pct(got[kind], 0.5) - pct(base[kind], 0.5)).toFixed(2)} ms (budget 4 ms at p90)`);
  }
}
console.log(`last keystroke to new highlights (ms): ${fmt(latency)} (budget 100 ms)`);
console.log(`check in the worker per burst (ms): ${fmt(checkMs)}`);
console.log(`widget JavaScript as shipped (no comments): ${sizes.files} files, ${sizes.raw} bytes, ${sizes.gzip} bytes gzip -9 (each file; budget 25 KB); `
  + `the source with comments ${sizes.sourceGzip} bytes gzip -9; minified bundles ${sizes.minifiedGzip}`);
