// The widget's adapter to the Wasm glue and its dismissal fingerprints, in
// node against the real package (pkg/, from scripts/web-build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, STORY } from './widget.mjs';
import { createEngine } from '../../widget/engine.js';
import { fingerprint, parseDismissals } from '../../widget/dismissals.js';

const gluePath = resolve(ROOT, 'pkg/addsup.js');
if (!existsSync(gluePath)) throw new Error('pkg/ is missing: run scripts/web-build.sh first');
const glue = await import(gluePath);
glue.initSync({ module: readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm')) });

const text = STORY.join('\n\n');
const edited = text.replace('nearby', 'outlying');

test('the engine gives the report check() gives, before and after an edit, through Checker when the glue has it', () => {
  const engine = createEngine(glue);
  assert.equal(engine.incremental, typeof glue.Checker === 'function');
  assert.deepEqual(engine.update(text), glue.check(text));
  assert.deepEqual(engine.update(edited), glue.check(edited));
  engine.free();
});

test('the engine passes rules and minimum severity to the core', () => {
  const all = createEngine(glue).update(text);
  assert.ok(all.findings.some((f) => f.rule === 'sum-of-parts'));
  const off = createEngine(glue, { rules: { 'sum-of-parts': false } }).update(text);
  assert.ok(!off.findings.some((f) => f.rule === 'sum-of-parts'));
  assert.throws(() => createEngine(glue, { rules: { 'no-such-rule': false } }).update(text), /no-such-rule/);
});

const dronesIn = (t) => {
  const report = glue.check(t);
  const f = report.findings.find((x) => x.figures.some((ff) => ff.text === '145' || ff.text === '146'));
  assert.ok(f, `a finding on the launched total in: ${t.slice(0, 60)}`);
  return fingerprint(f, t);
};

test('a fingerprint stays when other text changes or moves, and changes with a figure or the words beside it', () => {
  const first = dronesIn(text);
  assert.equal(dronesIn(edited), first, 'an edit in another paragraph');
  assert.equal(dronesIn(`A new opening paragraph.\n\n${text}`), first, 'text inserted before it');
  assert.notEqual(dronesIn(text.replace('145', '146')), first, 'the total changed');
  assert.notEqual(dronesIn(text.replace('71 of them', '70 of them')), first, 'a part changed');
  assert.notEqual(dronesIn(text.replace('145 drones', '145 missiles')), first, 'what the total counts changed');
});

test('dismissals read back from JSON skip entries without a fingerprint and refuse what is not a list', () => {
  const list = parseDismissals(JSON.stringify([{ fingerprint: 'sum-of-parts-x', rule: 'sum-of-parts', figures: ['145'], reason: 'ok', at: '' }, { nope: 1 }, null]));
  assert.equal(list.length, 1);
  assert.equal(list[0].reason, 'ok');
  assert.throws(() => parseDismissals('{not json'), /not valid JSON/);
  assert.throws(() => parseDismissals('{"a":1}'), /must be an array/);
});
