// The widget's checker: takes the writer's text, checks it in a Web Worker
// after a short pause in typing, marks which findings are dismissed, and
// tells its listeners. It knows nothing of the DOM; the views do.
import { fingerprint, parseDismissals, localStore } from './dismissals.js';
import { patch } from './text.js';

const DEFAULT_DEBOUNCE_MS = 40;
const SEVERITIES = ['warning', 'error'];

/**
 * The options (docs/widget.md):
 * @typedef {object} WidgetOptions
 * @property {string} [documentId]
 * @property {string | object[]} [dismissals]
 * @property {{ load(): string | null, save(json: string): void } | false} [store]
 * @property {Record<string, boolean>} [rules]
 * @property {'error' | 'warning'} [minSeverity]
 * @property {number} [debounce]
 * @property {string | URL} [base] the package folder (default: the one above this file)
 * @property {string | URL} [glueUrl]
 * @property {string | URL | WebAssembly.Module} [wasm]
 * @property {string | URL} [workerUrl]
 */

export class AddsupChecker extends EventTarget {
  /** @param {WidgetOptions} [options] */
  constructor(options = {}) {
    super();
    this.options = options;
    // URLs are made absolute here: the worker would read relative ones against itself.
    const page = globalThis.location?.href;
    const base = options.base ? new URL(options.base, page) : new URL('../', import.meta.url);
    const at = (given, name) => String(given ? new URL(given, page) : new URL(name, base));
    this.glueUrl = at(options.glueUrl, 'addsup.js');
    this.wasm = options.wasm instanceof WebAssembly.Module ? options.wasm : at(options.wasm, 'addsup_bg.wasm');
    this.workerUrl = at(options.workerUrl, 'widget/worker.js');
    this.debounce = options.debounce ?? DEFAULT_DEBOUNCE_MS;
    this.checkOptions = cleanOptions(options);
    this.store = options.store === false ? localStore(null) : options.store || localStore(options.documentId);
    const saved = options.dismissals ?? this.store.load();
    /** @type {Map<string, import('./dismissals.js').Dismissal>} */
    this.dismissed = new Map(parseDismissals(saved).map((d) => [d.fingerprint, d]));
    if (options.dismissals != null) this.store.save(this.dismissals);
    /** The latest report and the text it is for. */
    this.report = null;
    this.text = null;
    this.findings = [];
    this.seq = 0;
    this.pending = null;
    this.inflight = null;
    this.timer = 0;
    this.version = null;
    this.waiters = [];
    this.ready = this.start();
  }

