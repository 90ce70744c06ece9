// The demo CMS: one story in three editors, each with the widget and a panel.
// Built by scripts/widget-build.sh into dist/www/cms/ (ProseMirror bundled
// with esbuild; the package beside it in addsup/).
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { Schema } from 'prosemirror-model';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { attach } from '../../widget/index.js';
import { addsupPlugin } from '../../widget/prosemirror.js';
import { HEADLINE, PARAGRAPHS } from './story.js';

// The package sits beside the demo, as it would in a CMS's static files.
const base = new URL('addsup/', document.baseURI);

const schema = new Schema({
  nodes: {
    doc: { content: 'heading paragraph+' },
    heading: { content: 'text*', toDOM: () => ['h1', 0], parseDOM: [{ tag: 'h1' }] },
    paragraph: { content: 'inline*', group: 'block', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    hard_break: { inline: true, group: 'inline', selectable: false, toDOM: () => ['br'], parseDOM: [{ tag: 'br' }] },
    text: { group: 'inline' },
  },
});
const storyDoc = schema.node('doc', null, [
  schema.node('heading', null, schema.text(HEADLINE)),
  ...PARAGRAPHS.map((p) => schema.node('paragraph', null, schema.text(p))),
]);

const pmPanel = document.getElementById('pm-panel');
let pmChecker;
const view = new EditorView(document.getElementById('pm-editor'), {
  state: EditorState.create({
    doc: storyDoc,
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
      keymap(baseKeymap),
      addsupPlugin({ base, documentId: 'demo-story', panel: pmPanel, onChecker: (c) => (pmChecker = c) }),
    ],
  }),
  attributes: { 'aria-label': 'Story', role: 'textbox', 'aria-multiline': 'true' },
});
document.getElementById('pm-undo').addEventListener('click', () => undo(view.state, view.dispatch));
document.getElementById('pm-redo').addEventListener('click', () => redo(view.state, view.dispatch));

// Pre-publish: wait for the latest check, then ask about what does not add up.
document.getElementById('publish').addEventListener('click', async () => {
  await pmChecker.settled();
  const open = pmChecker.unresolved();
  const note = document.getElementById('publish-note');
  note.textContent = open.length
    ? `${open.length} ${open.length === 1 ? 'problem' : 'problems'} with the figures: publish anyway?`
    : 'Every checked figure adds up.';
});

// The same copy in a plain contenteditable (its DOM built as text nodes) and a textarea.
const ce = document.getElementById('ce-editor');
for (const text of [HEADLINE, ...PARAGRAPHS]) {
  const p = document.createElement('p');
  p.textContent = text;
  ce.append(p);
}
attach(ce, { base, documentId: 'demo-contenteditable', panel: document.getElementById('ce-panel') });

const ta = document.getElementById('ta-editor');
ta.value = [HEADLINE, ...PARAGRAPHS].join('\n\n');
attach(ta, { base, documentId: 'demo-textarea', panel: document.getElementById('ta-panel') });

window.addsupDemo = { view, get checker() { return pmChecker; } };
