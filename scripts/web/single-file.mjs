// Makes the single-file page: node scripts/web/single-file.mjs SITE_DIR OUT.html
//
// SITE_DIR is the built page (index.html, style.css, app.js, worker.js and
// pkg/). The output inlines the stylesheet and the app, and replaces
// load.js with a loader that holds the Wasm (base64), the wasm-bindgen glue
// and the worker as strings and makes blob: URLs of them at run time. It
// works opened straight from disk (file://), with no server.
//
// Chromium refuses module workers, and imports inside workers, from blob:
// URLs of a file:// page (measured: "error" on `new Worker(blob, {type:
// 'module'})`), while classic blob workers run. So the worker here is a
// classic script: the glue with its `export`s taken off, then worker.js
// without its import line. Its CSP allows
// exactly the inlined script and style (by hash), blob: modules and workers,
// and Wasm compilation; nothing may be fetched.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { argv, exit } from 'node:process';

const [site, out] = argv.slice(2);
if (!site || !out) {
  console.error('usage: node scripts/web/single-file.mjs SITE_DIR OUT.html');
  exit(2);
}
const read = (name) => readFileSync(join(site, name), 'utf8');

/** Replaces exactly one occurrence of `what`, or fails the build. */
function replaceOnce(text, what, by, where) {
  const at = text.indexOf(what);
  if (at < 0 || text.indexOf(what, at + 1) >= 0) {
    console.error(`single-file: expected exactly one ${JSON.stringify(what)} in ${where}`);
    exit(1);
  }
  return text.slice(0, at) + by + text.slice(at + what.length);
}

// A string literal that is safe inside <script>: no "</script" can appear.
const literal = (s) => JSON.stringify(s).replace(/</g, '\\u003c');

const glueSource = read('pkg/addsup.js');
// The glue as a classic script: the same functions, nothing exported.
const classicGlue = glueSource
  .replace(/^export (function|class|const|let|async function) /gm, '$1 ')
  .replace(/^export \{[^}]*\};?$/gm, '')
  .replaceAll('import.meta.url', 'self.location.href');
if (/^\s*(export|import)\b/m.test(classicGlue)) {
  console.error('single-file: the wasm-bindgen glue has an import or export this script cannot take off');
  exit(1);
}
// The worker's one import of the glue, which the classic worker has inline.
const workerImport = read('worker.js').match(/^import \{[^}]*\} from '.\/pkg\/addsup.js';$/m);
if (!workerImport) {
  console.error('single-file: worker.js has no import from ./pkg/addsup.js');
  exit(1);
}
const workerBody = replaceOnce(read('worker.js'), workerImport[0], '', 'worker.js');
const worker = `${classicGlue}\n${workerBody}`;

const loader = `
// Inlined by scripts/web/single-file.mjs in place of load.js.
const WASM_BASE64 = ${literal(readFileSync(join(site, 'pkg/addsup_bg.wasm')).toString('base64'))};
const GLUE_SOURCE = ${literal(glueSource)};
const WORKER_SOURCE = ${literal(worker)};
const blobUrl = (source) => URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
async function load() {
  const bytes = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
  const module = await WebAssembly.compile(bytes);
  const glueUrl = blobUrl(GLUE_SOURCE);
  const glue = await import(glueUrl);
  glue.initSync({ module });
  const workerUrl = blobUrl(WORKER_SOURCE);
  const makeWorker = () => new Worker(workerUrl);
  return { glue, module, makeWorker };
}
`;

const app = replaceOnce(read('app.js'), "import { load } from './load.js';", loader, 'app.js');
const css = read('style.css');
if (/<\/script/i.test(app) || /<\/style/i.test(css)) {
  console.error('single-file: the inlined code contains a closing tag');
  exit(1);
}
const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const csp = `default-src 'none'; script-src ${hash(app)} blob: 'wasm-unsafe-eval'; worker-src blob:; `
  + `connect-src 'none'; style-src ${hash(css)}; img-src data:; base-uri 'none'; form-action 'none'`;

let html = read('index.html');
html = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
  () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!html.includes(csp)) {
  console.error('single-file: no CSP meta tag in index.html');
  exit(1);
}
html = replaceOnce(html, '<link rel="stylesheet" href="style.css">', `<style>${css}</style>`, 'index.html');
html = replaceOnce(html, '<script type="module" src="app.js"></script>', `<script type="module">${app}</script>`, 'index.html');
writeFileSync(out, html);
