// A <textarea> cannot hold highlights, so a mirror lies over it: the same
// text in transparent ink, laid out with the textarea's own metrics, with
// the figures marked. It lives in a shadow root on <body>, lets every
// pointer event through, and follows scrolling and resizing.
import { el, sheet } from './explain.js';
import { commonEnds } from './text.js';

const COPIED = ['boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'tabSize',
  'textAlign', 'direction', 'whiteSpace', 'overflowWrap', 'wordBreak'];

const CSS = `
.mirror { position: fixed; margin: 0; overflow: hidden; pointer-events: none; color: transparent; border-style: solid;
  border-color: transparent; z-index: 2147482000; }
mark { color: transparent; border-radius: 2px; }
.bad { background: var(--addsup-bad-bg, rgba(229, 57, 53, 0.28)); border-bottom: 2px solid var(--addsup-bad, #c5221f); }
.ok { background: var(--addsup-ok-bg, rgba(67, 160, 71, 0.22)); }
.read { background: none; border-bottom: 1px dotted var(--addsup-read, #8a8d91); }
.current { background: var(--addsup-current-bg, rgba(31, 95, 191, 0.3)); }
`;

export class TextareaView {
  /** @param {HTMLTextAreaElement} ta */
  constructor(ta) {
    this.root = ta;
    this.host = document.createElement('div');
    this.host.dataset.addsupMirror = '';
    const shadow = this.host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet(CSS)];
    this.mirror = el('div', { class: 'mirror', 'aria-hidden': 'true' });
    shadow.append(this.mirror);
    document.body.append(this.host);
    this.marks = [];
    this.spans = [];
    this.text = '';
    this.place = () => {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.layout();
      });
    };
    this.resize = new ResizeObserver(this.place);
    this.resize.observe(ta);
    addEventListener('scroll', this.place, true);
    addEventListener('resize', this.place);
    this.layout();
  }

  /** Puts the mirror exactly over the textarea, with its metrics. */
  layout() {
    const ta = this.root;
    const cs = getComputedStyle(ta);
    const m = this.mirror.style;
    for (const p of COPIED) m[p] = cs[p];
    if (cs.whiteSpace === 'normal') m.whiteSpace = 'pre-wrap';
    const r = ta.getBoundingClientRect();
    m.left = `${r.left}px`;
    m.top = `${r.top}px`;
    m.width = `${r.width}px`;
    m.height = `${r.height}px`;
    m.boxSizing = 'border-box';
    // The textarea's scroll bar narrows its text: narrow the mirror's too.
    const bar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    m.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, bar)}px`;
    m.display = ta.isConnected && r.width > 0 ? '' : 'none';
    this.mirror.scrollTop = ta.scrollTop;
    this.mirror.scrollLeft = ta.scrollLeft;
  }

  read() {
    return this.root.value;
  }

  paint(report, status, current, text) {
    if (text !== this.root.value) return false;
    const { spans } = report;
    this.spans = status.map((s, g) => ({ start: spans[2 * g], end: spans[2 * g + 1], cls: current.has(g) ? `${s} current` : s }));
    this.render(this.root.value);
  }

  /** Between a keystroke and its report, the marks move with the text around the edit. */
  follow() {
    const text = this.root.value;
    const old = this.text;
    const [p, s] = commonEnds(old, text);
    const delta = text.length - old.length;
    const editEnd = old.length - s;
    this.spans = this.spans.filter((m) => m.end <= p || m.start >= editEnd)
      .map((m) => (m.start >= editEnd ? { ...m, start: m.start + delta, end: m.end + delta } : m));
    this.render(text);
  }

  render(text) {
    const frag = document.createDocumentFragment();
    this.marks = [];
    let at = 0;
    for (const m of this.spans) {
      if (m.start < at || m.end > text.length) continue;
      frag.append(text.slice(at, m.start));
      const mark = el('mark', { class: m.cls, 'data-start': String(m.start) }, text.slice(m.start, m.end));
      this.marks.push(mark);
      frag.append(mark);
      at = m.end;
    }
    // A trailing newline needs a character after it to take up its line.
    frag.append(`${text.slice(at)}\u200b`);
    this.mirror.replaceChildren(frag);
    this.text = text;
    this.layout();
  }

  rect(start) {
    const mark = this.markAt(start);
    return mark ? mark.getBoundingClientRect() : null;
  }

  markAt(start) {
    return this.marks.find((m) => m && m.dataset.start === String(start));
  }

  offsetAtPoint(x, y) {
    for (let g = 0; g < this.marks.length; g++) {
      const m = this.marks[g];
      if (!m) continue;
      for (const r of m.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return Number(m.dataset.start);
      }
    }
    return -1;
  }

  caretOffset() {
    const ta = this.root;
    return document.activeElement === ta && ta.selectionStart === ta.selectionEnd ? ta.selectionStart : -1;
  }

  scrollTo(start) {
    const mark = this.markAt(start);
    if (!mark) return;
    const ta = this.root;
    ta.scrollTop = Math.max(0, mark.offsetTop - ta.clientHeight / 3);
    this.layout();
    ta.scrollIntoView({ block: 'nearest' });
  }

  observe(changed) {
    this.onInput = () => {
      this.follow();
      changed();
    };
    this.root.addEventListener('input', this.onInput);
    this.root.addEventListener('scroll', this.place);
    return this.root;
  }

  destroy() {
    this.root.removeEventListener('input', this.onInput);
    this.root.removeEventListener('scroll', this.place);
    this.resize.disconnect();
    removeEventListener('scroll', this.place, true);
    removeEventListener('resize', this.place);
    this.host.remove();
  }
}
