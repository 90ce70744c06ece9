// The texts the benchmarks and the browser tests read (the page's 50,000-word
// text, the widget's long story), made the way benches/check.rs makes its
// own, so figures compare across them.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const SEED = resolve(ROOT, '../shared/corpus/seed/article.txt');

/** The seed wire story (2.7 KB), read from ../shared. */
export function wireStory() {
  if (!existsSync(SEED)) throw new Error(`the benchmarks read ${SEED}, which is missing`);
  return readFileSync(SEED, 'utf8');
}

/** The wire story repeated, blank lines between, to at least `bytes` bytes (benches/check.rs's seed text). */
export function news(bytes) {
  const story = wireStory();
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${story}\n\n`;
  return text;
}

/** The page's sample text (www/app.js's SAMPLE). */
export function sample() {
  const app = readFileSync(resolve(ROOT, 'www/app.js'), 'utf8');
  return app.slice(app.indexOf('const SAMPLE = `') + 16, app.indexOf('`;'));
}

/** `words` words of the sample's paragraphs (tests/web/page.test.mjs types into it). */
export function bigText(words) {
  const paras = sample().split('\n\n');
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

/**
 * A story of at least `words` words in varied paragraphs written for the
 * widget's benchmark and tests, each with figures (a third with a total
 * that does not add up): `{ paragraphs, words }`.
 */
export function story(words) {
  const towns = ['Kharkiv', 'Odesa', 'Sumy', 'Poltava', 'Dnipro', 'Lviv', 'Kherson', 'Mykolaiv'];
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const t = towns[i % towns.length];
    const a = 10 + (i % 37);
    const b = 3 + (i % 11);
    const p = i % 3 === 0
      ? `In ${t}, officials said ${a + b} people were hurt overnight: ${a} in the centre and ${b} in the suburbs. Crews worked through the night to clear the streets, and the mayor said schools would stay shut on Monday.`
      : i % 3 === 1
        ? `The regional council in ${t} said it had set aside $${a}m for repairs, about ${b}% of its budget for the year, and that ${a * 10} homes still had no heating after the strike on the power station.`
        : `Russia launched ${a + b + 2} drones at ${t} region, of which ${a} were shot down and ${b} were lost in flight. Residents described hearing explosions for about ${b} hours before dawn.`;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return { paragraphs: out, words: count };
}

/**
 * The median of `runs` timings of `fn`, in ms, after `warm` untimed calls;
 * in node also `cpu`, the process's CPU time per call (ms), which other
 * programs on a busy machine inflate far less than the wall clock.
 */
export function median(fn, { runs = 21, warm = 3 } = {}) {
  for (let i = 0; i < warm; i++) fn(i);
  const times = [];
  const cpu0 = globalThis.process?.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(warm + i);
    times.push(performance.now() - t);
  }
  const used = cpu0 && process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const wall = times[Math.floor(times.length / 2)];
  return Object.assign(new Number(wall), { cpu: used ? (used.user + used.system) / 1000 / runs : NaN });
}
