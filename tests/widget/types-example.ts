// Uses every export of the widget's types under `tsc --strict`
// (tests/widget/types.test.mjs compiles it inside a project that installed
// the tarball, with ProseMirror beside it). A member renamed or retyped in
// widget/index.d.ts or widget/prosemirror.d.ts breaks it.
import { attach, definePanel, fingerprint, AddsupChecker, AddsupPanel, AttachedChecker } from 'addsup/widget';
import type { Dismissal, FindingsDetail, WidgetFinding, WidgetOptions, WidgetReport } from 'addsup/widget';
import { addsupKey, addsupPlugin, checkerOf } from 'addsup/widget/prosemirror';
import type { RuleId, Severity } from 'addsup';
import { EditorState } from 'prosemirror-state';
import { EditorView, DecorationSet } from 'prosemirror-view';
import { Schema } from 'prosemirror-model';

function describe(f: WidgetFinding): string {
  const rule: RuleId = f.rule;
  const dismissed: boolean = f.dismissed;
  const key: string = f.fingerprint;
  const index: number = f.index;
  return [rule, f.status, f.message, f.start, f.end, dismissed, key, index, f.figures.map((x) => x.role).join()].join(' ');
}

const options: WidgetOptions = {
  documentId: 'story-1',
  rules: { restatement: false },
  minSeverity: 'error',
  debounce: 60,
  base: '/static/addsup/',
  store: { load: () => null, save: (json: string) => void json },
};
definePanel();
const panel: AddsupPanel = document.createElement('addsup-panel');
const checker: AttachedChecker = attach(document.createElement('textarea'), { ...options, panel });
panel.checker = checker;
checker.addEventListener('addsup:findings', (e) => {
  const detail: FindingsDetail = e.detail;
  console.log(detail.findings.map(describe), detail.unresolved.length, detail.dismissed.length, detail.figureCount,
    detail.figures.map((g) => g.kind), detail.text.length);
});
checker.addEventListener('addsup:error', (e) => console.error(e.detail.message));

async function prePublish(c: AttachedChecker): Promise<boolean> {
  const report: WidgetReport | null = await c.settled();
  const spans: Int32Array | undefined = report?.spans;
  const open: WidgetFinding[] = c.unresolved();
  if (open[0]) {
    c.reveal(open[0]);
    c.dismiss(open[0], 'checked with the source');
    c.restore(open[0]);
    c.dismiss(open[0].fingerprint);
    c.closeExplanation(true);
    console.log(fingerprint(open[0], c.text ?? ''));
  }
  const kept: Dismissal[] = JSON.parse(c.dismissals);
  const severity: Severity = 'warning';
  c.setOptions({ rules: { 'sum-of-parts': true }, minSeverity: severity });
  return open.length === 0 && kept.length >= 0 && spans !== undefined && c.element instanceof HTMLElement;
}

const plain = new AddsupChecker({ dismissals: [] });
plain.check('Of 10 drones, 4 were downed and 5 lost.');
void plain.settled().then((r) => r?.findings.length);

const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} } });
let fromPlugin: AttachedChecker | null = null;
const view = new EditorView(document.body, {
  state: EditorState.create({ schema, plugins: [addsupPlugin({ documentId: 'story-2', onChecker: (c) => (fromPlugin = c) })] }),
});
const drawn: DecorationSet | undefined = addsupKey.getState(view.state);
const same: AttachedChecker | undefined = checkerOf(view);
console.log(drawn?.find().length, same === fromPlugin, await prePublish(checker));
checker.detach();
