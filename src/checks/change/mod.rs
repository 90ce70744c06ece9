//! `change`: an earlier value, a later one and the change between them must
//! agree.
//!
//! "operating profit grew 15 percent to $92.0 million from $80.0 million":
//! 92.0 / 80.0 − 1 = 15.0%. "with 41,300 visitors, up 52%, or 13,400 more
//! than in 2009": from 41,300 − 13,400 = 27,900 the rise is 48.0%, not 52%.
//! A percent change is measured from the earlier value. Factors: "doubled"
//! is ×2 within a tenth, "more than doubled" above ×2, "halved" ×0.5;
//! fractions: "fell by a third".

use super::Check;
use super::format::{Measure, difference, fmt, fmt_interval, text};
use super::relation::{Certainty, NumberWord, Share};
use super::verdict::{finding, interval, role, verdict, word_interval, word_role, Wording};
use crate::figures::Interval;
use crate::mentions::Doc;
use crate::report::explain::SetAside;
use crate::report::{Finding, FindingFigure, Role};

mod find;
mod read;
mod words;

pub const ID: &str = "change";

pub const CHECK: Check = Check {
    id: ID,
    summary: "a change against its two ends",
    example: "\"rose 12% from 1,250 to 1,400\"; \"three more bodies, bringing the toll to 41\" (when it holds)",
    roles: &[Role::From, Role::To, Role::Change],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub from: Option<usize>,
    pub to: Option<usize>,
    /// The stated change in per cent.
    pub percent: Option<Share>,
    /// The stated difference.
    pub diff: Option<usize>,
    /// A stated factor: "doubled" is 2.
    pub factor: Option<NumberWord>,
    /// True for a fall ("down 7.6%", "lower than").
    pub falling: bool,
    /// When the direction is not stated: the difference either way.
    pub either_way: bool,
    /// Both ends come from the sentence's own structure ("to B from A"), so
    /// a direction that contradicts them is a finding, not a misreading.
    pub sure: bool,
    pub certainty: Certainty,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

fn check(doc: &Doc, c: &Change) -> Option<Finding> {
    let mut figures: Vec<FindingFigure> = Vec::new();
    let from = c.from.and_then(|f| end_interval(doc, f));
    let to = c.to.and_then(|f| end_interval(doc, f));
    let diff = c.diff.and_then(|f| interval(doc, f));
    // The earlier and later values, derived when one is missing.
    let (from_iv, to_iv) = match (from, to, diff) {
        (Some(a), Some(b), _) => (a, b),
        (None, Some(b), Some(d)) => (if c.falling { b.add(&d) } else { b.sub(&d) }, b),
        (Some(a), None, Some(d)) => (a, if c.falling { a.sub(&d) } else { a.add(&d) }),
        _ => return None,
    };
    if let (Some(a), Some(b), false) = (from, to, c.either_way) {
        let rise = b.sub(&a);
        let against = if c.falling { rise.lo > 0.0 } else { rise.hi < 0.0 };
        if against {
            return contradiction(doc, c, &rise);
        }
    }
    let change = change_size(c, &from_iv, &to_iv);
    let from_text = c.from.map(|f| text(doc, f).to_owned()).unwrap_or_else(|| fmt(from_iv.mid()));
    let to_text = c.to.map(|f| text(doc, f).to_owned()).unwrap_or_else(|| fmt(to_iv.mid()));
    let direction = if c.falling { "fall" } else { "rise" };
    let (computed, stated, stated_text, what, measure) = if let Some(share) = &c.percent {
        let pct = change.div(&from_iv)?.affine(100.0, 0.0);
        let (stated, stated_text, fig) = match share {
            Share::Figure(f) => (interval(doc, *f)?, text(doc, *f).to_owned(), role(doc, *f, Role::Change)),
            Share::Fraction(w) => (word_interval(w), w.span.of(doc.text).to_owned(), word_role(w, Role::Change)),
        };
        figures.push(fig);
        let what = format!("a {direction} of {}", fmt_interval(doc, &pct, &Measure::Percent));
        (pct, stated, stated_text, what, Measure::Percent)
    } else if let Some(w) = &c.factor {
        let ratio = to_iv.div(&from_iv)?;
        figures.push(word_role(w, Role::Change));
        (
            ratio,
            word_interval(w),
            w.span.of(doc.text).to_owned(),
            format!("a factor of {}", fmt_interval(doc, &ratio, &Measure::Plain(""))),
            Measure::Plain(""),
        )
    } else if let (Some(d), Some(_), Some(_)) = (c.diff, from, to) {
        figures.push(role(doc, d, Role::Change));
        // "a gain of 4.3 points": the number alone, in the text's points.
        let measure = if read::in_points(doc, d) && doc.figures[d].kind != crate::figures::Kind::Points {
            Measure::Plain("points")
        } else {
            Measure::Like(d)
        };
        (
            change,
            interval(doc, d)?,
            text(doc, d).to_owned(),
            format!("a {direction} of {}", fmt_interval(doc, &change, &measure)),
            measure,
        )
    } else {
        return None;
    };
    add_ends(doc, c, &mut figures);
    let v = verdict(&computed, &stated);
    let expected = format!("from {from_text} to {to_text} is {what}");
    let difference = difference(doc, measure, v.off);
    let message = if v.consistent {
        format!("{expected}, which fits {stated_text}")
    } else {
        format!("{expected}, but the text says {stated_text}: a difference of {difference}")
    };
    finding(ID, c.certainty, v, figures, Wording { message, expected, reported: stated_text, difference })
}

/// The ends' roles, and a difference that a percent or factor was checked
/// in its stead, in the text's order.
fn add_ends(doc: &Doc, c: &Change, figures: &mut Vec<FindingFigure>) {
    if let Some(f) = c.from {
        figures.push(role(doc, f, Role::From));
    }
    if let Some(t) = c.to {
        figures.push(role(doc, t, Role::To));
    }
    if let (Some(d), true) = (c.diff, c.percent.is_some() || c.factor.is_some()) {
        figures.push(role(doc, d, Role::Change));
    }
    figures.sort_by_key(|f| f.span.start);
}

/// The size of the change in its stated direction; when no direction is
/// stated, the difference either way.
fn change_size(c: &Change, from: &Interval, to: &Interval) -> Interval {
    if c.either_way {
        let d = to.sub(from);
        if d.lo >= 0.0 {
            d
        } else if d.hi <= 0.0 {
            Interval { lo: -d.hi, hi: -d.lo, ..d }
        } else {
            Interval::closed(0.0, d.hi.max(-d.lo))
        }
    } else if c.falling {
        from.sub(to)
    } else {
        to.sub(from)
    }
}

/// The values an end allows. A large round figure ("$186,000") may be
/// rounded to its last non-zero digit, as medians and totals in copy often
/// are, so a change between such ends allows for it.
fn end_interval(doc: &Doc, f: usize) -> Option<Interval> {
    let iv = interval(doc, f)?;
    let fig = &doc.figures[f];
    let v = fig.value?;
    // Only a number written out to its units: "$30 billion" has its
    // rounding already.
    if fig.in_words || v < 10_000.0 || v.fract() != 0.0 || fig.precision.is_none_or(|p| p > 1.0) {
        return Some(iv);
    }
    let mut place = 1000.0;
    while v % (place * 10.0) == 0.0 {
        place *= 10.0;
    }
    if v % place != 0.0 || iv.hi - iv.lo >= place {
        return Some(iv);
    }
    Some(Interval::closed(iv.lo - place / 2.0, iv.hi + place / 2.0))
}

/// The text says a rise and its ends fall (or the reverse). Reported only
/// when the sentence surely gives both ends; otherwise the pairing is the
/// likelier mistake, and nothing is said.
fn contradiction(doc: &Doc, c: &Change, rise: &Interval) -> Option<Finding> {
    let (from, to) = (c.from?, c.to?);
    if !c.sure || c.certainty != Certainty::Stated {
        // The ends go against the cue, but the sentence does not surely
        // give them: the pairing is the likelier mistake.
        doc.set_aside(ID, &[from, to], SetAside::Unsure, None);
        return None;
    }
    let said = if c.falling { "a fall" } else { "a rise" };
    let (went, size) = if rise.hi < 0.0 {
        ("a fall", Interval { lo: -rise.hi, hi: -rise.lo, ..*rise })
    } else {
        ("a rise", *rise)
    };
    let mut figures = vec![role(doc, from, Role::From), role(doc, to, Role::To)];
    match &c.percent {
        Some(Share::Figure(p)) => figures.push(role(doc, *p, Role::Change)),
        Some(Share::Fraction(w)) => figures.push(word_role(w, Role::Change)),
        None => {}
    }
    if let Some(d) = c.diff {
        figures.push(role(doc, d, Role::Change));
    }
    if let Some(w) = &c.factor {
        figures.push(word_role(w, Role::Change));
    }
    figures.sort_by_key(|f| f.span.start);
    // Stated: any change in the stated direction; the figures give the other.
    let stated = if c.falling {
        Interval { lo: f64::NEG_INFINITY, hi: 0.0, lo_open: true, hi_open: true }
    } else {
        Interval { lo: 0.0, hi: f64::INFINITY, lo_open: true, hi_open: true }
    };
    let v = verdict(rise, &stated);
    let expected = format!(
        "from {} to {} is {went} of {}",
        text(doc, from),
        text(doc, to),
        fmt_interval(doc, &size, &Measure::Like(to))
    );
    let difference = fmt_interval(doc, &size, &Measure::Like(to));
    let message = format!("{expected}, but the text says {said}");
    finding(ID, c.certainty, v, figures, Wording { message, expected, reported: said.to_owned(), difference })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::findings_of;
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        findings_of(text, super::ID).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn ends_of_another_scale_or_kind_make_no_change() {
        // "Rs 2,900" beside "Rs 2,300 crore": a dropped scale word or another quantity.
        assert!(statuses("Revenue grew 26% from Rs 2,300 crore last year to Rs 2,900.").is_empty());
        // A money level and a bare count are no ends of one change.
        assert!(statuses("Profit rose 8% to $40 million from 37 stores.").is_empty());
    }

    #[test]
    fn the_level_after_at_is_where_the_change_ends() {
        assert_eq!(statuses("Sales were up 6 percent at $2.12 billion, against $2.00 billion."), vec![Status::Consistent]);
        assert_eq!(statuses("Sales were up 16 percent at $2.12 billion, against $2.00 billion."), vec![
            Status::Inconsistent
        ]);
    }

    #[test]
    fn a_direction_against_the_ends_is_flagged_only_when_the_ends_are_sure() {
        let found = crate::checks::testing::problems_of("Exports rose to 30 million from 40 million.", super::ID);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("is a fall of") && found[0].0.ends_with("the text says a rise"), "{found:?}");
        // The same percent, its later value read from another clause: no sign-flipped rise.
        assert!(statuses("The 20,000 members came from 156 clubs in the region, 12% more than the 18,000 of 2020.")
            .iter()
            .all(|s| *s == Status::Consistent));
        assert!(statuses("The toll has climbed to 48, with more than 120 injured.").is_empty());
    }

    #[test]
    fn a_change_in_points_of_a_percentage_is_a_difference() {
        assert_eq!(statuses("Support for the plan rose 5 percentage points to 45% from 40% in May."), vec![
            Status::Consistent
        ]);
        assert_eq!(statuses("Support for the plan rose 3 percentage points to 45% from 40% in May."), vec![
            Status::Inconsistent
        ]);
        assert_eq!(statuses("Turnout rose to 61.2% from 56.9%, a gain of 4.3 points."), vec![Status::Consistent]);
        // A percent change of a percentage may be points or a ratio: unsaid.
        assert!(statuses("Turnout rose 10% to 61.2% from 56.9%.").is_empty());
    }

    #[test]
    fn a_percentage_after_its_ends_is_their_change() {
        assert_eq!(statuses("Profit fell to $1.2 billion from $1.5 billion, a 20% decline."), vec![Status::Consistent]);
        assert_eq!(statuses("Profit fell to $1.2 billion from $1.5 billion, a 30% decline."), vec![
            Status::Inconsistent
        ]);
        assert_eq!(statuses("Membership rose 120, or 5 percent, to 2,520."), vec![Status::Consistent]);
        assert_eq!(statuses("Membership rose 120, or 9 percent, to 2,520."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_market_move_is_a_share_of_the_level_before_it() {
        // 150 of 10,000 (9,850 + 150) is 1.5%; of 9,850 it would be 1.52%.
        assert_eq!(statuses("The index fell 150.00 points, or 1.5 per cent, to close at 9,850.00."), vec![
            Status::Consistent
        ]);
        assert_eq!(statuses("The index fell 150.00 points, or 2.5 per cent, to close at 9,850.00."), vec![
            Status::Inconsistent
        ]);
        // A number in the index's name is no level.
        assert!(statuses("The Top 500 index gained 31.72 points, or 1.6 per cent.").is_empty());
    }

    #[test]
    fn a_share_and_a_comparison_with_another_value_are_no_ends() {
        assert!(statuses("The party won 18 of 331 seats, up 12% on the last election.").is_empty());
        assert!(statuses("The party could drop from 190 to 162 seats, 14 below the mark of 176.").is_empty());
        assert_eq!(statuses("The city now has 308,000 residents, nearly 10 percent above the 281,000 of 2000."), vec![
            Status::Consistent
        ]);
    }

    #[test]
    fn a_multiple_needs_ends_of_its_own_clause() {
        assert_eq!(statuses("Membership halved, falling from 42 to 21."), vec![Status::Consistent]);
        assert_eq!(statuses("Membership halved, falling from 42 to 30."), vec![Status::Inconsistent]);
        assert!(statuses("Membership halved, and the number of branches fell from 42 to 40.").is_empty());
        assert!(statuses("Membership doubled this year. Branches fell from 42 to 40.").is_empty());
    }

    #[test]
    fn a_large_round_figure_may_be_rounded() {
        // $212,000 and $196,000 to the nearest thousand allow 7.6% to 8.7%.
        assert_eq!(statuses("The median price reached $212,000, 8.3 percent up from $196,000."), vec![
            Status::Consistent
        ]);
    }

    #[test]
    fn an_explained_change_names_its_cue_and_the_pairings_set_aside() {
        use crate::report::explain::{SetAside, Tie};
        let options = crate::Options { explain: true, ..Default::default() };
        let report = crate::check("Exports rose 25% to 30 million from 20 million.", &options);
        let change = report.findings.iter().find(|f| f.rule == super::ID).expect("a change finding");
        assert_eq!(change.explanation.first().map(|r| r.tie), Some(Tie::StatedCue), "{:?}", change.explanation);
        // A dropped scale word: the pair is set aside for its units, and nothing is reported.
        let report = crate::check("Revenue grew 26% from Rs 2,300 crore last year to Rs 2,900.", &options);
        assert!(report.findings.iter().all(|f| f.rule != super::ID));
        assert!(
            report.rejected.iter().any(|r| r.rule == super::ID && r.reason == SetAside::Units),
            "{:?}",
            report.rejected
        );
        // Without explanations nothing is recorded.
        let plain = crate::check("Revenue grew 26% from Rs 2,300 crore last year to Rs 2,900.", &Default::default());
        assert!(plain.rejected.is_empty());
    }

    #[test]
    fn a_right_change_passes_and_a_wrong_difference_is_flagged() {
        let ok = findings_of("Sales rose 20 percent to 132 million from 110 million.", super::ID);
        assert_eq!(ok.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent], "{ok:?}");
        let bad = findings_of("Deaths rose to 7,000 from 5,000, an increase of 2,500.", super::ID);
        assert!(bad.iter().any(|f| f.0 == Status::Inconsistent), "{bad:?}");
    }

    #[test]
    fn a_running_total_carried_by_more_is_checked_when_it_holds() {
        let text =
            "Hamas released 13 hostages on Friday. On Saturday, 17 more hostages were freed, bringing the total to 30.";
        let found = findings_of(text, super::ID);
        assert_eq!(found, vec![(Status::Consistent, vec!["13".into(), "17".into(), "30".into()])], "{found:?}");
        // The earlier figure is not named, so a total that does not hold is no finding.
        let text =
            "Officials said 20 people had died. Rescuers found 4 more bodies on Monday, bringing the death toll to 25.";
        assert!(findings_of(text, super::ID).is_empty());
    }

    #[test]
    fn a_figure_per_share_in_an_aside_is_passed_over() {
        let ok = "Net income rose 13% to $33.9 billion, or $2.18 a share, from $30 billion, or $1.88 a share.";
        assert_eq!(findings_of(ok, super::ID).iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent]);
        let bad = "Net income rose 23% to $33.9 billion, or $2.18 a share, from $30 billion, or $1.88 a share.";
        assert_eq!(findings_of(bad, super::ID).iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
    }

    #[test]
    fn an_n_fold_rise_is_a_multiple_not_a_difference() {
        let ok = "In Europe, cases rose 30-fold, to 42,200 from 1,400 in 2022.";
        assert_eq!(findings_of(ok, super::ID).iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent]);
        // "N-fold" is read by some as N + 1 times, so a mismatch is left alone.
        assert!(findings_of("Sales rose 3-fold to 400 from 100.", super::ID).is_empty());
    }

    #[test]
    fn a_period_and_an_amount_of_money_make_no_change() {
        // "nine months" is when, "$1.40" how much: no change runs from one to the other.
        let found = findings_of("For the nine months, Ethyl said net fell 2% or $1.40 a share.", super::ID);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_missed_percentage_change_is_measured_from_the_value_the_figures_give() {
        use crate::checks::testing::problems_of;
        let found = problems_of("Sales rose 12% to 1,400 from 1,196 last year.", super::ID);
        assert_eq!(found, vec![(
            "from 1,196 to 1,400 is a rise of about 17.1%, but the text says 12%: a difference of about 5.1 percentage points"
                .to_owned(),
            "about 5.1 percentage points".to_owned()
        )]);
        // Rounded ends: the value first, then the tolerance, and the
        // difference from the value (8.2 points), not from the edge (0.9).
        let found = problems_of("Sales rose 12% to 1.8 million from 1.5 million last year.", super::ID);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("a rise of about 20.2% (12.9% to 27.6% allowing for rounding)"), "{found:?}");
        assert_eq!(found[0].1, "about 8.2 percentage points");
    }

    #[test]
    fn a_missed_difference_of_money_keeps_its_currency_and_scale() {
        let text = "Revenue rose to $3.5 billion from $3.2 billion, an increase of $0.6 billion.";
        let found = crate::checks::testing::problems_of(text, super::ID);
        assert_eq!(found.iter().map(|f| f.1.as_str()).collect::<Vec<_>>(), vec!["$0.3 billion"], "{found:?}");
        assert!(found[0].0.contains("a rise of about $0.3 billion ($0.2 billion to $0.4 billion allowing for rounding)"));
    }

    #[test]
    fn a_change_whose_pace_is_the_verb_states_no_direction_of_its_figures() {
        for text in [
            "The rise in rents slowed from 14 percent in 2021 to 5 percent in 2022.",
            "Growth in exports has eased to 3% from 8%, the ministry said.",
            "The increase in fares moderated from 9 percent to 4 percent.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
        }
        // Without a verb of pace the noun's direction still holds.
        assert_eq!(statuses("Sales rose to 40 from 50."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_bracketed_comparison_with_a_year_ends_at_its_bracket() {
        let text = "The poll gives Labour 12 (4 more than in 2019) and the Greens 2.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        // The year's value in brackets after it is the earlier level.
        assert_eq!(statuses("Deaths fell to 1,310, 3% fewer than in 2016 (1,350)."), vec![Status::Consistent]);
        assert_eq!(statuses("Deaths fell to 1,310, 9% fewer than in 2016 (1,350)."), vec![Status::Inconsistent]);
    }

    #[test]
    fn periods_and_years_are_no_ends_of_a_change() {
        for text in [
            "Exports rose 6% in the first half of the year against the same period of 2023, reaching almost a third of output.",
            "Road injuries totalled 4,820, about 3 per cent below 2018, the agency said.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
        }
    }
}
