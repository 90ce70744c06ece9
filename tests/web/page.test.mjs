// The page in a real browser: system Chromium driven by playwright-core.
// Run with `node --test tests/web/` after scripts/web-build.sh (scripts/web-test.sh
// does both). Screenshots go to test-results/ (gitignored).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  servedBrowser, openPage, waitChecked, paste, sampleText, clipboardPage as sharedClipboardPage, ROOT, RESULTS,
} from './browser.mjs';
import { bigText } from '../../scripts/bench/texts.mjs';

const live = servedBrowser();

const SINGLE_FILE = pathToFileURL(resolve(ROOT, 'dist/addsup.html')).href;

const clipboardPage = (url) => sharedClipboardPage(live.browser, url);

/** What the page shows: summary, marks with their status, findings. */
async function shown(page) {
  return page.evaluate(() => ({
    summary: document.getElementById('summary').textContent,
    marks: [...document.querySelectorAll('#mirror mark')].map((m) => `${m.className}:${m.textContent}`),
    findings: [...document.querySelectorAll('#findings li')].map((li) => li.textContent),
    checkedIn: document.documentElement.dataset.checkedIn,
  }));
}

async function hoverMark(page, selector) {
  const box = await page.locator(selector).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('#explain:not([hidden])');
  return page.textContent('#explain');
}

