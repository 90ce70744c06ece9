// The package in node: the same module, its Wasm read from the package
// folder and instantiated on import, so `check` is ready at once (no fetch,
// no network). `init()` resolves at once, for code shared with the browser.
import { readFileSync } from 'node:fs';
import { initSync } from './addsup.js';

initSync({ module: readFileSync(new URL('./addsup_bg.wasm', import.meta.url)) });

export * from './addsup.js';
export default async function init() {}
