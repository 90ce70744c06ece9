// Shared set-up for the widget's tests: the system Chromium (playwright-core),
// dist/ served on 127.0.0.1, and helpers that drive the harness page
// (dist/widget-test/harness.html, built by scripts/widget-build.sh).
import { before, after } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, ROOT, RESULTS } from '../web/browser.mjs';
import { serve } from '../../scripts/web/serve.mjs';

export { ROOT, RESULTS };

// A story written for these tests: the drones launched do not add up
// (71 + 71 + 1 = 143, not 145), the injured do (8 + 4 = 12).
export const STORY = [
  'Russia launched 145 drones at Ukraine overnight. Air defences shot down 71 of them and 71 were lost in flight. One drone flew into Belarusian airspace.',
  'In the Kharkiv region, 12 people were injured: 8 in the city and 4 in nearby villages.',
];

// ADDSUP_EDITORS=ckeditor,lexical runs the tests of some editors only.
export const EDITORS = ['textarea', 'contenteditable', 'prosemirror', 'prosemirror-attach', 'ckeditor', 'lexical']
  .filter((e) => !process.env.ADDSUP_EDITORS || process.env.ADDSUP_EDITORS.split(',').includes(e));

export async function start() {
  for (const f of ['dist/www/cms/addsup/addsup_bg.wasm', 'dist/widget-test/harness.html']) {
    if (!existsSync(resolve(ROOT, f))) throw new Error(`${f} is missing: run scripts/web-build.sh, then scripts/widget-build.sh`);
  }
  const { server, url } = await serve(resolve(ROOT, 'dist'));
  const browser = await launch();
  return { server, origin: url.replace(/\/$/, ''), browser };
}

/** The browser and server for a test file: started before its tests, closed after them. */
export function useBrowser() {
  const env = {};
  before(async () => Object.assign(env, await start()));
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

/**
 * Opens the harness with one editor. Records console errors and every
 * request; `offsite()` lists requests that left the page's own origin.
 */
export async function openEditor(env, editor, { widget = true, text = [], options = {}, context } = {}) {
  const ctx = context || await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  ctx.on('request', (r) => requests.push(r.url()));
  const q = new URLSearchParams({ editor, widget: widget ? '1' : '0', text: JSON.stringify(text), options: JSON.stringify(options) });
  await page.goto(`${env.origin}/widget-test/harness.html?${q}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready);
  if (await page.evaluate(() => document.documentElement.dataset.ready) !== '1') throw new Error(`${editor}: the harness failed: ${errors.join('; ')}`);
  const offsite = () => requests.filter((u) => !u.startsWith(`${env.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  return { page, context: ctx, errors, requests, offsite };
}

/** Waits until the widget's highlights show the report for the editor's current text. */
export async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  await page.evaluate(() => window.harness.checker && window.harness.checker.settled());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
}

/** Types the paragraphs as a writer would, pausing between them (so each is its own undo step). */
export async function typeStory(page, editor, paragraphs, pauseMs = 0) {
  await page.evaluate(() => window.harness.root.focus());
  for (let i = 0; i < paragraphs.length; i++) {
    if (i > 0) {
      await page.keyboard.press('Enter');
      if (editor === 'textarea') await page.keyboard.press('Enter');
    }
    await page.keyboard.type(paragraphs[i]);
    if (pauseMs) await page.waitForTimeout(pauseMs);
  }
}

/**
 * Selects the `nth` occurrence of `needle` in the editor, through the DOM
 * selection (editors follow it) or the textarea's own selection.
 */
export async function select(page, needle, nth = 0) {
  const ok = await page.evaluate(({ needle, nth }) => {
    const root = window.harness.root;
    root.focus();
    if (root instanceof HTMLTextAreaElement) {
      let at = -1;
      for (let k = 0; k <= nth; k++) at = root.value.indexOf(needle, at + 1);
      if (at < 0) return false;
      root.setSelectionRange(at, at + needle.length);
      return true;
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let at = node.data.indexOf(needle);
      while (at >= 0) {
        if (seen++ === nth) {
          getSelection().setBaseAndExtent(node, at, node, at + needle.length);
          return true;
        }
        at = node.data.indexOf(needle, at + 1);
      }
    }
    return false;
  }, { needle, nth });
  if (!ok) throw new Error(`"${needle}" is not in the editor`);
  // Editors pick the DOM selection up on selectionchange.
  await page.waitForTimeout(50);
}

/** Replaces the nth occurrence of `needle` by typing `replacement` over it. */
export async function retype(page, needle, replacement, nth = 0) {
  await select(page, needle, nth);
  await page.keyboard.type(replacement);
  await settle(page);
}

/**
 * The widget's highlights where they are drawn, whatever the kind:
 * CSS highlights, the textarea's mirror, or ProseMirror decorations.
 * Each: status, the text under it, the 9 characters before it, and whether
 * its box lies inside the editor.
 */
export function highlights(page) {
  return page.evaluate(() => {
    const root = window.harness.root;
    const box = root.getBoundingClientRect();
    const inside = (r) => r.width > 0 && r.height > 0 && r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1;
    const out = [];
    const mirror = document.querySelector('[data-addsup-mirror]');
    if (root instanceof HTMLTextAreaElement && mirror) {
      for (const m of mirror.shadowRoot.querySelectorAll('mark')) {
        const start = Number(m.dataset.start);
        out.push({ status: m.classList[0], text: root.value.slice(start, start + m.textContent.length), mirrored: m.textContent,
          before: root.value.slice(Math.max(0, start - 9), start), inside: inside(m.getBoundingClientRect()) });
      }
      return out;
    }
    const deco = root.querySelectorAll('.addsup-bad, .addsup-ok, .addsup-read');
    if (deco.length) {
      for (const d of deco) {
        const r = document.createRange();
        r.setStart(root, 0);
        r.setEndBefore(d);
        const prior = r.toString();
        out.push({ status: d.className.match(/addsup-(bad|ok|read)/)[1], text: d.textContent, before: prior.slice(-9), inside: inside(d.getBoundingClientRect()) });
      }
      return out;
    }
    for (const status of ['bad', 'ok', 'read']) {
      const h = CSS.highlights.get(`addsup-${status}`);
      if (!h) continue;
      for (const r of h) {
        if (!root.contains(r.startContainer)) continue;
        const lead = document.createRange();
        lead.setStart(root, 0);
        lead.setEnd(r.startContainer, r.startOffset);
        out.push({ status, text: r.toString(), before: lead.toString().slice(-9), inside: inside(r.getBoundingClientRect()) });
      }
    }
    return out;
  });
}

/** What the panel shows: summary, findings, dismissed. */
export function panel(page) {
  return page.evaluate(() => {
    const root = document.getElementById('panel').shadowRoot;
    return {
      summary: root.querySelector('.summary').textContent,
      findings: [...root.querySelectorAll('ol > li')].map((li) => li.textContent),
      dismissed: [...root.querySelectorAll('details ul li')].map((li) => li.textContent),
    };
  });
}

/** Opens the panel's finding whose text includes `words`; returns its explanation. */
export async function openFinding(page, words) {
  return page.evaluate((words) => {
    const root = document.getElementById('panel').shadowRoot;
    const button = [...root.querySelectorAll('button.finding')].find((b) => b.textContent.includes(words));
    if (!button) return null;
    button.click();
    return root.getElementById(button.getAttribute('aria-controls')).textContent;
  }, words);
}

export const payloads = () => readFileSync(resolve(ROOT, 'tests/web/xss-payloads.txt'), 'utf8');
