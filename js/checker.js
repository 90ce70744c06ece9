
// ---- addsup: the incremental Checker (js/checker.js, appended to the
// wasm-bindgen glue by scripts/web-build.sh, so that one module serves the
// package, the page and its classic single-file worker).

/**
 * Checks successive versions of one text. Each `update` re-checks only the
 * segments of the text an edit touched (a text over 64 KiB is cut at chosen
 * blank lines, at other paragraph breaks where blank lines are far apart,
 * and at sentence ends in a paragraph of over 64 KiB; a shorter text is one
 * segment) and reuses the rest, shifted into place. The report always equals `check(text, options)`.
 *
 * Objects of the parts of the text before an edit are shared with the
 * previous report: treat reports as read-only.
 */
export class Checker {
  #segments;
  #options;
  /** The text of the last update, and its segments' lengths (`units`, `bytes`). */
  #text = '';
  #list = [];
  /** @type {Map<number, object>} what was made of each segment, by id */
  #made = new Map();

  constructor(options) {
    this.#segments = new SegmentChecker(options);
    this.#options = options;
  }

  /** Checks `text`, the whole current text, and returns its report. */
  update(text) {
    if (typeof text !== 'string') {
      throw new TypeError(`addsup: Checker.update(text): text must be a string, not ${text === null ? 'null' : typeof text}`);
    }
    const list = JSON.parse(this.#edit(this.#text, text));
    this.#text = text;
    this.#list = list;
    const made = new Map();
    const findings = [];
    const figures = [];
    const rejected = [];
    let at = 0;
    for (const { id, units, report } of list) {
      const segment = this.#made.get(id) ?? { relative: report ?? this.#fetch(id), at: 0, first: 0, findings: null, figures: null, rejected: null };
      if (segment.findings === null || segment.at !== at || segment.first !== figures.length) {
        placeSegment(segment, at, figures.length);
      }
      for (const f of segment.findings) findings.push(f);
      for (const f of segment.figures) figures.push(f);
      for (const r of segment.rejected) rejected.push(r);
      made.set(id, segment);
      at += units;
    }
    this.#made = made;
    // As `check` gives it: `rejected` only when explaining set some aside.
    return rejected.length > 0 ? { findings, figures, rejected } : { findings, figures };
  }

  // Passes only what changed from `old` to `text` into the Wasm memory:
  // the units both share at the start and end are found here, never
  // splitting a surrogate pair, and the core splices the rest into the text
  // it keeps, at offsets in its UTF-8.
  #edit(old, text) {
    const n = Math.min(old.length, text.length);
    // A chunk at a time first: equal strings compare as fast as memory.
    let start = 0;
    while (start + CHUNK <= n && old.slice(start, start + CHUNK) === text.slice(start, start + CHUNK)) start += CHUNK;
    while (start < n && old.charCodeAt(start) === text.charCodeAt(start)) start++;
    if (start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start--;
    let end = 0;
    const most = n - start;
    while (end + CHUNK <= most && old.slice(old.length - end - CHUNK, old.length - end) === text.slice(text.length - end - CHUNK, text.length - end)) end += CHUNK;
    while (end < most && old.charCodeAt(old.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
    if (end > 0 && isLowSurrogate(text.charCodeAt(text.length - end))) end--;
    const at = this.#byteOf(old, start);
    const removed = this.#byteOf(old, old.length - end) - at;
    return this.#segments.edit(at, removed, text.slice(start, text.length - end));
  }

  // The byte of the core's UTF-8 (a lone surrogate read as U+FFFD) at unit
  // `unit` of `old`, never inside a surrogate pair: counted from the start
  // of the segment that holds it.
  #byteOf(old, unit) {
    let units = 0;
    let bytes = 0;
    for (const s of this.#list) {
      if (unit <= units + s.units) break;
      units += s.units;
      bytes += s.bytes;
    }
    for (let i = units; i < unit; i++) {
      const c = old.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (isHighSurrogate(c) && isLowSurrogate(old.charCodeAt(i + 1))) {
        bytes += 4;
        i++;
      } else bytes += 3;
    }
    return bytes;
  }

  /** The options this checker was made with. */
  get options() {
    return this.#options;
  }

  /** Frees the Wasm memory this checker holds; it cannot be used after. */
  free() {
    this.#segments.free();
    this.#made.clear();
    this.#text = '';
    this.#list = [];
  }

  // A segment reused by the core but not made here (after an update that
  // threw half-way): its report, fetched again.
  #fetch(id) {
    const json = this.#segments.segment(id);
    if (json === undefined) throw new Error(`addsup: Checker lost segment ${id}`);
    return JSON.parse(json);
  }
}

/** Units compared at once while looking for where two texts differ. */
const CHUNK = 1024;
const isHighSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit) => unit >= 0xdc00 && unit <= 0xdfff;

/** The segment's report with offsets from `at` and figure indices from `first`. */
function placeSegment(segment, at, first) {
  const { relative } = segment;
  segment.at = at;
  segment.first = first;
  if (at === 0 && first === 0) {
    segment.findings = relative.findings;
    segment.figures = relative.figures;
    segment.rejected = relative.rejected ?? [];
    return;
  }
  segment.figures = relative.figures.map((f) => {
    const g = { ...f, start: f.start + at, end: f.end + at };
    if (f.hedge !== undefined) g.hedge = { start: f.hedge.start + at, end: f.hedge.end + at };
    return g;
  });
  segment.findings = relative.findings.map((f) => ({
    ...f,
    figures: f.figures.map((x) => ({
      ...x, start: x.start + at, end: x.end + at, figure: x.figure === null ? null : x.figure + first,
    })),
    start: f.start + at,
    end: f.end + at,
  }));
  segment.rejected = (relative.rejected ?? []).map((r) => ({
    ...r,
    figures: r.figures.map((i) => i + first),
  }));
}
