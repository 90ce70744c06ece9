// The widget's TypeScript declarations as a newsroom developer gets them:
// `npm pack`'s tarball (dist/addsup-*.tgz, from scripts/web-build.sh)
// installed offline into an empty project beside ProseMirror, then
// tests/widget/types-example.ts compiled with `tsc --strict`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './widget.mjs';

let project;
const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');
const tsc = (file, extra = []) => spawnSync('node', [TSC, '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext',
  '--moduleResolution', 'nodenext', '--lib', 'es2022,dom', ...extra, file], { cwd: project, encoding: 'utf8' });

before(() => {
  const dist = resolve(ROOT, 'dist');
  const packed = existsSync(dist) ? readdirSync(dist).filter((f) => /^addsup-.*\.tgz$/.test(f)) : [];
  assert.equal(packed.length, 1, 'scripts/web-build.sh makes exactly one dist/addsup-*.tgz');
  project = mkdtempSync(join(tmpdir(), 'addsup-widget-types-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const r = spawnSync('npm', ['install', join(dist, packed[0]), '--offline', '--no-audit', '--no-fund'], { cwd: project, encoding: 'utf8' });
  assert.equal(r.status, 0, `npm install failed:\n${r.stdout}${r.stderr}`);
  // The editor the project already has (its peer dependencies), from this repository's install.
  for (const name of ['prosemirror-state', 'prosemirror-view', 'prosemirror-model']) {
    symlinkSync(resolve(ROOT, 'node_modules', name), join(project, 'node_modules', name), 'dir');
  }
});

after(() => project && rmSync(project, { recursive: true, force: true }));

test('the package declares types for addsup/widget and addsup/widget/prosemirror', () => {
  for (const f of ['widget/index.d.ts', 'widget/prosemirror.d.ts']) {
    assert.ok(existsSync(join(project, 'node_modules/addsup', f)), `${f} is in the package`);
  }
});

test('tsc --strict accepts an example that uses every export of the widget', () => {
  copyFileSync(resolve(ROOT, 'tests/widget/types-example.ts'), join(project, 'example.ts'));
  const r = tsc('example.ts', ['--skipLibCheck', 'false']);
  assert.equal(r.status, 0, `tsc:\n${r.stdout}${r.stderr}`);
});

test('the types refuse what the widget refuses', () => {
  const wrong = {
    severity: `import { attach } from 'addsup/widget';\nattach(document.body, { minSeverity: 'fatal' });\n`,
    rule: `import { addsupPlugin } from 'addsup/widget/prosemirror';\naddsupPlugin({ rules: { 'no-such-rule': false } });\n`,
    element: `import { attach } from 'addsup/widget';\nattach('#story');\n`,
  };
  for (const [what, source] of Object.entries(wrong)) {
    writeFileSync(join(project, `wrong-${what}.ts`), source);
    const r = tsc(`wrong-${what}.ts`);
    assert.notEqual(r.status, 0, `${what}: tsc accepted ${source}`);
    assert.match(r.stdout, /error TS\d+/, what);
  }
});
