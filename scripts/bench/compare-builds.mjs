// Times several builds of the .wasm against each other in one node process,
// alternating them so that a shared machine's load falls on each alike:
// check() of 1 MiB of news (median of 5), of the wire story (median of 201
// after 100 warm-up calls) and Checker.update after a one-character edit in
// the middle of the 50,000-word text (median of 41), in ROUNDS rounds
// (default 3), then each build's median over the rounds. CPU time per call
// (the process's, which other programs inflate less than the wall clock) is
// printed beside each wall-clock figure.
// Each argument is a .wasm, loaded with pkg/addsup.js's glue (builds of one
// source export the same), or a directory holding a build's own addsup.js
// and addsup_bg.wasm (a copy of pkg/ after scripts/web-build.sh).
// Usage: ROUNDS=5 node scripts/bench/compare-builds.mjs A.wasm pkg-b/ ...
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, wireStory, news, bigText, median } from './texts.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/bench/compare-builds.mjs A.wasm|pkg-dir/ [B.wasm|pkg-dir/ ...]');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS || 3);
const story = wireStory();
const mb = news(1 << 20);
const big = bigText(50000);
const mid = Math.floor(big.length / 2);
const edited = [big.slice(0, mid) + '7' + big.slice(mid), big];
const builds = [];
for (const file of files) {
  const dir = statSync(file).isDirectory();
  const glueFile = dir ? resolve(file, 'addsup.js') : resolve(ROOT, 'pkg/addsup.js');
  const wasmFile = dir ? resolve(file, 'addsup_bg.wasm') : resolve(file);
  // One copy of the glue per build: the glue keeps its instance in module state.
  const glue = await import(`${glueFile}?${encodeURIComponent(file)}`);
  glue.initSync({ module: new WebAssembly.Module(readFileSync(wasmFile)) });
  const checker = glue.Checker ? new glue.Checker() : null;
  checker?.update(big);
  builds.push({ file, glue, checker, rows: [] });
}
const fmt = (ms, digits) => `${ms.toFixed(digits)} (cpu ${ms.cpu.toFixed(digits)})`;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average ${load()}`);
for (let round = 0; round < rounds; round++) {
  for (const b of builds) {
    const row = {
      mb: median(() => b.glue.check(mb), { runs: 5, warm: 1 }),
      story: median(() => b.glue.check(story), { runs: 201, warm: 100 }),
      update: b.checker ? median((i) => b.checker.update(edited[i % 2]), { runs: 41, warm: 4 }) : NaN,
    };
    b.rows.push(row);
    console.log(`${b.file.padEnd(36)} 1 MiB ${fmt(row.mb, 1)} ms   wire story ${fmt(row.story, 3)} ms   update ${b.checker ? fmt(row.update, 2) : '-'} ms`);
  }
}
console.log(`load average ${load()}`);
const mid2 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const b of builds) {
  const m = (k) => mid2(b.rows.map((r) => +r[k]));
  const c = (k) => mid2(b.rows.map((r) => r[k].cpu ?? NaN));
  console.log(`median of ${rounds} rounds: ${b.file.padEnd(28)} 1 MiB ${m('mb').toFixed(1)} ms (cpu ${c('mb').toFixed(1)}, ${(Buffer.byteLength(mb) / 1e3 / m('mb')).toFixed(1)} MB/s)   wire story ${m('story').toFixed(3)} ms (cpu ${c('story').toFixed(3)})   update ${b.checker ? `${m('update').toFixed(2)} ms (cpu ${c('update').toFixed(2)})` : '-'}`);
}
