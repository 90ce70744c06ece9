// <addsup-panel>: the findings of an attached checker with their arithmetic.
// Choosing one scrolls the editor to it and marks its figures (the writer's
// selection is left alone). Each finding can be dismissed with a reason,
// and restored. Shadow DOM, themed with --addsup-* custom properties; a list
// of buttons with aria-expanded for the keyboard and screen readers.
import { BASE_CSS, el, sheet, findingBody, summary, STATUS_WORDS, statusClass } from './explain.js';

export const RULES = ['sum-of-parts', 'percent-of-total', 'shares-sum', 'change', 'conversion', 'count-of-list', 'restatement', 'majority-threshold', 'margin'];

// Contained (layout and paint), so that typing in the editor beside it does
// not repaint a long list of findings.
const CSS = `${BASE_CSS}
:host { display: block; contain: content; background: var(--bg); border: 1px solid var(--border); border-radius: .5rem; padding: .6rem .8rem; }
.summary { margin: 0 0 .5rem; font-weight: 600; }
ol { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid var(--border); padding: .35rem 0; }
.finding { display: block; width: 100%; text-align: left; border: 0; padding: .2rem; background: none; }
.details { padding: .2rem .4rem .4rem; }
.dismiss { display: flex; gap: .3rem; flex-wrap: wrap; margin-top: .3rem; }
.dismiss input { flex: 1; min-width: 8rem; border: 1px solid var(--border); border-radius: .3rem; padding: .1rem .3rem; background: var(--bg); }
.empty, .note { color: var(--muted); }
details { margin-top: .5rem; }
summary { cursor: pointer; color: var(--muted); }
fieldset { border: 0; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .2rem .8rem; }
`;

export class AddsupPanel extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet(CSS)];
    this.summaryEl = el('p', { class: 'summary', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }, 'Checking…');
    this.list = el('ol', { 'aria-label': 'Findings' });
    this.dismissedList = el('ul', { class: 'note' });
    this.dismissedBox = el('details', { hidden: true }, el('summary', null, 'Dismissed'), this.dismissedList);
    this.settings = this.buildSettings();
    root.append(this.summaryEl, this.list, this.dismissedBox, this.settings);
    this.onFindings = (e) => this.render(e.detail);
    this.listKey = null;
  }

  /** The checker whose findings this panel shows (attach()'s result, or options.panel). */
  set checker(checker) {
    this._checker?.removeEventListener('addsup:findings', this.onFindings);
    this._checker = checker;
    this.listKey = null;
    this.shown = null;
    checker.addEventListener('addsup:findings', this.onFindings);
    const opts = checker.checkOptions || {};
    for (const box of this.settings.querySelectorAll('input[type=checkbox]')) box.checked = opts.rules?.[box.name] !== false;
    if (opts.minSeverity) this.settings.querySelector('select').value = opts.minSeverity;
    if (checker.report) checker.emit();
  }

  get checker() {
    return this._checker;
  }

  buildSettings() {
    const change = () => {
      const rules = {};
      for (const box of this.settings.querySelectorAll('input[type=checkbox]')) rules[box.name] = box.checked;
      this._checker?.setOptions({ rules, minSeverity: this.settings.querySelector('select').value });
    };
    const boxes = RULES.map((r) => el('label', null, el('input', { type: 'checkbox', name: r, checked: true, onchange: change }), ` ${r}`));
    return el('details', null, el('summary', null, 'Settings'),
      el('fieldset', null, el('legend', null, 'Rules'), ...boxes),
      el('label', null, 'Show from severity ',
        el('select', { onchange: change }, el('option', { value: 'warning' }, 'warning'), el('option', { value: 'error' }, 'error'))));
  }

  render(detail) {
    const text = summary(detail);
    if (this.summaryEl.textContent !== text) this.summaryEl.textContent = text;
    // The same finding objects as last time: nothing in the list to do.
    const any = detail.figureCount > 0;
    const same = this.shown && this.shownAny === any && this.shown.length === detail.findings.length
      && detail.findings.every((f, n) => f === this.shown[n]);
    this.shown = detail.findings;
    this.shownAny = any;
    if (same) return this.renderDismissed(detail);
    // Typing moves findings without changing them: an item is kept while its
    // finding reads the same, and points to the finding of the latest report.
    const keys = detail.findings.map((f) => `${f.rule}|${f.status}|${f.message}`);
    const key = keys.join('\n') + `|${detail.figureCount > 0}`;
    const old = this.items || new Map();
    this.items = new Map();
    const items = detail.findings.map((f, n) => {
      const reused = old.get(keys[n])?.pop();
      const li = reused || this.item();
      li.finding = f;
      li.render();
      if (!this.items.has(keys[n])) this.items.set(keys[n], []);
      this.items.get(keys[n]).push(li);
      return li;
    });
    for (const list of this.items.values()) list.reverse();
    if (key !== this.listKey) {
      this.listKey = key;
      this.list.replaceChildren(...(items.length
        ? items
        : [el('li', { class: 'empty' }, detail.figureCount ? 'No relation between the figures was found to check.' : 'No figures yet.')]));
    }
    this.renderDismissed(detail);
  }

  renderDismissed(detail) {
    if (!detail.dismissed.length && this.dismissedBox.hidden) return;
    this.dismissedBox.hidden = detail.dismissed.length === 0;
    this.dismissedBox.firstChild.textContent = `Dismissed (${detail.dismissed.length})`;
    this.dismissedList.replaceChildren(...detail.dismissed.map((f) => el('li', null,
      `${f.message}${this.reason(f)} `,
      el('button', { type: 'button', onclick: () => this._checker.restore(f) }, 'Restore'))));
  }

  reason(f) {
    const d = this._checker.dismissed.get(f.fingerprint);
    return d && d.reason ? ` (${d.reason})` : '';
  }

  /** A finding's item, filled when first rendered; `li.finding` is set on each report. */
  item() {
    const id = `finding-${++this.itemCount || (this.itemCount = 1)}`;
    const details = el('div', { class: 'details', id, hidden: true });
    const button = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': id });
    const li = el('li', null, button, details);
    let shown = null;
    li.render = () => {
      const f = li.finding;
      if (shown === f.message + f.status) return;
      shown = f.message + f.status;
      button.className = `finding ${statusClass(f)}`;
      button.replaceChildren(el('span', { class: 'badge' }, STATUS_WORDS[f.status] || f.status), ' · ', f.message);
    };
    button.addEventListener('click', () => {
      const f = li.finding;
      const open = button.getAttribute('aria-expanded') !== 'true';
      for (const b of this.list.querySelectorAll('[aria-expanded="true"]')) {
        b.setAttribute('aria-expanded', 'false');
        b.nextSibling.hidden = true;
      }
      if (!open) return this._checker.closeExplanation?.(true);
      button.setAttribute('aria-expanded', 'true');
      // Built afresh: the finding's figures may have moved since.
      details.replaceChildren(...findingBody(f).slice(1), this.dismissForm(li)); // the message is on the button
      details.hidden = false;
      this._checker.reveal?.(f);
    });
    return li;
  }

  dismissForm(li) {
    const reason = el('input', { type: 'text', placeholder: 'Reason (optional)', 'aria-label': 'Reason for dismissing' });
    return el('div', { class: 'dismiss' }, reason,
      el('button', { type: 'button', onclick: () => this._checker.dismiss(li.finding, reason.value.trim()) }, 'Dismiss'));
  }
}

/** Defines <addsup-panel> once. */
export function definePanel(name = 'addsup-panel') {
  if (!customElements.get(name)) customElements.define(name, class extends AddsupPanel {});
}
