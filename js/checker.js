
// ---- addsup: the incremental Checker (js/checker.js, appended to the
// wasm-bindgen glue by scripts/web-build.sh, so that one module serves the
// package, the page and its classic single-file worker).

/**
 * Checks `text` and returns its findings and figures. Throws an `Error` when
 * the text is no string or longer than 64 MiB of UTF-8, or `options` has an
 * unknown field or a bad value.
 */
export function check(text, options) {
  acceptText(text, 'check(text)');
  return worded(checkWith(text, ...readOptions(options)));
}

/**
 * The figures of `text`, without checking anything: the report of a check
 * with every rule off (one path through the Wasm for both, which keeps
 * 265 bytes out of it; the mentions it reads on the way cost little).
 */
export function figures(text) {
  acceptText(text, 'figures(text)');
  return checkWith(text, RULE_IDS.join(','), 0, false).figures;
}

// The options as the Wasm takes them, read field by field here so that every
// error names its field and the .wasm carries no walk of JavaScript objects:
// the rule ids turned off, comma-separated; the minimum severity (0 none, 1
// warning, 2 error); and `explain`.
function readOptions(options) {
  if (options === undefined || options === null) return ['', 0, false];
  const bad = (message) => new Error(`addsup: bad options: ${message}`);
  const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const given = (v) => v !== undefined && v !== null;
  if (!isObject(options)) throw bad(`options must be an object, like { minSeverity: "error" }, not ${describe(options)}`);
  for (const key of Object.keys(options)) {
    if (!OPTION_FIELDS.includes(key)) throw bad(`unknown option "${key}"; the options are "rules", "minSeverity" and "explain"`);
  }
  const off = [];
  const { rules, minSeverity, explain } = options;
  if (given(rules)) {
    if (!isObject(rules)) throw bad(`"rules" must be an object of rule ids to true or false, not ${describe(rules)}`);
    for (const [rule, on] of Object.entries(rules)) {
      if (!RULE_IDS.includes(rule)) throw bad(`unknown rule "${rule}"; the rules are ${RULE_IDS.join(', ')}`);
      if (on === false) off.push(rule);
      else if (on !== true) throw bad(`rule "${rule}" must be true or false, not ${describe(on)}`);
    }
  }
  const severity = given(minSeverity) ? SEVERITIES.indexOf(minSeverity) : 0;
  if (given(minSeverity) && severity < 1) throw bad(`"minSeverity" must be "warning" or "error", not ${describe(minSeverity)}`);
  if (given(explain) && typeof explain !== 'boolean') throw bad(`"explain" must be true or false, not ${describe(explain)}`);
  return [off.join(','), severity, explain === true];
}

const OPTION_FIELDS = ['rules', 'minSeverity', 'explain'];

// The checks' rule ids, in the registry's order (tests/ts_types.rs holds
// this list equal to it).
const RULE_IDS = ['sum-of-parts', 'percent-of-total', 'shares-sum', 'change', 'conversion', 'count-of-list', 'restatement', 'majority-threshold', 'margin'];

// The aspect and words of each reason an explanation gives, by its id: the
// .wasm's reports give only the id, and the rest is put back here (the
// engine's table, `report::explain`, which tests/ts_types.rs holds this one
// equal to).
const REASONS = {
  stated_cue: ['cue', 'the words state the relation'],
  apposed_cue: ['cue', 'the figures are set side by side, with no word stating the relation'],
  same_sentence: ['scope', 'the figures stand in one sentence'],
  same_paragraph: ['scope', 'the figures stand in one paragraph'],
  next_paragraph: ['scope', 'the figures stand in a paragraph and the next'],
  same_thing: ['scope', 'the figures count the same thing'],
  same_scope: ['scope', 'the figures keep one source, period and side'],
  explicit_whole: ['completeness', 'the words say the parts make up the whole'],
  fates: ['completeness', 'the parts are what became of the things the total counts'],
  full_breakdown: ['completeness', 'the parts break the total down in full'],
  partial_breakdown: ['completeness', 'the breakdown is partial, so the parts need only stay within the total'],
  within_rounding: ['verdict', 'holds within rounding'],
  beyond_rounding: ['verdict', 'fails at every reading within rounding and hedges'],
  no_cue: ['cue', 'no word ties these figures together'],
  words_between: ['cue', 'other words stand between the figures'],
  other_clause: ['scope', 'the figures are in different clauses'],
  other_period: ['scope', 'the figures belong to different periods'],
  other_owner: ['scope', 'the figures belong to different sides or places'],
  other_source: ['scope', 'different sources give the figures'],
  other_thing: ['scope', 'the figures count different things'],
  not_a_count: ['scope', 'a figure is no count (a date, time, rank or number of a thing)'],
  units: ['verdict', 'the units do not convert closely enough to check'],
  unstated: ['verdict', 'a figure or unit the relation needs is not stated'],
  incomplete: ['completeness', 'the breakdown need not be complete'],
  unsure: ['verdict', 'loosely tied and does not hold, so not reported'],
};

// A report with the aspect and words of its reasons put back.
function worded(report) {
  const put = (reason) => {
    [reason.aspect, reason.words] = REASONS[reason.reason];
  };
  for (const finding of report.findings) finding.explanation?.forEach(put);
  report.rejected?.forEach(put);
  return report;
}
const SEVERITIES = ['', 'warning', 'error'];

// A text to check, or an Error that says what came instead.
function acceptText(text, call) {
  if (typeof text !== 'string') {
    throw new Error(`addsup: ${call}: the text must be a string, not ${text === null ? 'null' : describe(text)}`);
  }
}

// A bad value as an error message shows it: a string quoted, else its type.
function describe(value) {
  if (typeof value === 'string') return `"${value}"`;
  return Array.isArray(value) ? 'an array' : typeof value;
}

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
    this.#segments = new SegmentChecker(...readOptions(options));
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
      const segment = this.#made.get(id) ?? { relative: worded(report ?? this.#fetch(id)), at: 0, first: 0, findings: null, figures: null, rejected: null };
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
