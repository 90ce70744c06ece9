// Checks the writer's text off the main thread, so typing never waits.
// Messages in: {type:'init', glueUrl, wasm (URL or WebAssembly.Module), options},
// {type:'options', options}, {type:'check', id, edit (a patch of the text last sent)}.
// Out: {type:'ready', version, incremental}, {type:'report', id, report (JSON text), ms},
// {type:'error', id, message, trapped}.
import { createEngine } from './engine.js';
import { patch, patched } from './text.js';

let glue = null;
// The lines of the last report sent: each report sends the page only the
// run of lines that changed (typing changes one paragraph's worth).
let sentFindings = [];
let sentFigures = [];

// The text as the page last sent it: each check brings only its change.
let text = '';
let engine = null;
let options = {};
const queue = [];

function makeEngine() {
  engine?.free();
  sentFindings = [];
  sentFigures = [];
  engine = createEngine(glue, options);
}

function run(msg) {
  if (msg.type === 'options') {
    options = msg.options || {};
    makeEngine();
    return;
  }
  if (msg.type !== 'check') return;
  const start = performance.now();
  try {
    text = patched(text, msg.edit);
    const report = engine.update(text);
    // The spans of the figures, which every report repaints, as numbers the
    // page takes without parsing; the rest as lines of JSON without offsets
    // (the page takes them from the spans), so that text moved by typing
    // reads the same, and only lines that changed cross.
    const spans = new Int32Array(report.figures.length * 2);
    report.figures.forEach((f, g) => {
      spans[2 * g] = f.start;
      spans[2 * g + 1] = f.end;
    });
    const findings = report.findings.map(({ start: _s, end: _e, ...f }) =>
      JSON.stringify({ ...f, figures: f.figures.map((ff) => (ff.figure == null ? ff : { ...ff, start: undefined, end: undefined })) }));
    // A hedge's place is kept relative to its figure.
    const figures = report.figures.map(({ start: at, end: _e, hedge, ...f }) =>
      JSON.stringify(hedge ? { ...f, hedge: { start: hedge.start - at, end: hedge.end - at } } : f));
    self.postMessage({
      type: 'report', id: msg.id, spans, findings: patch(sentFindings, findings), figures: patch(sentFigures, figures),
      ms: performance.now() - start,
    }, [spans.buffer]);
    sentFindings = findings;
    sentFigures = figures;
  } catch (err) {
    // A trap leaves the instance unusable: the page starts a fresh worker.
    const trapped = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ type: 'error', id: msg.id, trapped, message: String((err && err.message) || err) });
  }
}

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type !== 'init') {
    if (engine) run(msg);
    else queue.push(msg);
    return;
  }
  try {
    glue = await import(msg.glueUrl);
    await glue.default({ module_or_path: msg.wasm });
    options = msg.options || {};
    makeEngine();
    self.postMessage({ type: 'ready', version: glue.version(), incremental: engine.incremental });
    for (const queued of queue.splice(0)) run(queued);
  } catch (err) {
    self.postMessage({ type: 'error', id: 0, fatal: true, message: `the checker could not load: ${(err && err.message) || err}` });
  }
};
