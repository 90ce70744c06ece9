// attach(element): checks what is written in a <textarea>, a contenteditable
// element or an editor's editable root, and shows the findings over it
// without changing it. The element is only read and listened to.
import { AddsupChecker, figureStatus } from './checker.js';
import { Popover } from './popover.js';
import { DomText, commonEnds } from './text.js';
import { HighlightPainter, statusCodes } from './highlights.js';
import { TextareaView } from './textarea.js';
import { definePanel } from './panel.js';

/** The first figure ending at or after `offset` (after it, unless `inclusiveEnd`), or the figure count. */
export function firstEnding(spans, offset, inclusiveEnd) {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = spans[2 * mid + 1];
    if (end < offset || (!inclusiveEnd && end === offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The figure whose span holds `offset` (its end counts when `inclusiveEnd`), or -1. */
export function figureAt(spans, offset, inclusiveEnd) {
  const g = firstEnding(spans, offset, inclusiveEnd);
  return 2 * g < spans.length && spans[2 * g] <= offset ? g : -1;
}

/** The nearest ancestor that scrolls vertically, or null for the window. */
export function scroller(node) {
  for (let e = node instanceof Element ? node : node.parentElement; e; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if ((overflowY === 'auto' || overflowY === 'scroll') && e.scrollHeight > e.clientHeight) return e;
  }
  return null;
}

/** Scrolls so that `rect` (viewport coordinates) shows in its scroller, a third of the way down. */
export function scrollRectIntoView(rect, inside) {
  const box = scroller(inside);
  if (box) {
    const b = box.getBoundingClientRect();
    if (rect.top < b.top || rect.bottom > b.bottom) box.scrollTop += rect.top - b.top - box.clientHeight / 3;
    rect = null;
  }
  const r = rect || inside.getBoundingClientRect();
  if (r.top < 0 || r.bottom > innerHeight) scrollBy(0, r.top - innerHeight / 3);
}

/**
 * Calls `changed` once, in the next frame, after the page scrolls or resizes
 * or `element` changes size. Returns `later` (asks for that call) and `stop`.
 */
export function followLayout(element, changed) {
  let frame = 0;
  const later = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      changed();
    });
  };
  addEventListener('scroll', later, { capture: true, passive: true });
  addEventListener('resize', later);
  const resized = new ResizeObserver(later);
  resized.observe(element);
  return {
    later,
    stop() {
      removeEventListener('scroll', later, { capture: true });
      removeEventListener('resize', later);
      resized.disconnect();
    },
  };
}

/**
 * Of `count` items in document order inside `element`, boxed by `rect(k)`:
 * those that show (`seen`) and those within a screen of them (`wanted`), as
 * [first, last] indices (empty when first > last), found by binary search
 * (a few boxes read, whatever the count); none while `element` is not laid out.
 */
