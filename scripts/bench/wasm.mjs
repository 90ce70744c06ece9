// The Wasm build (pkg/, as the page and the package load it) timed in node:
//   cold: compile + instantiate, then the first check of the wire story;
//   warm check() of the wire story; check() and figures() of 1 MB of news;
//   Checker.update after a one-character edit in a 50,000-word text;
//   with a build made with ADDSUP_WASM_FEATURES=measure-serde-wasm-bindgen,
//   the same report built by serde-wasm-bindgen instead of JSON text.
// Usage: node scripts/bench/wasm.mjs   (scripts/bench-wasm.sh runs it)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, wireStory, news, bigText, median } from './texts.mjs';

// Wall-clock median, then CPU time per call where measured.
const row = (label, ms, extra = '') => console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(10)} ms`
  + `${Number.isFinite(ms.cpu) ? ` (cpu ${ms.cpu.toFixed(3)} ms)` : ''} ${extra}`);
const mbps = (bytes, ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;

const bytes = readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm'));
const glue = await import(resolve(ROOT, 'pkg/addsup.js'));
const story = wireStory();

let t = performance.now();
const module = new WebAssembly.Module(bytes);
glue.initSync({ module });
const instantiated = performance.now() - t;
t = performance.now();
glue.check(story);
const first = performance.now() - t;
row('cold: compile + instantiate', instantiated);
row('cold: first check() of the wire story', first);
row('cold: both', instantiated + first);

row('warm check() of the wire story (2.7 KB), median of 201', median(() => glue.check(story), { runs: 201, warm: 20 }));
const mb = news(1 << 20);
const mbBytes = Buffer.byteLength(mb);
let ms = median(() => glue.check(mb), { runs: 7, warm: 1 });
row(`check() of 1 MiB of news (${mbBytes} bytes)`, ms, mbps(mbBytes, ms));
ms = median(() => glue.figures(mb), { runs: 7, warm: 1 });
row('figures() of the same', ms, mbps(mbBytes, ms));
if (glue.checkViaSerdeWasmBindgen) {
  ms = median(() => glue.checkViaSerdeWasmBindgen(mb), { runs: 7, warm: 1 });
  row('check() of the same, report by serde-wasm-bindgen', ms, mbps(mbBytes, ms));
  row('warm check() of the wire story, by serde-wasm-bindgen', median(() => glue.checkViaSerdeWasmBindgen(story), { runs: 201, warm: 20 }));
}

if (glue.Checker) {
  const big = bigText(50000);
  const checker = new glue.Checker();
  checker.update(big);
  const mid = Math.floor(big.length / 2);
  // Alternately insert and delete one character in the middle of the text.
  const texts = [big.slice(0, mid) + '7' + big.slice(mid), big];
  ms = median((i) => checker.update(texts[i % 2]), { runs: 41, warm: 4 });
  row(`Checker.update, one char edited mid-text (${big.split(/\s+/).length} words)`, ms);
  const atEnd = [big + '7', big];
  ms = median((i) => checker.update(atEnd[i % 2]), { runs: 41, warm: 4 });
  row('Checker.update, one char edited at the end', ms);
  ms = median(() => JSON.stringify(checker.update(big)), { runs: 11, warm: 2 });
  row('  the same text unchanged, update + JSON.stringify (the worker)', ms);
  ms = median(() => glue.check(big), { runs: 5, warm: 1 });
  row('check() of the whole 50,000-word text', ms);
  const r = glue.check(big);
  console.log(`# 50,000-word text: ${big.length} UTF-16 units, ${r.figures.length} figures, ${r.findings.length} findings`);
}
