// The shipped package (pkg/, as web-build.sh builds it for size) from node:
// the same answers as the CLI's JSON, UTF-16 offsets, errors that name the bad
// value. The wasm-bindgen tests check the binding too, but in a debug build;
// these check the build the page loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './browser.mjs';

const glue = await import(resolve(ROOT, 'pkg/addsup.js'));
glue.initSync({ module: readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm')) });

const appSource = readFileSync(resolve(ROOT, 'www/app.js'), 'utf8');
const SAMPLE = appSource.slice(appSource.indexOf('const SAMPLE = `') + 16, appSource.indexOf('`;'));

test('check gives what the CLI gives as JSON (ASCII text: characters are UTF-16 units)', () => {
  assert.match(SAMPLE, /^[\x00-\x7f]*$/, 'the sample is ASCII');
  const cli = spawnSync('cargo', ['run', '--quiet', '--bin', 'addsup', '--', 'check', '--format', 'json'], {
    cwd: ROOT, input: SAMPLE, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'],
  });
  // Exit status 1: something is inconsistent, as in the sample.
  assert.equal(cli.status, 1);
  assert.deepEqual(glue.check(SAMPLE), JSON.parse(cli.stdout));
});

test('check gives what the CLI gives as JSON on every fixture (BMP text: characters are UTF-16 units)', () => {
  const dir = resolve(ROOT, 'tests/fixtures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 10);
  let fields = new Set();
  for (const file of files) {
    const text = readFileSync(resolve(dir, file), 'utf8');
    if (/[\u{10000}-\u{10FFFF}]/u.test(text)) continue;
    const cli = spawnSync('cargo', ['run', '--quiet', '--bin', 'addsup', '--', 'check', '--format', 'json', resolve(dir, file)], {
      cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
    });
    const report = glue.check(text);
    assert.deepEqual(report, JSON.parse(cli.stdout), file);
    for (const f of report.figures) fields = new Set([...fields, ...Object.keys(f)]);
  }
  // The fixtures use the optional fields too, so the comparison covers them.
  for (const field of ['unit', 'per', 'currency', 'approx', 'bound', 'precision', 'hedge', 'min', 'in_words']) {
    assert.ok(fields.has(field), `a fixture has a figure with ${field}`);
  }
});

test('with explain, check gives what addsup check --explain gives as JSON: the reasons and the candidates set aside', () => {
  const text = `${SAMPLE}\n\nThe hotline took 700 calls, up 20% from 560 the year before.\n\nHe named three rivals: Smith, Jones and Brown were among them.`;
  const cli = spawnSync('cargo', ['run', '--quiet', '--bin', 'addsup', '--', 'check', '--format', 'json', '--explain'], {
    cwd: ROOT, input: text, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'],
  });
  const report = glue.check(text, { explain: true });
  assert.deepEqual(report, JSON.parse(cli.stdout));
  assert.ok(report.findings.every((f) => f.explanation.at(-1).aspect === 'verdict'), 'every finding ends with its verdict');
  assert.equal(report.rejected.length, 1);
  assert.deepEqual(report.rejected[0].figures.map((i) => report.figures[i].text), ['three']);
  // The same report through the incremental Checker.
  const checker = new glue.Checker({ explain: true });
  assert.deepEqual(checker.update(text), report);
  checker.free();
});

test('offsets are UTF-16 code units, right past emoji and astral text', () => {
  const text = '😀👩‍👩‍👧 𝟙𝟚 Overnight, Russia launched 145 attack drones at Ukraine, the air force said.'
    + ' Air defences shot down 71 of them and 71 were lost in flight. 🇺🇦 One drone flew into Belarusian airspace.';
  const report = glue.check(text);
  for (const f of [...report.figures, ...report.findings.flatMap((x) => x.figures)]) {
    assert.equal(text.slice(f.start, f.end), f.text);
  }
  assert.ok(report.figures.some((f) => f.text === '145' && f.start === text.indexOf('145')));
  assert.deepEqual(glue.figures(text), report.figures);
});

test('bad options throw Errors that name what is wrong', () => {
  const cases = [
    [{ colour: 'red' }, 'unknown option "colour"'],
    [{ minSeverity: 'fatal' }, '"minSeverity" must be "warning" or "error", not "fatal"'],
    [{ minSeverity: 3 }, '"minSeverity" must be "warning" or "error", not number'],
    [{ explain: 'yes' }, '"explain" must be true or false, not "yes"'],
    [[1, 2], 'options must be an object, like { minSeverity: "error" }, not an array'],
    [{ rules: { 'sum-of-everything': false } }, 'unknown rule "sum-of-everything"; the rules are sum-of-parts'],
    [{ rules: { 'sum-of-parts': 'off' } }, 'rule "sum-of-parts" must be true or false, not "off"'],
    [{ rules: ['sum-of-parts'] }, '"rules" must be an object'],
    ['strict', 'options must be an object'],
    [7, 'options must be an object'],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => glue.check(SAMPLE, options), (e) => e instanceof Error && e.message.includes(message),
      JSON.stringify(options));
  }
  const errorsOnly = glue.check(SAMPLE, { minSeverity: 'error', rules: { restatement: false } });
  assert.ok(errorsOnly.findings.every((f) => f.severity === 'error' && f.rule !== 'restatement'));
  assert.equal(glue.check(SAMPLE, { rules: { 'sum-of-parts': false } }).findings.filter((f) => f.rule === 'sum-of-parts').length, 0);
  assert.equal(typeof glue.version(), 'string');
});
