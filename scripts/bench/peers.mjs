// Times addsup beside a peer on the same text, on this machine, in one run:
//   - addsup's Wasm build (pkg/, as the page loads it): figures() and check();
//   - Recognizers-Text's JS port (npm @microsoft/recognizers-text-number),
//     which only recognises numbers.
// Usage: node scripts/bench/peers.mjs TEXT_FILE PEER_NODE_MODULES
// scripts/bench-peers.sh installs the peer in a temporary folder and runs this.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';

const [file, peerModules] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const mb = Buffer.byteLength(text) / 1e6;

function time(label, fn, runs = 3) {
  fn(); // warm
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms  ${(mb / (ms / 1000)).toFixed(2).padStart(8)} MB/s`);
}

const root = resolve(import.meta.dirname, '../..');
const wasm = await import(resolve(root, 'pkg/addsup.js'));
wasm.initSync({ module: readFileSync(resolve(root, 'pkg/addsup_bg.wasm')) });
console.log(`${file}: ${mb.toFixed(3)} MB`);
time('addsup Wasm figures()', () => wasm.figures(text));
time('addsup Wasm check()', () => wasm.check(text));

const require = createRequire(resolve(peerModules, 'x.js'));
const rt = require('@microsoft/recognizers-text-number');
time('Recognizers-Text JS 1.3.1 recognizeNumber()', () => rt.recognizeNumber(text, rt.Culture.English), 1);
