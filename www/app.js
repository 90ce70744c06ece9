// The addsup page: a text area over a mirror that shows the highlights,
// a summary, a list of findings and their explanations.
//
// Safety: the writer's text only ever reaches the DOM as text nodes
// (textContent, append(string)); nothing here parses it as HTML.
// Speed: a check runs in a Web Worker; each keystroke only patches the
// mirror's lines that changed, and a report re-renders only the lines whose
// highlights changed.
import { load } from './load.js';

const SAMPLE = `Most drones stopped overnight, but the air force's figures leave a gap

Kyiv, 25 November. Overnight, Russia launched 145 attack drones at Ukraine, the air force said on Tuesday. Air defences shot down 71 of them and 71 were lost in flight, most likely to electronic jamming. One drone flew into Belarusian airspace.

In the Kharkiv region, the governor said 12 people were injured: 8 in the city and 4 in villages to the east. Rescuers counted 40 damaged homes: 25 in Kharkiv itself and 15 in the surrounding district.

It was one of the largest attacks since the spring of 2022. A military spokesman said about 150 drones and missiles had been tracked in all, and that two S-300 missiles were also fired at the city of Sumy, where a school and 3 shops were hit.`;

const $ = (id) => document.getElementById(id);
const ta = $('text');
const mirror = $('mirror');
const explain = $('explain');
const editor = ta.closest('.editor');
const summaryEl = $('summary');
const list = $('findings');
const root = document.documentElement;

// ---------------------------------------------------------------- mirror
// One <div> per line of the text; `starts[k]` is where line k begins.
let lines = [];
let starts = [];
let mirrorText = '';

function newLine(text) {
  const el = document.createElement('div');
  el.textContent = text;
  return { text, el, key: '' };
}

function resetMirror(text) {
  const parts = text.split('\n');
  lines = parts.map(newLine);
  starts = new Array(parts.length);
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    starts[k] = at;
    at += parts[k].length + 1;
  }
  const frag = document.createDocumentFragment();
  for (const line of lines) frag.append(line.el);
  mirror.replaceChildren(frag);
  mirrorText = text;
}

/** The index of the line holding UTF-16 offset `offset`. */
function lineAt(offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Brings the mirror to `text`, rebuilding only the lines the edit touched. */
function editMirror(text) {
  const old = mirrorText;
  if (text === old) return;
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const i = lineAt(p);
  const j = lineAt(old.length - s);
  const from = starts[i];
  const newTo = starts[j] + lines[j].text.length + (text.length - old.length);
  const added = text.slice(from, newTo).split('\n').map(newLine);
  if (added.length > 2000) {
    resetMirror(text);
    return;
  }
  const after = lines[j].el.nextSibling;
  for (let k = i; k <= j; k++) lines[k].el.remove();
  const frag = document.createDocumentFragment();
  for (const line of added) frag.append(line.el);
  mirror.insertBefore(frag, after);
  lines.splice(i, j - i + 1, ...added);
  starts.length = lines.length;
  let at = from;
  for (let k = i; k < lines.length; k++) {
    starts[k] = at;
    at += lines[k].text.length + 1;
  }
  mirrorText = text;
}

// ---------------------------------------------------------------- report
let report = null; // the report for `reportText`
let reportText = null;
let figStatus = []; // per figure: 'bad' | 'ok' | 'read'
let figFindings = []; // per figure: indices of its findings
let checkMs = 0;

const fresh = () => report !== null && reportText === ta.value && mirrorText === ta.value;

function applyReport(rep, text) {
  performance.mark('addsup:render-start');
  report = rep;
  reportText = text;
  const figs = rep.figures;
  figStatus = figs.map(() => 'read');
  figFindings = figs.map(() => []);
  rep.findings.forEach((f, n) => {
    for (const ff of f.figures) {
      const g = ff.figure;
      if (g == null || g < 0 || g >= figs.length) continue;
      figFindings[g].push(n);
      if (f.status === 'inconsistent') figStatus[g] = 'bad';
      else if (figStatus[g] !== 'bad') figStatus[g] = 'ok';
    }
  });
  // Marks per line; a line is rebuilt only when its marks changed.
  let f = 0;
  let lastEnd = 0;
  for (let k = 0; k < lines.length; k++) {
    const ls = starts[k];
    const le = ls + lines[k].text.length;
    while (f < figs.length && figs[f].end <= ls) f++;
    let key = '';
    const marks = [];
    for (let g = f; g < figs.length && figs[g].start < le; g++) {
      const a = Math.max(figs[g].start, ls, lastEnd) - ls;
      const b = Math.min(figs[g].end, le) - ls;
      if (b <= a) continue;
      marks.push(g, a, b);
      key += `${figStatus[g]}${a}-${b},`;
      lastEnd = ls + b;
    }
    if (key !== lines[k].key) {
      renderLine(lines[k], marks);
      lines[k].key = key;
    }
  }
  performance.measure('addsup:render-lines', 'addsup:render-start');
  renderSummary();
  renderFindings();
  root.dataset.addsup = 'checked';
  performance.measure('addsup:render', 'addsup:render-start');
}

function renderLine(line, marks) {
  const t = line.text;
  const frag = document.createDocumentFragment();
  let at = 0;
  for (let m = 0; m < marks.length; m += 3) {
    const [g, a, b] = [marks[m], marks[m + 1], marks[m + 2]];
    if (a > at) frag.append(t.slice(at, a));
    const mark = document.createElement('mark');
    mark.className = figStatus[g];
    mark.dataset.at = String(a);
    mark.textContent = t.slice(a, b);
    frag.append(mark);
    at = b;
  }
  if (at < t.length) frag.append(t.slice(at));
  line.el.replaceChildren(frag);
}

/** The mark showing figure `g` of the current report, if it is drawn. */
function markOf(g) {
  const fig = report && report.figures[g];
  if (!fig) return null;
  const k = lineAt(fig.start);
  return lines[k].el.querySelector(`mark[data-at="${fig.start - starts[k]}"]`);
}

/** The figure a mark shows, by its offset in the text. */
function figureOf(mark) {
  const k = lines.findIndex((l) => l.el === mark.parentElement);
  if (k < 0 || !report) return -1;
  return figureAtOffset(starts[k] + Number(mark.dataset.at), false);
}

function figureAtOffset(offset, inclusiveEnd) {
  const figs = report ? report.figures : [];
  let lo = 0;
  let hi = figs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figs[mid].end < offset || (!inclusiveEnd && figs[mid].end === offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo < figs.length && figs[lo].start <= offset ? lo : -1;
}

// ---------------------------------------------------------------- words
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const STATUS_WORDS = { inconsistent: "Doesn't add up", consistent: 'Adds up' };
const num = (v) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v));

