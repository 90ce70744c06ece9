//! How a check decides: a relation holds when some value inside every
//! figure's interval satisfies it, and a finding is built from the verdict.

use crate::checks::relation::{Certainty, NumberWord};
use crate::figures::{Approx, Interval};
use crate::mentions::Doc;
use crate::report::{Finding, FindingFigure, Role, Severity, Status};
use crate::text::Span;

/// What a rule has decided, before it is put into words.
pub(crate) struct Verdict {
    pub consistent: bool,
    /// How far the nearest readings are apart: the edge of the tolerance.
    /// Not a number when the two sides are a thousandfold apart or more
    /// (see [`verdict`]): then nothing is reported.
    pub gap: f64,
    /// How far the value the figures give is from the value the text
    /// states, centre to centre: what a reader is shown as the difference.
    pub off: f64,
}

/// Whether an interval meets another, and how far apart they are.
pub(crate) fn verdict(computed: &Interval, stated: &Interval) -> Verdict {
    let consistent = computed.meets(stated) || within_noise(computed, stated);
    if consistent {
        return Verdict { consistent, gap: 0.0, off: 0.0 };
    }
    // A writer's slip moves a figure by a digit or a decimal place; sides
    // a thousandfold apart ("14.62 million, or 37.45% of 39.04" with the
    // whole's "million" left implicit; "from four to 846,310" where four
    // is a number of subjects) are figures of different scales or a wrong
    // pairing, and a finding over them would only be noise.
    let apart = |a: &Interval, b: &Interval| b.hi > 0.0 && a.lo >= 1e3 * b.hi;
    let gap = if apart(computed, stated) || apart(stated, computed) { f64::NAN } else { computed.gap(stated) };
    Verdict { consistent, gap, off: off(computed, stated, gap) }
}

/// Whether one of two figures is more than half again the other (centre to
/// centre, by size). A writer slips by a digit or a word; a figure said
/// again, or a move called the wrong way, lands near the other figure. Two
/// figures this far apart are likelier two quantities paired by mistake.
pub(crate) fn far_apart(a: &Interval, b: &Interval) -> bool {
    let (x, y) = (a.mid().abs(), b.mid().abs());
    x.max(y) > 1.5 * x.min(y)
}

/// The difference a reader is shown: centre to centre, or, when either side
/// is unbounded ("more than 30") and has no centre, the gap.
pub(crate) fn off(computed: &Interval, stated: &Interval, gap: f64) -> f64 {
    let bounded = [computed.lo, computed.hi, stated.lo, stated.hi].iter().all(|v| v.is_finite());
    if bounded { (computed.mid() - stated.mid()).abs().max(gap) } else { gap }
}

/// Floating-point noise is no inconsistency.
fn within_noise(a: &Interval, b: &Interval) -> bool {
    let scale = [a.lo, a.hi, b.lo, b.hi].iter().filter(|v| v.is_finite()).fold(1.0f64, |m, v| m.max(v.abs()));
    a.gap(b) <= scale * 1e-9
}

/// What a finding says: the arithmetic in words, what the figures give,
/// what the text states, and (for a problem) the difference in the text's
/// own units.
pub(crate) struct Wording {
    pub message: String,
    pub expected: String,
    pub reported: String,
    pub difference: String,
}

/// Builds a finding, or nothing when a plausible relation does not hold.
pub(crate) fn finding(
    rule: &'static str,
    certainty: Certainty,
    verdict: Verdict,
    figures: Vec<FindingFigure>,
    wording: Wording,
) -> Option<Finding> {
    let Wording { message, expected, reported, difference } = wording;
    if !verdict.consistent && (certainty == Certainty::Plausible || verdict.gap.is_nan()) {
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
        difference: if verdict.consistent { String::new() } else { difference },
        informative: true,
        span,
        explanation: Vec::new(),
    })
}

pub(crate) fn role(doc: &Doc, figure: usize, role: Role) -> FindingFigure {
    FindingFigure { figure: Some(figure), span: doc.figures[figure].span, role }
}

pub(crate) fn word_role(word: &NumberWord, role: Role) -> FindingFigure {
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
pub(crate) fn word_interval(word: &NumberWord) -> Interval {
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

/// The gap as reported: four decimals, enough for any figure in copy.
fn round(v: f64) -> f64 {
    if v.is_finite() { (v * 1e4).round() / 1e4 } else { v }
}

/// Puts a finding's figures in the order they stand in the text. A
/// finding's figures come nearly in order (the finders read them in order
/// and name the whole first), so an insertion sort moves few of them; it is
/// stable, and much smaller in the .wasm than the standard library's sort.
pub(crate) fn in_text_order(figures: &mut [FindingFigure]) {
    for i in 1..figures.len() {
        let mut j = i;
        while j > 0 && figures[j - 1].span.start > figures[j].span.start {
            figures.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::in_text_order;
    use crate::report::{FindingFigure, Role};
    use crate::text::Span;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort by start.
        #[test]
        fn in_text_order_is_a_stable_sort_by_start(starts in prop::collection::vec(0usize..20, 0..12)) {
            let mut figures: Vec<FindingFigure> = starts
                .iter()
                .enumerate()
                .map(|(i, &s)| FindingFigure { figure: Some(i), span: Span::new(s, s + 1), role: Role::Part })
                .collect();
            let mut expected = figures.clone();
            expected.sort_by_key(|f| f.span.start);
            in_text_order(&mut figures);
            prop_assert_eq!(figures, expected);
        }
    }
}
