
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
    const list = JSON.parse(this.#segments.update(text));
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

  /** The options this checker was made with. */
  get options() {
    return this.#options;
  }

  /** Frees the Wasm memory this checker holds; it cannot be used after. */
  free() {
    this.#segments.free();
    this.#made.clear();
  }

  // A segment reused by the core but not made here (after an update that
  // threw half-way): its report, fetched again.
  #fetch(id) {
    const json = this.#segments.segment(id);
    if (json === undefined) throw new Error(`addsup: Checker lost segment ${id}`);
    return JSON.parse(json);
  }
}

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
