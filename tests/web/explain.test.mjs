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

// Invented copy: a stated average that is off, then a count, a period and a
// rate that a comma and "and" keep in different clauses.
const TEXT = 'The hotline took 3,000 calls in 10 days, an average of 200 a day.\n\n'
  + 'The shelter took in 900 dogs, and 30 days later 45 a day.';

const live = servedBrowser();

async function openExplanation(page, figure) {
  const box = await page.locator(`#mirror mark:text-is("${figure}")`).boundingBox();
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await page.waitForSelector('#explain:not([hidden])');
  return page.locator('#explain');
}

test("a finding's explanation gives the reasons the checker gives, cue first and verdict last", async () => {
  const report = glue.check(TEXT, { explain: true });
  const average = report.findings.find((f) => f.rule === 'average-per-period');
  assert.ok(average && average.status === 'inconsistent', 'the checker flags the average');
  const aspects = average.explanation.map((r) => r.aspect);
  assert.equal(aspects[0], 'cue');
  assert.equal(aspects.at(-1), 'verdict');
  assert.ok(average.explanation.some((r) => r.quote === 'an average of'), 'the cue is quoted');
  assert.equal(glue.check(TEXT).findings[0].explanation, undefined, 'no reasons unless asked for');

  const { context, page, errors } = await clipboardPage(live.browser, live.origin);
  await paste(page, TEXT);
  const panel = await openExplanation(page, '200');
  // The worker sends the reasons when an explanation is first opened.
  await panel.locator('details.why li').first().waitFor();
  const reasons = await panel.locator('details.why:not(.set-aside) li').allTextContents();
  console.log(`# reasons: ${reasons.join(' | ')}`);
  const want = average.explanation.map((r) => `${r.aspect[0].toUpperCase()}${r.aspect.slice(1)}: ${r.words}${r.quote ? ` (“${r.quote}”)` : ''}`);
  assert.deepEqual(reasons, want);
  assert.ok(reasons.includes('Cue: the words state the relation (“an average of”)'));
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
  const rejected = report.rejected.find((r) => r.figures.some((i) => report.figures[i].text === '900'));
  assert.ok(rejected, 'the checker set 900, 30 days and 45 aside');
  assert.equal(rejected.reason, 'other_clause');

  const { context, page, errors } = await clipboardPage(live.browser, live.origin);
  await paste(page, TEXT);
  const panel = await openExplanation(page, '900');
  await panel.locator('details.set-aside li').first().waitFor();
  const text = await panel.textContent();
  console.log(`# explanation: ${text}`);
  assert.match(text, /part of no relation addsup checked/);
  assert.match(text, /Considered and set aside/);
  const item = await panel.locator('details.set-aside li').allTextContents();
  assert.deepEqual(item, [`With “30 days”, “45” (average-per-period): ${rejected.words} (“${rejected.quote}”)`]);
  assert.deepEqual(errors, []);
  await context.close();
});
