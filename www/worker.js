// Checks text off the main thread, so typing never waits for a check.
// Receives the compiled module once, then {id, text, options} messages.
// A Checker keeps each segment's report between messages, so a keystroke in
// a long text re-checks only the paragraphs around it.
import { initSync, Checker } from './pkg/addsup.js';

let ready = false;
let checker = null;
let checkerOptions = null;
let last = null; // {id, report}: the last report, with its reasons

function checkerFor(options) {
  const key = JSON.stringify(options ?? null);
  if (checker === null || key !== checkerOptions) {
    if (checker !== null) checker.free();
    checker = null;
    checker = new Checker(options);
    checkerOptions = key;
  }
  return checker;
}

// Copy that takes the engine through each kind of check once. V8 compiles a
// Wasm function the first time it runs, and that, not the check itself, is
// most of a first check's time (BENCHMARKS.md, "Cold start"): checking this
// while the page loads moves that cost off the writer's first check.
const WARM_UP_TEXT =
  'Of the 12 drones launched, 5 were downed and 7 were lost, or 58%. ' +
  'The toll rose 20% to 12 from 10 in three towns: Ashford, Brookfield and Carver, about 5 miles (8 km) apart.';

function warmUp() {
  const warm = new Checker();
  try {
    warm.update(WARM_UP_TEXT);
  } finally {
    warm.free();
  }
}

self.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    initSync({ module: msg.module });
    warmUp();
    ready = true;
    return;
  }
  if (msg.type === 'why') {
    // The reasons of the last report, when it is the one asked about.
    if (last !== null && last.id === msg.id) {
      const explanations = last.report.findings.map((f) => f.explanation ?? []);
      self.postMessage({ type: 'why', id: msg.id, why: JSON.stringify({ explanations, rejected: last.report.rejected ?? [] }) });
    }
    return;
  }
  if (msg.type !== 'check') return;
  if (!ready) {
    self.postMessage({ type: 'error', id: msg.id, message: 'the checker is not loaded yet' });
    return;
  }
  const start = performance.now();
  try {
    const report = checkerFor(msg.options).update(msg.text);
    const ms = performance.now() - start;
    last = { id: msg.id, report };
    // As JSON: a string crosses to the page far faster than a structured
    // clone of thousands of figure objects, and JSON.parse is quick. The
    // reasons stay here until the page asks (type 'why'): the page parses
    // a report on every pause in typing, and they would add to it.
    const findings = report.findings.map(({ explanation, ...f }) => f);
    const json = JSON.stringify({ findings, figures: report.figures });
    self.postMessage({ type: 'report', id: msg.id, report: json, ms, sendMs: performance.now() - start - ms });
  } catch (err) {
    // A trap (WebAssembly.RuntimeError) leaves the instance unusable: the page
    // then starts a fresh worker.
    const trapped = err instanceof WebAssembly.RuntimeError;
    if (!trapped) checker = null;
    self.postMessage({ type: 'error', id: msg.id, trapped, message: String((err && err.message) || err) });
  }
};
