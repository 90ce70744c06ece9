//! `shares-sum`: shares of one whole must make 100%.
//!
//! Election results "43.67% ... 30.34% ... 13.85% ..." summing to 99.98%
//! pass: each share may be off by its rounding (0.005 for two decimals),
//! and eleven of them by 0.055 together. Shares that do not come near 100%
//! are not reported unless each explicitly names the same whole, since a
//! passage may list only some of them.

use super::Check;
use super::format::{Measure, difference, fmt_interval, text};
use super::relation::Certainty;
use super::verdict::{finding, interval, role, verdict, Wording};
use crate::figures::Interval;
use crate::mentions::Doc;
use crate::report::{Finding, Role};

pub(crate) mod find;

pub const ID: &str = "shares-sum";

pub const CHECK: Check = Check {
    id: ID,
    summary: "shares of one whole against 100%, each with its rounding",
    example: "election results",
    roles: &[Role::Share],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Shares {
    pub shares: Vec<usize>,
    pub certainty: Certainty,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    let found = find::find(doc).shares;
    super::check_each(doc, out, &found, check);
}

fn check(doc: &Doc, s: &Shares) -> Option<Finding> {
    let mut sum = Interval::exact(0.0);
    for &f in &s.shares {
        sum = sum.add(&interval(doc, f)?);
    }
    let hundred = Interval::exact(100.0);
    let mut v = verdict(&sum, &hundred);
    // Shares that fall short may leave out the rest; only more than 100% is certain.
    if !v.consistent && sum.hi < 100.0 {
        if s.certainty != Certainty::Stated {
            return None;
        }
        v.consistent = true;
        v.gap = 0.0;
        v.off = 0.0;
    }
    let terms: Vec<&str> = s.shares.iter().map(|&f| text(doc, f)).collect();
    let expected = format!("{} = {}", terms.join(" + "), fmt_interval(doc, &sum, &Measure::Percent));
    let difference = difference(doc, Measure::Percent, v.off);
    let message = if v.consistent {
        format!("{expected}, which can make 100%")
    } else {
        format!("{expected}: shares of one whole cannot pass 100%, a difference of {difference}")
    };
    let figures = s.shares.iter().map(|&f| role(doc, f, Role::Share)).collect();
    finding(ID, s.certainty, v, figures, Wording { message, expected, reported: "100%".into(), difference })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    #[test]
    fn shares_within_their_rounding_of_100_pass() {
        assert_eq!(
            statuses("The incumbent won 51.2% of the vote, the challenger 38.5% and the Green candidate 10.3%."),
            vec![Status::Consistent]
        );
    }

    #[test]
    fn shares_of_one_stated_whole_past_100_are_flagged() {
        let text = "A poll put the race at 48% of the vote for the incumbent, 39% of the vote for the challenger and 21% of the vote for the Green candidate.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn shares_that_need_not_cover_everything_are_not_flagged() {
        // Regions, not parts of one whole.
        assert!(statuses("Smith won 52% of the vote in the north and 45% in the south.").is_empty());
    }
}
