// ProseMirror for the tests: prosemirror-state/view/model with history,
// and the widget as a plugin (or, as "prosemirror-attach", attach() on its root).
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { Schema } from 'prosemirror-model';
import { history, undoDepth, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { addsupPlugin } from '../../../../widget/prosemirror.js';
import { attach } from '../../../../widget/index.js';

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'inline*', group: 'block', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    hard_break: { inline: true, group: 'inline', selectable: false, toDOM: () => ['br'], parseDOM: [{ tag: 'br' }] },
    text: { group: 'inline' },
  },
});

export async function create(host, { paragraphs, withWidget, options, asAttach = location.search.includes('prosemirror-attach') }) {
  let checker = null;
  const doc = paragraphs.length
    ? schema.node('doc', null, paragraphs.map((p) => schema.node('paragraph', null, p ? schema.text(p) : null)))
    : undefined;
  const plugins = [history({ newGroupDelay: 1000 }), keymap({ 'Mod-z': undo }), keymap(baseKeymap)];
  if (withWidget && !asAttach) plugins.push(addsupPlugin({ ...options, onChecker: (c) => (checker = c) }));
  const view = new EditorView(host, { state: EditorState.create({ schema, doc, plugins }) });
  if (withWidget && asAttach) checker = attach(view.dom, options);
  return {
    root: view.dom,
    view,
    checker,
    content: () => JSON.stringify(view.state.doc.toJSON()),
    history: () => undoDepth(view.state),
    undoAll() {
      while (undo(view.state, view.dispatch));
    },
  };
}
