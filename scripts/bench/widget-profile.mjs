// Where the main thread's time goes per keystroke in the widget: a CPU
// profile (CDP Profiler) of typing into the 10,000-word story of
// scripts/bench/widget.mjs, summed by function (self time), so that a cost
// that grows with the document shows by name (the editors' bundles are
// minified: scripts/widget/build.mjs without `minify` gives the names).
// Run after scripts/web-build.sh and scripts/widget-build.sh:
//   node scripts/bench/widget-profile.mjs [editor=prosemirror-attach] [keystrokes=120]
import { storyPages, typeKey } from './widget-page.mjs';

const EDITOR = process.argv[2] || 'prosemirror-attach';
const KEYS = Number(process.argv[3] || 120);

const { open, close } = await storyPages();
const { cdp, page } = await open(true, EDITOR);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let k = 0; k < KEYS; k++) {
  await typeKey(page, k);
  await page.waitForTimeout(160);
}
const { profile } = await cdp.send('Profiler.stop');
await close();

// Self time per function: samples × the interval between them.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const f = n.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) || 0) + (deltas[i + 1] ?? 0) / 1000);
});
const skip = new Set(['(idle)']);
const rows = [...self].filter(([k]) => !skip.has(k.split(' ')[0])).sort((a, b) => b[1] - a[1]);
const busy = rows.reduce((s, [, ms]) => s + ms, 0);
console.log(`${EDITOR}: ${KEYS} keystrokes, ${(busy / KEYS).toFixed(2)} ms of sampled main-thread time per keystroke (idle left out; "(program)" is the browser's own work: style, layout, paint, highlights)`);
for (const [k, ms] of rows.slice(0, 25)) console.log(`${(ms / KEYS).toFixed(3).padStart(8)} ms/key  ${k}`);