  // Checks run in a module worker only: on this thread a long text would hold up typing.
  start() {
    const worker = new Worker(this.workerUrl, { type: 'module' });
    this.worker = worker;
    this.sent = '';
    return new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        const msg = event.data;
        if (msg.type === 'ready') {
          this.version = msg.version;
          resolve();
        } else if (msg.fatal) reject(new Error(msg.message));
        else this.received(msg);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        reject(new Error('the checker worker could not start'));
      };
      worker.postMessage({ type: 'init', glueUrl: this.glueUrl, wasm: this.wasm, options: this.checkOptions });
    });
  }

  /** Checks `text` after the debounce pause (the latest text wins). */
  schedule(text) {
    clearTimeout(this.timer);
    this.scheduled = true;
    this.timer = setTimeout(() => this.check(text), this.debounce);
  }

  /** Checks `text` now, or as soon as the check in flight ends. */
  check(text) {
    clearTimeout(this.timer);
    this.scheduled = false;
    if (this.inflight) {
      this.pending = text;
      return;
    }
    const id = ++this.seq;
    this.inflight = { id, text };
    this.ready.then(() => {
      // Only the change crosses to the worker, which keeps the text.
      this.worker.postMessage({ type: 'check', id, edit: patch(this.sent, text) });
      this.sent = text;
    }, (err) => this.fail(err));
  }

  received(msg) {
    const sent = this.inflight && this.inflight.id === msg.id ? this.inflight : null;
    // Every report's lines are taken, even one no longer wanted: the next builds on them.
    if (msg.type === 'report' && msg.findings) this.patch(msg);
    this.inflight = null;
    if (msg.type === 'error') {
      if (msg.trapped && this.worker) {
        // The instance is unusable after a trap: start afresh, and do not
        // retry the text that caused it until it changes.
        this.worker.terminate();
        this.ready = this.start();
      }
      this.dispatchEvent(new CustomEvent('addsup:error', { detail: { message: msg.message } }));
    } else if (sent) {
      this.ms = msg.ms;
      this.accept(this.lazyReport(msg), sent.text);
    }
    if (this.pending !== null) {
      const next = this.pending;
      this.pending = null;
      if (!(msg.type === 'error' && sent && next === sent.text)) this.check(next);
    } else if (!this.scheduled) {
      for (const w of this.waiters.splice(0)) w();
    }
  }

  /** Applies the worker's changed lines to the findings and figures held here. */
  patch({ findings, figures }) {
    const apply = (lines, p) => {
      if (p.full) lines.length = 0;
      lines.splice(p.at, p.drop, ...p.add);
    };
    this.findingLines ??= [];
    this.findingObjects ??= [];
    this.figureLines ??= [];
    if (findings.full) this.findingObjects.length = 0;
    this.findingObjects.splice(findings.at, findings.drop, ...findings.add.map((line) => JSON.parse(line)));
    apply(this.findingLines, findings);
    apply(this.figureLines, figures);
  }

  /**
   * A report from the worker: a finding that reads as in the last report is
   * the same object, its offsets taken from the figures' spans; the figures'
   * details are parsed when first read.
   */
  lazyReport({ spans }) {
    const parsedFindings = this.findingObjects.map((f) => {
      let start = Infinity;
      let end = -Infinity;
      for (const ff of f.figures) {
        if (ff.figure != null) {
          ff.start = spans[2 * ff.figure];
          ff.end = spans[2 * ff.figure + 1];
        }
        start = Math.min(start, ff.start);
        end = Math.max(end, ff.end);
      }
      // The relation's span, from its figures.
      f.start = start;
      f.end = end;
      return f;
    });
    let parsed = null;
    const lines = this.figureLines.slice();
    return {
      spans,
      findings: parsedFindings,
      get figures() {
        parsed ??= lines.map((line, g) => {
          const f = JSON.parse(line);
          const start = spans[2 * g];
          if (f.hedge) f.hedge = { start: f.hedge.start + start, end: f.hedge.end + start };
          return { text: f.text, start, end: spans[2 * g + 1], ...f };
        });
        return parsed;
      },
    };
  }

  accept(report, text) {
    report.findings.forEach((f, index) => {
      f.index = index;
      // Worked out when first asked for: most findings never are.
      Object.defineProperty(f, 'fingerprint', {
        configurable: true,
        get() {
          const value = fingerprint(f, text);
          Object.defineProperty(f, 'fingerprint', { value, enumerable: true });
          return value;
        },
      });
    });
    this.report = report;
    this.text = text;
    this.emit();
  }

  /** Re-announces the current report (after a dismissal or a restore). */
  emit() {
    if (!this.report) return;
    // A finding can only be dismissed if its rule and figures are those of a
    // dismissal: only those need their fingerprint.
    const all = [...this.dismissed.values()];
    const maybe = new Set(all.map((d) => `${d.rule}\n${d.figures.join('\n')}`));
    const unsure = all.some((d) => d.figures.length === 0);
    for (const f of this.report.findings) {
      f.dismissed = all.length > 0 && (unsure || maybe.has(`${f.rule}\n${f.figures.map((ff) => ff.text).join('\n')}`))
        && this.dismissed.has(f.fingerprint);
    }
    this.findings = this.report.findings.filter((f) => !f.dismissed);
    const report = this.report;
    const detail = {
      findings: this.findings,
      dismissed: report.findings.filter((f) => f.dismissed),
      unresolved: this.unresolved(),
      figureCount: report.spans.length / 2,
      get figures() {
        return report.figures;
      },
      text: this.text,
    };
    this.dispatchEvent(new CustomEvent('addsup:findings', { detail }));
  }

  fail(err) {
    this.inflight = null;
    this.dispatchEvent(new CustomEvent('addsup:error', { detail: { message: String((err && err.message) || err) } }));
  }

  /** Resolves once no check is waiting or running: the report is for the latest text. */
  settled() {
    if (!this.inflight && this.pending === null && !this.scheduled) return Promise.resolve(this.report);
    return new Promise((resolve) => this.waiters.push(() => resolve(this.report)));
  }

  /** Findings that do not add up and are not dismissed: for a pre-publish check. */
  unresolved() {
    return this.findings.filter((f) => f.status === 'inconsistent');
  }

  /** Dismisses a finding (or a fingerprint), with an optional reason. */
  dismiss(finding, reason) {
    const f = typeof finding === 'string' ? this.report?.findings.find((x) => x.fingerprint === finding) : finding;
    if (!f) return;
    this.dismissed.set(f.fingerprint, {
      fingerprint: f.fingerprint,
      rule: f.rule,
      figures: f.figures.map((ff) => ff.text),
      ...(reason ? { reason: String(reason) } : {}),
      at: new Date().toISOString(),
    });
    this.store.save(this.dismissals);
    this.emit();
  }

  /** Shows a dismissed finding again. */
  restore(finding) {
    const key = typeof finding === 'string' ? finding : finding.fingerprint;
    if (!this.dismissed.delete(key)) return;
    this.store.save(this.dismissals);
    this.emit();
  }

  /** The dismissals as JSON text, for the CMS to store with the story. */
  get dismissals() {
    return JSON.stringify([...this.dismissed.values()]);
  }

  /** Turns rules on or off and sets the minimum severity; checks again. */
  setOptions({ rules, minSeverity } = {}) {
    this.checkOptions = cleanOptions({
      rules: rules ?? this.checkOptions.rules,
      minSeverity: minSeverity ?? this.checkOptions.minSeverity,
    });
    this.ready.then(() => {
      this.worker.postMessage({ type: 'options', options: this.checkOptions });
      if (this.text !== null) this.check(this.pending ?? this.text);
    });
  }

  destroy() {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = null;
  }
}

function cleanOptions({ rules, minSeverity }) {
  const out = {};
  if (rules) out.rules = { ...rules };
  if (minSeverity) {
    if (!SEVERITIES.includes(minSeverity)) throw new Error(`addsup: minSeverity must be one of ${SEVERITIES.join(', ')}`);
    out.minSeverity = minSeverity;
  }
  return out;
}

/** Per figure of a report: 'bad', 'ok' or 'read', from the findings shown. */
export function figureStatus(report, findings) {
  const status = new Array(report.spans.length / 2).fill('read');
  for (const f of findings) {
    for (const ff of f.figures) {
      const g = ff.figure;
      if (g == null || g < 0 || g >= status.length) continue;
      if (f.status === 'inconsistent') status[g] = 'bad';
      else if (status[g] !== 'bad') status[g] = 'ok';
    }
  }
  return status;
}