function counts() {
  const rep = report || { findings: [], figures: [] };
  const bad = rep.findings.filter((f) => f.status === 'inconsistent').length;
  const ok = rep.findings.length - bad;
  return { bad, ok, figures: rep.figures.length };
}

function summaryText() {
  const c = counts();
  if (!report || (c.figures === 0 && ta.value.trim() === '')) return 'Paste or type an article to check its figures.';
  const parts = [
    c.bad ? `${plural(c.bad, "figure doesn't", "figures don't")} add up` : "Nothing found that doesn't add up",
    `${plural(c.ok, 'check', 'checks')} passed`,
    `${plural(c.figures, 'figure', 'figures')} read`,
  ];
  return parts.join(' · ');
}

function renderSummary() {
  const t = summaryText();
  if (summaryEl.textContent !== t) summaryEl.textContent = t;
}

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  if (props) for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k in e) e[k] = v;
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return e;
}

function describeFigure(fig) {
  const kind = fig.kind.replace(/_/g, ' ');
  let what;
  if (fig.value !== null && fig.value !== undefined) what = `${kind}, ${num(fig.value)}`;
  else if (fig.min !== undefined || fig.max !== undefined) what = `${kind}, ${num(fig.min ?? '…')} to ${num(fig.max ?? '…')}`;
  else what = kind;
  const extras = [fig.currency, fig.unit, fig.approx && fig.approx.replace(/_/g, ' '), fig.bound && fig.bound.replace(/_/g, ' ')]
    .filter(Boolean);
  return extras.length ? `${what} (${extras.join(', ')})` : what;
}

/** The explanation of one finding: arithmetic, numbers and roles. */
function findingBody(finding, current) {
  const rows = finding.figures.map((ff) =>
    el('tr', { class: ff.figure === current ? 'this' : '' },
      el('td', null, `“${ff.text}”`), el('td', null, ff.role), el('td', null, ff.figure === current ? '← this figure' : '')));
  return [
    el('p', { class: 'arith' }, finding.message),
    el('p', { class: 'arith' }, `Expected: ${finding.expected} · Reported: ${finding.reported}`
      + (finding.status === 'inconsistent' ? ` · Gap: ${num(finding.gap)}` : '')),
    el('table', null, el('tbody', null, ...rows)),
    el('p', { class: 'help' }, `Rule ${finding.rule}, ${finding.severity}`),
  ];
}

