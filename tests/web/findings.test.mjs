// What the desk reads: a summary that counts problems, problems first, passes
// that say nothing kept apart, and labels that say what each number is.
// The expected counts and texts come from the Wasm package itself (pkg/), run
// in node, so these tests hold the page to what the checker reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { servedBrowser, clipboardPage, paste, sampleText, ROOT } from './browser.mjs';

const glue = await import(resolve(ROOT, 'pkg/addsup.js'));
glue.initSync({ module: readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm')) });

// After the page's sample: a second problem late in the text (120 carried,
// 70 + 40 accounted for), a lone part within its total and a figure restated
// as itself (two passes that say nothing).
const MORE = '\n\nPolice arrested 14 of the 60 protesters outside the embassy.'
  + ' The party won 58 seats in the new parliament. With 58 seats, it can govern without a partner.'
  + '\n\nThe ferry carried 120 passengers, of which 70 were rescued and 40 were missing.';

const live = servedBrowser();

/** The page with the sample and MORE pasted, and what the checker says of that text. */
async function loaded() {
  const opened = await clipboardPage(live.browser, live.origin);
  const text = (await sampleText(opened.page)) + MORE;
  await paste(opened.page, text);
  const report = glue.check(text);
  const group = (f) => (f.status === 'inconsistent' ? 'bad' : f.informative ? 'ok' : 'other');
  return { ...opened, text, report, group };
}

const buttons = (page, list) => page.$$eval(`#${list} button.finding`, (bs) => bs.map((b) => ({
  id: b.id, group: b.classList[1], badge: b.querySelector('.badge').textContent, text: b.textContent,
})));

test('the summary counts problems, not the figures in them', async () => {
  const { context, page, report, group, errors } = await loaded();
  const count = (g) => report.findings.filter((f) => group(f) === g).length;
  const summary = await page.textContent('#summary');
  console.log(`# summary: ${summary}`);
  const redFigures = await page.$$eval('#mirror mark.bad', (ms) => ms.length);
  assert.equal(count('bad'), 2, 'the text has two problems');
  assert.ok(redFigures > 2, `the problems cover ${redFigures} figures`);
  assert.equal(summary, `2 problems · ${count('ok')} checks passed · ${count('other')} other checks · ${report.figures.length} figures read`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('problems come first, then passes; passes that say nothing wait collapsed in "Other checks", their figures underlined as read', async () => {
  const { context, page, report, group, errors } = await loaded();
  const main = await buttons(page, 'findings');
  const inText = report.findings.map(group);
  console.log(`# in the text: ${inText.join(' ')}; in the list: ${main.map((b) => b.group).join(' ')}`);
  assert.notDeepEqual(inText.filter((g) => g !== 'other'), main.map((b) => b.group), 'the text order would mix them');
  const want = [...inText.filter((g) => g === 'bad'), ...inText.filter((g) => g === 'ok')];
  assert.deepEqual(main.map((b) => b.group), want, 'problems, then the passes that tell something');
  assert.ok(main.every((b) => b.badge === (b.group === 'bad' ? "Doesn't add up" : 'Adds up')));

  // The others: collapsed until asked for, then each a plain "Holds".
  const others = report.findings.filter((f) => group(f) === 'other');
  assert.ok(others.length >= 2, 'a lone part and a restated figure');
  assert.equal(await page.textContent('#others-toggle'), `Other checks (${others.length})`);
  assert.equal(await page.getAttribute('#others-toggle', 'aria-expanded'), 'false');
  assert.ok(!(await page.isVisible('#others')), 'collapsed');
  await page.click('#others-toggle');
  assert.equal(await page.getAttribute('#others-toggle', 'aria-expanded'), 'true');
  const shown = await buttons(page, 'others');
  assert.deepEqual(shown.map((b) => b.text), others.map((f) => `Holds · ${f.message}`));
  assert.ok(shown.some((b) => /a part no larger than its total/.test(b.text)), 'the lone part is an other check');
  assert.ok(shown.some((b) => /^Holds · 58 and 58 seats/.test(b.text)), 'the restated 58 is an other check');

  // Their figures are read, not green: no telling pass holds 14, 60 or 58.
  const marks = await page.$$eval('#mirror mark', (ms) => ms.map((m) => ({
    text: m.textContent, cls: m.className, background: getComputedStyle(m).backgroundColor,
  })));
  for (const figure of ['14', '60', '58']) {
    const these = marks.filter((m) => m.text === figure);
    assert.ok(these.length > 0, `${figure} is highlighted`);
    for (const m of these) {
      assert.equal(m.cls, 'read', `${figure} is underlined as read: ${m.cls}`);
      assert.equal(m.background, 'rgba(0, 0, 0, 0)', `${figure} has no green background`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pass shows no severity; a problem labels what the figures give, what the text says and the difference', async () => {
  const { context, page, report, group, errors } = await loaded();
  const facts = (id) => page.$$eval(`#${id}-details dl.facts > *`, (es) => es.map((e) => `${e.tagName}:${e.textContent}`));

  const [problem] = await buttons(page, 'findings');
  await page.click(`#${problem.id}`);
  const bad = report.findings[Number(problem.id.split('-')[1])];
  assert.equal(bad.status, 'inconsistent');
  assert.deepEqual(await facts(problem.id), [
    `DT:The figures give`, `DD:${bad.expected}`, `DT:The text says`, `DD:${bad.reported}`,
    `DT:Difference`, `DD:${bad.difference}`,
  ]);
  // In the text's own units: a number and what it counts, not a bare gap.
  assert.match(bad.difference, /\d.*\D/);
  assert.match(await page.textContent(`#${problem.id}-details .help`), new RegExp(`^Rule ${bad.rule} · ${bad.severity}: `));

  for (const pass of (await buttons(page, 'findings')).filter((b) => b.group === 'ok')) {
    await page.click(`#${pass.id}`);
    const f = report.findings[Number(pass.id.split('-')[1])];
    const details = await page.textContent(`#${pass.id}-details`);
    assert.doesNotMatch(details, /\b(error|warning|Difference)\b/, `no severity or difference on a pass: ${details}`);
    assert.equal(await page.textContent(`#${pass.id}-details .help`), `Rule ${f.rule}`);
    assert.deepEqual(await facts(pass.id), [`DT:The figures give`, `DD:${f.expected}`, `DT:The text says`, `DD:${f.reported}`]);
    // Its figure's explanation, which the finding opened, says no severity either.
    assert.doesNotMatch(await page.textContent('#explain'), /Adds up[^]*\b(error|warning)\b/);
  }

  // The exports likewise: severity on problems only, problems first.
  await page.click('#copy-text');
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  const items = plain.split('\n').filter((l) => /^\d+\. /.test(l));
  assert.deepEqual(items.map((l) => l.match(/^\d+\. ([A-Z' ,]+) \(/)[1]),
    [...report.findings.filter((f) => group(f) === 'bad').map(() => "DOESN'T ADD UP"),
      ...report.findings.filter((f) => group(f) === 'ok').map(() => 'ADDS UP'),
      ...report.findings.filter((f) => group(f) === 'other').map(() => 'OTHER CHECK, HOLDS')]);
  for (const l of items) {
    if (l.includes("DOESN'T ADD UP")) assert.match(l, /\([a-z-]+, (error|warning)\):/);
    else assert.match(l, /\([a-z-]+\):/, l);
  }
  assert.match(plain, /The figures give: 71 \+ 71 \+ One = 143; the text says: 145; difference: 2/);
  assert.deepEqual(errors, []);
  await context.close();
});
