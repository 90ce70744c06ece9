// addsupPlugin(): the widget for editors built on ProseMirror (TipTap
// included). It reads the document's text block by block (unchanged blocks
// are shared between states, so their text is cached), learns of changes
// from the view's updates, and shows findings as inline decorations, which
// are drawn by the view and are no part of the document or its history.
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { AttachedChecker, scrollRectIntoView } from './attach.js';
import { addDocumentStyles, statusCodes, unchangedEnds } from './highlights.js';

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

class ProseMirrorView {
  constructor(view) {
    this.pm = view;
    this.blocks = [];
    this.doc = null;
    addDocumentStyles();
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
      blocks.push({ pos: pos + 1, start: at });
      parts.push(text);
      at += text.length;
      return false;
    });
    this.blocks = blocks;
    this.doc = doc;
    this.text = parts.join(PARAGRAPH_BREAK);
    return this.text;
  }

  /** The document position of a text offset. */
  pos(offset) {
    const { blocks } = this;
    let lo = 0;
    let hi = blocks.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return blocks[lo].pos + (offset - blocks[lo].start);
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

  paint(report, status, current, reportText) {
    // Offsets are for the document that was read; a newer one gets its own report.
    if (this.pm.state.doc !== this.doc || reportText !== this.text) return false;
    const { spans } = report;
    const text = this.text;
    const codes = statusCodes(status, current);
    // The decorations drawn for the previous text were mapped through the
    // edits since: only the figures between the first and the last that
    // differ (in place or look) are redrawn.
    const w = unchangedEnds(this.prev, text, spans, codes, () => true);
    this.prev = { text, spans, codes };
    if (w.same) return true;
    const set = addsupKey.getState(this.pm.state);
    const stale = set.find(this.pos(w.a), this.pos(w.b));
    const added = [];
    for (let g = 0; g < codes.length; g++) {
      if (spans[2 * g + 1] < w.a || spans[2 * g] > w.b) continue;
      const from = this.pos(spans[2 * g]);
      const to = this.pos(spans[2 * g + 1]);
      const cls = `addsup-${status[g]}${current.has(g) ? ' addsup-current' : ''}`;
      if (to > from) added.push(Decoration.inline(from, to, { class: cls }));
    }
    if (!stale.length && !added.length) return true;
    // A transaction with no steps: the document and the undo history are untouched.
    const next = set.remove(stale).add(this.doc, added);
    this.pm.dispatch(this.pm.state.tr.setMeta(addsupKey, next).setMeta('addToHistory', false));
    return true;
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

  destroy() {}
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
