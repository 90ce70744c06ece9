// Highlights drawn by the browser over the text, with the CSS Custom
// Highlight API: no element is added to the editor and no text node is
// split, so the editor's document and its DOM stay exactly as they are.
// The ranges are shared by every attached element, one Highlight per
// status, and each painter adds and removes only its own ranges.
import { commonEnds } from './text.js';

// Colours as custom properties, so a CMS can theme them on :root.
const CSS_TEXT = `
::highlight(addsup-bad) { background-color: var(--addsup-bad-bg, rgba(229, 57, 53, 0.28)); text-decoration: underline wavy var(--addsup-bad, #c5221f); }
::highlight(addsup-ok) { background-color: var(--addsup-ok-bg, rgba(67, 160, 71, 0.22)); }
::highlight(addsup-read) { text-decoration: underline dotted var(--addsup-read, #8a8d91); }
::highlight(addsup-current) { background-color: var(--addsup-current-bg, rgba(31, 95, 191, 0.3)); }
.addsup-bad { background-color: var(--addsup-bad-bg, rgba(229, 57, 53, 0.28)); text-decoration: underline wavy var(--addsup-bad, #c5221f); }
.addsup-ok { background-color: var(--addsup-ok-bg, rgba(67, 160, 71, 0.22)); }
.addsup-read { text-decoration: underline dotted var(--addsup-read, #8a8d91); }
.addsup-current { background-color: var(--addsup-current-bg, rgba(31, 95, 191, 0.3)); }
`;

let sheetAdded = false;
/** Adds the highlight colours to the document once (a constructed sheet: no <style> element). */
export function addDocumentStyles() {
  if (sheetAdded || typeof CSSStyleSheet !== 'function') return;
  sheetAdded = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS_TEXT);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export const highlightsSupported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

function shared(status) {
  const name = `addsup-${status}`;
  let h = CSS.highlights.get(name);
  if (!h) {
    h = new Highlight();
    // Current above the statuses, the findings above what was only read.
    h.priority = { current: 3, bad: 2, ok: 1, read: 0 }[status];
    CSS.highlights.set(name, h);
  }
  return h;
}

export const NAMES = ['read', 'ok', 'bad'];
const CODES = { read: 0, ok: 1, bad: 2 };

/** Per figure: its status as 0–2, plus 4 when it is among the current ones. */
export function statusCodes(status, current) {
  const codes = new Uint8Array(status.length);
  for (let g = 0; g < status.length; g++) codes[g] = CODES[status[g]] + (current.has(g) ? 4 : 0);
  return codes;
}

/**
 * Which figures are drawn as for the previous report (`prev`): the `first`
 * ones, and those from `last` (`oldLast` before) on, moved by the edit; the
 * rest lie in [a, b] of the new text.
 */
export function unchangedEnds(prev, text, spans, codes, keep) {
  const n = codes.length;
  if (!prev) return { first: 0, last: n, oldLast: 0, a: 0, b: text.length, same: false };
  const old = prev.text;
  const [p, q] = commonEnds(old, text);
  const delta = text.length - old.length;
  const was = prev.spans;
  const m = prev.codes.length;
  let first = 0;
  while (first < n && first < m && spans[2 * first + 1] <= p && spans[2 * first] === was[2 * first]
    && spans[2 * first + 1] === was[2 * first + 1] && codes[first] === prev.codes[first] && keep(first, first)) first++;
  let tail = 0;
  while (tail < n - first && tail < m - first) {
    const g = n - 1 - tail;
    const h = m - 1 - tail;
    if (was[2 * h] < old.length - q || spans[2 * g] !== was[2 * h] + delta || spans[2 * g + 1] !== was[2 * h + 1] + delta
      || codes[g] !== prev.codes[h] || !keep(g, h)) break;
    tail++;
  }
  const last = n - tail;
  const oldLast = m - tail;
  return {
    first, last, oldLast,
    a: Math.min(p, first < n ? spans[2 * first] : p, first < oldLast ? was[2 * first] : p),
    b: Math.max(text.length - q, last > first ? spans[2 * last - 1] : 0, oldLast > first ? was[2 * oldLast - 1] + delta : 0),
    same: old === text && first === last && first === oldLast,
  };
}

/** One element's ranges in the shared highlights, added and removed one by one. */
export class HighlightPainter {
  constructor() {
    addDocumentStyles();
    this.ranges = new Map();
  }

  add(range, code) {
    if (!highlightsSupported()) return;
    shared(NAMES[code & 3]).add(range);
    if (code & 4) shared('current').add(range);
    this.ranges.set(range, code);
  }

  remove(range) {
    const code = this.ranges.get(range);
    if (code === undefined) return;
    shared(NAMES[code & 3]).delete(range);
    if (code & 4) shared('current').delete(range);
    this.ranges.delete(range);
  }

  clear() {
    for (const r of [...this.ranges.keys()]) this.remove(r);
  }
}
