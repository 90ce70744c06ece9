//! `majority-threshold`: the seats a majority needs against the size of the
//! chamber.
//!
//! "Goa (40 seats, majority 21)", "the halfway mark in the 543-member house
//! is 272": a majority of a chamber of N seats is more than half of them,
//! N / 2 rounded down, plus one (21 of 40, 272 of 543). A "halfway mark"
//! may also be N / 2 itself for an even N (20 of 40), and a majority given
//! as N / 2 is set aside: it is the working majority of a chamber whose
//! chair does not vote, or votes only to break a tie. Seat counts are
//! exact: no rounding is allowed, and a hedged figure is no threshold.
//! "majority" may also be a margin ("a majority of 80"), so only a figure
//! between 40% and 60% of the chamber is read as its threshold, and a
//! mismatch is a warning: the wording ties the figures, the definition of
//! a majority is the writer's.

use super::Check;
use super::format::{fmt, text};
use super::relation::Certainty;
use super::verdict::{Verdict, Wording, finding, role};
use crate::mentions::Doc;
use crate::report::{Finding, Role};

mod find;

pub const ID: &str = "majority-threshold";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "the seats a majority needs against the size of the chamber",
    #[cfg(test)]
    example: "\"40 seats, majority 21\", \"the halfway mark in the 543-member house is 272\"",
    roles: &[Role::Whole, Role::Part],
    run,
};

/// A chamber's size and the seats its majority needs, as indices into
/// `doc.figures`.
#[derive(Clone, Debug, PartialEq)]
pub struct MajorityThreshold {
    pub chamber: usize,
    pub majority: usize,
    /// Named as the "halfway mark", which may be N / 2 itself.
    pub halfway: bool,
    pub certainty: Certainty,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

/// More than half: N / 2 rounded down, plus one; a halfway mark may be
/// N / 2 itself when N is even.
fn check(doc: &Doc, r: &MajorityThreshold) -> Option<Finding> {
    let n = doc.figures[r.chamber].value?;
    let m = doc.figures[r.majority].value?;
    let needed = (n / 2.0).floor() + 1.0;
    // "the 120-seat house, in which 60 seats make a majority": half
    // of an even chamber is the working majority where the chair does not
    // vote, or with its casting vote; no slip a reader could be shown.
    if m * 2.0 == n && !r.halfway {
        doc.set_aside(ID, &[r.chamber, r.majority], crate::report::explain::SetAside::Unsure, None);
        return None;
    }
    let halfway = if r.halfway { n / 2.0 } else { needed };
    let consistent = m == needed || m == halfway;
    let off = (m - needed).abs().min((m - halfway).abs());
    let v = Verdict { consistent, gap: if consistent { 0.0 } else { off }, off: if consistent { 0.0 } else { off } };
    let (tn, tm) = (text(doc, r.chamber), text(doc, r.majority));
    let expected = format!("more than half of {tn} seats is {}", fmt(needed));
    let seats = |x: f64| if x == 1.0 { "1 seat".to_owned() } else { format!("{} seats", fmt(x)) };
    let difference = seats(off);
    let message = if v.consistent {
        format!("{tm} is the majority of a chamber of {tn}: {expected}")
    } else {
        format!("A majority of {tn} seats needs {}, but the text says {tm}: {difference} off", fmt(needed))
    };
    let figures = vec![role(doc, r.chamber, Role::Whole), role(doc, r.majority, Role::Part)];
    finding(ID, r.certainty, v, figures, Wording { message, expected, reported: tm.to_string(), difference })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{findings_of, statuses_of};
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    #[test]
    fn a_majority_is_more_than_half_the_chamber() {
        assert_eq!(statuses("Northland (41 seats, majority 21): Greens 22, Liberals 19."), vec![Status::Consistent]);
        assert_eq!(statuses("Northland (41 seats, majority 20): Greens 22, Liberals 19."), vec![Status::Inconsistent]);
        let ok = "The magic number in the 301-member national assembly is 151, and no party reached it.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "The magic number in the 301-member assembly is 150, and no party reached it.";
        assert_eq!(
            findings_of(bad, super::ID),
            vec![(Status::Inconsistent, vec!["301".to_owned(), "150".to_owned()])]
        );
    }

    #[test]
    fn an_even_chamber_may_give_its_halfway_mark_as_half() {
        assert_eq!(statuses("In the 60-seat council the halfway mark is 30."), vec![Status::Consistent]);
        assert_eq!(statuses("In the 60-seat council the halfway mark is 31."), vec![Status::Consistent]);
        assert_eq!(statuses("In the 60-seat council the majority mark is 31."), vec![Status::Consistent]);
        // A majority is more than half; half itself is the working majority
        // of a chamber whose chair does not vote: set aside, not flagged.
        assert!(statuses("In the 60-seat council the majority mark is 30.").is_empty());
        assert_eq!(statuses("In the 60-seat council the majority mark is 29."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_count_called_needed_is_the_threshold() {
        let ok = "In the 70-member assembly the alliance won 38 seats, against the 36 needed.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "In the 70-member assembly the alliance won 38 seats, against the 34 needed.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
        let half = "In the 70-member assembly the alliance won 38 seats, against the 35 needed.";
        assert!(statuses(half).is_empty(), "{:?}", statuses(half));
        let ok = "The party took 52 of the 100 seats, where 51 are needed.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        // No chamber stated: a party's seats are no chamber.
        let quiet = "The party won 52 seats, where 51 are needed.";
        assert!(statuses(quiet).is_empty(), "{:?}", statuses(quiet));
    }

    #[test]
    fn the_chamber_may_be_named_a_sentence_before() {
        let text = "Voters chose the 121-member parliament on Sunday. The majority mark is 61.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn a_margin_or_a_partys_seats_is_no_threshold() {
        // A majority as a margin over the rest, or as what was won.
        assert!(statuses("The party won a majority of 80 in the 650-seat house.").is_empty());
        let won = "The alliance won a majority in the 70-member assembly: 38 seats, against the 36 needed.";
        assert_eq!(findings_of(won, super::ID), vec![(Status::Consistent, vec!["70".to_owned(), "36".to_owned()])]);
        // A chamber two sentences back may be another one.
        let text = "The 81-member assembly sat on Monday. Voting ended in the other state on Tuesday. The majority mark is 46.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // A party's seats are no chamber.
        assert!(statuses("The alliance won 400 seats, above the majority mark of 202.").is_empty());
        // Two chambers: which one is not said.
        assert!(statuses("The 90-member upper house and the 250-member lower house: the majority mark is 46.").is_empty());
        // A hedged figure is no threshold.
        assert!(statuses("The magic number in the 301-member assembly is about 150.").is_empty());
    }

    #[test]
    fn a_qualified_majority_is_another_line_than_half_the_chamber() {
        assert!(statuses("In the 240-seat assembly a stable majority is 131 and a two-thirds majority 160.").is_empty());
        // A plain threshold is still held to half the chamber.
        assert_eq!(statuses("The 240-seat assembly's majority mark is 131."), vec![Status::Inconsistent]);
    }
}
