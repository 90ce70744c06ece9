// attach() on a long story (about 300 paragraphs, 2,000 figures), in a
// contenteditable element and on ProseMirror's root: after random edits and
// scrolls, the highlights are those a full check of the current text gives,
// in place and status, for every figure that shows; no highlight is left on
// text it no longer fits; and only the figures near what shows are
// highlighted, not the whole story. Run after scripts/web-build.sh and
// scripts/widget-build.sh. ADDSUP_SEED=n replays one seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openEditor, settle } from './widget.mjs';
import { story } from '../../scripts/bench/texts.mjs';

const env = useBrowser();
const { paragraphs } = story(10000);
const SEEDS = process.env.ADDSUP_SEED ? [Number(process.env.ADDSUP_SEED)] : [1, 2];
const ROUNDS = 14;

/** A small seeded generator (mulberry32), so that a failing run can be replayed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a writer might type: figures that make and break relations, deletions, new paragraphs. */
const EDITS = [
  ['type', ' 12'], ['type', '7'], ['type', ' of whom 40 were hurt and 25 '], ['type', ' rose 5% to 40 '],
  ['press', 'Backspace', 3], ['press', 'Backspace', 12], ['press', 'Delete', 4], ['press', 'Enter', 1],
  ['type', 'In all, 300 people: 200 in the city and 90 nearby.'],
];

/**
 * The widget's highlights in the element, as text offsets, against a full
 * check of the element's current text (the core's `check`, not the
 * widget's incremental `Checker`).
 */
function compare(page) {
  return page.evaluate(async () => {
    const { root, checker } = window.harness;
    const glue = await import('../www/cms/addsup/addsup.js');
    if (!window.__glue) window.__glue = await glue.default();
    const { DomText } = await import('../www/cms/addsup/widget/text.js');
    const { figureStatus } = await import('../www/cms/addsup/widget/checker.js');
    const text = new DomText(root);
    const report = glue.check(text.text, {});
    const spans = report.figures.flatMap((f) => [f.start, f.end]);
    const status = figureStatus({ spans }, report.findings);
    const expected = new Set(report.figures.map((f, g) => `${f.start} ${f.end} ${status[g]}`));
    const own = root.getBoundingClientRect();
    const top = Math.max(0, own.top);
    const bottom = Math.min(innerHeight, own.bottom);
    const showing = report.figures.filter((f) => {
      const r = text.range(f.start, f.end)?.getBoundingClientRect();
      return r && r.height > 0 && r.bottom > top && r.top < bottom;
    }).map((f) => `${f.start} ${f.end} ${status[report.figures.indexOf(f)]}`);
    const drawn = [];
    for (const s of ['bad', 'ok', 'read']) {
      for (const r of CSS.highlights.get(`addsup-${s}`) ?? []) {
        if (root.contains(r.startContainer)) drawn.push(`${text.offsetOf(r.startContainer, r.startOffset)} ${text.offsetOf(r.endContainer, r.endOffset)} ${s}`);
      }
    }
    const quote = (key) => {
      const [a, b] = key.split(' ').map(Number);
      return `${key} "${text.text.slice(a, b)}"`;
    };
    return {
      current: checker.text === text.text,
      figures: report.figures.length,
      drawn: drawn.length,
      duplicates: drawn.filter((k, i) => drawn.indexOf(k) !== i).map(quote),
      stray: drawn.filter((k) => !expected.has(k)).map(quote),
      missing: showing.filter((k) => !drawn.includes(k)).map(quote),
      showing: showing.length,
    };
  });
}

/** Puts the caret at a random place in a paragraph that shows. */
async function placeCaret(page, at) {
  await page.evaluate((at) => {
    const root = window.harness.root;
    const box = root.getBoundingClientRect();
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const r = n.parentElement.getBoundingClientRect();
      if (n.data.length && r.bottom > box.top + 20 && r.top < box.bottom - 20) nodes.push(n);
    }
    const node = nodes[Math.floor(at * nodes.length)] ?? nodes[0];
    const offset = Math.floor((at * 7919) % 1 * (node.data.length + 1));
    root.focus();
    getSelection().setBaseAndExtent(node, offset, node, offset);
  }, at);
  await page.waitForTimeout(50);
}

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

for (const editor of ['contenteditable', 'prosemirror-attach']) {
  test(`attach() in ${editor}, long story: after random edits and scrolls the highlights that show are a full check's, and only those near what shows are drawn`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((p) => {
      window.__paragraphs = p;
    }, paragraphs);
    const opened = await openEditor(env, editor, { context });
    const { page } = opened;
    for (const seed of SEEDS) {
      const next = random(seed);
      const steps = [];
      for (let round = 0; round < ROUNDS; round++) {
        if (next() < 0.3) {
          const to = next();
          steps.push(`scroll ${to.toFixed(3)}`);
          await page.evaluate((to) => {
            const root = window.harness.root;
            root.scrollTop = (root.scrollHeight - root.clientHeight) * to;
          }, to);
        } else {
          const at = next();
          const [how, what, times] = EDITS[Math.floor(next() * EDITS.length)];
          steps.push(`${how} ${JSON.stringify(what)}${times ? ` x${times}` : ''} at ${at.toFixed(3)}`);
          await placeCaret(page, at);
          if (how === 'type') await page.keyboard.type(what);
          else for (let k = 0; k < times; k++) await page.keyboard.press(what);
        }
        await settle(page);
        await frames(page);
        const got = await compare(page);
        const when = `${editor}, seed ${seed}, after ${steps.join('; ')}`;
        assert.ok(got.current, `${when}: the widget has read the current text`);
        assert.ok(got.showing > 5, `${when}: figures show (${got.showing})`);
        assert.deepEqual(got.stray, [], `${when}: every highlight is a figure of the full check, with its status`);
        assert.deepEqual(got.duplicates, [], `${when}: no figure is highlighted twice`);
        assert.deepEqual(got.missing, [], `${when}: every figure that shows is highlighted`);
        assert.ok(got.drawn < got.figures / 5, `${when}: ${got.drawn} of ${got.figures} figures highlighted, not the whole story`);
      }
    }
    assert.deepEqual(opened.errors, []);
    await context.close();
  });
}
