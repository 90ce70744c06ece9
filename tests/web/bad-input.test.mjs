// Bad input to the built package, in node: each gives a report or a thrown
// Error that says what is wrong, never a trap, and the text is never changed
// (every figure's offsets slice its own text out of the caller's string).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './browser.mjs';

const glue = await import(resolve(ROOT, 'pkg/addsup.js'));
glue.initSync({ module: readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm')) });

/** Every span of the report slices its own text out of `text`. */
function assertSpans(text, report) {
  for (const f of [...report.figures, ...report.findings.flatMap((x) => x.figures)]) {
    assert.equal(text.slice(f.start, f.end), f.text, `${f.start}-${f.end}`);
  }
  for (const f of report.findings) assert.ok(f.start <= f.end && f.end <= text.length);
}

test('a 10 MB paste gets a whole report, from check() and from a Checker', () => {
  const para = 'Russia launched 145 drones overnight. Air defences downed 71 of them, and 71 were lost.\n\n';
  const text = para.repeat(Math.ceil(10e6 / para.length));
  const report = glue.check(text);
  assert.equal(report.figures.length, 3 * Math.ceil(10e6 / para.length));
  assert.equal(report.findings.filter((f) => f.status === 'inconsistent').length, Math.ceil(10e6 / para.length));
  assertSpans(text, report);
  const checker = new glue.Checker();
  assert.deepEqual(checker.update(text), report);
  checker.free();
});

test('lone surrogates arrive as U+FFFD, one unit each, so offsets still index the string', () => {
  const text = 'Of 10 drones, 4 were downed \ud800 and 5 lost.\n\n\udc00 \ud800 145 \ud83d 😀 71 \ude00';
  const report = glue.check(text);
  assertSpans(text, report);
  assert.ok(report.figures.some((f) => f.text === '145' && f.start === text.indexOf('145')));
  assert.ok(report.findings.some((f) => f.status === 'inconsistent'), 'the arithmetic is still checked');
  assert.deepEqual(new glue.Checker().update(text), report);
});

test('NUL bytes and other control characters are read like any other character', () => {
  const text = 'Of 10 drones, 4 were \0 downed and 5 lost.\n\n\0 7 \u0001\u001f\0';
  const report = glue.check(text);
  assertSpans(text, report);
  assert.ok(report.figures.some((f) => f.text === '10'));
  assert.ok(report.findings.some((f) => f.rule === 'sum-of-parts'));
  assert.ok(report.figures.some((f) => f.text === '7' && f.start === text.indexOf('7')));
});

// One sentence of 1.2 MB: it has no paragraph break or sentence end to cut
// it at, so it is one segment, read in time linear in its figures.
test('100,000 figures in one paragraph get an answer, from check() and from a Checker', () => {
  const text = Array.from({ length: 100000 }, (_, i) => `${i % 997} drones`).join(', ') + '.';
  const report = glue.check(text);
  assert.equal(report.figures.length, 100000);
  assertSpans(text, report);
  const checker = new glue.Checker();
  assert.deepEqual(checker.update(text), report);
  checker.free();
});

test('what is not text, or is too long, is an Error that says so; the module works on after', () => {
  assert.throws(() => glue.check(42), (e) => e instanceof Error && /text must be a string, not number/.test(e.message));
  assert.throws(() => glue.check(undefined), /text must be a string, not undefined/);
  assert.throws(() => glue.figures({}), /text must be a string, not object/);
  const huge = 'x'.repeat(64 * 1024 * 1024 + 1);
  assert.throws(() => glue.check(huge), /67108865 bytes of UTF-8; the most addsup checks at once is 67108864/);
  assert.equal(glue.check('Of 10 drones, 4 were downed and 6 lost.').figures.length, 3);
});
