// Findings in words, built as DOM nodes: the writer's text only ever
// reaches the DOM as text (no HTML is parsed from it).

export const STATUS_WORDS = { inconsistent: "Doesn't add up", consistent: 'Adds up' };
const num = (v) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v));
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** A small element builder: props are properties when the element has them, attributes otherwise. */
export function el(tag, props, ...children) {
  const e = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k in e && typeof v !== 'string') e[k] = v;
      else e.setAttribute(k, v);
    }
  }
  e.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return e;
}

export const statusClass = (f) => (f.status === 'inconsistent' ? 'bad' : 'ok');

/** The arithmetic of one finding, its figures and their roles. */
export function findingBody(f, current = -1) {
  const rows = f.figures.map((ff) =>
    el('tr', { class: ff.figure === current ? 'this' : '' },
      el('td', null, `“${ff.text}”`), el('td', null, ff.role)));
  return [
    el('p', { class: 'arith' }, f.message),
    // The page's labels; severity belongs to problems only.
    el('p', { class: 'arith' }, `The figures give: ${f.expected} · The text says: ${f.reported}`
      + (f.status === 'inconsistent' ? ` · Difference: ${f.difference || num(f.gap)}` : '')),
    el('table', null, el('tbody', null, ...rows)),
    el('p', { class: 'rule' }, `Rule ${f.rule}` + (f.status === 'inconsistent' ? `, ${f.severity}` : '')),
  ];
}

export function describeFigure(fig) {
  const kind = fig.kind.replace(/_/g, ' ');
  let what = kind;
  if (fig.value != null) what = `${kind}, ${num(fig.value)}`;
  else if (fig.min != null || fig.max != null) what = `${kind}, ${num(fig.min ?? '…')} to ${num(fig.max ?? '…')}`;
  const extras = [fig.currency, fig.unit, fig.approx, fig.bound].filter(Boolean).map((s) => String(s).replace(/_/g, ' '));
  return extras.length ? `${what} (${extras.join(', ')})` : what;
}

/** One summary line: the problems (not their figures), what passed, what was read. */
export function summary(detail) {
  if (!detail) return 'Checking…';
  const bad = detail.unresolved.length;
  const ok = detail.findings.length - detail.findings.filter((f) => f.status === 'inconsistent').length;
  const parts = [
    bad ? plural(bad, 'problem', 'problems') : 'No problems found',
    `${plural(ok, 'check', 'checks')} passed`,
    `${plural(detail.figureCount, 'figure', 'figures')} read`,
  ];
  if (detail.dismissed.length) parts.push(`${detail.dismissed.length} dismissed`);
  return parts.join(' · ');
}

/** Shared look of the panel and the popover, themable with --addsup-* properties. */
export const BASE_CSS = `
:host { --bad: var(--addsup-bad, #c5221f); --ok: var(--addsup-ok, #1e7d32); --fg: var(--addsup-fg, #1d1d1f);
  --muted: var(--addsup-muted, #5f6368); --bg: var(--addsup-bg, #fff); --border: var(--addsup-border, #d5d3cc);
  --accent: var(--addsup-accent, #1f5fbf); font: var(--addsup-font, 14px/1.45 system-ui, sans-serif); color: var(--fg); }
.arith { margin: .25rem 0; }
table { border-collapse: collapse; margin: .25rem 0; }
td { padding: 0 .6rem 0 0; vertical-align: top; }
tr.this td { font-weight: 600; }
.rule { color: var(--muted); font-size: .85em; margin: .25rem 0; }
.badge { font-weight: 600; }
.bad .badge, .badge.bad { color: var(--bad); }
.ok .badge, .badge.ok { color: var(--ok); }
button, select, input { font: inherit; color: inherit; }
button { background: var(--bg); border: 1px solid var(--border); border-radius: .35rem; padding: .15rem .55rem; cursor: pointer; }
button:hover { border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
`;

/** A constructed style sheet (allowed under a strict style-src, unlike a <style> element). */
export function sheet(text) {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}
