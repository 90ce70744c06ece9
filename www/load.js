// Loads the checker for the served page: the wasm-bindgen package in pkg/,
// compiled once here and handed to the worker, so it is fetched only once.
// The single-file build (scripts/web/single-file.mjs) replaces this module
// with one that reads the same files from strings inlined in the page.
import * as glue from './pkg/addsup.js';

export async function load() {
  const url = new URL('./pkg/addsup_bg.wasm', import.meta.url);
  let module;
  try {
    module = await WebAssembly.compileStreaming(fetch(url));
  } catch {
    // A server that sends .wasm without application/wasm.
    module = await WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
  glue.initSync({ module });
  const makeWorker = () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  return { glue, module, makeWorker };
}
