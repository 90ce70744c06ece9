// Where the cold start of the Wasm build goes, in node: each sample is a
// fresh node process (no compiled code carried over) that times
//   compile      new WebAssembly.Module(bytes)
//   instantiate  the glue's initSync({ module }) (WebAssembly.Instance)
//   first        the first check() of the wire story
//   second       the second check() of the same text (the code V8 compiled
//                lazily for the first is there now; the word-list indexes too)
// then, in a process of its own, the first check() of a one-word text
// ("drones"), which builds no index of the checks, against the first
// check() of the story after it.
// Flags pick V8's compilers, to see what lazy compilation and the baseline
// compiler cost: `--no-wasm-lazy-compilation` compiles every function before
// instantiating; `--no-liftoff` compiles with the optimising compiler only.
// Usage: node scripts/bench/cold.mjs [samples=11] [pkg dir=pkg]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, wireStory } from './texts.mjs';

const [samples = '11', dir = 'pkg'] = process.argv.slice(2);

if (process.env.ADDSUP_COLD_CHILD) {
  const bytes = readFileSync(resolve(ROOT, dir, 'addsup_bg.wasm'));
  const glue = await import(resolve(ROOT, dir, 'addsup.js'));
  const story = wireStory();
  const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
  let module;
  const out = { compile: time(() => { module = new WebAssembly.Module(bytes); }) };
  out.instantiate = time(() => glue.initSync({ module }));
  if (process.env.ADDSUP_COLD_CHILD === 'word') out.word = time(() => glue.check('drones'));
  if (process.env.ADDSUP_COLD_CHILD === 'indexes') {
    // Only in a build for measuring, with these exports added to src/wasm.rs.
    out.mentionsLexicon = time(() => glue.measure_mentions_lexicon());
    out.figureIndexes = time(() => glue.measure_figure_indexes());
    out.cueWords = time(() => glue.measure_cue_words());
  }
  out.first = time(() => glue.check(story));
  out.second = time(() => glue.check(story));
  console.log(JSON.stringify(out));
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = (flags, mode) => execFileSync(process.execPath, [...flags, import.meta.filename, samples, dir],
  { env: { ...process.env, ADDSUP_COLD_CHILD: mode }, encoding: 'utf8' });
for (const flags of [[], ['--no-wasm-lazy-compilation'], ['--no-liftoff']]) {
  const modes = ['story', 'word'];
  if ((await import(resolve(ROOT, dir, 'addsup.js'))).measure_mentions_lexicon) modes.push('indexes');
  for (const mode of modes) {
    const rows = Array.from({ length: Number(samples) }, () => JSON.parse(run(flags, mode)));
    const keys = Object.keys(rows[0]);
    const cells = keys.map((k) => `${k} ${median(rows.map((r) => r[k])).toFixed(2)}`);
    console.log(`node ${flags.join(' ') || '(default flags)'}, ${mode}, median of ${samples} processes, ms: ${cells.join(', ')}`);
  }
}
