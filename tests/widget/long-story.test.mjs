// The ProseMirror plugin on a long story (about 300 paragraphs, 2,000
// figures): what shows is highlighted, scrolling highlights what comes into
// view, and typing keeps every highlight on its figure. The plugin decorates
// only the paragraphs within a screen of what shows (ProseMirror carries
// every decoration through every keystroke), so these tests also hold that it
// does not decorate the whole story. Run after scripts/web-build.sh and
// scripts/widget-build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openEditor, settle } from './widget.mjs';
import { story } from '../../scripts/bench/texts.mjs';

const env = useBrowser();
const { paragraphs } = story(10000);

/**
 * For each paragraph that shows in the editor's box: the figures the report
 * has there, and the highlights drawn there (text and status).
 */
function showing(page) {
  return page.evaluate(() => {
    const { root, checker } = window.harness;
    const { text, report } = checker;
    const spans = report.spans;
    const bad = new Set(checker.unresolved().flatMap((f) => f.figures.map((ff) => ff.figure)));
    const box = root.getBoundingClientRect();
    const texts = text.split('\n\n');
    const shown = [];
    let start = 0;
    let drawn = 0;
    [...root.querySelectorAll('p')].forEach((p, k) => {
      const end = start + texts[k].length;
      const marks = [...p.querySelectorAll('.addsup-bad, .addsup-ok, .addsup-read')];
      drawn += marks.length;
      const r = p.getBoundingClientRect();
      if (r.bottom > box.top && r.top < box.bottom) {
        const figures = [];
        for (let g = 0; 2 * g < spans.length; g++) {
          if (spans[2 * g] >= start && spans[2 * g + 1] <= end) figures.push(`${bad.has(g) ? 'bad ' : ''}${text.slice(spans[2 * g], spans[2 * g + 1])}`);
        }
        shown.push({ paragraph: k, figures,
          highlights: marks.map((m) => `${m.classList.contains('addsup-bad') ? 'bad ' : ''}${m.textContent}`) });
      }
      start = end + 2;
    });
    return { shown, drawn, figures: spans.length / 2 };
  });
}

function assertShowing(got, when) {
  assert.ok(got.shown.length >= 3, `${when}: paragraphs show (${got.shown.length})`);
  for (const p of got.shown) assert.deepEqual(p.highlights, p.figures, `${when}: paragraph ${p.paragraph} shows its figures highlighted`);
  assert.ok(got.shown.some((p) => p.highlights.some((h) => h.startsWith('bad '))), `${when}: a total that does not add up shows as such`);
  assert.ok(got.drawn < got.figures / 3, `${when}: ${got.drawn} of ${got.figures} figures decorated, not the whole story`);
}

test('a long story in ProseMirror: what shows is highlighted, scrolling highlights what comes into view, typing keeps highlights on their figures', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((p) => {
    window.__paragraphs = p;
  }, paragraphs);
  const opened = await openEditor(env, 'prosemirror', { context });
  const { page } = opened;
  await settle(page);
  assertShowing(await showing(page), 'at the top');

  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (const [where, at] of [['at the end', 1], ['in the middle', 0.5]]) {
    await page.evaluate((at) => {
      const root = window.harness.root;
      root.scrollTop = (root.scrollHeight - root.clientHeight) * at;
    }, at);
    await frames();
    assertShowing(await showing(page), `scrolled ${where}`);
  }

  // Type at the end of the first paragraph that shows in full.
  const before = await page.evaluate(() => window.harness.editor.content());
  await page.evaluate(() => {
    const root = window.harness.root;
    const box = root.getBoundingClientRect();
    const p = [...root.querySelectorAll('p')].find((e) => e.getBoundingClientRect().top >= box.top);
    root.focus();
    const last = p.lastChild.nodeType === 3 ? p.lastChild : p.lastChild.lastChild;
    getSelection().setBaseAndExtent(last, last.data.length, last, last.data.length);
  });
  await page.waitForTimeout(50);
  await page.keyboard.type(' Another 12 drones were seen.');
  await settle(page);
  await frames();
  const typed = await showing(page);
  assertShowing(typed, 'after typing');
  assert.ok(typed.shown.some((p) => p.highlights.includes('12')), 'the typed 12 is highlighted');
  const after = await page.evaluate(() => window.harness.editor.content());
  assert.equal(after.length, before.length + ' Another 12 drones were seen.'.length, 'the document holds what was typed and nothing more');
  assert.deepEqual(opened.errors, []);
  await context.close();
});
