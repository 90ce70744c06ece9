// Lexical (rich text, with history) for the tests.
import { createEditor, $getRoot, $createParagraphNode, $createTextNode, UNDO_COMMAND } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

export async function create(host, { paragraphs }) {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  host.append(root);
  const editor = createEditor({ namespace: 'story', nodes: [HeadingNode, QuoteNode], onError: (e) => console.error(e) });
  editor.setRootElement(root);
  registerRichText(editor);
  if (paragraphs.length) {
    editor.update(() => {
      const r = $getRoot();
      r.clear();
      for (const text of paragraphs) r.append($createParagraphNode().append($createTextNode(text)));
    }, { discrete: true });
  }
  const historyState = createEmptyHistoryState();
  registerHistory(editor, historyState, 1000);
  return {
    root,
    editor,
    content: () => JSON.stringify(editor.getEditorState().toJSON()),
    history: () => historyState.undoStack.length,
    undoAll() {
      while (historyState.undoStack.length) editor.dispatchCommand(UNDO_COMMAND, undefined);
    },
  };
}