function figureExplanation(g) {
  const fig = report.figures[g];
  const parts = [el('h3', null, `“${fig.text}”: ${describeFigure(fig)}`)];
  const fs = figFindings[g];
  if (fs.length === 0) parts.push(el('p', null, 'Read, but part of no relation addsup checked.'));
  for (const n of fs) {
    const f = report.findings[n];
    parts.push(el('p', { class: `badge ${f.status === 'inconsistent' ? 'bad' : 'ok'}` }, STATUS_WORDS[f.status] || f.status),
      ...findingBody(f, g));
  }
  return parts;
}

// ---------------------------------------------------------------- explanation
let shown = -1; // the figure explained
let pinned = false;
let related = [];

function clearRelated() {
  for (const m of related) m.classList.remove('related', 'current');
  related = [];
}

function highlightRelated(g, findingIndices) {
  clearRelated();
  const set = new Set([g]);
  for (const n of findingIndices) for (const ff of report.findings[n].figures) set.add(ff.figure);
  for (const i of set) {
    if (i == null) continue;
    const m = markOf(i);
    if (!m) continue;
    m.classList.add(i === g ? 'current' : 'related');
    related.push(m);
  }
}

function showExplanation(g, pin) {
  if (!fresh() || g < 0) return hideExplanation(true);
  const mark = markOf(g);
  if (!mark) return;
  pinned = pin;
  if (shown !== g) {
    shown = g;
    explain.replaceChildren(...figureExplanation(g));
    highlightRelated(g, figFindings[g]);
  }
  explain.hidden = false;
  placeExplanation(mark);
}

function placeExplanation(mark) {
  const r = mark.getBoundingClientRect();
  const box = editor.getBoundingClientRect();
  const width = explain.offsetWidth;
  const left = Math.max(0, Math.min(r.left - box.left, box.width - width));
  explain.style.left = `${left}px`;
  explain.style.top = `${r.bottom - box.top + 6}px`;
}

function hideExplanation(force) {
  if (pinned && !force) return;
  pinned = false;
  shown = -1;
  explain.hidden = true;
  clearRelated();
}

// Hover: the text area covers the mirror, so look under it for a mark.
let hoverFrame = 0;
ta.addEventListener('mousemove', (e) => {
  if (hoverFrame) return;
  hoverFrame = requestAnimationFrame(() => {
    hoverFrame = 0;
    if (pinned || !fresh()) return;
    ta.style.pointerEvents = 'none';
    const under = document.elementFromPoint(e.clientX, e.clientY);
    ta.style.pointerEvents = '';
    if (under && under.tagName === 'MARK' && mirror.contains(under)) showExplanation(figureOf(under), false);
    else hideExplanation(false);
  });
});
ta.addEventListener('mouseleave', () => hideExplanation(false));

// Click, or moving the caret with the keys, into a figure opens its explanation.
function explainAtCaret() {
  if (!fresh() || ta.selectionStart !== ta.selectionEnd) return;
  const g = figureAtOffset(ta.selectionStart, true);
  if (g >= 0) showExplanation(g, true);
  else hideExplanation(true);
}
ta.addEventListener('click', explainAtCaret);
ta.addEventListener('keyup', (e) => {
  if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') explainAtCaret();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !explain.hidden) hideExplanation(true);
});
ta.addEventListener('scroll', () => {
  mirror.scrollTop = ta.scrollTop;
  if (!explain.hidden) {
    const m = markOf(shown);
    if (m) placeExplanation(m);
  }
});

// ---------------------------------------------------------------- findings list
// The list is built in batches: a long text can have hundreds of findings,
// and building them all at once would hold up typing.
const BATCH = 60;
let listGeneration = 0;

function findingItem(f, n) {
  const cls = f.status === 'inconsistent' ? 'bad' : 'ok';
  // The details are built when the finding is opened.
  const details = el('div', { class: 'details', id: `finding-${n}-details`, hidden: true });
  const button = el('button', { type: 'button', class: `finding ${cls}`, id: `finding-${n}`, 'aria-expanded': 'false',
    'aria-controls': details.id },
    el('span', { class: 'badge' }, STATUS_WORDS[f.status] || f.status), ' · ', f.message);
  button.addEventListener('click', () => chooseFinding(n, button, details));
  return el('li', null, button, details);
}

let listKey = null;

