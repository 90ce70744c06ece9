// addsupPlugin(): the widget for editors built on ProseMirror (TipTap
// included). It reads the document's text block by block (unchanged blocks
// are shared between states, so their text is cached), learns of changes
// from the view's updates, and shows findings as inline decorations, which
// are drawn by the view and are no part of the document or its history.
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { AttachedChecker, scrollRectIntoView } from './attach.js';
import { addDocumentStyles } from './highlights.js';

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
    return parts.join(PARAGRAPH_BREAK);
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

  paint(report, status, current) {
    // Offsets are for the document that was read; a newer one gets its own report.
    if (this.pm.state.doc !== this.doc) return false;
    const want = new Map();
    const { spans } = report;
    for (let g = 0; g < status.length; g++) {
      const from = this.pos(spans[2 * g]);
      const to = this.pos(spans[2 * g + 1]);
      const cls = `addsup-${status[g]}${current.has(g) ? ' addsup-current' : ''}`;
      if (to > from) want.set(`${from}:${to}:${cls}`, { from, to, cls });
    }
    // Only what changed: the decorations already drawn were mapped through the
    // writer's edits, so most still stand, and the view redraws only the
    // paragraphs whose decorations differ.
    const set = addsupKey.getState(this.pm.state);
    const stale = [];
    for (const d of set.find()) {
      const key = `${d.from}:${d.to}:${d.spec.cls}`;
      if (want.has(key)) want.delete(key);
      else stale.push(d);
    }
    if (!stale.length && !want.size) return true;
    const added = [...want.values()].map((w) => Decoration.inline(w.from, w.to, { class: w.cls }, { cls: w.cls }));
    const next = set.remove(stale).add(this.doc, added);
    // A transaction with no steps: the document and the undo history are untouched.
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
