// The explanation shown beside a highlighted figure, as on the page. It lives
// in its own shadow root on <body>, outside the editor, and follows the
// figure when the page scrolls or resizes.
import { BASE_CSS, el, sheet, findingBody, describeFigure, STATUS_WORDS, statusClass } from './explain.js';

const CSS = `${BASE_CSS}
.pop { position: fixed; z-index: 2147483000; max-width: min(26rem, 92vw); background: var(--bg); border: 1px solid var(--border);
  border-radius: .5rem; padding: .5rem .75rem; box-shadow: 0 4px 18px rgba(0,0,0,.18); }
h3 { margin: 0 0 .25rem; font-size: 1em; }
.actions { margin-top: .35rem; display: flex; gap: .4rem; }
`;

export class Popover {
  /** @param {{ dismiss(f: any): void }} checker */
  constructor(checker) {
    this.checker = checker;
    this.host = document.createElement('div');
    this.host.dataset.addsupPopover = '';
    const root = this.host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet(CSS)];
    this.box = el('div', { class: 'pop', role: 'tooltip', hidden: true });
    root.append(this.box);
    this.anchor = null;
    this.figure = -1;
    this.follow = () => this.place();
  }

  /** Explains figure `g` of `report` beside the rect `anchor()` returns. */
  show(report, findings, g, anchor) {
    if (!this.host.isConnected) document.body.append(this.host);
    this.anchor = anchor;
    if (this.figure !== g || this.box.hidden) {
      this.figure = g;
      const fig = report.figures[g];
      const mine = findings.filter((f) => f.figures.some((ff) => ff.figure === g));
      const parts = [el('h3', null, `“${fig.text}”: ${describeFigure(fig)}`)];
      if (!mine.length) parts.push(el('p', null, 'Read, but part of no relation addsup checked.'));
      for (const f of mine) {
        parts.push(el('p', { class: `badge ${statusClass(f)}` }, STATUS_WORDS[f.status] || f.status), ...findingBody(f, g));
        if (f.status === 'inconsistent') {
          parts.push(el('div', { class: 'actions' },
            el('button', { type: 'button', onclick: () => { this.checker.dismiss(f); this.hide(); } }, 'Dismiss')));
        }
      }
      this.box.replaceChildren(...parts);
    }
    this.box.hidden = false;
    this.place();
    addEventListener('scroll', this.follow, true);
    addEventListener('resize', this.follow);
  }

  place() {
    const r = this.anchor && this.anchor();
    if (!r) return this.hide();
    const width = this.box.offsetWidth;
    this.box.style.left = `${Math.max(4, Math.min(r.left, innerWidth - width - 4))}px`;
    const below = r.bottom + 6;
    this.box.style.top = `${below + this.box.offsetHeight > innerHeight && r.top > this.box.offsetHeight ? r.top - this.box.offsetHeight - 6 : below}px`;
  }

  get open() {
    return !this.box.hidden;
  }

  hide() {
    this.box.hidden = true;
    this.figure = -1;
    this.anchor = null;
    removeEventListener('scroll', this.follow, true);
    removeEventListener('resize', this.follow);
  }

  destroy() {
    this.hide();
    this.host.remove();
  }
}
