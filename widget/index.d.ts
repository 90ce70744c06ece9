// Types of `addsup/widget` (widget/index.js); docs/widget.md describes each.
// Findings and figures are the core's (addsup.d.ts), with what the widget adds.
import type { Figure, Finding, FindingFigure, RuleId, Severity } from '../addsup.js';

/** A finding as the widget shows it: the core's, in `checker.text`'s UTF-16 offsets. */
export interface WidgetFinding extends Finding {
  /** Its place in `report.findings`. */
  readonly index: number;
  /** Dismissed by the writer: left out of `findings` and the highlights. */
  readonly dismissed: boolean;
  /** What a dismissal is keyed by: the rule, the figures and the words beside them. */
  readonly fingerprint: string;
}

/** The latest report, for `checker.text`. */
export interface WidgetReport {
  /** Each figure's start and end, two numbers a figure. */
  readonly spans: Int32Array;
  /** Every finding, dismissed or not. */
  readonly findings: readonly WidgetFinding[];
  /** The figures read, parsed when first asked for. */
  readonly figures: readonly Figure[];
}

/** A dismissal, as `checker.dismissals` exports it (JSON of an array of these). */
export interface Dismissal {
  fingerprint: string;
  rule: string;
  /** The finding's figures as written. */
  figures: string[];
  reason?: string;
  /** When, as an ISO 8601 time. */
  at: string;
}

/** Where dismissals are kept; the default is localStorage under `documentId`. */
export interface DismissalStore {
  load(): string | null;
  save(json: string): void;
}

export interface WidgetOptions {
  /** Key of the default dismissal store (`addsup:dismissals:<id>` in localStorage). */
  documentId?: string;
  /** Dismissals exported by `checker.dismissals` (JSON text or array); they win over the store. */
  dismissals?: string | readonly Dismissal[];
  /** Another store, or `false` for none. */
  store?: DismissalStore | false;
  /** Rules on (true) or off (false). */
  rules?: Partial<Record<RuleId, boolean>>;
  /** `'error'` leaves out findings inferred without explicit cues. */
  minSeverity?: Severity;
  /** Quiet time before a check, in ms (default 40). */
  debounce?: number;
  /** The package folder, holding addsup.js, addsup_bg.wasm and widget/worker.js (default: the one above widget/). */
  base?: string | URL;
  glueUrl?: string | URL;
  wasm?: string | URL | WebAssembly.Module;
  workerUrl?: string | URL;
}

export interface AttachOptions extends WidgetOptions {
  /** An `<addsup-panel>` to show this checker's findings. */
  panel?: HTMLElement;
}

/** `addsup:findings`'s detail. */
export interface FindingsDetail {
  /** The findings shown (not dismissed). */
  readonly findings: readonly WidgetFinding[];
  readonly dismissed: readonly WidgetFinding[];
  /** The shown findings that don't add up. */
  readonly unresolved: readonly WidgetFinding[];
  readonly figureCount: number;
  readonly figures: readonly Figure[];
  /** The text checked. */
  readonly text: string;
}

export interface AddsupCheckerEventMap {
  'addsup:findings': CustomEvent<FindingsDetail>;
  'addsup:error': CustomEvent<{ message: string }>;
}

/** Checks text in a Web Worker and keeps the dismissals; knows nothing of the DOM. */
export class AddsupChecker extends EventTarget {
  constructor(options?: WidgetOptions);
  /** The findings shown: not dismissed. */
  readonly findings: readonly WidgetFinding[];
  /** The latest report, or null before the first. */
  readonly report: WidgetReport | null;
  /** The text the report is for (blocks joined by a blank line), or null before the first. */
  readonly text: string | null;
  /** The dismissals as JSON text, to store with the story. */
  readonly dismissals: string;
  /** Checks `text` after the debounce pause (the latest text wins). */
  schedule(text: string): void;
  /** Checks `text` now, or as soon as the check in flight ends. */
  check(text: string): void;
  /** The report once the latest text is checked. */
  settled(): Promise<WidgetReport | null>;
  /** The findings that don't add up and are not dismissed: for a pre-publish check. */
  unresolved(): WidgetFinding[];
  /** Hides a finding (or the finding with this fingerprint), with an optional reason. */
  dismiss(finding: WidgetFinding | string, reason?: string): void;
  /** Shows a dismissed finding again. */
  restore(finding: { readonly fingerprint: string } | string): void;
  /** Turns rules on or off and sets the minimum severity; checks again. */
  setOptions(options?: { rules?: Partial<Record<RuleId, boolean>>; minSeverity?: Severity }): void;
  addEventListener<K extends keyof AddsupCheckerEventMap>(type: K,
    listener: (this: AddsupChecker, event: AddsupCheckerEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof AddsupCheckerEventMap>(type: K,
    listener: (this: AddsupChecker, event: AddsupCheckerEventMap[K]) => void, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions): void;
}

/** The checker of one element, with its highlights and explanations: `attach()`'s result. */
export class AttachedChecker extends AddsupChecker {
  /** The element it reads, which also receives `addsup:findings` (bubbling). */
  readonly element: HTMLElement;
  /** The report once the highlights show the latest text's findings. */
  settled(): Promise<WidgetReport | null>;
  /** Scrolls the editor to a finding, marks its figures and explains it; the selection is not touched. */
  reveal(finding: WidgetFinding): void;
  /** Closes the explanation (a pinned one too when `force`). */
  closeExplanation(force?: boolean): void;
  /** Stops checking and removes every highlight. */
  detach(): void;
}

/**
 * Checks the text of `element` as it is written: a `<textarea>`, a
 * contenteditable element, or an editor's editable root.
 */
export function attach(element: HTMLElement, options?: AttachOptions): AttachedChecker;

/** `<addsup-panel>`: the findings of a checker with their arithmetic. */
export class AddsupPanel extends HTMLElement {
  /** The checker whose findings it shows. */
  get checker(): AddsupChecker | undefined;
  set checker(checker: AddsupChecker);
}

/** Defines `<addsup-panel>` (or another name) once; importing `addsup/widget` already does. */
export function definePanel(name?: string): void;

/** The fingerprint of a finding of the report for `text`. */
export function fingerprint(finding: Pick<Finding, 'rule'> & { figures: readonly FindingFigure[] }, text: string): string;

declare global {
  interface HTMLElementTagNameMap {
    'addsup-panel': AddsupPanel;
  }
}
