// One editor on a page, with or without the widget, driven by the tests:
//   harness.html?editor=textarea|contenteditable|prosemirror|prosemirror-attach|ckeditor|lexical&widget=0|1
// Textarea and contenteditable use the widget's files as they are, with no
// options (it finds the Wasm beside itself); the editors come bundled with
// esbuild (scripts/widget/build.mjs), the widget inside their bundle told
// where the package is.
import { attach } from '../www/cms/addsup/widget/index.js';

const params = new URLSearchParams(location.search);
const kind = params.get('editor');
const withWidget = params.get('widget') !== '0';
const options = JSON.parse(params.get('options') || '{}');
// Long texts come from an init script (a URL has room for a short story only).
const paragraphs = window.__paragraphs || JSON.parse(params.get('text') || '[]');
const host = document.getElementById('host');
const panel = document.getElementById('panel');
const base = new URL('../www/cms/addsup/', location.href).href;

async function plain() {
  if (kind === 'textarea') {
    const ta = document.createElement('textarea');
    ta.value = paragraphs.join('\n\n');
    host.append(ta);
    return { root: ta, content: () => ta.value };
  }
  const ce = document.createElement('div');
  ce.contentEditable = 'true';
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    ce.append(p);
  }
  host.append(ce);
  return { root: ce, content: () => ce.innerHTML };
}

async function setUp() {
  const editor = ['textarea', 'contenteditable'].includes(kind)
    ? await plain()
    : await (await import(`./editors/${kind.startsWith('prosemirror') ? 'prosemirror' : kind}.js`)).create(host, { paragraphs, withWidget, options: { ...options, base, panel } });
  window.mutations = [];
  window.observer = new MutationObserver((records) => window.mutations.push(...records.map((r) => r.type)));
  window.observer.observe(editor.root, { childList: true, characterData: true, subtree: true, attributes: true });
  let checker = editor.checker || null;
  if (withWidget && !checker) checker = attach(editor.root, { ...options, ...(kind.startsWith('prosemirror') ? { base } : {}), panel });
  window.harness = { kind, editor, checker, root: editor.root };
  document.documentElement.dataset.ready = '1';
}

setUp().catch((err) => {
  document.documentElement.dataset.ready = 'error';
  console.error(err);
});
