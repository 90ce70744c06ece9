// Checks text off the main thread, so typing never waits for a check.
// Receives the compiled module once, then {id, text, options} messages.
import { initSync, check } from './pkg/addsup.js';

let ready = false;
self.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    initSync({ module: msg.module });
    ready = true;
    return;
  }
  if (msg.type !== 'check') return;
  if (!ready) {
    self.postMessage({ type: 'error', id: msg.id, message: 'the checker is not loaded yet' });
    return;
  }
  const start = performance.now();
  try {
    // As JSON: a string crosses to the page far faster than a structured
    // clone of thousands of figure objects, and JSON.parse is quick.
    const report = JSON.stringify(check(msg.text, msg.options));
    self.postMessage({ type: 'report', id: msg.id, report, ms: performance.now() - start });
  } catch (err) {
    // A trap (WebAssembly.RuntimeError) leaves the instance unusable: the page
    // then starts a fresh worker.
    const trapped = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ type: 'error', id: msg.id, trapped, message: String((err && err.message) || err) });
  }
};
