// The Wasm memory each build holds after a sequence of checks, to compare
// allocators and builds: the linear memory only grows, so its size after
// each step is the peak reached so far. Steps: instantiate, the wire story,
// 1 MiB of news, a Checker over the 50,000-word text with 200 one-character
// edits, 10 MiB of news, then 1 MiB again (does freed memory get reused?).
// Usage: node scripts/bench/memory-builds.mjs A.wasm B.wasm ...
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, wireStory, news, bigText } from './texts.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/bench/memory-builds.mjs A.wasm [B.wasm ...]');
  process.exit(2);
}
const mib = (bytes) => (bytes / (1 << 20)).toFixed(1);
const big = bigText(50000);
const mid = Math.floor(big.length / 2);
for (const file of files) {
  const glue = await import(`${resolve(ROOT, 'pkg/addsup.js')}?${encodeURIComponent(file)}`);
  const exports = glue.initSync({ module: new WebAssembly.Module(readFileSync(file)) });
  const size = () => mib(exports.memory.buffer.byteLength);
  const row = [`start ${size()}`];
  glue.check(wireStory());
  row.push(`story ${size()}`);
  glue.check(news(1 << 20));
  row.push(`1 MiB ${size()}`);
  const checker = new glue.Checker();
  checker.update(big);
  for (let i = 0; i < 200; i++) checker.update(big.slice(0, mid) + String(i % 10) + big.slice(mid));
  row.push(`Checker, 200 edits ${size()}`);
  checker.free();
  glue.check(news(10 << 20));
  row.push(`10 MiB ${size()}`);
  glue.check(news(1 << 20));
  row.push(`1 MiB again ${size()}`);
  console.log(`${file.padEnd(24)} memory in MiB: ${row.join(', ')}`);
}
