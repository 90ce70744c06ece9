// The npm package as a newsroom developer gets it: `npm pack`'s tarball
// (dist/addsup-*.tgz, made by scripts/web-build.sh) installed offline into an
// empty project, then used from node, from TypeScript (`tsc --strict`), and
// from a tiny page in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync, existsSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, launch } from './browser.mjs';
import { serve } from '../../scripts/web/serve.mjs';

// Written for this test: 145 is not 71 + 71 + 1.
const STORY = 'Overnight, Russia launched 145 drones at Ukraine, the air force said.'
  + ' Air defences downed 71 of them and 71 were lost in flight. One drone flew into Belarus.\n\n'
  + 'Prices rose 4% to $5.20 a gallon, from $5.00.';

let project;
let tarball;

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

before(() => {
  const dist = resolve(ROOT, 'dist');
  const packed = readdirSync(dist).filter((f) => /^addsup-.*\.tgz$/.test(f));
  assert.equal(packed.length, 1, 'scripts/web-build.sh makes exactly one dist/addsup-*.tgz');
  tarball = join(dist, packed[0]);
  project = mkdtempSync(join(tmpdir(), 'addsup-consumer-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // --offline: the package needs nothing from any registry.
  run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], project);
});

after(() => project && rmSync(project, { recursive: true, force: true }));

test('the tarball holds the Wasm, the glue, the types and a README, and runs nothing at install', () => {
  const dir = join(project, 'node_modules/addsup');
  for (const f of ['addsup.js', 'addsup_bg.wasm', 'addsup.d.ts', 'node.js', 'README.md', 'package.json']) {
    assert.ok(existsSync(join(dir, f)), `${f} is in the package`);
  }
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'addsup');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.scripts, undefined, 'no install or other scripts');
  assert.equal(pkg.dependencies, undefined, 'no dependencies to fetch');
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  for (const where of ['browser', 'bundler', 'node']) assert.match(readme, new RegExp(where, 'i'));
  assert.ok((readme.match(/```js/g) || []).length >= 3, 'an example each for the browser, a bundler and node');
  const glue = readFileSync(join(dir, 'addsup.js'), 'utf8');
  assert.doesNotMatch(glue, /https?:\/\//, 'the module names no host to fetch from');
});

test('from node: import, check, a Checker, bad input as Errors', () => {
  writeFileSync(join(project, 'use.mjs'), `
    import { check, Checker, figures, version } from 'addsup';
    const story = ${JSON.stringify(STORY)};
    const report = check(story);
    const checker = new Checker();
    const typed = checker.update(story.slice(0, 40));
    const whole = checker.update(story);
    let refused = '';
    try { check(story, { colour: 'red' }); } catch (e) { refused = e instanceof Error ? e.message : 'not an Error'; }
    console.log(JSON.stringify({ report, whole, typed, figures: figures(story), version: version(), refused }));
  `);
  const out = JSON.parse(run('node', ['use.mjs'], project));
  const bad = out.report.findings.filter((f) => f.status === 'inconsistent');
  assert.ok(bad.some((f) => f.rule === 'sum-of-parts' && f.figures.some((x) => x.text === '145')), JSON.stringify(bad));
  for (const f of out.report.figures) assert.equal(STORY.slice(f.start, f.end), f.text);
  assert.deepEqual(out.whole, out.report, 'Checker.update gives what check gives');
  assert.deepEqual(out.figures, out.report.figures);
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.match(out.refused, /unknown option "colour"/);
});

test('tsc --strict accepts an example that reads every field of the types', () => {
  copyFileSync(resolve(ROOT, 'tests/web/types-example.ts'), join(project, 'example.ts'));
  const tsc = resolve(ROOT, 'node_modules/typescript/bin/tsc');
  const r = spawnSync('node', [tsc, '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--skipLibCheck', 'false', 'example.ts'], { cwd: project, encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc:\n${r.stdout}${r.stderr}`);
  // And the types say no to what the package refuses.
  writeFileSync(join(project, 'wrong.ts'), `import { check } from 'addsup';\ncheck('x', { minSeverity: 'fatal' });\n`);
  const wrong = spawnSync('node', [tsc, '--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    'wrong.ts'], { cwd: project, encoding: 'utf8' });
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stdout, /fatal/);
});

test('from a tiny page in Chromium: init(), check and a Checker, the answers node gives', async () => {
  writeFileSync(join(project, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">'
    + '<title>consumer</title><script type="module" src="page.mjs"></script>');
  writeFileSync(join(project, 'page.mjs'), `
    import init, { check, Checker } from './node_modules/addsup/addsup.js';
    await init();
    const story = ${JSON.stringify(STORY)};
    const checker = new Checker();
    checker.update(story.slice(0, 60));
    window.result = { report: check(story), whole: checker.update(story) };
  `);
  const node = JSON.parse(run('node', ['--input-type=module', '-e',
    `import { check } from 'addsup'; console.log(JSON.stringify(check(${JSON.stringify(STORY)})));`], project));
  const { server, url } = await serve(project);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await page.waitForFunction(() => window.result !== undefined, null, { timeout: 20000 });
    const result = await page.evaluate(() => window.result);
    assert.deepEqual(errors, []);
    assert.deepEqual(result.report, node);
    assert.deepEqual(result.whole, node);
  } finally {
    await browser.close();
    server.close();
  }
});
