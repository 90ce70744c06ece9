// Accessibility: axe-core (from npm) run inside Chromium on the page with the
// sample loaded, in the light and the dark scheme, with a finding, its
// explanation and the other checks open. Any violation fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { servedBrowser, openPage, sampleText } from './browser.mjs';

// Evaluated through the DevTools protocol, which the page's CSP does not
// govern: the page itself never loads it, and nothing is fetched.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const live = servedBrowser();

async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) }));
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations with the sample loaded (${colorScheme} scheme)`, async () => {
    const { context, page, errors } = await openPage(live.browser, live.origin, { colorScheme });
    await sampleText(page);
    const found = { loaded: await violations(page) };
    if (await page.isVisible('#others-toggle')) await page.click('#others-toggle');
    await page.click('#findings button.finding.bad');
    await page.waitForSelector('#explain:not([hidden])');
    found.opened = await violations(page);
    for (const [state, vs] of Object.entries(found)) {
      console.log(`# ${colorScheme}, ${state}: ${vs.length} violations${vs.map((v) => `; ${v.id} (${v.impact}): ${v.nodes.join(' | ')}`).join('')}`);
    }
    assert.deepEqual(found, { loaded: [], opened: [] });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