function renderFindings() {
  const findings = report.findings;
  // Typing usually moves findings without changing them: keep the list then
  // (its buttons look their finding up by index when chosen).
  const key = findings.map((f) => `${f.rule}|${f.status}|${f.severity}|${f.message}`).join('\n')
    + (findings.length ? '' : `|${report.figures.length > 0}`);
  if (key === listKey) return;
  listKey = key;
  const generation = ++listGeneration;
  if (findings.length === 0) {
    const why = report.figures.length ? 'No relation between the figures was found to check.' : 'No figures yet.';
    list.replaceChildren(el('li', { class: 'empty' }, why));
    return;
  }
  list.replaceChildren(...findings.slice(0, BATCH).map(findingItem));
  const more = (from) => {
    if (generation !== listGeneration || from >= findings.length) return;
    list.append(...findings.slice(from, from + BATCH).map((f, i) => findingItem(f, from + i)));
    setTimeout(() => more(from + BATCH), 0);
  };
  setTimeout(() => more(BATCH), 0);
}

function chooseFinding(n, button, details) {
  const open = button.getAttribute('aria-expanded') !== 'true';
  for (const b of list.querySelectorAll('button[aria-expanded="true"]')) {
    b.setAttribute('aria-expanded', 'false');
    $(b.getAttribute('aria-controls')).hidden = true;
  }
  if (!open) return hideExplanation(true);
  button.setAttribute('aria-expanded', 'true');
  const f = report.findings[n];
  if (!details.firstChild) details.append(...findingBody(f, -1));
  details.hidden = false;
  const withFigure = f.figures.filter((ff) => ff.figure != null);
  const main = withFigure.find((ff) => ff.role === 'total' || ff.role === 'whole') || withFigure[0];
  if (!main) return;
  const mark = markOf(main.figure);
  if (mark) {
    ta.scrollTop = Math.max(0, mark.offsetTop - ta.clientHeight / 3);
    mirror.scrollTop = ta.scrollTop;
    // On a phone the text is above the list: bring it into view.
    $('field').scrollIntoView({ block: 'nearest' });
  }
  showExplanation(main.figure, true);
  highlightRelated(main.figure, [n]);
}

// ---------------------------------------------------------------- export
function findingsAsText() {
  const lines = [`addsup: ${summaryText()}`, ''];
  report.findings.forEach((f, n) => {
    lines.push(`${n + 1}. ${(STATUS_WORDS[f.status] || f.status).toUpperCase()} (${f.rule}, ${f.severity}): ${f.message}`);
    lines.push(`   Expected: ${f.expected}; reported: ${f.reported}${f.status === 'inconsistent' ? `; gap: ${num(f.gap)}` : ''}`);
    lines.push(`   Figures: ${f.figures.map((ff) => `"${ff.text}" (${ff.role})`).join(', ')}`);
  });
  return lines.join('\n') + '\n';
}

const mdCode = (s) => {
  const runs = s.match(/`+/g) || [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  return `${fence}${fence.length > 1 ? ' ' : ''}${s}${fence.length > 1 ? ' ' : ''}${fence}`;
};
// Escapes what Markdown reads inline; the lines never start with the text.
const mdText = (s) => s.replace(/([\\`*_[\]<>|~])/g, '\\$1');

