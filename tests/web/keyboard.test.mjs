// Keyboard, scrolling, a phone's screen and the copy buttons, as a user meets
// them in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { servedBrowser, clipboardPage, paste, sampleText, RESULTS } from './browser.mjs';

const live = servedBrowser();

const PHONE = { width: 390, height: 844 };

/** The element with focus, described. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { id: e.id, tag: e.tagName, hidden: Boolean(e.closest('[aria-hidden="true"]')) };
});

/** Scroll positions of the text area and the mirror of highlights under it. */
const scrolls = (page) => page.evaluate(() => {
  const [ta, mirror] = [document.getElementById('text'), document.getElementById('mirror')];
  return { text: ta.scrollTop, mirror: mirror.scrollTop, textHeight: ta.scrollHeight, mirrorHeight: mirror.scrollHeight };
});

test('Tab never reaches the hidden mirror, and PageDown, the wheel and End keep it in step with the text', async () => {
  const { context, page, errors } = await clipboardPage(live.browser, live.origin);
  const sample = await sampleText(page);
  await paste(page, Array(8).fill(sample).join('\n\n'));

  // From "Clear", Tab goes to the text; through the whole page, never to the mirror.
  await page.focus('#clear');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'text', 'Tab from Clear goes to the article text');
  await page.focus('#example');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.ok(now.id !== 'mirror' && !now.hidden, `Tab ${i + 1} reached ${now.tag}#${now.id}, inside aria-hidden`);
  }

  await page.evaluate(() => { const ta = document.getElementById('text'); ta.focus(); ta.setSelectionRange(0, 0); });
  for (const key of ['PageDown', 'PageDown', 'PageDown']) await page.keyboard.press(key);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  let s = await scrolls(page);
  console.log(`# after PageDown ×3: text ${s.text}, mirror ${s.mirror}; heights ${s.textHeight}, ${s.mirrorHeight}`);
  assert.ok(s.text > 0, 'PageDown scrolls the text');
  assert.equal(s.mirror, s.text, 'the mirror scrolls with it');
  assert.equal(s.mirrorHeight, s.textHeight, 'the mirror lays out the text to the same height');

  const box = await page.locator('#text').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 700);
  await page.waitForFunction((before) => document.getElementById('text').scrollTop > before, s.text);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  s = await scrolls(page);
  assert.equal(s.mirror, s.text, 'the wheel scrolls both');

  await page.keyboard.press('Control+End');
  await page.evaluate(() => new Promise(requestAnimationFrame));
  s = await scrolls(page);
  assert.equal(s.mirror, s.text, 'at the end of the text, both are at the bottom');

  // Whatever else scrolls the mirror, it goes back to the text's place.
  await page.evaluate(() => { document.getElementById('mirror').scrollTop = 0; });
  await page.waitForFunction(() => document.getElementById('mirror').scrollTop === document.getElementById('text').scrollTop);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Escape closes the explanation and collapses the finding it belongs to', async () => {
  const { context, page, errors } = await clipboardPage(live.browser, live.origin);
  await sampleText(page);
  await page.focus('#text');
  await page.keyboard.press('Tab');
  const id = (await focused(page)).id;
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(`#${id}`, 'aria-expanded'), 'true');
  assert.ok(await page.isVisible('#explain') && await page.isVisible(`#${id}-details`));
  await page.keyboard.press('Escape');
  assert.ok(!(await page.isVisible('#explain')), 'the explanation is closed');
  assert.equal(await page.getAttribute(`#${id}`, 'aria-expanded'), 'false', 'the finding is collapsed');
  assert.ok(!(await page.isVisible(`#${id}-details`)));
  assert.equal((await focused(page)).id, id, 'focus stays on the finding');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a 390 × 844 phone screen the summary shows after a paste, and no explanation runs off the screen', async () => {
  const { context, page, errors } = await clipboardPage(live.browser, live.origin, { viewport: PHONE });
  const sample = await sampleText(page);
  await page.click('#clear');
  await paste(page, sample);
  const summary = await page.locator('#summary').boundingBox();
  console.log(`# summary at y = ${summary.y.toFixed(0)} to ${(summary.y + summary.height).toFixed(0)} of ${PHONE.height}`);
  assert.ok(summary.y >= 0 && summary.y + summary.height <= PHONE.height, 'the summary is above the fold');
  assert.match(await page.textContent('#summary'), /^1 problem · /);
  await page.screenshot({ path: resolve(RESULTS, 'phone-pasted.png') });

  // Every finding, opened from the list: its explanation stays on screen.
  if (await page.isVisible('#others-toggle')) await page.click('#others-toggle');
  const ids = await page.$$eval('button.finding', (bs) => bs.map((b) => b.id));
  let lowest = 0;
  for (const id of ids) {
    await page.click(`#${id}`);
    await page.waitForSelector('#explain:not([hidden])');
    const r = await page.evaluate(() => document.getElementById('explain').getBoundingClientRect().toJSON());
    lowest = Math.max(lowest, r.bottom);
    assert.ok(r.top >= 0 && r.bottom <= PHONE.height, `the explanation for ${id} spans y ${r.top}–${r.bottom}`);
    await page.keyboard.press('Escape');
  }
  // And every highlight tapped where the text shows it, down to the field's last line.
  await page.evaluate(() => window.scrollTo(0, 0));
  const marks = await page.$$('#mirror mark');
  for (const mark of marks) {
    const box = await mark.boundingBox();
    const field = await page.locator('#field').boundingBox();
    if (!box || box.y < field.y || box.y + box.height > field.y + field.height || box.y + box.height > PHONE.height) continue;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await page.waitForSelector('#explain:not([hidden])');
    const r = await page.evaluate(() => document.getElementById('explain').getBoundingClientRect().toJSON());
    lowest = Math.max(lowest, r.bottom);
    assert.ok(r.top >= 0 && r.bottom <= PHONE.height, `the explanation of a tapped figure spans y ${r.top}–${r.bottom}`);
  }
  console.log(`# lowest explanation edge: y = ${lowest.toFixed(0)} of ${PHONE.height}`);
  await page.screenshot({ path: resolve(RESULTS, 'phone-explained.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Copied." only when the copy worked; a refused clipboard says so', async () => {
  const { context, page, errors } = await clipboardPage(live.browser, live.origin);
  await sampleText(page);
  // The copy is asynchronous: wait for the note, whatever it says.
  const noted = () => page.waitForFunction(() => document.getElementById('copied').textContent !== '');
  await page.click('#copy-text');
  await noted();
  assert.equal(await page.textContent('#copied'), 'Copied.');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^addsup: 1 problem/);

  // A browser that refuses both ways of copying, as one without clipboard
  // access does.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    document.execCommand = () => false;
  });
  await page.evaluate(() => { document.getElementById('copied').textContent = ''; });
  await page.click('#copy-md');
  await noted();
  const note = await page.textContent('#copied');
  assert.doesNotMatch(note, /Copied/);
  assert.match(note, /^Not copied: /);
  assert.equal(await page.getAttribute('#copied', 'class'), 'copied failed');
  assert.deepEqual(errors, []);
  await context.close();
});
