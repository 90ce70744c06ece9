//! `average-per-period`: a total over a period and the average per unit of
//! time it states must agree.
//!
//! "1,200 attacks in 30 days, an average of 40 a day": 1,200 / 30 = 40.
//! A period in other units is converted ("the past four weeks, an average of
//! 10 a day" is 28 days; a year is 365 or 366 days). The stated average is
//! a rounded figure: a plain one may be off by half the place value of its
//! last non-zero digit, up to a tenth of it (40 is 36–44, 1,000 is
//! 900–1,100, 12 is 11.5–12.5), as far as "about" reaches; a hedged one
//! ("about 10 per day") by what its hedge allows.

use super::Check;
use super::format::{Measure, difference, fmt_interval, text};
use super::relation::Certainty;
use super::verdict::{finding, interval, role, verdict, Wording};
use crate::figures::Interval;
use crate::mentions::Doc;
use crate::report::{Finding, Role};

mod find;

pub const ID: &str = "average-per-period";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "a total over a stated period against the average per day (week, month…) it states",
    #[cfg(test)]
    example: "\"1,200 attacks in 30 days, an average of 40 a day\"",
    roles: &[Role::Total, Role::Period, Role::Average],
    run,
};

/// A total, the period it was counted over and the average stated per unit
/// of time, as indices into `doc.figures`.
#[derive(Clone, Debug, PartialEq)]
pub struct AveragePerPeriod {
    pub total: usize,
    pub period: usize,
    /// The values the period's wording allows.
    pub period_length: Interval,
    pub average: usize,
    /// How many units of the average's rate make one unit of the period
    /// (7 for weeks at "a day").
    pub rates_per_period: Interval,
    /// The rate as a message says it: "a day".
    pub rate: &'static str,
    pub certainty: Certainty,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

/// The furthest a plain average may be rounded, as a fraction of it: a
/// tenth, as far as "about" reaches for any figure.
const ROUNDING_REACH: f64 = 0.10;

/// How far a plain stated average may be from the exact one: it is rounded,
/// possibly to its last non-zero digit, but no further than a hedge reaches.
fn rounding(value: f64) -> f64 {
    let mut place = 1.0;
    while value >= place * 10.0 && (value / (place * 10.0)).fract() == 0.0 {
        place *= 10.0;
    }
    (place / 2.0).min((value * ROUNDING_REACH).max(0.5))
}

fn check(doc: &Doc, r: &AveragePerPeriod) -> Option<Finding> {
    let total = interval(doc, r.total)?;
    let units = r.period_length.mul(&r.rates_per_period);
    let computed = total.div(&units)?;
    let figure = &doc.figures[r.average];
    let mut stated = interval(doc, r.average)?;
    if figure.approx.is_none() && stated.is_exact() {
        stated = stated.widen(rounding(figure.value?));
    }
    let v = verdict(&computed, &stated);
    let (total_text, period_text, average_text) = (text(doc, r.total), text(doc, r.period), text(doc, r.average));
    let per_rate = Measure::Per(r.average, r.rate);
    let expected = format!("{total_text} / {period_text} = {}", fmt_interval(doc, &computed, &per_rate));
    let difference = difference(doc, Measure::Per(r.average, r.rate), v.off);
    let message = if v.consistent {
        format!("{expected}, which fits an average of {average_text}")
    } else {
        format!("{expected}, but the text gives an average of {average_text} {}: a difference of {difference}", r.rate)
    };
    let figures =
        vec![role(doc, r.total, Role::Total), role(doc, r.period, Role::Period), role(doc, r.average, Role::Average)];
    finding(ID, r.certainty, v, figures, Wording { message, expected, reported: average_text.to_owned(), difference })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;
    use crate::report::explain::{SetAside, Tie};

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    #[test]
    fn an_average_over_a_stated_period_is_checked() {
        assert_eq!(statuses("The city recorded 1,200 thefts in 30 days, an average of 40 a day."), vec![
            Status::Consistent
        ]);
        assert_eq!(statuses("The city recorded 1,200 thefts in 30 days, an average of 60 a day."), vec![
            Status::Inconsistent
        ]);
        assert_eq!(statuses("The clinic saw 420 patients over two weeks, averaging 30 per day."), vec![
            Status::Consistent
        ]);
        assert_eq!(statuses("The clinic saw 420 patients over two weeks, averaging 20 per day."), vec![
            Status::Inconsistent
        ]);
    }

    #[test]
    fn the_stated_average_keeps_its_rounding_and_hedges() {
        // 1,250 / 30 = 41.7: "40" is that rounded to the ten, and "42" to the unit.
        assert_eq!(statuses("Volunteers planted 1,250 trees in 30 days, an average of 40 a day."), vec![
            Status::Consistent
        ]);
        assert_eq!(statuses("Volunteers planted 1,250 trees in 30 days, an average of 42 a day."), vec![
            Status::Consistent
        ]);
        // 1,250 / 30 is not 45; "about 45" reaches down to 40.5, "about 50" to 45.
        assert_eq!(statuses("Volunteers planted 1,250 trees in 30 days, an average of 45 a day."), vec![
            Status::Inconsistent
        ]);
        assert_eq!(statuses("Volunteers planted 1,250 trees in 30 days, or about 45 a day."), vec![
            Status::Consistent
        ]);
        assert_eq!(statuses("Volunteers planted 1,250 trees in 30 days, or about 50 a day."), vec![
            Status::Inconsistent
        ]);
        assert_eq!(statuses("Volunteers planted 1,250 trees in 30 days, or about 43 a day."), vec![
            Status::Consistent
        ]);
    }

    #[test]
    fn only_a_stated_total_period_and_rate_make_an_average() {
        // No period tied to the count by "in" or "over".
        assert!(statuses("The ferry carried 1,200 passengers, and 30 days later 60 a day.").is_empty());
        // No rate after the second number.
        assert!(statuses("The team scored 120 points in 30 days, an average of 40 in each match.").is_empty());
        // A share, not a count.
        assert!(statuses("Prices rose 12% in 30 days, an average of 2 a day.").is_empty());
        // A period in days against a monthly rate is too loose to check.
        assert!(statuses("The shelter took in 90 dogs in 60 days, an average of 45 a month.").is_empty());
    }

    #[test]
    fn a_period_in_other_units_is_converted() {
        // "last year" is no stated length.
        assert_eq!(statuses("The port handled 5,200 ships last year, or 100 a week."), vec![]);
        // Two years are 730 or 731 days: 5,200 ships are 49.7 to 49.9 a week.
        assert_eq!(statuses("The port handled 5,200 ships in two years, an average of 50 a week."), vec![
            Status::Consistent
        ]);
        assert_eq!(statuses("The port handled 5,200 ships in the past four weeks, an average of 100 a day."), vec![
            Status::Inconsistent
        ]);
    }

    #[test]
    fn an_average_set_beside_the_period_without_the_word_is_a_warning() {
        let report =
            crate::check("The hotline took 3,000 calls in 10 days, or 100 a day.", &crate::Options::default());
        let finding = report.findings.iter().find(|f| f.rule == super::ID).expect("a finding");
        assert_eq!(finding.status, Status::Inconsistent);
        assert_eq!(finding.severity, crate::report::Severity::Warning);
    }

    /// The reasons a finding shows, as (reason, words quoted from the text).
    fn reasons(text: &str) -> Vec<(Tie, String)> {
        let report = crate::check(text, &crate::Options { explain: true, ..Default::default() });
        let finding = report.findings.iter().find(|f| f.rule == super::ID).expect("a finding");
        finding.explanation.iter().map(|r| (r.tie, r.quote.map_or("", |q| q.of(text)).to_owned())).collect()
    }

    #[test]
    fn an_explained_average_names_its_cues_its_sentence_and_its_verdict() {
        let text = "The clinic saw 420 patients over two weeks, averaging 30 per day.";
        assert_eq!(reasons(text), vec![
            (Tie::StatedCue, "over".to_owned()),
            (Tie::StatedCue, "averaging".to_owned()),
            (Tie::SameSentence, String::new()),
            (Tie::WithinRounding, String::new()),
        ]);
        let apposed = reasons("The hotline took 3,000 calls in 10 days, or 100 a day.");
        assert_eq!(apposed[1], (Tie::ApposedCue, ", or".to_owned()));
        assert_eq!(apposed.last().map(|r| r.0), Some(Tie::BeyondRounding));
        // Without --explain nothing is recorded.
        let plain = crate::check(text, &Default::default());
        assert!(plain.findings.iter().all(|f| f.explanation.is_empty()) && plain.rejected.is_empty());
    }

    #[test]
    fn an_average_set_aside_says_why() {
        let text = "The ferry carried 1,200 passengers, and 30 days later 60 a day.";
        let report = crate::check(text, &crate::Options { explain: true, ..Default::default() });
        assert!(report.findings.is_empty());
        let rejected: Vec<_> = report.rejected.iter().filter(|r| r.rule == super::ID).collect();
        assert_eq!(rejected.len(), 1, "{rejected:?}");
        assert_eq!(rejected[0].reason, SetAside::OtherClause);
        let figures: Vec<&str> = rejected[0].figures.iter().map(|&i| report.figures[i].span.of(text)).collect();
        assert_eq!(figures, ["1,200", "30 days", "60"]);
    }

    #[test]
    fn a_wrong_average_gives_its_value_then_its_tolerance_and_the_difference_per_day() {
        let text = "The city recorded 3,100 thefts in 30 days, an average of 70 a day.";
        let found = crate::checks::testing::problems_of(text, super::ID);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("= about 103.4 a day (101.6 a day to 105.1 a day allowing for rounding)"), "{found:?}");
        assert_eq!(found[0].1, "about 33.4 a day");
    }
}
