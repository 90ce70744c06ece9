// The text of an editable element as the checker reads it, and the way back
// from offsets in that text to places in the DOM. Block elements become
// paragraph breaks (a blank line), <br> a line break; every text node keeps
// its characters, so an offset inside a text node maps back exactly.

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg']);
const PARAGRAPH_BREAK = '\n\n';

/**
 * A snapshot of an element's text: `text`, and for each text node the
 * offset where its characters start.
 */
export class DomText {
  /** @param {Element} root */
  constructor(root) {
    /** @type {Text[]} */
    this.nodes = [];
    /** @type {number[]} */
    this.starts = [];
    this.index = new Map();
    const out = [];
    let length = 0;
    let needBreak = false;
    const push = (s) => {
      out.push(s);
      length += s.length;
    };
    const walk = (el) => {
      for (let node = el.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 3) {
          const data = /** @type {Text} */ (node).data;
          // Whitespace between blocks is markup layout, not text.
          if (data.trim() === '' && (needBreak || length === 0) && data.includes('\n')) continue;
          if (needBreak && length > 0) push(PARAGRAPH_BREAK);
          needBreak = false;
          this.index.set(node, this.nodes.length);
          this.nodes.push(/** @type {Text} */ (node));
          this.starts.push(length);
          push(data);
        } else if (node.nodeType === 1) {
          const tag = /** @type {Element} */ (node).tagName;
          if (SKIP.has(tag)) continue;
          if (tag === 'BR') {
            // A trailing <br> only keeps an empty block open.
            if (node.nextSibling && !needBreak) push('\n');
            continue;
          }
          const block = BLOCK.has(tag);
          if (block) needBreak = true;
          walk(node);
          if (block) needBreak = true;
        }
      }
    };
    walk(root);
    this.text = out.join('');
  }

  /** The DOM position of a text offset: {node, offset}, or null past the end. */
  position(offset, preferEnd) {
    const { starts, nodes } = this;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    const node = nodes[lo];
    const within = Math.min(Math.max(0, offset - starts[lo]), node.data.length);
    return { node, offset: within };
  }

  /** A StaticRange over [start, end) of the text, or null when it no longer maps. */
  range(start, end) {
    const a = this.position(start, false);
    const b = this.position(end, true);
    if (!a || !b) return null;
    if (!a.node.isConnected || !b.node.isConnected) return null;
    const r = document.createRange();
    try {
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return r;
  }

  /** The text offset of a DOM position inside a text node, or -1. */
  offsetOf(node, offset) {
    const k = this.index.get(node);
    return k === undefined ? -1 : this.starts[k] + offset;
  }
}

/** Where two versions differ: the lengths of their common start and common
 * end (never overlapping), for strings or arrays alike. */
export function commonEnds(a, b) {
  const max = Math.min(a.length, b.length);
  // Strings are compared a chunk at a time first: one comparison of two
  // slices is far faster than as many of single characters.
  const chunks = typeof a === 'string' ? 512 : 0;
  let p = 0;
  while (chunks && p + chunks <= max && a.slice(p, p + chunks) === b.slice(p, p + chunks)) p += chunks;
  while (p < max && a[p] === b[p]) p++;
  let q = 0;
  while (chunks && q + chunks <= max - p && a.slice(a.length - q - chunks, a.length - q) === b.slice(b.length - q - chunks, b.length - q)) q += chunks;
  while (q < max - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  return [p, q];
}

/** The change from `prev` to `next` (strings or arrays): drop `drop` items at `at`, put `add` there; `full` replaces all. */
export function patch(prev, next) {
  const [p, s] = commonEnds(prev, next);
  return { full: prev.length === 0, at: p, drop: prev.length - p - s, add: next.slice(p, next.length - s) };
}

/** The string `prev` with a patch of it applied. */
export const patched = (prev, { at, drop, add }) => prev.slice(0, at) + add + prev.slice(at + drop);
