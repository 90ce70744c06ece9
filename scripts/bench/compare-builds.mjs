// Times several builds of the .wasm against each other in one node process,
// alternating them so that a shared machine's load falls on each alike:
// check() of 1 MiB of news (median of 5) and of the wire story (median of
// 201 after 100 warm-up calls), two rounds. Each build is loaded with
// pkg/addsup.js's glue, so the builds must export what it imports (builds
// of one source at different opt-levels do).
// Usage: node scripts/bench/compare-builds.mjs A.wasm B.wasm ...
//   e.g. copy pkg/addsup_bg.wasm aside after each scripts/web-build.sh.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, wireStory, news, median } from './texts.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/bench/compare-builds.mjs A.wasm [B.wasm ...]');
  process.exit(2);
}
const story = wireStory();
const mb = news(1 << 20);
const builds = [];
for (const file of files) {
  // One copy of the glue per build: the glue keeps its instance in module state.
  const glue = await import(`${resolve(ROOT, 'pkg/addsup.js')}?${encodeURIComponent(file)}`);
  glue.initSync({ module: new WebAssembly.Module(readFileSync(file)) });
  builds.push([file, glue]);
}
for (let round = 0; round < 2; round++) {
  for (const [file, glue] of builds) {
    const big = median(() => glue.check(mb), { runs: 5, warm: 1 });
    const small = median(() => glue.check(story), { runs: 201, warm: 100 });
    console.log(`${file.padEnd(44)} 1 MiB ${big.toFixed(1).padStart(8)} ms   wire story ${small.toFixed(3)} ms`);
  }
}
