// The demo CMS (dist/www/cms/, from scripts/widget-build.sh) in Chromium:
// three editors with one story, each with its panel; the pre-publish check;
// nothing requested from anywhere but the page's own files. Also a textarea's
// highlights following its scrolling and resizing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { useBrowser, openEditor, settle, retype, highlights, STORY, RESULTS } from './widget.mjs';

const env = useBrowser();

test('the demo checks its story in ProseMirror, a contenteditable and a textarea, and asks before publishing', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.origin}/www/cms/`);
  const summaries = () => page.evaluate(() => ['pm-panel', 'ce-panel', 'ta-panel']
    .map((id) => document.getElementById(id).shadowRoot.querySelector('.summary').textContent));
  await page.waitForFunction(() => ['pm-panel', 'ce-panel', 'ta-panel']
    .every((id) => /passed/.test(document.getElementById(id).shadowRoot.querySelector('.summary').textContent)));
  for (const s of await summaries()) assert.match(s, /^1 problem · 1 check passed/);
  // ProseMirror's decoration on the launched total.
  assert.equal(await page.evaluate(() => document.querySelector('#pm-editor .addsup-bad')?.textContent), '145');
  await page.click('#publish');
  await page.waitForFunction(() => document.getElementById('publish-note').textContent !== '');
  assert.equal(await page.textContent('#publish-note'), '1 problem with the figures: publish anyway?');
  // Choosing the finding in the panel opens its explanation beside the figure.
  await page.evaluate(() => document.getElementById('pm-panel').shadowRoot.querySelector('button.finding').click());
  await page.waitForFunction(() => {
    const pop = document.querySelector('[data-addsup-popover]');
    return pop && !pop.shadowRoot.querySelector('.pop').hidden;
  });
  await page.screenshot({ path: resolve(RESULTS, 'widget-demo.png') });
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${env.origin}/`)), [], 'only the page\'s own files');
  assert.ok(requests.some((u) => u.endsWith('/www/cms/addsup/addsup_bg.wasm')), 'the requests were seen');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a textarea\'s highlights follow its scrolling and resizing', async () => {
  const long = [...Array(12).fill('A quiet paragraph with no figures in it at all, to make the text scroll.'), ...STORY];
  const opened = await openEditor(env, 'textarea', { text: long });
  const { page } = opened;
  await settle(page);
  const markTop = () => page.evaluate(() => document.querySelector('[data-addsup-mirror]').shadowRoot
    .querySelector('mark.bad').getBoundingClientRect().top);
  const before = await markTop();
  await page.evaluate(() => {
    window.harness.root.scrollTop = 120;
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const scrolled = await page.evaluate(() => window.harness.root.scrollTop);
  assert.ok(scrolled > 100, 'the textarea scrolled');
  assert.ok(Math.abs(before - scrolled - (await markTop())) < 1.5, 'the mark moved with the text');
  await page.evaluate(() => {
    window.harness.root.style.width = '420px';
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const widths = await page.evaluate(() => [window.harness.root.getBoundingClientRect().width,
    document.querySelector('[data-addsup-mirror]').shadowRoot.querySelector('.mirror').getBoundingClientRect().width]);
  assert.equal(widths[1], widths[0], 'the mirror has the textarea\'s new width');
  const marks = await highlights(page);
  assert.equal(marks.find((m) => m.before === 'launched ')?.status, 'bad');
  await opened.context.close();
});

test('rules turned off and a minimum severity change what is found; the element hears addsup:findings; choosing a finding leaves the selection alone', async () => {
  const opened = await openEditor(env, 'contenteditable', { text: STORY });
  const { page } = opened;
  await settle(page);
  await page.evaluate(() => {
    window.heard = [];
    window.harness.root.addEventListener('addsup:findings', (e) => window.heard.push(e.detail.unresolved.length));
  });
  await page.evaluate(() => window.harness.checker.setOptions({ rules: { 'sum-of-parts': false } }));
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.harness.checker.findings.map((f) => f.rule)), [], 'no sum-of-parts finding');
  assert.equal((await highlights(page)).find((m) => m.text === '145').status, 'read');
  await page.evaluate(() => window.harness.checker.setOptions({ rules: { 'sum-of-parts': true }, minSeverity: 'error' }));
  await settle(page);
  const shown = await page.evaluate(() => window.harness.checker.findings.map((f) => `${f.rule}:${f.severity}`));
  assert.ok(shown.length >= 1 && shown.every((s) => s.endsWith(':error')), shown.join());
  assert.deepEqual(await page.evaluate(() => window.heard), [0, 1], 'the element heard each report');

  // The panel's settings do the same.
  await page.evaluate(() => {
    const box = document.getElementById('panel').shadowRoot.querySelector('input[name="sum-of-parts"]');
    box.click();
  });
  await settle(page);
  assert.equal(await page.evaluate(() => window.harness.checker.unresolved().length), 0);
  await page.evaluate(() => document.getElementById('panel').shadowRoot.querySelector('input[name="sum-of-parts"]').click());
  await settle(page);

  // A caret in the second paragraph; choosing the finding scrolls and explains, the caret stays.
  const caret = () => page.evaluate(() => {
    const s = getSelection();
    return `${s.anchorNode && s.anchorNode.data}|${s.anchorOffset}|${s.focusOffset}`;
  });
  await page.evaluate(() => {
    const p = window.harness.root.querySelectorAll('p')[1].firstChild;
    getSelection().setBaseAndExtent(p, 5, p, 5);
  });
  const before = await caret();
  await page.evaluate(() => document.getElementById('panel').shadowRoot.querySelector('button.finding.bad').click());
  assert.equal(await caret(), before, 'the selection is as it was');
  assert.equal(await page.evaluate(() => document.querySelector('[data-addsup-popover]').shadowRoot.querySelector('.pop').hidden), false);
  await opened.context.close();
});

test('after edits, the report the widget holds is check()\'s for the same text: figures, hedges and findings', async () => {
  const text = [...STORY, 'About 150 drones and missiles were tracked in all, a spokesman said, at least 23 of them near Sumy.'];
  const opened = await openEditor(env, 'contenteditable', { text });
  const { page } = opened;
  await settle(page);
  const compare = () => page.evaluate(async () => {
    const glue = await import('/www/cms/addsup/addsup.js');
    await glue.default({ module_or_path: '/www/cms/addsup/addsup_bg.wasm' });
    const c = window.harness.checker;
    const fresh = glue.check(c.text);
    // A finding's own start and end are left out: the widget's span its figures.
    const strip = (fs) => fs.map(({ start: _s, end: _e, index: _i, dismissed: _d, ...f }) => f);
    const canon = (v) => (Array.isArray(v) ? v.map(canon) : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v);
    const json = (v) => JSON.stringify(canon(v));
    return {
      figures: [json(c.report.figures), json(fresh.figures)],
      findings: [json(strip(c.report.findings)), json(strip(fresh.findings))],
      count: fresh.figures.length,
    };
  });
  const edits = [['nearby', 'outlying'], ['145', '146'], ['About 150', 'About 160'], ['12 people', '13 people'], ['146', '145']];
  for (const [from, to] of edits) {
    await retype(page, from, to);
    const got = await compare();
    assert.ok(got.count > 8);
    assert.equal(got.figures[0], got.figures[1], `figures after ${from} → ${to}`);
    assert.equal(got.findings[0], got.findings[1], `findings after ${from} → ${to}`);
  }
  await opened.context.close();
});
