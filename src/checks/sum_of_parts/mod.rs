//! `sum-of-parts`: a total and its parts must agree.
//!
//! "Russia launched 145 drones, 71 of which were downed and 71 were lost
//! during flight. One UAV flew into Belarusian airspace." gives 71 + 71 + 1
//! = 143 drones accounted for, but 145 launched: 2 unaccounted for.
//!
//! A complete breakdown (several outcomes accounted for, or a list after a
//! colon) must meet the total; one that need not be complete ("including
//! 5 children", a single "38 out of 63") is checked only as parts ≤ total.
//! Each figure's range comes from its wording ("at least 23" is 23 or
//! more), so "more than 400" destroyed is met by 427 + 12.

use super::Check;
use super::format::{Measure, difference, fmt, fmt_interval, text};
use super::relation::{Certainty, NumberWord};
use super::verdict::{Verdict, finding, interval, role, word_role, Wording};
use crate::figures::Interval;
use crate::mentions::{Doc, Event};
use crate::report::{Finding, Role};

mod find;

pub const ID: &str = "sum-of-parts";

pub const CHECK: Check = Check {
    id: ID,
    summary: "a total against its parts (\"of which\", \"including\", \"the rest\", breakdown lists); a breakdown that need not be complete only as parts ≤ total",
    example: "145 launched; 71 downed, 71 lost, one into Belarus",
    roles: &[Role::Total, Role::Part],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Sum {
    pub total: usize,
    /// Figures, each with how many times it counts ("4 each from Germany
    /// and Belgium" counts twice).
    pub parts: Vec<(usize, f64)>,
    /// Words standing for parts: "another had gone back" is 1.
    pub implied: Vec<NumberWord>,
    /// False for a breakdown that need not be complete ("including 5
    /// children"): then only parts ≤ total is checked.
    pub complete: bool,
    pub certainty: Certainty,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

fn check(doc: &Doc, sum: &Sum) -> Option<Finding> {
    let total = interval(doc, sum.total)?;
    let mut parts = Interval::exact(0.0);
    let mut terms = Vec::new();
    for &(p, times) in &sum.parts {
        let iv = interval(doc, p)?;
        parts = parts.add(&Interval { lo: iv.lo * times, hi: iv.hi * times, ..iv });
        terms.push(if times == 1.0 { text(doc, p).to_owned() } else { format!("{} × {}", fmt(times), text(doc, p)) });
    }
    for w in &sum.implied {
        parts = parts.add(&Interval::exact(w.value));
        terms.push(format!("{} ({})", fmt(w.value), w.span.of(doc.text)));
    }
    let verdict = if sum.complete {
        super::verdict::verdict(&parts, &total)
    } else {
        // Parts of an incomplete breakdown may fall short, never exceed.
        let fits = parts.lo < total.hi || (parts.lo == total.hi && !parts.lo_open && !total.hi_open);
        Verdict {
            consistent: fits,
            gap: if fits { 0.0 } else { parts.lo - total.hi },
            off: if fits { 0.0 } else { super::verdict::off(&parts, &total, parts.lo - total.hi) },
        }
    };
    let total_mention = doc.mention(sum.total);
    let noun = total_mention.and_then(|m| m.noun).map(|n| n.of(doc.text).to_owned()).unwrap_or_default();
    let event = total_mention.and_then(|m| m.event).map_or("in all", Event::name);
    let total_text = text(doc, sum.total);
    let sum_text = fmt_interval(doc, &parts, &Measure::Like(sum.total));
    let difference = difference(doc, Measure::Like(sum.total), verdict.off);
    let equation = format!("{} = {}", terms.join(" + "), sum_text);
    let aboard = total_mention.is_some_and(|m| m.event == Some(Event::Aboard));
    // Parts within a total that need not be complete only bound it: a pass
    // that says nothing.
    let bound_only = verdict.consistent && !sum.complete;
    let message = match (verdict.consistent, sum.complete, parts.hi < total.lo) {
        (true, false, _) if terms.len() == 1 => {
            format!("{} out of {total_text}{}: a part no larger than its total", terms[0], spaced(&noun))
        }
        (false, _, false) if aboard => format!(
            "{equation}{}, but only {total_text} aboard: {difference} more than were aboard",
            spaced(&noun)
        ),
        (true, true, _) => format!("{equation}{}, matching the total of {total_text}", spaced(&noun)),
        (true, false, _) => format!("{equation}{}, no more than the total of {total_text}", spaced(&noun)),
        (false, true, true) => format!(
            "{equation}{} accounted for, but {total_text} {event}: {difference} unaccounted for",
            spaced(&noun)
        ),
        (false, _, _) => format!(
            "{equation}{}, but the total is {total_text}: {difference} more than the total",
            spaced(&noun)
        ),
    };
    let mut figures = vec![role(doc, sum.total, Role::Total)];
    figures.extend(sum.parts.iter().map(|&(p, _)| role(doc, p, Role::Part)));
    figures.extend(sum.implied.iter().map(|w| word_role(w, Role::Part)));
    figures.sort_by_key(|f| f.span.start);
    let wording = Wording { message, expected: equation, reported: total_text.to_owned(), difference };
    finding(ID, sum.certainty, verdict, figures, wording)
        .map(|f| Finding { informative: !bound_only, ..f })
}

fn spaced(noun: &str) -> String {
    if noun.is_empty() { String::new() } else { format!(" {noun}") }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::findings_of;
    use crate::report::Status;

    #[test]
    fn parts_that_fall_short_of_the_total_are_flagged() {
        let f = findings_of(
            "Russia launched 63 drones overnight. Air defences downed 38 of them, and 22 were lost.",
            super::ID,
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, Status::Inconsistent);
    }

    #[test]
    fn a_complete_breakdown_passes() {
        let f = findings_of("Russia launched 79 drones; 48 of which were shot down and 31 were lost.", super::ID);
        assert_eq!(f, vec![(Status::Consistent, vec!["79".into(), "48".into(), "31".into()])]);
    }

    #[test]
    fn a_partial_breakdown_is_checked_only_as_parts_at_most_total() {
        let f = findings_of("The bus carried 40 people, including 12 children and 3 teachers.", super::ID);
        assert!(f.iter().all(|x| x.0 == Status::Consistent), "{f:?}");
        let f = findings_of("Voters chose 12 out of 10 seats.", super::ID);
        assert!(f.iter().all(|x| x.0 == Status::Inconsistent), "{f:?}");
    }

    #[test]
    fn different_owners_are_kept_apart() {
        let f = findings_of(
            "Russia launched 50 drones overnight; 30 of them were shot down. Russia said it downed 12 Ukrainian drones, and 8 Ukrainian drones were lost.",
            super::ID,
        );
        assert!(f.iter().all(|x| !x.1.contains(&"12".to_string())), "{f:?}");
    }

    #[test]
    fn a_part_without_a_noun_between_two_counts_is_not_flagged() {
        // 3,000 are people in one of the countries, not 3,000 of the 40 countries.
        let f = findings_of("The firm employs 12,000 people in 40 countries, including 3,000 in the UK.", super::ID);
        assert!(f.iter().all(|x| x.0 == Status::Consistent), "{f:?}");
        // Named, the part is checked against the count it names.
        let f = findings_of(
            "The firm employs 12,000 people in 40 countries, including 13,000 people in the UK.",
            super::ID,
        );
        assert!(f.iter().any(|x| x.0 == Status::Inconsistent), "{f:?}");
    }

    #[test]
    fn the_missing_are_an_outcome_and_a_count_of_unread_fate_leaves_the_breakdown_open() {
        let f = findings_of(
            "Of the 25 people on board, 20 were rescued, 3 are missing and 2 died, officials said.",
            super::ID,
        );
        assert_eq!(f.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Status::Consistent], "{f:?}");
        let f = findings_of(
            "Of the 25 people on board, 20 were rescued, 3 were taken to hospital and 2 died, officials said.",
            super::ID,
        );
        assert!(f.iter().all(|x| x.0 == Status::Consistent), "{f:?}");
    }

    #[test]
    fn of_which_before_the_figure_keeps_each_part_its_own_verb() {
        let f =
            findings_of("Overnight, Russia launched 80 drones, of which 70 were destroyed and 8 were lost.", super::ID);
        assert_eq!(f, vec![(Status::Inconsistent, vec!["80".into(), "70".into(), "8".into()])]);
        let f =
            findings_of("Overnight, Russia launched 78 drones, of which 70 were destroyed and 8 were lost.", super::ID);
        assert_eq!(f.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Status::Consistent], "{f:?}");
    }

    #[test]
    fn a_part_of_a_group_named_by_its_fate_belongs_to_that_group() {
        // "150 of the injured" are some of the injured, not a further part of the 180.
        let text = "Rescuers pulled 180 people from the wreckage, 50 of them with serious injuries. The minister said 150 of the injured had been taken to hospital.";
        let f = findings_of(text, super::ID);
        assert!(f.iter().all(|x| x.0 == Status::Consistent), "{f:?}");
        let text =
            "The blast killed 12 people and injured 47. Officials said 30 of the injured were in critical condition.";
        let f = findings_of(text, super::ID);
        assert_eq!(f, vec![(Status::Consistent, vec!["47".into(), "30".into()])]);
    }

    #[test]
    fn a_total_that_is_an_outcome_breaks_down_only_into_that_outcome() {
        // The 12 missing are no part of the 40 killed.
        let text = "The typhoon killed 40 people and left 12 missing, officials said. The agency said 28 of the dead were in Leyte. Three others died in Bohol.";
        let f = findings_of(text, super::ID);
        assert!(f.iter().all(|x| x.0 == Status::Consistent && !x.1.contains(&"12".to_string())), "{f:?}");
    }

    #[test]
    fn a_whole_named_by_its_part_does_not_take_the_part_s_verb() {
        // 106 were launched, not lost: the 60 destroyed and 30 lost leave 16 unaccounted for.
        let text = "The air force said it had destroyed 60 drones overnight. It said 30 more drones out of a batch of 106 were lost.";
        let f = findings_of(text, super::ID);
        assert_eq!(f, vec![(Status::Inconsistent, vec!["60".into(), "30".into(), "106".into()])], "{f:?}");
    }

    #[test]
    fn groups_of_a_size_are_no_part_and_total() {
        let f = findings_of("The tournament has 32 teams in eight groups of four.", super::ID);
        assert!(f.is_empty(), "{f:?}");
        let f = findings_of("Ukraine said it shot down 25 drones of the 30 launched.", super::ID);
        assert_eq!(f.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Status::Consistent], "{f:?}");
    }

    #[test]
    fn a_shortfall_is_counted_in_the_total_s_noun() {
        let text = "The army launched 90 drones overnight; 52 of which were downed and 30 were lost.";
        let found = crate::checks::testing::problems_of(text, super::ID);
        assert_eq!(found, vec![(
            "52 + 30 = 82 drones accounted for, but 90 launched: 8 drones unaccounted for".to_owned(),
            "8 drones".to_owned()
        )]);
    }
}
