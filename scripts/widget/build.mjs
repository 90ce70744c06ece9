// Builds the widget's demo and test pages from pkg/ (scripts/web-build.sh) and widget/:
//   dist/www/cms/                 the demo: index.html, demo.js (ProseMirror bundled), and
//   dist/www/cms/addsup/          the package as a CMS would serve it: addsup.js, addsup_bg.wasm, widget/
//   dist/widget-test/             the test harness and its editors (ProseMirror, CKEditor 5, Lexical), bundled
// Prints the widget's JavaScript size, raw and gzip -9.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ship } from './ship.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const at = (p) => resolve(ROOT, p);
if (!existsSync(at('pkg/addsup.js'))) {
  console.error('widget-build: pkg/addsup.js is missing: run scripts/web-build.sh first');
  process.exit(2);
}

const cms = at('dist/www/cms');
const pkg = join(cms, 'addsup');
rmSync(cms, { recursive: true, force: true });
mkdirSync(join(pkg, 'widget'), { recursive: true });
for (const f of ['addsup.js', 'addsup_bg.wasm', 'addsup.d.ts']) if (existsSync(at(`pkg/${f}`))) cpSync(at(`pkg/${f}`), join(pkg, f));
const shipped = await ship(join(pkg, 'widget'));
for (const f of ['index.html', 'demo.css']) cpSync(at(`www/cms/${f}`), join(cms, f));

const common = { bundle: true, format: 'esm', target: 'es2022', logLevel: 'warning', legalComments: 'none' };
await build({ ...common, entryPoints: [at('www/cms/demo.js')], outfile: join(cms, 'demo.js'), minify: true });

const test = at('dist/widget-test');
rmSync(test, { recursive: true, force: true });
mkdirSync(join(test, 'editors'), { recursive: true });
for (const f of ['harness.html', 'harness.js', 'harness.css']) cpSync(at(`tests/widget/harness/${f}`), join(test, f));
await build({
  ...common,
  entryPoints: ['prosemirror', 'ckeditor', 'lexical'].map((e) => at(`tests/widget/harness/editors/${e}.js`)),
  outdir: join(test, 'editors'),
  minify: true,
});
await build({ ...common, entryPoints: [at('node_modules/ckeditor5/dist/ckeditor5.css')], outfile: join(test, 'editors/ckeditor.css'), minify: true });

// The widget's own JavaScript: the source, as shipped (without comments), and as a bundler would minify it.
const source = readdirSync(at('widget')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(at(`widget/${f}`)));
const raw = source.reduce((n, b) => n + b.length, 0);
const gz = source.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
const min = await build({
  ...common, entryPoints: [at('widget/index.js'), at('widget/prosemirror.js'), at('widget/worker.js')], write: false,
  minify: true, outdir: '/min', external: ['prosemirror-*'],
});
const minGz = min.outputFiles.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
const sizes = { files: shipped.files, raw: shipped.raw, gzip: shipped.gzip, minifiedGzip: minGz, sourceRaw: raw, sourceGzip: gz };
writeFileSync(at('dist/widget-size.json'), JSON.stringify(sizes));
console.log(`widget-build: widget/*.js as shipped ${shipped.raw} bytes, ${shipped.gzip} bytes gzip -9 (each file); `
  + `with comments ${raw} bytes, ${gz} gzip; minified bundles ${minGz} bytes gzip -9`);
if (shipped.gzip > 25000) console.error('widget-build: WARNING: the widget\'s JavaScript is over its 25 KB gzip budget');
console.log('widget-build: dist/www/cms/ (the demo) and dist/widget-test/ (the test harness)');
