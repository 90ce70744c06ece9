// Where the cold start of the Wasm build goes, in headless Chromium (system
// /usr/bin/chromium through playwright-core). Each sample is a fresh browser
// (V8 shares compiled modules within a process), a page that times
//   fetch        the .wasm's bytes
//   compile      WebAssembly.compile(bytes)
//   instantiate  the glue's initSync({ module })
//   first        the first check() of the wire story
//   second       the second check() of the same text
// and, in a build made for measuring with the exports cold.mjs names, the
// word-list indexes built on their own before the first check.
// `--js-flags=--no-wasm-lazy-compilation` compiles every function before
// instantiating, to show what lazy compilation moves into the first check;
// the last row checks a short sentence before the story (a warm-up).
// Usage: node scripts/bench/cold-browser.mjs [samples=5] [pkg dir=pkg]
import { mkdtempSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../web/serve.mjs';
import { ROOT, wireStory } from './texts.mjs';

const [samples = '5', pkg = 'pkg'] = process.argv.slice(2);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const BENCH = `
import * as glue from './pkg/addsup.js';
const WARM_UP = 'The agency said 40 of the 52 buses, or 77%, ran on time in May, up from 60% in April, while 12 were late.';
const story = await fetch('story.txt').then((r) => r.text());
const time = async (fn) => { const t = performance.now(); await fn(); return performance.now() - t; };
let bytes, module;
const out = {};
out.fetch = await time(async () => { bytes = await fetch('./pkg/addsup_bg.wasm').then((r) => r.arrayBuffer()); });
out.compile = await time(async () => { module = await WebAssembly.compile(bytes); });
out.instantiate = await time(() => glue.initSync({ module }));
if (glue.measure_mentions_lexicon) {
  out.mentionsLexicon = await time(() => glue.measure_mentions_lexicon());
  out.figureIndexes = await time(() => glue.measure_figure_indexes());
  out.cueWords = await time(() => glue.measure_cue_words());
}
// With ?warm: a short text of my own checked first, as a host could do
// while the page loads, to see how much of the story's first check moves.
if (location.search === '?warm') out.warmUp = await time(() => glue.check(WARM_UP));
out.first = await time(() => glue.check(story));
out.second = await time(() => glue.check(story));
window.result = out;
`;

const dir = mkdtempSync(join(tmpdir(), 'addsup-cold-'));
cpSync(resolve(ROOT, pkg), join(dir, 'pkg'), { recursive: true });
writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="bench.mjs"></script>');
writeFileSync(join(dir, 'bench.mjs'), BENCH);
writeFileSync(join(dir, 'story.txt'), wireStory());
const site = await serve(dir);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const [flags, query] of [[[], ''], [['--js-flags=--no-wasm-lazy-compilation'], ''], [[], '?warm']]) {
    const rows = [];
    for (let i = 0; i < Number(samples); i++) {
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: [...ARGS, ...flags] });
      try {
        const page = await browser.newPage();
        await page.goto(site.url + query);
        await page.waitForFunction(() => window.result, null, { timeout: 120000 });
        rows.push(await page.evaluate(() => window.result));
      } finally {
        await browser.close();
      }
    }
    const cells = Object.keys(rows[0]).map((k) => `${k} ${median(rows.map((r) => r[k])).toFixed(2)}`);
    console.log(`Chromium ${flags.join(' ') || '(default flags)'}${query && ', a short text checked first'}, median of ${samples} browsers, ms: ${cells.join(', ')}`);
  }
} finally {
  site.server.close();
  rmSync(dir, { recursive: true, force: true });
}
