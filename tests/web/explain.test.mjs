// The page says why: a finding's explanation lists the cue, scope and
// completeness that tied its figures and the verdict, and a figure that a
// check considered and set aside says with which figures and why. The
// reasons expected come from the Wasm package itself (pkg/), run in node
// with `explain: true`, so the page is held to what the checker reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { servedBrowser, clipboardPage, paste, RESULTS, ROOT } from './browser.mjs';

const glue = await import(resolve(ROOT, 'pkg/addsup.js'));
glue.initSync({ module: readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm')) });

// Invented copy: a stated rise that is off, then a count whose list runs on
// into a clause of its own.
const TEXT = 'The hotline took 700 calls, up 20% from 560 the year before.\n\n'
  + 'He named three rivals: Smith, Jones and Brown were among them.';

const live = servedBrowser();

async function openExplanation(page, figure) {
  const box = await page.locator(`#mirror mark:text-is("${figure}")`).boundingBox();
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await page.waitForSelector('#explain:not([hidden])');
  return page.locator('#explain');
}

test("a finding's explanation gives the reasons the checker gives, cue first and verdict last", async () => {
  const report = glue.check(TEXT, { explain: true });
  const rise = report.findings.find((f) => f.rule === 'change');
  assert.ok(rise && rise.status === 'inconsistent', 'the checker flags the rise');
  const aspects = rise.explanation.map((r) => r.aspect);
  assert.equal(aspects[0], 'cue');
  assert.equal(aspects.at(-1), 'verdict');
  assert.ok(rise.explanation.some((r) => r.quote === 'up'), 'the cue is quoted');
  assert.equal(glue.check(TEXT).findings[0].explanation, undefined, 'no reasons unless asked for');

  const { context, page, errors } = await clipboardPage(live.browser, live.origin);
  await paste(page, TEXT);
  const panel = await openExplanation(page, '20%');
  // The worker sends the reasons when an explanation is first opened.
  await panel.locator('details.why li').first().waitFor();
  const reasons = await panel.locator('details.why:not(.set-aside) li').allTextContents();
  console.log(`# reasons: ${reasons.join(' | ')}`);
  const want = rise.explanation.map((r) => `${r.aspect[0].toUpperCase()}${r.aspect.slice(1)}: ${r.words}${r.quote ? ` (“${r.quote}”)` : ''}`);
  assert.deepEqual(reasons, want);
  assert.ok(reasons.includes('Cue: the words state the relation (“up”)'));
  assert.ok(reasons.includes('Verdict: fails at every reading within rounding and hedges'));
  await page.screenshot({ path: resolve(RESULTS, 'explain-finding.png') });

  // The same reasons under the finding in the list.
  await page.keyboard.press('Escape');
  await page.click('#findings button.finding');
  assert.deepEqual(await page.locator('#findings .details details.why li').allTextContents(), want);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a figure considered and set aside says with which figures and why', async () => {
  const report = glue.check(TEXT, { explain: true });
  const rejected = report.rejected.find((r) => r.figures.some((i) => report.figures[i].text === 'three'));
  assert.ok(rejected, 'the checker set the count of three aside');
  assert.equal(rejected.reason, 'other_clause');

  const { context, page, errors } = await clipboardPage(live.browser, live.origin);
  await paste(page, TEXT);
  const panel = await openExplanation(page, 'three');
  await panel.locator('details.set-aside li').first().waitFor();
  const text = await panel.textContent();
  console.log(`# explanation: ${text}`);
  assert.match(text, /part of no relation addsup checked/);
  assert.match(text, /Considered and set aside/);
  const item = await panel.locator('details.set-aside li').allTextContents();
  assert.deepEqual(item, [`Alone (count-of-list): ${rejected.words} (“${rejected.quote}”)`]);
  assert.deepEqual(errors, []);
  await context.close();
});
