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
const othersGroup = $('others-group');
const othersToggle = $('others-toggle');
const othersList = $('others');
const results = list.closest('.results');
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
let reportId = 0; // the check that gave it
// Why each finding holds together and what was set aside, for `reportId`:
// the worker keeps them and sends them when an explanation is first opened,
// so typing never parses them.
let why = null; // {id, explanations: per finding, rejected}
let whyAsked = 0;
let figStatus = []; // per figure: 'bad' | 'ok' | 'read'
let figFindings = []; // per figure: indices of its findings
let checkMs = 0;

const fresh = () => report !== null && reportText === ta.value && mirrorText === ta.value;

function applyReport(rep, text, id) {
  performance.mark('addsup:render-start');
  report = rep;
  reportText = text;
  reportId = id;
  const figs = rep.figures;
  figStatus = figs.map(() => 'read');
  figFindings = figs.map(() => []);
  rep.findings.forEach((f, n) => {
    for (const ff of f.figures) {
      const g = ff.figure;
      if (g == null || g < 0 || g >= figs.length) continue;
      figFindings[g].push(n);
      const group = groupOf(f);
      if (group === 'bad') figStatus[g] = 'bad';
      else if (group === 'ok' && figStatus[g] !== 'bad') figStatus[g] = 'ok';
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
const num = (v) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v));
// The difference in the text's own units ("2 drones"), the bare gap only when the engine gave none.
const differenceOf = (f) => f.difference || num(f.gap);

/**
 * Where a finding belongs: 'bad' (a problem), 'ok' (a pass that tells
 * something), or 'other' (a pass that says nothing: a lone part within its
 * total, a figure restated as itself), which is kept apart and never green.
 */
const groupOf = (f) => (f.status === 'inconsistent' ? 'bad' : f.informative === false ? 'other' : 'ok');
const GROUP_WORDS = { bad: "Doesn't add up", ok: 'Adds up', other: 'Holds' };
const GROUP_ORDER = ['bad', 'ok', 'other'];

/** The report's finding indices by group, each in text order. */
function grouped() {
  const groups = { bad: [], ok: [], other: [] };
  if (report) report.findings.forEach((f, n) => groups[groupOf(f)].push(n));
  return groups;
}

/** Problems first, then the passes that tell something, then the others. */
const inListOrder = (groups) => GROUP_ORDER.flatMap((g) => groups[g]);

function summaryText() {
  if (!report || (report.figures.length === 0 && ta.value.trim() === '')) return 'Paste or type an article to check its figures.';
  const groups = grouped();
  const parts = [
    groups.bad.length ? plural(groups.bad.length, 'problem', 'problems') : 'No problems found',
    `${plural(groups.ok.length, 'check', 'checks')} passed`,
    groups.other.length ? plural(groups.other.length, 'other check', 'other checks') : null,
    `${plural(report.figures.length, 'figure', 'figures')} read`,
  ];
  return parts.filter(Boolean).join(' · ');
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

// What the figures give, what the text says and, for a problem, how far
// apart they are: the labels every view of a finding uses.
const GIVE = 'The figures give';
const SAY = 'The text says';
const DIFFERENCE = 'Difference';
const SEVERITY_WORDS = {
  error: 'error: the text states how these figures relate',
  warning: 'warning: how these figures relate is inferred',
};

/** The rule, and for a problem its severity: a pass has none. */
function ruleLine(f) {
  return groupOf(f) === 'bad' ? `Rule ${f.rule} · ${SEVERITY_WORDS[f.severity] || f.severity}` : `Rule ${f.rule}`;
}

// Why a finding's figures were tied, as the engine words it; the verdict's
// figures are already in the facts above it, so only its words are shown.
const ASPECT_WORDS = { cue: 'Cue', scope: 'Scope', completeness: 'Completeness', verdict: 'Verdict' };
const quoted = (words) => (words ? ` (“${words}”)` : '');

/** Finding `n`'s reasons: in the report when checked on this thread, else from the worker once asked. */
function explanationOf(n) {
  const f = report.findings[n];
  if (f.explanation) return f.explanation;
  return why && why.id === reportId ? why.explanations[n] : null;
}

/** The candidates set aside, likewise. */
function rejectedList() {
  if (report.rejected) return report.rejected;
  return why && why.id === reportId ? why.rejected : [];
}

/** Asks the worker for the reasons of the report on screen, once. */
function askWhy() {
  if (!worker || (why && why.id === reportId) || whyAsked === reportId) return;
  whyAsked = reportId;
  worker.postMessage({ type: 'why', id: reportId });
}

/** The reasons arrived: the open explanation and findings show them. */
function onWhy(msg) {
  if (msg.id !== reportId) return;
  why = { id: msg.id, ...JSON.parse(msg.why) };
  if (!explain.hidden && shown >= 0) {
    const g = shown;
    shown = -1;
    showExplanation(g, pinned);
  }
  for (const b of results.querySelectorAll('button.finding[aria-expanded="true"]')) {
    const n = Number(b.id.slice('finding-'.length));
    $(b.getAttribute('aria-controls')).replaceChildren(...findingBody(n, -1));
  }
}

/**
 * The reasons of finding `n`: the cue, scope and completeness that tied its
 * figures, then the verdict. Open, in a <details> whose summary a keyboard
 * reaches, so a long explanation that scrolls can be scrolled from the keys.
 */
function reasonsOf(n) {
  const reasons = explanationOf(n);
  if (!reasons || reasons.length === 0) return [];
  const items = reasons.map((r) =>
    el('li', { class: `reason ${r.aspect}` }, el('span', { class: 'aspect' }, `${ASPECT_WORDS[r.aspect] || r.aspect}:`), ` ${r.words}${quoted(r.quote)}`));
  return [el('details', { class: 'why', open: true }, el('summary', { class: 'why-title' }, 'Why'), el('ul', null, ...items))];
}

/** The candidates set aside that figure `g` was part of, in words. */
function setAsideOf(g) {
  const these = rejectedList().filter((r) => r.figures.includes(g));
  if (these.length === 0) return [];
  const items = these.map((r) => {
    const others = r.figures.filter((i) => i !== g).map((i) => `“${report.figures[i].text}”`);
    const company = others.length ? `With ${others.join(', ')}` : 'Alone';
    return el('li', { class: `reason ${r.aspect}` }, `${company} (${r.rule}): ${r.words}${quoted(r.quote)}`);
  });
  return [el('details', { class: 'why set-aside', open: true }, el('summary', { class: 'why-title' }, 'Considered and set aside'),
    el('ul', null, ...items))];
}

/** The explanation of finding `n`: arithmetic, numbers and roles, and why. */
function findingBody(n, current) {
  const finding = report.findings[n];
  const rows = finding.figures.map((ff) =>
    el('tr', { class: ff.figure === current ? 'this' : '' },
      el('td', null, `“${ff.text}”`), el('td', null, ff.role), el('td', null, ff.figure === current ? '← this figure' : '')));
  const bad = groupOf(finding) === 'bad';
  return [
    el('p', { class: 'arith' }, finding.message),
    el('dl', { class: 'arith facts' },
      el('dt', null, GIVE), el('dd', null, finding.expected),
      el('dt', null, SAY), el('dd', null, finding.reported),
      bad && el('dt', null, DIFFERENCE), bad && el('dd', null, differenceOf(finding))),
    el('table', null, el('tbody', null, ...rows)),
    ...reasonsOf(n),
    el('p', { class: 'help' }, ruleLine(finding)),
  ];
}

function figureExplanation(g) {
  const fig = report.figures[g];
  // A paragraph, not a heading: the tooltip sits before the page's h2.
  const parts = [el('p', { class: 'title' }, `“${fig.text}”: ${describeFigure(fig)}`)];
  const fs = figFindings[g];
  if (fs.length === 0) parts.push(el('p', null, 'Read, but part of no relation addsup checked.'), ...setAsideOf(g));
  // As in the list: its problems first.
  const rank = (n) => GROUP_ORDER.indexOf(groupOf(report.findings[n]));
  for (const n of [...fs].sort((a, b) => rank(a) - rank(b))) {
    const f = report.findings[n];
    const group = groupOf(f);
    parts.push(el('p', { class: `badge ${group}` }, group === 'other' ? 'Holds (an other check)' : GROUP_WORDS[group]),
      ...findingBody(n, g));
  }
  if (fs.length > 0) parts.push(...setAsideOf(g));
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
  askWhy();
  if (shown !== g) {
    shown = g;
    explain.replaceChildren(...figureExplanation(g));
    highlightRelated(g, figFindings[g]);
  }
  explain.hidden = false;
  placeExplanation(mark);
}

// The explanation goes below its figure, or above it when it does not fit
// below; when it fits on neither side it takes the roomier one and scrolls,
// so it never runs off the screen (a phone's, say).
const GAP = 6;
const MARGIN = 8;
const ROOMY = 160;

function placeExplanation(mark) {
  const r = mark.getBoundingClientRect();
  const box = editor.getBoundingClientRect();
  const screen = window.innerHeight;
  explain.style.maxHeight = `${screen - 2 * MARGIN}px`;
  const width = explain.offsetWidth;
  const left = Math.max(0, Math.min(r.left - box.left, box.width - width));
  const below = screen - MARGIN - (r.bottom + GAP);
  const above = r.top - GAP - MARGIN;
  let height = explain.offsetHeight;
  let top;
  if (height <= below) top = r.bottom + GAP;
  else if (height <= above) top = r.top - GAP - height;
  else if (Math.max(below, above) >= ROOMY) {
    height = Math.max(below, above);
    explain.style.maxHeight = `${height}px`;
    top = below >= above ? r.bottom + GAP : r.top - GAP - height;
  } else top = Math.min(Math.max(MARGIN, r.bottom + GAP), screen - MARGIN - height);
  explain.style.left = `${left}px`;
  explain.style.top = `${top - box.top}px`;
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
  if (e.key !== 'Escape') return;
  const open = results.querySelector('button.finding[aria-expanded="true"]');
  if (explain.hidden && !open) return;
  hideExplanation(true);
  if (!open) return;
  const details = $(open.getAttribute('aria-controls'));
  collapseFindings();
  // Focus inside the closed details would be lost: give it to its finding.
  if (details.contains(document.activeElement)) open.focus();
});
ta.addEventListener('scroll', () => {
  mirror.scrollTop = ta.scrollTop;
  if (!explain.hidden) {
    const m = markOf(shown);
    if (m) placeExplanation(m);
  }
});
// The mirror follows the text area and nothing else: if anything scrolls it
// (a key, a scroll into view), it goes back, so no highlight sits on the
// wrong words.
mirror.addEventListener('scroll', () => {
  if (mirror.scrollTop !== ta.scrollTop) mirror.scrollTop = ta.scrollTop;
});

// ---------------------------------------------------------------- findings list
// Problems first, then the passes that tell something; the passes that say
// nothing wait in a collapsed "Other checks" group. The lists are built in
// batches: a long text can have hundreds of findings, and building them all
// at once would hold up typing.
const BATCH = 60;
let listGeneration = 0;

function findingItem(n) {
  const f = report.findings[n];
  const group = groupOf(f);
  // The details are built when the finding is opened.
  const details = el('div', { class: 'details', id: `finding-${n}-details`, hidden: true });
  const button = el('button', { type: 'button', class: `finding ${group}`, id: `finding-${n}`, 'aria-expanded': 'false',
    'aria-controls': details.id },
    el('span', { class: 'badge' }, GROUP_WORDS[group]), ' · ', f.message);
  button.addEventListener('click', () => chooseFinding(n, button, details));
  return el('li', null, button, details);
}

let listKey = null;

function renderFindings() {
  const findings = report.findings;
  // Typing usually moves findings without changing them: keep the lists then
  // (their buttons look their finding up by index when chosen).
  const key = findings.map((f) => `${f.rule}|${groupOf(f)}|${f.severity}|${f.message}`).join('\n')
    + (findings.length ? '' : `|${report.figures.length > 0}`);
  if (key === listKey) return;
  listKey = key;
  const generation = ++listGeneration;
  const groups = grouped();
  const shown = [...groups.bad, ...groups.ok];
  othersGroup.hidden = groups.other.length === 0;
  othersToggle.textContent = `Other checks (${groups.other.length})`;
  othersList.replaceChildren();
  if (shown.length === 0) {
    const why = groups.other.length ? 'Nothing but the other checks below.'
      : report.figures.length ? 'No relation between the figures was found to check.' : 'No figures yet.';
    list.replaceChildren(el('li', { class: 'empty' }, why));
  } else list.replaceChildren();
  const queue = [...shown.map((n) => [list, n]), ...groups.other.map((n) => [othersList, n])];
  const more = (from) => {
    if (generation !== listGeneration || from >= queue.length) return;
    for (const [target, n] of queue.slice(from, from + BATCH)) target.append(findingItem(n));
    setTimeout(() => more(from + BATCH), 0);
  };
  more(0);
}

othersToggle.addEventListener('click', () => {
  const open = othersToggle.getAttribute('aria-expanded') !== 'true';
  othersToggle.setAttribute('aria-expanded', String(open));
  othersList.hidden = !open;
});

/** Closes every open finding in the lists. */
function collapseFindings() {
  for (const b of results.querySelectorAll('button.finding[aria-expanded="true"]')) {
    b.setAttribute('aria-expanded', 'false');
    $(b.getAttribute('aria-controls')).hidden = true;
  }
}

function chooseFinding(n, button, details) {
  const open = button.getAttribute('aria-expanded') !== 'true';
  collapseFindings();
  if (!open) return hideExplanation(true);
  button.setAttribute('aria-expanded', 'true');
  const f = report.findings[n];
  if (!details.firstChild) details.append(...findingBody(n, -1));
  askWhy();
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
// In the list's order: problems, passes, then the other checks.
const EXPORT_WORDS = { bad: "DOESN'T ADD UP", ok: 'ADDS UP', other: 'OTHER CHECK, HOLDS' };

/** "(rule, severity)" for a problem, "(rule)" for a pass: `code` formats the id. */
const ruleNote = (f, code = (id) => id) => (groupOf(f) === 'bad' ? `(${code(f.rule)}, ${f.severity})` : `(${code(f.rule)})`);

function findingsAsText() {
  const lines = [`addsup: ${summaryText()}`, ''];
  inListOrder(grouped()).forEach((n, i) => {
    const f = report.findings[n];
    const bad = groupOf(f) === 'bad';
    lines.push(`${i + 1}. ${EXPORT_WORDS[groupOf(f)]} ${ruleNote(f)}: ${f.message}`);
    lines.push(`   ${GIVE}: ${f.expected}; ${SAY.toLowerCase()}: ${f.reported}${bad ? `; ${DIFFERENCE.toLowerCase()}: ${differenceOf(f)}` : ''}`);
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
  for (const n of inListOrder(grouped())) {
    const f = report.findings[n];
    const group = groupOf(f);
    const words = group === 'other' ? 'Holds (other check)' : GROUP_WORDS[group];
    out.push(`- **${words}** ${ruleNote(f, mdCode)}: ${mdText(f.message)}  `);
    out.push(`  ${GIVE} ${mdText(f.expected)}; ${SAY.toLowerCase()} ${mdText(f.reported)}`
      + `${group === 'bad' ? `; ${DIFFERENCE.toLowerCase()} ${mdText(differenceOf(f))}` : ''}. `
      + `Figures: ${f.figures.map((ff) => `${mdCode(ff.text)} (${ff.role})`).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

/** Whether the clipboard took `text`: the API, else the older copy command. */
async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const scratch = el('textarea', { class: 'scratch' });
    scratch.value = text;
    document.body.append(scratch);
    scratch.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {}
    scratch.remove();
    return copied;
  }
}

let copiedTimer = 0;
async function copy(text, button) {
  const copied = await writeClipboard(text);
  const note = $('copied');
  clearTimeout(copiedTimer);
  note.classList.toggle('failed', !copied);
  note.textContent = copied ? 'Copied.'
    : 'Not copied: this browser did not allow the clipboard. Download the JSON instead, or allow clipboard access and try again.';
  if (copied) copiedTimer = setTimeout(() => (note.textContent = ''), 2500);
  button.focus();
}

$('copy-text').addEventListener('click', (e) => report && copy(findingsAsText(), e.currentTarget));
$('copy-md').addEventListener('click', (e) => report && copy(findingsAsMarkdown(), e.currentTarget));
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
    if (msg.type === 'why') return onWhy(msg);
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

// Every check is explained: the worker's Checker records the reasons, and
// keeps them until an explanation is opened (askWhy); on this thread they
// come with the report.
const OPTIONS = { explain: true };

function runCheck(text) {
  if (!engine) return;
  root.dataset.addsup = 'checking';
  const id = ++seq;
  if (!worker) {
    root.dataset.checkedIn = 'main';
    const start = performance.now();
    try {
      onResult({ type: 'report', id, text, report: engine.glue.check(text, OPTIONS), ms: performance.now() - start });
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
  worker.postMessage({ type: 'check', id, text, options: OPTIONS });
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
    applyReport(msg.report, text, msg.id);
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
