// The package's Checker in node (the built pkg/): after every edit its report
// is the report check() gives for the new text, on short texts (one segment)
// and long ones (cut into segments), and earlier reports stay as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './browser.mjs';

const glue = await import(resolve(ROOT, 'pkg/addsup.js'));
glue.initSync({ module: readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm')) });

// Written for this test: figures that relate within and across paragraphs.
const PARAGRAPHS = [
  'Russia launched 145 drones overnight. Air defences downed 71 of them, and 71 were lost.',
  'One drone flew into Belarus; about 150 people, at least 23 of them children, were hurt.',
  'Of the 1,200 voters, 45% backed the plan and 55% opposed it.',
  'Sales rose 12% to $3.4bn from $3bn a year earlier. 😀 The road is 19 miles (30 km) long.',
  'Three towns were hit: Kharkiv, Odesa and Lviv. Le café coûte 4,50 €, 中文 3 个.',
];
const PIECES = ['7', ' 12 ', '\n\n', '\n', '%', '😀', 'é', ' of them ', ' 145 drones ', 'Of 40 drones, 12 were downed and 20 lost.'];

/** A small seeded generator, so a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function edit(text, rnd) {
  let at = Math.floor(rnd() * (text.length + 1));
  // Never split a surrogate pair: JavaScript strings would keep half of it.
  if (at > 0 && at < text.length && /[\udc00-\udfff]/.test(text[at])) at -= 1;
  let del = rnd() < 0.5 ? 0 : Math.floor(rnd() * (rnd() < 0.8 ? 3 : 300));
  if (/[\ud800-\udbff]/.test(text[at + del - 1] ?? '')) del += 1;
  const insert = rnd() < 0.3 ? '' : PIECES[Math.floor(rnd() * PIECES.length)];
  return text.slice(0, at) + insert + text.slice(at + del);
}

function text(paragraphs, rnd) {
  return Array.from({ length: paragraphs }, () => PARAGRAPHS[Math.floor(rnd() * PARAGRAPHS.length)]).join('\n\n');
}

for (const [name, paragraphs, edits] of [['a short text (one segment)', 12, 60], ['a long text (many segments)', 1500, 40]]) {
  test(`Checker.update equals check() after each random edit: ${name}`, () => {
    const rnd = random(paragraphs);
    let current = text(paragraphs, rnd);
    for (const options of [undefined, { minSeverity: 'error', rules: { restatement: false } }]) {
      const checker = new glue.Checker(options);
      assert.deepEqual(checker.update(current), glue.check(current, options));
      for (let i = 0; i < edits; i++) {
        const before = current;
        current = edit(current, rnd);
        assert.deepEqual(checker.update(current), glue.check(current, options),
          `edit ${i}: ${JSON.stringify(before.length)} -> ${current.length} units`);
      }
      checker.free();
    }
  });
}

test('an earlier report is not changed by later updates', () => {
  const rnd = random(7);
  const long = text(1500, rnd);
  const checker = new glue.Checker();
  const first = checker.update(long);
  const frozen = JSON.stringify(first);
  checker.update('Breaking: 12 drones. ' + long);
  checker.update(long.slice(0, 5000) + '\n\n' + long.slice(5000));
  assert.equal(JSON.stringify(first), frozen);
});

test('a Checker refuses bad options and non-text with Errors that say what is wrong', () => {
  assert.throws(() => new glue.Checker({ colour: 'red' }), /unknown option "colour"/);
  const checker = new glue.Checker();
  assert.throws(() => checker.update(42), (e) => e instanceof TypeError && /text must be a string, not number/.test(e.message));
  assert.throws(() => checker.update(null), /not null/);
  assert.deepEqual(checker.update('Of 10 drones, 4 were downed and 6 lost.'), glue.check('Of 10 drones, 4 were downed and 6 lost.'));
});

test('an edit that changes half of a surrogate pair, or leaves one alone, equals check()', () => {
  const base = 'Of 10 drones, 4 were downed 😀 and 6 lost.\n\nSales rose 12% to $3.4bn.';
  const at = base.indexOf('😀');
  const texts = [
    base,
    base.replace('😀', '😁'), // the same high surrogate, another low one
    base.replace('😀', '🙂'), // another high surrogate too
    base.slice(0, at + 1) + base.slice(at + 2), // a lone high surrogate (U+FFFD)
    base.slice(0, at) + base.slice(at + 1), // a lone low surrogate
    base.slice(0, at + 1) + '7' + base.slice(at + 1), // a figure between the halves
    base,
  ];
  const checker = new glue.Checker();
  for (const t of texts) assert.deepEqual(checker.update(t), glue.check(t), JSON.stringify(t));
  checker.free();
});
