
// ---- addsup: the report's types (js/types.d.ts, appended to the
// wasm-bindgen declarations by scripts/web-build.sh).

// The unions between these markers are generated from the Rust types by
// tests/ts_types.rs (UPDATE_TYPES=1 cargo test --test ts_types rewrites them);
// the test fails when they differ.
// <generated>
/** What a figure is: quantities first, then non-quantities no check uses. */
export type Kind = "number" | "percent" | "points" | "money" | "measure" | "range" | "year" | "date" | "time" | "ordinal" | "identifier";
/** A hedge that loosens a figure: `about 150`. */
export type Approx = "about" | "nearly" | "just_over" | "vague";
/** A bound that makes a figure one-sided: `at least 23`. */
export type Bound = "at_least" | "more_than" | "at_most" | "less_than";
/** `inconsistent`: no reading makes the arithmetic work; `consistent`: a passed check. */
export type Status = "inconsistent" | "consistent";
/** How sure addsup is that the figures belong together. */
export type Severity = "warning" | "error";
/** The part a figure plays in a finding. */
export type Role = "total" | "part" | "whole" | "percent" | "share" | "from" | "to" | "change" | "original" | "converted" | "count" | "item" | "restated" | "margin" | "flow" | "balance";
/** The id of a check. */
export type RuleId = "sum-of-parts" | "percent-of-total" | "shares-sum" | "change" | "conversion" | "count-of-list" | "restatement" | "majority-threshold" | "margin";
/** Which part of a check's reasoning a reason belongs to. */
export type Aspect = "cue" | "scope" | "completeness" | "verdict";
/** Why a finding's figures were tied, or its verdict. */
export type TieReason = "stated_cue" | "apposed_cue" | "same_sentence" | "same_paragraph" | "next_paragraph" | "same_thing" | "same_scope" | "explicit_whole" | "fates" | "full_breakdown" | "partial_breakdown" | "within_rounding" | "beyond_rounding";
/** Why a candidate relation was set aside. */
export type SetAsideReason = "no_cue" | "words_between" | "other_clause" | "other_period" | "other_owner" | "other_source" | "other_thing" | "not_a_count" | "units" | "unstated" | "incomplete" | "unsure";
// </generated>

/** A range of the text in UTF-16 code units: `text.slice(start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** One figure read from the text. */
export interface Figure extends Range {
  /** The figure as written, e.g. `at least 23`, `$3bn`. */
  readonly text: string;
  readonly kind: Kind;
  /** The stated value, scaled; null for ranges and numbers too large. */
  readonly value: number | null;
  /** Lower end of a range or of a lower bound. */
  readonly min?: number | null;
  /** Upper end of a range or of an upper bound. */
  readonly max?: number | null;
  /** Canonical unit of a measure: `mile`, `km`, `°C`. */
  readonly unit?: string;
  /** What a rate is counted per: `$15 an hour` has `hour`. */
  readonly per?: string;
  /** ISO 4217 code of an amount of money. */
  readonly currency?: string;
  readonly approx?: Approx;
  readonly bound?: Bound;
  /** Place value of the last stated digit: `1.5 million` has 100000. */
  readonly precision?: number | null;
  /** Where the hedge words (`about`) stand. */
  readonly hedge?: Range;
  /** Present (true) when the number was written in words. */
  readonly in_words?: true;
}

/** A figure as it takes part in a finding. */
export interface FindingFigure extends Range {
  readonly text: string;
  readonly role: Role;
  /** Index into `Report.figures`; null for a word that stands for a number
   * without being a figure ("another" for 1, "doubled"). */
  readonly figure: number | null;
}

/** One checked relation; `start`/`end` cover its sentence(s). */
export interface Finding extends Range {
  readonly rule: RuleId;
  readonly status: Status;
  readonly severity: Severity;
  /** The arithmetic in plain words. */
  readonly message: string;
  readonly figures: readonly FindingFigure[];
  /** What the other figures give. */
  readonly expected: string;
  /** What the text states. */
  readonly reported: string;
  /** How far apart they are; 0 when consistent; null when too large to write. */
  readonly gap: number | null;
  /** For a problem, the difference between what the figures give and what
   * the text states, in the text's own units and rounded for a reader
   * ("2 drones", "about 25.6 km", "5.1 percentage points"); empty for a
   * pass. */
  readonly difference: string;
  /** False only for a pass that says nothing: a part within its total when
   * the breakdown need not be complete, or one figure restated as itself. */
  readonly informative: boolean;
  /** With `explain: true`: why the figures were tied (cue, scope,
   * completeness), then the verdict. */
  readonly explanation?: readonly Reason[];
}

/** One reason a finding's figures were tied, or its verdict. */
export interface Reason {
  readonly aspect: Aspect;
  readonly reason: TieReason;
  /** The reason in words, as the page shows it. */
  readonly words: string;
  /** The words of the text that decided, as written ("an average of"). */
  readonly quote?: string;
}

/** A candidate relation a check considered and set aside. */
export interface Rejected {
  readonly rule: RuleId;
  /** Indices into `Report.figures`. */
  readonly figures: readonly number[];
  readonly aspect: Aspect;
  readonly reason: SetAsideReason;
  /** The reason in words. */
  readonly words: string;
  /** The words of the text that decided, as written ("last year"). */
  readonly quote?: string;
}

/** Everything read and checked in one text, findings ordered by position. */
export interface Report {
  readonly findings: readonly Finding[];
  readonly figures: readonly Figure[];
  /** With `explain: true`, when a check set a candidate aside. */
  readonly rejected?: readonly Rejected[];
}

/** Options of `check` and `Checker`. Any other field, or a bad value, throws an Error. */
export interface Options {
  /** Rule id to on (true) or off (false); rules are on unless turned off. */
  rules?: Partial<Record<RuleId, boolean>>;
  /** Report only findings of at least this severity. */
  minSeverity?: Severity;
  /** Give each finding its `explanation` and the report its `rejected`
   * candidates (off by default). */
  explain?: boolean;
}

/**
 * Checks `text` and returns its findings and figures. Throws an Error when
 * the text is no string or longer than 64 MiB of UTF-8, or `options` has an
 * unknown field or a bad value.
 */
export function check(text: string, options?: Options | null): Report;

/** The figures of `text`, without checking anything. */
export function figures(text: string): Figure[];

/**
 * Checks successive versions of one text, re-checking only what an edit
 * touched; `update(text)` always equals `check(text, options)`. Parts of
 * successive reports are shared: treat them as read-only.
 */
export class Checker {
  /** Throws an Error when `options` has an unknown field or a bad value. */
  constructor(options?: Options | null);
  /** Checks the whole current text and returns its report. */
  update(text: string): Report;
  /** The options this checker was made with. */
  readonly options: Options | null | undefined;
  /** Frees the Wasm memory the checker holds. */
  free(): void;
}

/** The version of addsup, e.g. `0.1.0`. */
export function version(): string;
