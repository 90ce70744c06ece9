// addsupPlugin(): the widget for editors built on ProseMirror (TipTap
// included). It reads the document's text block by block (unchanged blocks
// are shared between states, so their text is cached), learns of changes
// from the view's updates, and shows findings as inline decorations, which
// are drawn by the view and are no part of the document or its history.
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { AttachedChecker, firstEnding, followLayout, nearView, scrollRectIntoView } from './attach.js';
import { addDocumentStyles, NAMES, statusCodes, unchangedEnds } from './highlights.js';

export const addsupKey = new PluginKey('addsup');

const PARAGRAPH_BREAK = '\n\n';
const blockTexts = new WeakMap();

/** A text block's text, one character per position: a hard break is a newline, another inline leaf U+FFFC. */
function blockText(block) {
  let text = blockTexts.get(block);
  if (text === undefined) {
    const parts = [];
    block.forEach((child) => {
      if (child.isText) parts.push(child.text);
      else parts.push(child.type.spec.linebreakReplacement || child.type.name === 'hard_break' ? '\n' : '\ufffc');
    });
    text = parts.join('');
    blockTexts.set(block, text);
  }
  return text;
}

/** Block ranges [first, last] (inclusive; empty when first > last): the parts of `r` outside `s`. */
function outside([a, b], [c, d]) {
  if (a > b) return [];
  if (c > d || d < a || c > b) return [[a, b]];
  return [[a, c - 1], [d + 1, b]].filter(([x, y]) => x <= y);
}

class ProseMirrorView {
  constructor(view) {
    this.pm = view;
    this.blocks = [];
    this.doc = null;
    // What is decorated: the figures of the blocks within a screen of what
    // shows, as text offsets of the last text painted (`prev.text`).
    this.drawn = null;
    addDocumentStyles();
    this.layout = followLayout(view.dom, () => this.follow());
  }

