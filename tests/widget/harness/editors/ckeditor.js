// CKEditor 5 (classic build from the ckeditor5 package) for the tests.
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';

export async function create(host, { paragraphs }) {
  const el = document.createElement('div');
  host.append(el);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const editor = await ClassicEditor.create(el, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph],
    toolbar: ['undo', 'redo'],
    initialData: paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''),
  });
  const undo = editor.commands.get('undo');
  return {
    root: editor.editing.view.getDomRoot(),
    editor,
    content: () => editor.getData(),
    history: () => undo._stack.length,
    undoAll() {
      while (undo.isEnabled) editor.execute('undo');
    },
  };
}
