//! Rules: one file each, each with a stable kebab-case id. A rule takes a
//! relation and decides, with interval arithmetic, whether it holds.
//!
//! A relation is inconsistent only when no choice of values inside every
//! figure's interval satisfies it (the statcheck rule, generalised).
//! Severity comes from how sure the relation is, never from the size of the
//! gap: stated relations are errors, inferred ones warnings, and plausible
//! ones are only reported when they hold.

pub mod change;
pub mod conversion;
pub mod count_of_list;
pub mod percent_of_total;
pub mod restatement;
pub mod shares_sum;
pub mod sum_of_parts;

use crate::figures::{Approx, Interval};
use crate::mentions::Doc;
use crate::mentions::lexicon::FxSet;
use crate::relations::{Certainty, Relation, Word};
use crate::report::{Finding, FindingFigure, Role, Severity, Status};
use crate::text::Span;

/// One rule: its id and the function that checks a relation.
pub struct Rule {
    pub id: &'static str,
    pub check: fn(&Doc, &Relation) -> Option<Finding>,
}

pub const RULES: &[Rule] = &[
    Rule { id: sum_of_parts::ID, check: sum_of_parts::check },
    Rule { id: percent_of_total::ID, check: percent_of_total::check },
    Rule { id: shares_sum::ID, check: shares_sum::check },
    Rule { id: change::ID, check: change::check },
    Rule { id: conversion::ID, check: conversion::check },
    Rule { id: count_of_list::ID, check: count_of_list::check },
    Rule { id: restatement::ID, check: restatement::check },
];

/// A finding's rule and its figures in their roles.
type FindingKey = (&'static str, Vec<(Option<usize>, u8)>);

/// Checks every relation with every rule that is not disabled, drops
/// repeated findings and orders them by position.
pub fn apply(doc: &Doc, relations: &[Relation], disabled: &[String]) -> Vec<Finding> {
    let mut findings: Vec<Finding> = Vec::new();
    for relation in relations {
        for rule in RULES.iter().filter(|r| !disabled.iter().any(|d| d == r.id)) {
            if let Some(f) = (rule.check)(doc, relation) {
                findings.push(f);
            }
        }
    }
    findings.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
    // The same figures in the same roles checked twice say one thing.
    let mut seen: FxSet<FindingKey> = FxSet::default();
    findings.retain(|f| {
        let mut key: Vec<(Option<usize>, u8)> = f.figures.iter().map(|x| (x.figure, x.role as u8)).collect();
        key.sort_unstable();
        seen.insert((f.rule, key))
    });
    // A stated inconsistency makes a plausible "consistent" reading of the same figures moot.
    findings
}

/// What a rule has decided, before it is put into words.
pub(crate) struct Verdict {
    pub consistent: bool,
    pub gap: f64,
}

/// Whether an interval meets another, and how far apart they are.
pub(crate) fn verdict(computed: &Interval, stated: &Interval) -> Verdict {
    let consistent = computed.meets(stated) || near(computed, stated);
    Verdict { consistent, gap: if consistent { 0.0 } else { computed.gap(stated) } }
}

/// Floating-point noise is no inconsistency.
fn near(a: &Interval, b: &Interval) -> bool {
    let scale = [a.lo, a.hi, b.lo, b.hi].iter().filter(|v| v.is_finite()).fold(1.0f64, |m, v| m.max(v.abs()));
    a.gap(b) <= scale * 1e-9
}

/// Builds a finding, or nothing when a plausible relation does not hold.
pub(crate) fn finding(
    rule: &'static str,
    certainty: Certainty,
    verdict: Verdict,
    figures: Vec<FindingFigure>,
    message: String,
    expected: String,
    reported: String,
) -> Option<Finding> {
    if !verdict.consistent && certainty == Certainty::Plausible {
        return None;
    }
    let span = figures.iter().map(|f| f.span).reduce(Span::cover).unwrap_or_default();
    Some(Finding {
        rule,
        status: if verdict.consistent { Status::Consistent } else { Status::Inconsistent },
        severity: if certainty == Certainty::Stated { Severity::Error } else { Severity::Warning },
        message,
        figures,
        expected,
        reported,
        gap: round(verdict.gap),
        span,
    })
}

pub(crate) fn role(doc: &Doc, figure: usize, role: Role) -> FindingFigure {
    FindingFigure { figure: Some(figure), span: doc.figures[figure].span, role }
}

pub(crate) fn word_role(word: &Word, role: Role) -> FindingFigure {
    FindingFigure { figure: None, span: word.span, role }
}

/// The figure's interval; a figure without one takes its value.
pub(crate) fn interval(doc: &Doc, figure: usize) -> Option<Interval> {
    doc.figures[figure].interval()
}

/// The values a word such as "a fifth" or "doubled" allows. Fractions and
/// factors are round by nature: the writer picks the nearest simple one, and
/// neighbouring simple fractions (a fifth, a quarter) are a fifth apart, so
/// a plain one reaches 10% either side and a hedged one ("about a fifth")
/// 15%.
pub(crate) fn word_interval(word: &Word) -> Interval {
    let v = word.value;
    if word.more_than {
        return Interval { lo: v, hi: f64::INFINITY, lo_open: true, hi_open: true };
    }
    match word.approx {
        Some(Approx::About) => Interval::closed(v * 0.85, v * 1.15),
        Some(Approx::Nearly) => Interval::closed(v * 0.85, v),
        Some(Approx::JustOver) => Interval::closed(v, v * 1.15),
        _ => Interval::closed(v * 0.9, v * 1.1),
    }
}

/// The figure's text as written, with its hedge ("about 150").
pub(crate) fn text<'t>(doc: &Doc<'t>, figure: usize) -> &'t str {
    let f = &doc.figures[figure];
    let span = match f.hedge {
        Some(h)
            if h.end <= f.span.start && doc.text.get(h.end..f.span.start).is_some_and(|gap| gap.trim().is_empty()) =>
        {
            h.cover(f.span)
        }
        _ => f.span,
    };
    span.of(doc.text)
}