  read() {
    const { doc } = this.pm.state;
    const parts = [];
    const blocks = [];
    let at = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      if (blocks.length) at += PARAGRAPH_BREAK.length;
      const text = blockText(node);
      blocks.push({ pos: pos + 1, start: at, end: at + text.length });
      parts.push(text);
      at += text.length;
      return false;
    });
    this.blocks = blocks;
    this.doc = doc;
    this.text = parts.join(PARAGRAPH_BREAK);
    return this.text;
  }

  /** The index of the block holding text offset `offset` (the last one starting at or before it). */
  blockAt(offset) {
    const { blocks } = this;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The document position of a text offset. */
  pos(offset) {
    const b = this.blocks[this.blockAt(offset)];
    return b ? b.pos + (offset - b.start) : 0;
  }

  /** The text offset of a document position, or -1 outside a text block. */
  offset(pos) {
    const { blocks } = this;
    let lo = 0;
    let hi = blocks.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].pos <= pos) lo = mid;
      else hi = mid - 1;
    }
    return pos >= blocks[lo].pos ? blocks[lo].start + (pos - blocks[lo].pos) : -1;
  }

  /**
   * The blocks that show (`seen`) and those within a screen of them
   * (`wanted`), as [first, last] block indices, found by their boxes; none
   * while the editor is not laid out.
   */
  near() {
    const { blocks, pm } = this;
    return nearView(pm.dom, blocks.length, (k) => {
      const dom = pm.nodeDOM(blocks[k].pos - 1);
      return dom instanceof Element ? dom.getBoundingClientRect() : pm.coordsAtPos(blocks[k].pos);
    });
  }

  /** Offsets [start of first, end of last] of a block range, or null when it is empty. */
  span([first, last]) {
    return first > last || last >= this.blocks.length ? null : { a: this.blocks[first].start, b: this.blocks[last].end };
  }

  paint(report, status, current, reportText) {
    // Offsets are for the document that was read; a newer one gets its own report.
    if (this.pm.state.doc !== this.doc || reportText !== this.text) return false;
    const count = this.blocks.length;
    this.draw(report.spans, statusCodes(status, current));
    // Blocks added or removed, or a scroll while the text was being checked,
    // may have moved what shows: look again once laid out.
    if (count !== this.counted || this.moved) this.layout.later();
    this.counted = count;
    this.moved = false;
    return true;
  }

  /**
   * After scrolling, resizing or blocks added: decorates the blocks about to
   * show when they are not yet, and no more than twice what is wanted.
   */
  follow() {
    const { prev, drawn, blocks } = this;
    // The decorations are for an older text: the next report's paint looks again.
    if (!prev || this.pm.state.doc !== this.doc || prev.text !== this.text) {
      this.moved = true;
      return;
    }
    const { seen, wanted } = this.near();
    const inside = seen[0] > seen[1] || (drawn && drawn.a <= blocks[seen[0]].start && blocks[seen[1]].end <= drawn.b);
    const size = drawn ? this.blockAt(drawn.b) - this.blockAt(drawn.a) : 0;
    if (inside && size <= 2 * (wanted[1] - wanted[0] + 1)) return;
    this.draw(prev.spans, prev.codes, wanted);
  }

  /**
   * Decorates the figures of the blocks `wanted` and no others. The
   * decorations drawn before were mapped through the writer's edits: only
   * the blocks holding figures that differ from the last paint (in place or
   * look), and those entering or leaving the window, are looked at, and a
   * decoration drawn as it should be stays. Without `wanted`, the blocks
   * drawn before stay the window (reading the layout costs).
   */
  draw(spans, codes, wanted) {
    const text = this.text;
    const prev = this.prev;
    const w = unchangedEnds(prev, text, spans, codes, () => true);
    const look = w.same ? [] : [[this.blockAt(w.a), this.blockAt(w.b)]];
    const old = this.drawn;
    if (old) {
      // The old window in this text: unchanged ends keep their place or move
      // by the edit; an end inside the changed text goes to its edge.
      const delta = text.length - prev.text.length;
      const map = (x, inside) => (x <= w.a ? x : x + delta >= w.b ? x + delta : inside);
      const was = [this.blockAt(map(old.a, w.a)), this.blockAt(map(old.b, w.b))];
      wanted ??= was;
      look.push(...outside(was, wanted), ...outside(wanted, was));
    } else look.push((wanted ??= this.near().wanted));
    this.prev = { text, spans, codes };
    this.drawn = this.span(wanted);

    const set = addsupKey.getState(this.pm.state);
    const stale = new Map();
    const fresh = new Map();
    for (const range of look) {
      const r = this.span(range);
      if (r) for (const d of set.find(this.pos(r.a), this.pos(r.b))) stale.set(`${d.from} ${d.to} ${d.spec.c}`, d);
      const into = this.span([Math.max(range[0], wanted[0]), Math.min(range[1], wanted[1])]);
      if (!into) continue;
      for (let g = firstEnding(spans, into.a, true); 2 * g < spans.length && spans[2 * g] <= into.b; g++) {
        const from = this.pos(spans[2 * g]);
        const to = this.pos(spans[2 * g + 1]);
        const c = `addsup-${NAMES[codes[g] & 3]}${codes[g] & 4 ? ' addsup-current' : ''}`;
        if (to > from) fresh.set(`${from} ${to} ${c}`, Decoration.inline(from, to, { class: c }, { c }));
      }
    }
    for (const key of fresh.keys()) if (stale.delete(key)) fresh.delete(key);
    if (!stale.size && !fresh.size) return;
    // A transaction with no steps: the document and the undo history are untouched.
    const next = set.remove([...stale.values()]).add(this.doc, [...fresh.values()]);
    this.pm.dispatch(this.pm.state.tr.setMeta(addsupKey, next).setMeta('addToHistory', false));
  }

  rect(start) {
    if (this.pm.state.doc !== this.doc) return null;
    try {
      const c = this.pm.coordsAtPos(this.pos(start), 1);
      return { left: c.left, right: c.right, top: c.top, bottom: c.bottom };
    } catch {
      return null;
    }
  }

  offsetAtPoint(x, y) {
    const hit = this.pm.posAtCoords({ left: x, top: y });
    return hit && this.pm.state.doc === this.doc ? this.offset(hit.pos) : -1;
  }

  caretOffset() {
    const sel = this.pm.state.selection;
    return sel.empty && this.pm.hasFocus() && this.pm.state.doc === this.doc ? this.offset(sel.head) : -1;
  }

  scrollTo(start) {
    const r = this.rect(start);
    if (r) scrollRectIntoView(r, this.pm.dom);
  }

  observe() {
    return this.pm.dom;
  }

  destroy() {
    this.prev = null; // a frame already asked for draws nothing
    this.layout.stop();
  }
}

/**
 * The widget as a ProseMirror plugin.
 * @param {import('./checker.js').WidgetOptions & { panel?: HTMLElement, onChecker?: (checker: AttachedChecker) => void }} [options]
 */
export function addsupPlugin(options = {}) {
  return new Plugin({
    key: addsupKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const painted = tr.getMeta(addsupKey);
        if (painted) return painted;
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations: (state) => addsupKey.getState(state),
    },
    view(view) {
      const checker = new AttachedChecker(new ProseMirrorView(view), options);
      options.onChecker?.(checker);
      view.addsup = checker;
      return {
        update(v, prev) {
          if (v.state.doc !== prev.doc) checker.changed();
        },
        destroy() {
          checker.detach();
        },
      };
    },
  });
}

/** The checker of a view that has the plugin. */
export const checkerOf = (view) => view.addsup;
