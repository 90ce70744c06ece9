// Highlights drawn by the browser over the text, with the CSS Custom
// Highlight API: no element is added to the editor and no text node is
// split, so the editor's document and its DOM stay exactly as they are.
// The ranges are shared by every attached element, one Highlight per
// status, and each painter adds and removes only its own ranges.

export const STATUSES = ['bad', 'ok', 'read', 'current'];

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

export class HighlightPainter {
  constructor() {
    addDocumentStyles();
    /** @type {Record<string, AbstractRange[]>} */
    this.mine = Object.fromEntries(STATUSES.map((s) => [s, []]));
  }

  /** Replaces this painter's ranges of `status`. */
  set(status, ranges) {
    if (!highlightsSupported()) return;
    const h = shared(status);
    for (const r of this.mine[status]) h.delete(r);
    for (const r of ranges) h.add(r);
    this.mine[status] = ranges;
  }

  clear() {
    for (const s of STATUSES) this.set(s, []);
  }
}
