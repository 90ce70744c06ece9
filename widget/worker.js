// Checks the writer's text off the main thread, so typing never waits.
// Messages in: {type:'init', glueUrl, wasm (URL or WebAssembly.Module), options},
// {type:'options', options}, {type:'check', id, text}.
// Out: {type:'ready', version, incremental}, {type:'report', id, report (JSON text), ms},
// {type:'error', id, message, trapped}.
import { createEngine } from './engine.js';

let glue = null;
let engine = null;
let options = {};
const queue = [];

function makeEngine() {
  engine?.free();
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
    const report = engine.update(msg.text);
    // The spans of the figures, which every report repaints, as numbers the
    // page takes without parsing; the rest as JSON text, which crosses faster
    // than a structured clone of thousands of objects. The figures' details
    // are parsed on the page only when a figure is explained.
    const spans = new Int32Array(report.figures.length * 2);
    report.figures.forEach((f, g) => {
      spans[2 * g] = f.start;
      spans[2 * g + 1] = f.end;
    });
    // Each finding as one line of JSON without its offsets, which the page
    // takes from the spans: typing moves findings without changing their
    // text, so the page parses only the findings that changed.
    const findings = report.findings.map(({ start: _s, end: _e, ...f }) =>
      JSON.stringify({ ...f, figures: f.figures.map((ff) => (ff.figure == null ? ff : { ...ff, start: undefined, end: undefined })) }));
    self.postMessage({
      type: 'report', id: msg.id, spans, findings: findings.join('\n'), figures: JSON.stringify(report.figures),
      ms: performance.now() - start,
    }, [spans.buffer]);
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