test('pasting the sample marks the launched total as not adding up and explains the sum and the difference', async () => {
  const { context, page, errors } = await clipboardPage(live.origin);
  const sample = await sampleText(page);
  await page.click('#clear');
  await paste(page, sample);
  assert.equal(await page.inputValue('#text'), sample, 'the text is pasted unchanged');

  const view = await shown(page);
  console.log(`# summary: ${view.summary}`);
  console.log(`# marks: ${view.marks.join(' ')}`);
  assert.equal(view.checkedIn, 'worker');
  assert.ok(view.marks.length >= 10, 'the figures are highlighted');
  await page.screenshot({ path: resolve(RESULTS, 'sample.png'), fullPage: true });

  // What the checking engine finds: 71 + 71 + 1 = 143 drones, 2 short of 145.
  const total = page.locator('#mirror mark', { hasText: /^145$/ });
  assert.equal(await total.getAttribute('class'), 'bad', '145 drones launched is marked as not adding up');
  const explanation = await hoverMark(page, '#mirror mark:text-is("145")');
  console.log(`# explanation: ${explanation}`);
  assert.match(explanation, /143/, 'the explanation gives the sum of the parts, 71 + 71 + 1 = 143');
  assert.match(explanation, /Difference\s*2\b/, 'the explanation gives the difference, 2');
  const related = await page.$$eval('#mirror mark.related', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(related.filter((t) => t === '71').length, 2, 'both 71s are highlighted with the total');
  assert.match(view.summary, /^1 problem · [1-9]\d* checks? passed · (\d+ other checks? · )?\d+ figures read$/);
  await page.screenshot({ path: resolve(RESULTS, 'sample-explained.png') });

  // Clicking a highlight (the caret lands in the figure) pins its explanation
  // until Escape.
  await page.mouse.move(0, 0);
  await page.waitForSelector('#explain', { state: 'hidden' });
  const box = await page.locator('#mirror mark:text-is("145")').boundingBox();
  await page.mouse.click(box.x + 4, box.y + box.height / 2);
  await page.waitForSelector('#explain:not([hidden])');
  assert.match(await page.textContent('#explain'), /“145”.*Difference\s*2/s);
  await page.mouse.move(0, 0);
  assert.ok(await page.isVisible('#explain'), 'a clicked explanation stays open');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#explain', { state: 'hidden' });

  // Keyboard: Tab to the first finding, the problem; Enter opens it and shows it in the text.
  await page.mouse.move(0, 0);
  await page.focus('#text');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ id: document.activeElement.id, cls: document.activeElement.className }));
  assert.match(focused.id, /^finding-\d+$/);
  assert.equal(focused.cls, 'finding bad', 'the first finding is the problem');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(`#${focused.id}`, 'aria-expanded'), 'true');
  assert.ok(await page.isVisible(`#${focused.id}-details`));

  // The findings for a note to the desk.
  await page.click('#copy-text');
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(plain, /^1\. DOESN'T ADD UP \(sum-of-parts, \w+\): .*145/m);
  assert.match(plain, /"145" \(total\), "71" \(part\), "71" \(part\), "One" \(part\)/);
  await page.click('#copy-md');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /^- \*\*Doesn't add up\*\* \(`sum-of-parts`, \w+\): 71 \+ 71 \+ One = 143/m);
  assert.match(md, /`145` \(total\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('highlights sit on their figures after emoji and other text outside the BMP', async () => {
  const { context, page, errors } = await clipboardPage(live.origin);
  const text = '😀👩‍👩‍👧 𝟙𝟚 Overnight, Russia launched 145 attack drones at Ukraine, the air force said.'
    + ' Air defences shot down 71 of them and 71 were lost in flight. 🇺🇦 One drone flew into Belarusian airspace.';
  await paste(page, text);
  const marks = await page.$$eval('#mirror mark', (ms) => ms.map((m) => m.textContent));
  const shownText = await page.evaluate(() => document.getElementById('mirror').textContent);
  assert.equal(shownText, text, 'the mirror shows the text unchanged');
  for (const figure of ['145', '71', 'One']) assert.ok(marks.includes(figure), `${figure} is highlighted exactly: ${marks}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page loads its own files and nothing else', async () => {
  const requests = [];
  const context = await live.browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(live.origin) ? route.continue() : route.abort();
  });
  context.on('request', (r) => requests.includes(r.url()) || requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(live.origin);
  await page.waitForFunction(() => document.documentElement.dataset.addsup === 'checked');
  await page.click('#example');
  await waitChecked(page);
  await page.locator('#text').press('End');
  await page.keyboard.type(' 12 more.');
  await waitChecked(page);
  await page.mouse.move(200, 300);
  for (const id of ['#copy-text', '#copy-md']) await page.click(id);
  const download = page.waitForEvent('download');
  await page.click('#download');
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.ok(Array.isArray(json.figures) && Array.isArray(json.findings));
  const own = new Set(['', 'index.html', 'style.css', 'app.js', 'load.js', 'worker.js', 'pkg/addsup.js', 'pkg/addsup_bg.wasm']);
  const foreign = requests.filter((u) => !(u.startsWith(live.origin) && own.has(u.slice(live.origin.length))) && !u.startsWith('blob:'));
  console.log(`# requests: ${requests.map((u) => u.replace(live.origin, '/')).join(' ')}`);
  assert.deepEqual(foreign, [], 'no request but for the page\'s own files');
  assert.ok(requests.includes(`${live.origin}pkg/addsup_bg.wasm`), 'the interception sees the page\'s requests');
  await context.close();
});

test('pasted HTML and script payloads are shown as text and never run', async () => {
  const payloads = readFileSync(resolve(ROOT, 'tests/web/xss-payloads.txt'), 'utf8');
  for (const [label, type] of [['plain text', 'text/plain'], ['HTML only', 'text/html']]) {
    const { context, page, errors } = await clipboardPage(live.origin);
    await page.evaluate(() => { window.__xss = 0; });
    await paste(page, payloads, type);
    await page.waitForTimeout(300);
    const value = await page.inputValue('#text');
    const state = await page.evaluate(() => {
      const mirror = document.getElementById('mirror');
      const foreign = document.querySelectorAll('#mirror :not(div):not(mark), #findings img, #findings script, #findings svg, #findings a, #findings iframe, #explain *:is(img, script, svg, a, iframe, object, input)');
      return {
        xss: window.__xss,
        foreign: [...foreign].map((e) => e.outerHTML),
        mirrorText: [...mirror.children].map((d) => d.textContent).join('\n'),
        bodyTags: [...document.body.querySelectorAll('script, iframe, object, svg, img, input[autofocus], details, math')].length,
      };
    });
    // Hover every figure: explanations are text too.
    for (const mark of await page.$$('#mirror mark')) {
      const box = await mark.boundingBox();
      if (box) await page.mouse.move(box.x + 2, box.y + 2);
    }
    assert.equal(await page.evaluate(() => window.__xss), 0, `${label}: no payload ran`);
    assert.equal(state.xss, 0);
    assert.deepEqual(state.foreign, [], `${label}: no element was made from the input`);
    assert.equal(state.bodyTags, 0, `${label}: no element from the input anywhere on the page`);
    assert.equal(state.mirrorText, value, `${label}: the text is shown literally`);
    if (type === 'text/plain') {
      assert.equal(value, payloads, 'plain text is pasted as it is');
      assert.ok(value.includes('<img src=x onerror='));
    } else {
      // Only the text of the HTML: tags gone, their text kept.
      assert.ok(value.includes('12 people were hurt') && value.includes('3 shops'));
      assert.ok(!value.includes('<img'));
    }
    assert.deepEqual(errors.filter((e) => !e.includes('Content Security Policy')), [], label);
    await context.close();
  }
});

test('the single-file build opened from file:// gives the same result', async () => {
  const served = await openPage(live.browser, live.origin);
  await sampleText(served.page);
  const want = await shown(served.page);
  await served.context.close();

  const errors = [];
  const local = await openPage(live.browser, SINGLE_FILE, { errors });
  await sampleText(local.page);
  const got = await shown(local.page);
  const requests = [];
  local.page.on('request', (r) => requests.push(r.url()));
  await local.page.locator('#text').press('End');
  await local.page.keyboard.type(' Then 5 more.');
  await waitChecked(local.page);
  assert.deepEqual(got, want);
  assert.equal(got.checkedIn, 'worker', 'the single file checks in a worker too');
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')), []);
  assert.deepEqual(errors, []);
  await local.context.close();
});

// What typing costs the main thread in a text this long is measured by
// scripts/bench/browser.mjs (BENCHMARKS.md); this test holds what the writer sees.
test('typing into a 50,000-word text: the highlights follow the typing and the text is only what was typed', async () => {
  const { context, page, errors } = await clipboardPage(live.origin);
  await sampleText(page);
  const text = bigText(50000);
  await paste(page, text);
  const typed = ' and 12 more drones.';
  let want = text;
  // At the end of a paragraph in the middle, then at the end of the text.
  for (const middle of [true, false]) {
    const where = middle ? want.indexOf('\n\n', Math.floor(want.length / 2)) : want.length;
    await page.evaluate((at) => { const ta = document.getElementById('text'); ta.focus(); ta.setSelectionRange(at, at); }, where);
    await page.keyboard.type(typed);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    want = `${want.slice(0, where)}${typed.slice(0, -1)}\n${want.slice(where)}`;
    await waitChecked(page);
  }
  assert.equal(await page.inputValue('#text'), want, 'the text holds the writer\'s keystrokes and nothing else');
  // Every highlight on its figure in the text as it now is, the typed 12s among them.
  const shown = await page.evaluate(() => {
    const value = document.getElementById('text').value;
    const lines = [...document.getElementById('mirror').children];
    const marks = [];
    let at = 0;
    for (const line of lines) {
      for (const m of line.querySelectorAll('mark')) {
        const start = at + Number(m.dataset.at);
        marks.push({ start, text: m.textContent, there: value.slice(start, start + m.textContent.length) });
      }
      at += line.textContent.length + 1;
    }
    return { mirror: lines.map((l) => l.textContent).join('\n'), marks };
  });
  assert.equal(shown.mirror, want, 'the mirror shows the text as typed');
  assert.ok(shown.marks.length > 1000, `the figures are highlighted (${shown.marks.length})`);
  assert.deepEqual(shown.marks.filter((m) => m.text !== m.there), [], 'every highlight sits on its figure');
  const twelves = [...want.matchAll(/ and 12 more drones\n/g)].map((m) => m.index + 5);
  assert.equal(twelves.length, 2);
  for (const at of twelves) assert.ok(shown.marks.some((m) => m.start === at && m.text === '12'), `the typed 12 at ${at} is highlighted`);
  assert.deepEqual(errors, []);
  await context.close();
});