function findingsAsMarkdown() {
  const out = [`**addsup**: ${mdText(summaryText())}`, ''];
  for (const f of report.findings) {
    out.push(`- **${STATUS_WORDS[f.status] || f.status}** (${mdCode(f.rule)}, ${f.severity}): ${mdText(f.message)}  `);
    out.push(`  Expected ${mdText(f.expected)}; reported ${mdText(f.reported)}`
      + `${f.status === 'inconsistent' ? `; gap ${num(f.gap)}` : ''}. `
      + `Figures: ${f.figures.map((ff) => `${mdCode(ff.text)} (${ff.role})`).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const scratch = el('textarea', { class: 'scratch' });
    scratch.value = text;
    document.body.append(scratch);
    scratch.select();
    document.execCommand('copy');
    scratch.remove();
  }
  $('copied').textContent = 'Copied.';
  setTimeout(() => ($('copied').textContent = ''), 2500);
}

$('copy-text').addEventListener('click', () => report && copy(findingsAsText()));
$('copy-md').addEventListener('click', () => report && copy(findingsAsMarkdown()));
$('download').addEventListener('click', () => {
  if (!report) return;
  const json = JSON.stringify({ addsup: engine ? engine.glue.version() : null, ...report }, null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = el('a', { href: url, download: 'addsup-findings.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

// ---------------------------------------------------------------- checking
let engine = null;
let worker = null;
let inflight = null; // {id, text} sent to the worker
let pending = null; // the latest text waiting for the worker
let seq = 0;
let timer = 0;

function startWorker() {
  try {
    worker = engine.makeWorker();
  } catch {
    worker = null;
    return;
  }
  worker.onmessage = (e) => {
    root.dataset.checkedIn = 'worker';
    performance.mark('addsup:receive-start');
    const msg = e.data;
    if (msg.type === 'report') msg.report = JSON.parse(msg.report);
    performance.measure('addsup:parse', 'addsup:receive-start');
    onResult(msg);
    performance.measure('addsup:receive', 'addsup:receive-start');
  };
  worker.onerror = (e) => {
    // The worker could not start (or died): check on the main thread.
    e.preventDefault?.();
    worker = null;
    const text = inflight ? inflight.text : ta.value;
    inflight = null;
    runCheck(text);
  };
  worker.postMessage({ type: 'init', module: engine.module });
}

function runCheck(text) {
  if (!engine) return;
  root.dataset.addsup = 'checking';
  const id = ++seq;
  if (!worker) {
    root.dataset.checkedIn = 'main';
    const start = performance.now();
    try {
      onResult({ type: 'report', id, text, report: engine.glue.check(text), ms: performance.now() - start });
    } catch (err) {
      onResult({ type: 'error', id, message: String(err && err.message) });
    }
    return;
  }
  if (inflight) {
    pending = text;
    return;
  }
  inflight = { id, text };
  worker.postMessage({ type: 'check', id, text });
}

let crashedOn = null;
function onResult(msg) {
  const text = msg.text ?? (inflight && inflight.id === msg.id ? inflight.text : null);
  if (worker && inflight && inflight.id === msg.id) inflight = null;
  if (msg.type === 'error') {
    summaryEl.textContent = msg.trapped
      ? 'addsup stopped on this text (an internal error). Edit the text to check it again.'
      : `The checker stopped: ${msg.message}`;
    root.dataset.addsup = 'error';
    if (msg.trapped && worker) {
      worker.terminate();
      startWorker();
    }
    crashedOn = text;
  } else if (text === ta.value) {
    checkMs = msg.ms;
    root.dataset.checkMs = checkMs.toFixed(1);
    if (mirrorText !== text) editMirror(text);
    applyReport(msg.report, text);
  }
  if (pending !== null) {
    const next = pending;
    pending = null;
    if (next !== crashedOn) runCheck(next);
  }
}

function scheduleCheck(now) {
  clearTimeout(timer);
  const delay = now ? 0 : ta.value.length < 20000 ? 150 : 400;
  timer = setTimeout(() => runCheck(ta.value), delay);
}

ta.addEventListener('input', (e) => {
  performance.mark('addsup:input-start');
  root.dataset.addsup = 'pending';
  editMirror(ta.value);
  if (!explain.hidden) hideExplanation(true);
  scheduleCheck(e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop');
  performance.measure('addsup:input', 'addsup:input-start');
});

// Rich text from a CMS: the browser pastes its plain-text flavour. When a
// clipboard holds only HTML, take the text of its nodes; the HTML is parsed
// into an inert document (no scripts run, nothing loads) and never shown.
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'PRE', 'FIGCAPTION']);
function htmlText(node, out) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out.push(child.data.replace(/\s+/g, ' '));
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const tag = child.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
      if (tag === 'BR') out.push('\n');
      else if (BLOCKS.has(tag)) {
        out.push('\n');
        htmlText(child, out);
        out.push('\n');
      } else htmlText(child, out);
    }
  }
  return out;
}

ta.addEventListener('paste', (e) => {
  const dt = e.clipboardData;
  if (!dt || dt.types.includes('text/plain')) return;
  const html = dt.getData('text/html');
  if (!html) return;
  e.preventDefault();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const text = htmlText(doc.body, []).join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
  ta.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
});

$('example').addEventListener('click', () => {
  ta.value = SAMPLE;
  ta.scrollTop = 0;
  resetMirror(SAMPLE);
  hideExplanation(true);
  runCheck(SAMPLE);
});
$('clear').addEventListener('click', () => {
  ta.value = '';
  resetMirror('');
  hideExplanation(true);
  runCheck('');
  ta.focus();
});

root.dataset.addsup = 'loading';
resetMirror(ta.value);
load()
  .then((loaded) => {
    engine = loaded;
    $('version').textContent = engine.glue.version();
    if (typeof Worker === 'function') startWorker();
    root.dataset.addsup = 'ready';
    runCheck(ta.value);
  })
  .catch((err) => {
    root.dataset.addsup = 'error';
    summaryEl.textContent = `The checker could not load: ${err && err.message}`;
  });