export function nearView(element, count, rect) {
  const none = { seen: [0, -1], wanted: [0, -1] };
  const own = element.getBoundingClientRect();
  if (!count || own.height === 0) return none;
  const box = scroller(element)?.getBoundingClientRect();
  const top = Math.max(0, box ? box.top : 0, own.top);
  const bottom = Math.min(innerHeight, box ? box.bottom : innerHeight, own.bottom);
  if (bottom <= top) return none;
  // The first item whose bottom is at or below y, and the last whose top is at or above y.
  const from = (y) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rect(mid).bottom < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const to = (y) => {
    let lo = -1;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rect(mid).top <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const screen = bottom - top;
  return { seen: [from(top), to(bottom)], wanted: [from(top - screen), to(bottom + screen)] };
}

/**
 * A contenteditable element or an editor's root, highlighted with CSS.highlights.
 *
 * Only the figures within a screen of what shows are highlighted (about 50
 * ranges on a long story, not thousands): the browser carries every live
 * range through every keystroke and repaints every range of a highlight that
 * changed, so the cost of a keystroke grew with the document. Scrolling and
 * resizing move the window; a paint keeps the window where it was, mapped
 * through the edit, and keeps each range the edit did not reach.
 */
export class DomView {
  constructor(root) {
    this.root = root;
    this.painter = new HighlightPainter();
    this.snap = null;
    /** What is highlighted: the text painted, its spans and codes, the window [a, b] and a range per figure in it. */
    this.prev = null;
    this.layout = followLayout(root, () => this.follow());
  }

  read() {
    this.snap = new DomText(this.root);
    return this.snap.text;
  }

  paint(report, status, current, text) {
    const snap = this.snap;
    if (!snap || snap.text !== text) return false;
    const prev = this.prev;
    const codes = statusCodes(status, current);
    if (!prev) {
      this.draw(report.spans, codes, this.near());
      return;
    }
    // The window and the ranges drawn, in the offsets of this text: what lies
    // before the change keeps its offsets, what lies after it moves with it.
    const [p, q] = commonEnds(prev.text, text);
    const delta = text.length - prev.text.length;
    const after = prev.text.length - q;
    const window = prev.window && {
      a: prev.window.a <= p ? prev.window.a : Math.max(p, prev.window.a + delta),
      b: prev.window.b < after ? Math.min(prev.window.b, text.length - q) : prev.window.b + delta,
    };
    const moved = (start, end) => (end <= p ? 0 : start >= after ? delta : null);
    const nodes = snap.nodes.length;
    this.draw(report.spans, codes, window, moved);
    // Paragraphs added or removed, or a scroll while the text was being
    // checked, may have moved what shows: look again once laid out.
    if (nodes !== this.nodes || this.moved) this.layout.later();
    this.nodes = nodes;
    this.moved = false;
  }

  /** The window of text offsets [a, b] within a screen of what shows, or null. */
  near() {
    const { nodes, starts } = this.snap;
    const range = document.createRange();
    const { wanted } = nearView(this.root, nodes.length, (k) => {
      range.selectNodeContents(nodes[k]);
      return range.getBoundingClientRect();
    });
    const [first, last] = wanted;
    return first > last ? null : { a: starts[first], b: starts[last] + nodes[last].data.length };
  }

  /** After scrolling or resizing: highlights the window about to show, unless it already is. */
  follow() {
    const prev = this.prev;
    if (!prev || !this.snap || this.snap.text !== prev.text) {
      // Highlights of an older text: the next paint looks again.
      this.moved = true;
      return;
    }
    const window = this.near();
    const old = prev.window;
    if (!window || (old && old.a <= window.a && window.b <= old.b && old.b - old.a <= 3 * (window.b - window.a))) return;
    this.draw(prev.spans, prev.codes, window, () => 0);
  }

  /**
   * Highlights the figures in `window` and no others. A range drawn before
   * stays when `moved(start, end)` (its offsets' shift since, or null when
   * the edit reached it) puts it where a figure of the same look is, and
   * the live range still spans that figure.
   */
  draw(spans, codes, window, moved) {
    const { snap, painter } = this;
    const kept = new Map();
    for (const d of this.prev?.drawn ?? []) {
      const shift = moved(d.start, d.end);
      if (shift === null || !this.spans(d.range, d.start + shift, d.end + shift)) painter.remove(d.range);
      else kept.set(`${d.start + shift} ${d.end + shift} ${d.code}`, { ...d, start: d.start + shift, end: d.end + shift });
    }
    const drawn = [];
    if (window) {
      for (let g = firstEnding(spans, window.a, true); 2 * g < spans.length && spans[2 * g] <= window.b; g++) {
        const [start, end, code] = [spans[2 * g], spans[2 * g + 1], codes[g]];
        const key = `${start} ${end} ${code}`;
        let d = kept.get(key);
        if (d) kept.delete(key);
        else {
          const range = snap.range(start, end);
          if (!range) continue;
          painter.add(range, code);
          d = { start, end, code, range };
        }
        drawn.push(d);
      }
    }
    for (const d of kept.values()) painter.remove(d.range);
    this.prev = { text: snap.text, spans, codes, window, drawn };
  }

  /** Whether a live range still spans [start, end) of the text read last (an editor may have re-rendered its nodes). */
  spans(range, start, end) {
    const snap = this.snap;
    return range.startContainer.nodeType === 3 && snap.offsetOf(range.startContainer, range.startOffset) === start
      && snap.offsetOf(range.endContainer, range.endOffset) === end;
  }

  rect(start, end) {
    const r = this.snap && this.snap.range(start, end);
    return r ? r.getClientRects()[0] || r.getBoundingClientRect() : null;
  }

  offsetAtPoint(x, y) {
    const p = document.caretPositionFromPoint?.(x, y);
    return p && this.snap ? this.snap.offsetOf(p.offsetNode, p.offset) : -1;
  }

  caretOffset() {
    const sel = getSelection();
    if (!sel || !sel.isCollapsed || !sel.anchorNode || !this.root.contains(sel.anchorNode)) return -1;
    return this.snap ? this.snap.offsetOf(sel.anchorNode, sel.anchorOffset) : -1;
  }

  scrollTo(start, end) {
    const r = this.rect(start, end);
    if (r) scrollRectIntoView(r, this.root);
  }

  /** Calls `changed` on every change to the element's content. */
  observe(changed) {
    this.observer = new MutationObserver(changed);
    this.observer.observe(this.root, { childList: true, characterData: true, subtree: true });
    return this.root;
  }

  destroy() {
    this.observer?.disconnect();
    this.layout.stop();
    this.painter.clear();
    this.prev = null;
  }
}

/** The checker of one element, with its view and popover. */
export class AttachedChecker extends AddsupChecker {
  constructor(view, options = {}) {
    super(options);
    this.view = view;
    this.current = new Set();
    this.shownText = null;
    this.popover = new Popover(this);
    this.changed = () => {
      clearTimeout(this.readTimer);
      this.reading = true;
      this.readTimer = setTimeout(() => this.readAndCheck(), this.debounce);
    };
    this.element = view.observe(this.changed);
    this.addEventListener('addsup:findings', (e) => this.paint(e.detail));
    this.listen();
    this.readAndCheck();
    if (options.panel) {
      definePanel();
      customElements.upgrade(options.panel);
      options.panel.checker = this;
    }
  }

  readAndCheck() {
    this.reading = false;
    const text = this.view.read();
    // A re-render that left the text as it was: only the highlights move.
    if (text === this.text && this.report) this.paint();
    else this.check(text);
  }

  /** Resolves when the highlights show the latest text's report. */
  async settled() {
    for (;;) {
      if (this.reading) await new Promise((resolve) => setTimeout(resolve, this.debounce));
      else {
        await super.settled();
        if (!this.reading && !this.inflight && this.pending === null) return this.report;
      }
    }
  }

  emit() {
    super.emit();
    if (this.report) {
      const detail = { findings: this.findings, unresolved: this.unresolved(), text: this.text };
      this.element.dispatchEvent(new CustomEvent('addsup:findings', { detail, bubbles: true, composed: true }));
    }
  }

  paint() {
    if (!this.report) return;
    const status = figureStatus(this.report, this.findings);
    this.status = status;
    // A view paints only a report for the text it read last.
    if (this.view.paint(this.report, status, this.current, this.text) === false) return;
    this.painted = performance.now();
    this.element.dispatchEvent(new CustomEvent('addsup:painted', { detail: { at: this.painted } }));
  }

  /** Scrolls to a finding and marks its figures; the writer's selection stays as it is. */
  reveal(finding) {
    const withFigure = finding.figures.filter((ff) => ff.figure != null);
    const main = withFigure.find((ff) => ff.role === 'total' || ff.role === 'whole') || withFigure[0];
    this.current = new Set(withFigure.map((ff) => ff.figure));
    this.paint();
    if (!main) return;
    this.view.scrollTo(main.start, main.end);
    this.explain(main.figure, true);
  }

  /** Opens the explanation of figure `g`. */
  explain(g, pinned) {
    const spans = this.report && this.report.spans;
    if (!spans || g < 0 || 2 * g >= spans.length) return;
    const [start, end] = [spans[2 * g], spans[2 * g + 1]];
    this.pinned = pinned;
    this.popover.show(this.report, this.findings, g, () => this.view.rect(start, end));
  }

  closeExplanation(force) {
    if (this.pinned && !force) return;
    this.pinned = false;
    this.popover.hide();
    if (this.current.size) {
      this.current = new Set();
      this.paint();
    }
  }


  figureAtOffset(offset, inclusiveEnd) {
    return offset < 0 || !this.report ? -1 : figureAt(this.report.spans, offset, inclusiveEnd);
  }

  /** Hover and caret open explanations; Escape closes them. */
  listen() {
    const el = this.element;
    let frame = 0;
    const onMove = (e) => {
      if (frame || this.pinned) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const g = this.figureAtOffset(this.view.offsetAtPoint(e.clientX, e.clientY), false);
        if (g >= 0) this.explain(g, false);
        else this.closeExplanation(false);
      });
    };
    const onCaret = () => {
      const offset = this.view.caretOffset();
      if (offset < 0) return;
      const g = this.figureAtOffset(offset, true);
      if (g >= 0) this.explain(g, true);
      else if (this.pinned) this.closeExplanation(true);
    };
    const onKey = (e) => {
      if (e.key === 'Escape' && this.popover.open) this.closeExplanation(true);
    };
    // Moving the caret into a figure explains it; typing does not.
    const onKeyUp = (e) => {
      if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') onCaret();
    };
    const onLeave = () => this.closeExplanation(false);
    el.addEventListener('mousemove', onMove);
    el.addEventListener('mouseleave', onLeave);
    el.addEventListener('click', onCaret);
    el.addEventListener('keyup', onKeyUp);
    document.addEventListener('keydown', onKey);
    this.unlisten = () => {
      el.removeEventListener('mousemove', onMove);
      el.removeEventListener('mouseleave', onLeave);
      el.removeEventListener('click', onCaret);
      el.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('keydown', onKey);
    };
  }

  /** Stops checking; removes every highlight and the popover. */
  detach() {
    clearTimeout(this.readTimer);
    this.unlisten();
    this.view.destroy();
    this.popover.destroy();
    this.destroy();
  }
}

/**
 * Checks the text of `element` as it is written: a <textarea>, a
 * contenteditable element, or an editor's editable root.
 * @param {HTMLElement} element
 * @param {import('./checker.js').WidgetOptions & { panel?: HTMLElement }} [options]
 * @returns {AttachedChecker}
 */
export function attach(element, options = {}) {
  if (!(element instanceof HTMLElement)) throw new Error('addsup: attach() needs an element');
  const view = element instanceof HTMLTextAreaElement ? new TextareaView(element) : new DomView(element);
  return new AttachedChecker(view, options);
}
