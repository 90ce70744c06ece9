// attach(element): checks what is written in a <textarea>, a contenteditable
// element or an editor's editable root, and shows the findings over it
// without changing it. The element is only read and listened to.
import { AddsupChecker, figureStatus } from './checker.js';
import { Popover } from './popover.js';
import { DomText } from './text.js';
import { HighlightPainter, statusCodes, unchangedEnds } from './highlights.js';
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

/** A contenteditable element or an editor's root, highlighted with CSS.highlights. */
export class DomView {
  constructor(root) {
    this.root = root;
    this.painter = new HighlightPainter();
    this.snap = null;
  }

  read() {
    this.snap = new DomText(this.root);
    return this.snap.text;
  }

  paint(report, status, current, text) {
    const snap = this.snap;
    if (!snap || snap.text !== text) return false;
    const { spans } = report;
    const codes = statusCodes(status, current);
    const prev = this.prev;
    // Live ranges follow the edits: those of figures the edit did not reach
    // stay, unless the editor re-rendered their text node.
    const alive = (r) => r && r.startContainer.nodeType === 3 && r.startContainer.isConnected && r.endContainer.isConnected;
    const w = unchangedEnds(prev, text, spans, codes, (g, h) => alive(prev.ranges[h]));
    const n = codes.length;
    const ranges = new Array(n);
    if (prev) {
      const m = prev.codes.length;
      for (let g = 0; g < w.first; g++) ranges[g] = prev.ranges[g];
      for (let g = w.last; g < n; g++) ranges[g] = prev.ranges[g - n + m];
      for (let h = w.first; h < w.oldLast; h++) if (prev.ranges[h]) this.painter.remove(prev.ranges[h]);
    }
    for (let g = w.first; g < w.last; g++) {
      const r = snap.range(spans[2 * g], spans[2 * g + 1]);
      ranges[g] = r;
      if (r) this.painter.add(r, codes[g]);
    }
    this.prev = { text, spans, codes, ranges };
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