/// A number rounded to four significant digits, for derived values.
pub(crate) fn fmt_sig(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return fmt(v);
    }
    let digits = v.abs().log10().floor() as i32;
    let scale = 10f64.powi(digits - 3);
    fmt((v / scale).round() * scale)
}

/// A number for a message: thousands separated, at most two decimals.
pub(crate) fn fmt(v: f64) -> String {
    if !v.is_finite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let rounded = (v * 100.0).round() / 100.0;
    let neg = rounded < 0.0;
    let abs = rounded.abs();
    // Beyond 10^18 a reader needs the magnitude, not the digits (and u64
    // keeps 128-bit division out of the Wasm build).
    if abs >= 1e18 {
        let exp = abs.log10().floor() as i32;
        let mantissa = fmt(abs / 10f64.powi(exp));
        return format!("{}{mantissa}×10^{exp}", if neg { "-" } else { "" });
    }
    let whole = abs.trunc() as u64;
    let frac = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let mut s = if neg { format!("-{grouped}") } else { grouped };
    if frac > 0 {
        let f = format!("{frac:02}");
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s
}

/// An interval for a message: "143" or "48.5–49.5".
pub(crate) fn fmt_interval(iv: &Interval) -> String {
    if (iv.hi - iv.lo).abs() < 1e-9 * iv.lo.abs().max(1.0) {
        fmt(iv.lo)
    } else if iv.hi.is_infinite() {
        format!("more than {}", fmt(iv.lo))
    } else {
        format!("{}–{}", fmt(iv.lo), fmt(iv.hi))
    }
}

/// An interval with both ends rounded to hundredths, for a percentage in a
/// message.
pub(crate) fn round2(iv: &Interval) -> Interval {
    Interval { lo: (iv.lo * 100.0).round() / 100.0, hi: (iv.hi * 100.0).round() / 100.0, ..*iv }
}

fn round(v: f64) -> f64 {
    if v.is_finite() { (v * 1e4).round() / 1e4 } else { v }
}

/// Quotient of intervals with a positive divisor; the dividend may be negative.
pub(crate) fn divide(a: &Interval, b: &Interval) -> Option<Interval> {
    if b.lo <= 0.0 || !b.lo.is_finite() {
        return None;
    }
    let q = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
    let lo = q.iter().copied().filter(|x| !x.is_nan()).fold(f64::INFINITY, f64::min);
    let hi = q.iter().copied().filter(|x| !x.is_nan()).fold(f64::NEG_INFINITY, f64::max);
    Some(Interval { lo, hi, lo_open: a.lo_open || b.hi_open, hi_open: a.hi_open || b.lo_open })
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_written_as_a_reader_writes_them() {
        assert_eq!(super::fmt(1234567.0), "1,234,567");
        assert_eq!(super::fmt(-48.975), "-48.98");
        assert_eq!(super::fmt(0.5), "0.5");
        assert_eq!(super::fmt(f64::INFINITY), "∞");
        // Past 10^18 the magnitude, not a string of digits.
        assert_eq!(super::fmt(2.5e20), "2.5×10^20");
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::report::{Report, Status};

    /// Checks `text` and returns the findings of one rule as (status, figure texts).
    pub fn findings_of(text: &str, rule: &str) -> Vec<(Status, Vec<String>)> {
        let report: Report = crate::check(text, &Default::default());
        report
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| (f.status, f.figures.iter().map(|x| x.span.of(text).to_owned()).collect()))
            .collect()
    }

    /// The statuses of one rule's findings on `text`, in order.
    pub fn statuses_of(text: &str, rule: &str) -> Vec<Status> {
        findings_of(text, rule).into_iter().map(|f| f.0).collect()
    }
}
