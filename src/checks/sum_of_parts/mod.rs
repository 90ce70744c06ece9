//! `sum-of-parts`: a total and its parts must agree.
//!
//! "The army launched 120 drones, 64 of which were shot down and 51 were
//! jammed. One drone crashed across the border." gives 64 + 51 + 1 = 116
//! drones accounted for, but 120 launched: 4 unaccounted for.
//!
//! A complete breakdown (several outcomes accounted for, or a list after a
//! colon) must meet the total; one that need not be complete ("including
//! 5 children", a single "38 out of 63") is checked only as parts ≤ total.
//! Each figure's range comes from its wording ("at least 23" is 23 or
//! more), so "more than 400" destroyed is met by 427 + 12.

use super::Check;
use super::format::{Measure, difference, fmt, fmt_interval, text};
use super::relation::{Certainty, NumberWord};
use super::verdict::{Verdict, Wording, finding, interval, role, word_role};
use crate::figures::Interval;
use crate::mentions::{Doc, Event};
use crate::report::explain::SetAside;
use crate::report::{Finding, Role};

mod accounting;
mod chambers;
mod closing;
mod counts;
mod find;
mod includings;
mod lists;
mod outcomes;
mod places;
mod rest;
mod restated;
mod scope;
mod seeds;

pub(crate) use counts::names_an_average;

pub const ID: &str = "sum-of-parts";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "a total against its parts (\"of which\", \"including\", \"the rest\", breakdown lists, a total after its list: \"..., 105 in all\"); a breakdown that need not be complete only as parts ≤ total; parts more than a quarter of their total above it are taken for a misread pairing, parts above it by exactly one part of two digits or more for overlapping groups, and a full breakdown more than a third short of it for an account of the notable parts only: all are set aside",
    #[cfg(test)]
    example: "145 launched; 71 downed, 71 lost, one into Belarus",
    roles: &[Role::Total, Role::Part],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Sum {
    pub total: usize,
    /// Figures, each with how many times it counts ("3 each from Chile
    /// and Peru" counts twice).
    pub parts: Vec<(usize, f64)>,
    /// Words standing for parts: "another had gone back" is 1.
    pub implied: Vec<NumberWord>,
    /// False for a breakdown that need not be complete ("including 5
    /// children"): then only parts ≤ total is checked.
    pub complete: bool,
    pub certainty: Certainty,
    /// True when the text ties the total to its parts by structure ("38
    /// out of 63", a list after a colon, "including"). A lone part larger
    /// than a total it is not tied to was paired with the wrong total: no
    /// finding.
    pub tied: bool,
    /// True when words say the breakdown is whole ("of which", "the
    /// rest", "all", "in total", a list after a colon). A complete
    /// breakdown read only from its parts being fates of the total is a
    /// warning when it falls short.
    pub explicit: bool,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

/// Parts of an incomplete breakdown may fall short, never exceed. An excess
/// only by the openness of bounds ("at least 8" and "more than 30" of 38
/// aboard) is no excess a reader could be shown; parts above a plain
/// total's value that its rounding allows are no finding either.
fn partial_verdict(doc: &Doc, sum: &Sum, parts: &Interval, total: &Interval) -> Option<Verdict> {
    let fits = parts.lo <= total.hi;
    if fits && counts::above_plain_value(doc, sum.total, parts.lo) {
        return None;
    }
    let gap = if fits { 0.0 } else { parts.lo - total.hi };
    Some(Verdict { consistent: fits, gap, off: if fits { 0.0 } else { super::verdict::off(parts, total, gap) } })
}

fn check(doc: &Doc, sum: &Sum) -> Option<Finding> {
    let total = counts::round_total(doc, sum.total)?;
    let mut parts = Interval::exact(0.0);
    // "a + b + c", as it is read (no join of strings: one routine less in the Wasm).
    let mut terms = String::new();
    let mut add_term = |term: &str| {
        if !terms.is_empty() {
            terms.push_str(" + ");
        }
        terms.push_str(term);
    };
    for &(p, times) in &sum.parts {
        let iv = interval(doc, p)?;
        parts = parts.add(&Interval { lo: iv.lo * times, hi: iv.hi * times, ..iv });
        if times == 1.0 {
            add_term(text(doc, p));
        } else {
            add_term(&format!("{} × {}", fmt(times), text(doc, p)));
        }
    }
    for w in &sum.implied {
        parts = parts.add(&Interval::exact(w.value));
        add_term(&format!("{} ({})", fmt(w.value), w.span.of(doc.text)));
    }
    if counts::far_off(sum, &parts, &total)
        || counts::part_inside_another(doc, sum, &parts, &total)
        || parts.lo > total.hi && counts::one_number_split(doc, sum)
    {
        doc.set_aside(ID, &[sum.total], SetAside::Unsure, None);
        return None;
    }
    let verdict = if sum.complete { super::verdict::verdict(&parts, &total) } else { partial_verdict(doc, sum, &parts, &total)? };
    if !verdict.consistent && rest::stated_nearby(doc, sum, &parts, &total).is_some() {
        return None;
    }
    let total_mention = doc.mention(sum.total);
    let noun = total_mention.and_then(|m| m.noun).map(|n| n.of(doc.text).to_owned()).unwrap_or_default();
    // "killed 9 and injured 31, a total of 42 casualties": a total said as
    // one is "in all", whatever outcome stands near it (a total launched or
    // aboard keeps its verb).
    let event = total_mention
        .and_then(|m| m.event.filter(|e| !m.cues.total || matches!(e, Event::Launched | Event::Aboard)))
        .map_or("in all", Event::name);
    let total_text = text(doc, sum.total);
    let sum_text = fmt_interval(doc, &parts, &Measure::Like(sum.total));
    let difference = difference(doc, Measure::Like(sum.total), verdict.off);
    let equation = format!("{terms} = {sum_text}");
    let aboard = total_mention.is_some_and(|m| m.event == Some(Event::Aboard));
    // Parts within a total that need not be complete only bound it: a pass
    // that says nothing.
    let bound_only = verdict.consistent && !sum.complete;
    let message = match (verdict.consistent, sum.complete, parts.hi < total.lo) {
        (true, false, _) if sum.parts.len() + sum.implied.len() == 1 => {
            format!("{terms} out of {total_text}{}: a part no larger than its total", spaced(&noun))
        }
        (false, _, false) if aboard => {
            format!("{equation}{}, but only {total_text} aboard: {difference} more than were aboard", spaced(&noun))
        }
        (true, true, _) => format!("{equation}{}, matching the total of {total_text}", spaced(&noun)),
        (true, false, _) => format!("{equation}{}, no more than the total of {total_text}", spaced(&noun)),
        (false, true, true) => {
            format!("{equation}{} accounted for, but {total_text} {event}: {difference} unaccounted for", spaced(&noun))
        }
        (false, _, _) => {
            format!("{equation}{}, but the total is {total_text}: {difference} more than the total", spaced(&noun))
        }
    };
    let mut figures = vec![role(doc, sum.total, Role::Total)];
    figures.extend(sum.parts.iter().map(|&(p, _)| role(doc, p, Role::Part)));
    figures.extend(sum.implied.iter().map(|w| word_role(w, Role::Part)));
    crate::checks::verdict::in_text_order(&mut figures);
    let wording = Wording { message, expected: equation, reported: total_text.to_owned(), difference };
    let short = !verdict.consistent && sum.complete && parts.hi < total.lo;
    let certainty = if short && !sum.explicit { sum.certainty.min(Certainty::Inferred) } else { sum.certainty };
    finding(ID, certainty, verdict, figures, wording).map(|f| Finding { informative: !bound_only, ..f })
}

fn spaced(noun: &str) -> String {
    if noun.is_empty() { String::new() } else { format!(" {noun}") }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{findings_of, statuses_of};
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
    fn a_row_of_labelled_values_is_no_breakdown() {
        // The count numbers the named items; each item's figure is its value.
        let numbered = "The three other candidates were Ann Lee, Green: 4,210; Tom Hart, Reform: 2,950; and Raj Patel, Independent: 1,105.";
        assert!(statuses_of(numbered, super::ID).is_empty(), "{:?}", statuses_of(numbered, super::ID));
        // A semicolon ends an item: the next label's colon opens no list of it.
        let row = "Results were Ann Lee, Green: 2,210; Tom Hart, Reform: 2,950; and Raj Patel, Independent: 1,105.";
        assert!(statuses_of(row, super::ID).is_empty(), "{:?}", statuses_of(row, super::ID));
        // A breakdown by category is still one, however its count compares.
        let medals = "The club won eight medals: two golds, three silvers and four bronzes.";
        assert_eq!(statuses_of(medals, super::ID), vec![Status::Inconsistent]);
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
    fn an_including_right_after_a_count_breaks_down_that_count_only() {
        // The 9 deaths are among the 410 cases, not part of the 4 deaths.
        let rows = "Kenya had the most new cases (520 cases including 4 deaths), followed by Malawi (410 cases including 9 deaths).";
        assert!(inconsistent(rows).is_empty(), "{:?}", findings_of(rows, super::ID));
        let glued = "The outbreak has reached 310 villages including 12 people in the hills.";
        assert!(findings_of(glued, super::ID).is_empty(), "{:?}", findings_of(glued, super::ID));
        // Glued to a count of the same things, the breakdown is still checked.
        let over = "The bus carried 40 people including 32 children and 13 teachers.";
        assert_eq!(inconsistent(over), vec![vec!["40", "32", "13"]], "{:?}", findings_of(over, super::ID));
        // After a comma, "including" may reach back past a place.
        let f = findings_of("The firm employs 12,000 people in 40 countries, including 13,000 people in the UK.", super::ID);
        assert!(f.iter().any(|x| x.0 == Status::Inconsistent), "{f:?}");
    }

    #[test]
    fn a_group_named_after_of_is_no_total_of_the_list() {
        // The children and women are of the 20 members, not of the one family.
        let f = findings_of("The flood killed 20 members of one family, including eight children and four women.", super::ID);
        assert!(f.iter().all(|x| x.0 == Status::Consistent), "{f:?}");
        // The list still breaks down the count before the group.
        let f = findings_of("The flood killed 10 members of one family, including eight children and four women.", super::ID);
        assert!(f.iter().any(|x| x.0 == Status::Inconsistent), "{f:?}");
    }

    #[test]
    fn a_margin_and_its_mark_are_no_seats_won() {
        let f = findings_of(
            "In the 90-seat assembly the Greens won 50 seats, 4 more than the majority mark of 46.",
            super::ID,
        );
        assert!(f.iter().all(|x| x.0 == Status::Consistent), "{f:?}");
        let f = findings_of("In the 90-seat assembly the Greens won 50 seats and Labour won 48 seats.", super::ID);
        assert!(f.iter().any(|x| x.0 == Status::Inconsistent), "{f:?}");
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
    fn a_pronoun_or_a_document_after_according_to_names_no_new_source() {
        // "its statement" is the statement of the source already named.
        let f = findings_of(
            "The army said 40 shells were fired. According to its report, 22 were intercepted and 11 missed.",
            super::ID,
        );
        assert_eq!(f.iter().filter(|x| x.0 == Status::Inconsistent).count(), 1, "{f:?}");
        // A newly named source keeps its figures apart.
        let f = findings_of(
            "The army said 40 shells were fired. According to local officials, 22 were intercepted and 11 missed.",
            super::ID,
        );
        assert!(f.iter().all(|x| x.0 != Status::Inconsistent), "{f:?}");
    }

    #[test]
    fn a_count_of_places_after_another_count_is_where_not_what() {
        // "another 30" are more missiles, not more provinces.
        for (missiles, status) in [("85", Status::Inconsistent), ("80", Status::Consistent)] {
            let text = format!(
                "The army fired {missiles} missiles. Gunners intercepted 50 missiles across 9 provinces, while another 30 missed."
            );
            let f = findings_of(&text, super::ID);
            assert_eq!(f.iter().map(|x| x.0).collect::<Vec<_>>(), vec![status], "{text}: {f:?}");
        }
    }

    #[test]
    fn the_unhurt_are_survivors_and_complete_the_fates_of_those_aboard() {
        let f = findings_of("The ferry carried 52 people; 9 died, 30 were hurt and 11 were unharmed.", super::ID);
        assert_eq!(f.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Status::Inconsistent], "{f:?}");
        let f = findings_of("The ferry carried 50 people; 9 died, 30 were hurt and 11 were unharmed.", super::ID);
        assert_eq!(f.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Status::Consistent], "{f:?}");
    }

    #[test]
    fn a_dash_opens_a_breakdown_as_a_colon_does() {
        let statuses = |text: &str| findings_of(text, super::ID).into_iter().map(|x| x.0).collect::<Vec<_>>();
        // The parts after the dash break down the count before it, not the
        // total of the next sentence.
        let text = "Gunners stopped 60 rockets — 45 were intercepted and another 15 missed. The militia fired 90 rockets.";
        let f = findings_of(text, super::ID);
        assert_eq!(f, vec![(Status::Consistent, vec!["60".into(), "45".into(), "15".into()])], "{f:?}");
        assert_eq!(statuses("Gunners stopped 60 rockets — 45 were intercepted and 12 missed."), vec![Status::Inconsistent]);
        // A closing dash ends the aside: the 30 hurt are no part of the 12.
        let f = findings_of("The storm killed 12 people — seven adults and five children — and hurt 30 more.", super::ID);
        assert!(f.iter().all(|x| !x.1.contains(&"30".to_string()) && x.0 == Status::Consistent), "{f:?}");
    }

    #[test]
    fn a_dash_before_a_percentage_opens_a_comment_not_a_breakdown() {
        // What follows the dash compares the count with other years; the
        // counts in it are those years' own, no parts of this one.
        for text in [
            "In 2021, some 4,100 people drowned – a 3% rise from 2020, when 3,980 drowned, and an 8% rise from 2019, when 3,800 did.",
            "The clinic treated 950 patients last month: a 12% fall on the month before, when 1,080 came in, and 640 in March.",
        ] {
            let f = findings_of(text, super::ID);
            assert!(f.iter().all(|x| x.0 != Status::Inconsistent), "{text}: {f:?}");
        }
    }

    #[test]
    fn a_list_opened_inside_brackets_ends_with_them() {
        let f = findings_of(
            "Both measures passed (4,100 for - 2,900 against) and (4,050 for - 2,950 against).",
            super::ID,
        );
        assert!(f.iter().all(|x| x.0 != Status::Inconsistent), "{f:?}");
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
    fn of_which_after_a_place_reaches_back_to_the_counted_noun() {
        // "which" counts the drones, not the region the phrase of place names.
        let text = "The army launched 31 drones at the Tula region, of which 20 were shot down and 8 were lost in flight.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Inconsistent]);
        let text = "The army launched 28 drones at the Tula region, of which 20 were shot down and 8 were lost in flight.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent]);
    }

    #[test]
    fn a_whole_named_by_its_part_does_not_take_the_part_s_verb() {
        // 83 were launched, not lost: the 48 destroyed and 22 lost leave 13 unaccounted for.
        let text = "The army said it had destroyed 48 drones overnight. It said 22 more drones out of a total of 83 were lost.";
        let f = findings_of(text, super::ID);
        assert_eq!(f, vec![(Status::Inconsistent, vec!["48".into(), "22".into(), "83".into()])], "{f:?}");
    }

    #[test]
    fn counts_of_people_before_a_group_are_another_group_not_its_fates() {
        let text = "The ministry said 120 people were killed in the north and 400 wounded, while the toll in the southern provinces reached 8, three of them children.";
        assert!(inconsistent(text).is_empty(), "{:?}", findings_of(text, super::ID));
        let text = "Police said 30 people died in the city and 75 were hurt, while the toll in the villages reached 9, two of them children.";
        assert!(inconsistent(text).is_empty(), "{:?}", findings_of(text, super::ID));
        // Fates after the group still account for it.
        let text = "Of the 25 people on board, 20 were rescued, 3 are missing and 1 died.";
        assert_eq!(inconsistent(text).len(), 1, "{:?}", findings_of(text, super::ID));
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
        assert_eq!(
            found,
            vec![(
                "52 + 30 = 82 drones accounted for, but 90 launched: 8 drones unaccounted for".to_owned(),
                "8 drones".to_owned()
            )]
        );
    }

    fn inconsistent(text: &str) -> Vec<Vec<String>> {
        findings_of(text, super::ID).into_iter().filter(|f| f.0 == Status::Inconsistent).map(|f| f.1).collect()
    }

    #[test]
    fn each_row_of_a_results_table_is_its_own_sum_and_a_majority_mark_is_no_total() {
        let table = "Final results of the two council polls.\nNorthvale (80 seats, majority 41): Labour 44; Greens 20; Liberals 12; Others 4\nEastmoor (60 seats, majority 31): Liberals 30; Labour 22; Others 8";
        let f = findings_of(table, super::ID);
        assert_eq!(
            f,
            vec![
                (Status::Consistent, vec!["80".into(), "44".into(), "20".into(), "12".into(), "4".into()]),
                (Status::Consistent, vec!["60".into(), "30".into(), "22".into(), "8".into()]),
            ]
        );
        // A row whose parties hold more seats than it has is flagged, alone.
        let table = table.replace("Greens 20", "Greens 23");
        assert_eq!(inconsistent(&table), vec![vec!["80", "44", "23", "12", "4"]]);
        let needs = "The assembly has 90 seats, and a party needs 46 for a majority. The Greens won 30 seats.";
        assert!(inconsistent(needs).is_empty(), "{:?}", findings_of(needs, super::ID));
        // A mark is the line a count is measured against, held by no party.
        let mark = "The poll gives the alliance 131 seats, past the halfway mark of 126 in the 250-member house.";
        assert!(inconsistent(mark).is_empty(), "{:?}", findings_of(mark, super::ID));
        let the_mark = "The poll gives the alliance 131 seats, past the 126 mark in the 250-member house.";
        assert!(inconsistent(the_mark).is_empty(), "{:?}", findings_of(the_mark, super::ID));
        let won = "The poll gives the alliance 131 seats and the opposition 126 seats in the 250-member house.";
        assert_eq!(inconsistent(won), vec![vec!["131", "126", "250"]], "{:?}", findings_of(won, super::ID));
    }

    #[test]
    fn seats_and_wards_won_are_parts_of_a_body_sized_by_its_members() {
        let over = "The Greens are the largest party with 26 seats in the 53-member council; Labour won 20 wards, the Liberals 3 and independents 5.";
        assert_eq!(inconsistent(over), vec![vec!["26", "53", "20", "3", "5"]], "{:?}", findings_of(over, super::ID));
        let fits = over.replace("53-member", "54-member");
        assert!(inconsistent(&fits).is_empty(), "{:?}", findings_of(&fits, super::ID));
        let short = over.replace("53-member", "68-member");
        assert!(inconsistent(&short).is_empty(), "{:?}", findings_of(&short, super::ID));
        // Members of a crew or a board are no seats of a chamber.
        let crew = "The 12-member crew of the ship won 8 seats and 7 seats in two races.";
        assert!(inconsistent(crew).is_empty(), "{:?}", findings_of(crew, super::ID));
    }

    #[test]
    fn a_stated_rest_closes_the_breakdown_begun_before_it() {
        let next = "The council has 40 seats. Labour won 20, the Greens 12 and independents took the remaining 9.";
        assert_eq!(inconsistent(next), vec![vec!["40", "20", "12", "9"]], "{:?}", findings_of(next, super::ID));
        let fits = next.replace("remaining 9", "remaining 8");
        assert_eq!(statuses_of(&fits, super::ID), vec![Status::Consistent]);
        let fronted = "Of the 40 seats, Labour won 20 and the Greens 12; the other 9 went to independents.";
        assert_eq!(inconsistent(fronted).len(), 1, "{:?}", findings_of(fronted, super::ID));
        let seeded = "Of the 900 pupils, 500 are boys and the rest, 380, are girls.";
        assert_eq!(inconsistent(seeded), vec![vec!["900", "500", "380"]], "{:?}", findings_of(seeded, super::ID));
        // No one whole before the rest, or other things between: nothing.
        let two =
            "The council has 40 seats and 30 staff. Labour won 20, the Greens 12 and the remaining 9 went to others.";
        assert!(inconsistent(two).is_empty(), "{:?}", findings_of(two, super::ID));
        let parties = "The council has 40 seats. Labour won 20 seats and the other 9 parties won none.";
        assert!(inconsistent(parties).is_empty(), "{:?}", findings_of(parties, super::ID));
        // A first count "other" than the one before makes that one a sibling
        // part: 30 + 9 + 14 were rescued, not 9 + 14 of the 30.
        let other = "A patrol boat picked up 30 survivors. Nine other survivors were flown out and the remaining 14 reached a trawler.";
        assert!(inconsistent(other).is_empty(), "{:?}", findings_of(other, super::ID));
        let rest = other.replace("Nine other survivors", "Nine survivors");
        assert_eq!(inconsistent(&rest), vec![vec!["30", "Nine", "14"]], "{:?}", findings_of(&rest, super::ID));
    }

    #[test]
    fn the_ballots_of_the_people_who_voted_account_for_them() {
        let text = "A total of 12,400 people voted. 7,100 voted yes, 5,000 voted no and 250 ballots were spoiled.";
        assert_eq!(
            inconsistent(text),
            vec![vec!["12,400", "7,100", "5,000", "250"]],
            "{:?}",
            findings_of(text, super::ID)
        );
        let fits = text.replace("250 ballots", "300 ballots");
        assert_eq!(statuses_of(&fits, super::ID), vec![Status::Consistent]);
        let cast = "In all, 8,000 voters cast their ballots; 4,000 voted for the plan, 3,500 voted against it and 300 ballots were invalid.";
        assert_eq!(inconsistent(cast).len(), 1, "{:?}", findings_of(cast, super::ID));
        // Votes cast for a side, and an option quoted, are ballots too.
        for side in ["7,100 were cast for yes, 5,000 voted 'No'", "7,100 voted “Yes”, 5,000 were cast against"] {
            assert_eq!(inconsistent(&text.replace("7,100 voted yes, 5,000 voted no", side)).len(), 1, "{side}");
        }
        // Ballots for one side alone say nothing of the rest.
        let one_side = "A total of 12,400 people voted. 7,100 voted yes and 250 ballots were spoiled.";
        assert!(inconsistent(one_side).is_empty(), "{:?}", findings_of(one_side, super::ID));
    }

    #[test]
    fn a_list_of_named_parties_without_the_rest_may_leave_some_out() {
        let partial = "The council has 40 seats: Labour 20, the Greens 12 and the Liberals 5.";
        assert!(inconsistent(partial).is_empty(), "{:?}", findings_of(partial, super::ID));
        let over = "The council has 40 seats: Labour 25, the Greens 12 and the Liberals 5.";
        assert_eq!(inconsistent(over).len(), 1);
        let whole = "The council has 40 seats: Labour 20, the Greens 12, the Liberals 5 and others 4.";
        assert_eq!(inconsistent(whole).len(), 1, "{:?}", findings_of(whole, super::ID));
    }

    #[test]
    fn each_over_a_coordinated_list_counts_once_per_name() {
        let text = "Air defences destroyed 30 drones overnight: 12 over the Tula region, 10 over the Oryol region and four each over the Kaluga and Lipetsk regions, the ministry said.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent]);
        let three = "The party won 31 seats: 10 in the north, 12 in the south and three each in Avon, Kent and Essex.";
        assert_eq!(statuses_of(three, super::ID), vec![Status::Consistent]);
    }

    #[test]
    fn weapons_broken_down_by_place_account_for_the_whole() {
        let text = "Air defences destroyed 30 drones: 12 over the Tula region, 10 over the Oryol region and 5 over the Kaluga region.";
        assert_eq!(inconsistent(text).len(), 1, "{:?}", findings_of(text, super::ID));
    }

    #[test]
    fn a_breakdown_of_one_item_is_not_added_to_the_list() {
        let text = "The party holds 60 seats: 45 elected seats and 15 appointed seats, 10 of them for women and five for young people.";
        assert_eq!(findings_of(text, super::ID)[0], (Status::Consistent, vec!["60".into(), "45".into(), "15".into()]));
        assert!(inconsistent(text).is_empty());
        let brackets =
            "The party holds 60 seats: 45 elected and 15 appointed (10 for women and five for young people).";
        assert!(inconsistent(brackets).is_empty(), "{:?}", findings_of(brackets, super::ID));
    }

    #[test]
    fn including_takes_every_listed_part() {
        let text = "The fire killed 14 people, including 6 children, 5 women and 4 men.";
        assert_eq!(inconsistent(text), vec![vec!["14", "6", "5", "4"]]);
        let among = "The fire killed 20 people, among them 6 children, 5 women and 4 men.";
        assert_eq!(
            findings_of(among, super::ID),
            vec![(Status::Consistent, vec!["20".into(), "6".into(), "5".into(), "4".into()])]
        );
    }

    #[test]
    fn fates_of_the_things_launched_account_for_them_all() {
        let text = "Russia sent 50 drones overnight. Of the 50 drones, air defences shot down 30, while 15 were lost and one drone flew back into Russia.";
        let found = crate::checks::testing::problems_of(text, super::ID);
        assert_eq!(found.len(), 1, "{:?}", findings_of(text, super::ID));
        assert!(found[0].0.contains("4 drones unaccounted for"), "{found:?}");
        let text = "The army said it downed 12 out of 20 drones. Another six drones failed to hit their targets.";
        assert_eq!(inconsistent(text), vec![vec!["12", "20", "six"]]);
        let text = "Russia struck Ukraine with 60 drones overnight. Air defences brought down 40 drones. Another 14 drones vanished from radar.";
        assert_eq!(inconsistent(text).len(), 1, "{:?}", findings_of(text, super::ID));
    }

    #[test]
    fn a_shortfall_read_from_fates_alone_is_a_warning_and_with_of_which_an_error() {
        let severity = |text: &str| {
            let report = crate::check(text, &Default::default());
            report.inconsistent().filter(|f| f.rule == super::ID).map(|f| f.severity).collect::<Vec<_>>()
        };
        use crate::report::Severity;
        assert_eq!(
            severity("The army said it downed 12 out of 20 drones. Another six drones failed to hit their targets."),
            vec![Severity::Warning]
        );
        assert_eq!(
            severity("Russia launched 20 drones, of which 12 were downed and 6 were lost."),
            vec![Severity::Error]
        );
    }

    #[test]
    fn a_count_of_another_night_is_no_total_of_this_one() {
        let text = "Air defences downed 45 drones and 15 were lost, the air force said. On the night of May 3, Russia launched 90 drones.";
        assert!(inconsistent(text).is_empty(), "{:?}", findings_of(text, super::ID));
    }

    #[test]
    fn a_lone_part_larger_than_a_total_it_is_not_tied_to_is_a_mispairing() {
        // "of them" reaches past the boards the students sat under.
        let text = "In all, 9,000 students sat the exam under the 12 regional boards, and 5,400 of them passed.";
        assert_eq!(findings_of(text, super::ID), vec![(Status::Consistent, vec!["9,000".into(), "5,400".into()])]);
        // A group of which a figure is a part holds at least as many.
        let text = "The census counted 40,000 residents: 21,000 women and 19,000 men. Employers hired 30,000 of those residents.";
        assert!(inconsistent(text).is_empty(), "{:?}", findings_of(text, super::ID));
    }

    #[test]
    fn a_clock_time_opens_no_list_and_bounds_alone_make_no_excess() {
        let text =
            "Between 23:00 and 07:00, 40 drones were destroyed: 20 over Kursk, 12 over Bryansk and 8 over Belgorod.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent]);
        let text = "A bus carrying 35 passengers crashed, killing at least 8 people and injuring more than 27.";
        assert!(inconsistent(text).is_empty(), "{:?}", findings_of(text, super::ID));
    }

    #[test]
    fn people_sent_home_were_not_launched() {
        let text = "Six of the injured were taken to the hospital. One died, one was sent home and four are still being treated.";
        assert!(inconsistent(text).is_empty(), "{:?}", findings_of(text, super::ID));
    }

    #[test]
    fn explanations_say_why_a_breakdown_was_complete_or_partial_and_why_candidates_were_set_aside() {
        use crate::report::explain::{SetAside, Tie};
        let explained = |text: &str| crate::check(text, &crate::Options { explain: true, ..Default::default() });
        let ties = |text: &str| -> Vec<Vec<Tie>> {
            let report = explained(text);
            report
                .findings
                .iter()
                .filter(|f| f.rule == super::ID)
                .map(|f| f.explanation.iter().map(|r| r.tie).collect())
                .collect()
        };
        let fates = ties("Russia launched 90 drones overnight. Air defences downed 52 and 30 were lost.");
        assert_eq!(fates, vec![vec![Tie::SameScope, Tie::Fates, Tie::BeyondRounding]]);
        let explicit = ties("Russia launched 82 drones overnight, of which 52 were downed and 30 were lost.");
        assert!(explicit[0].contains(&Tie::StatedCue) && explicit[0].contains(&Tie::ExplicitWhole), "{explicit:?}");
        let including_text = "The fire killed 14 people, including 6 children, 5 women and 4 men.";
        let including = explained(including_text);
        let reasons = &including.findings.iter().find(|f| f.rule == super::ID).expect("a finding").explanation;
        assert!(
            reasons
                .iter()
                .any(|r| r.tie == Tie::PartialBreakdown && r.quote.map(|q| q.of(including_text)) == Some("including")),
            "{reasons:?}"
        );
        let list = ties("The council has 40 seats: Labour 20, the Greens 12 and the Liberals 5.");
        assert!(list[0].contains(&Tie::PartialBreakdown), "{list:?}");

        let rejected = |text: &str| -> Vec<SetAside> {
            explained(text).rejected.iter().filter(|r| r.rule == super::ID).map(|r| r.reason).collect()
        };
        let night = "Air defences downed 45 drones and 15 were lost. On the night of May 3, Russia launched 90 drones.";
        assert!(rejected(night).contains(&SetAside::OtherPeriod), "{:?}", rejected(night));
        let table = "Northvale (80 seats, majority 41): Labour 44; Greens 20; Others 16";
        assert_eq!(rejected(table), vec![SetAside::NotACount]);
        // A lone part larger than a total it only points back to.
        let mispaired = "The census counted 40,000 residents. Officials said 60,000 of the residents voted.";
        assert_eq!(rejected(mispaired), vec![SetAside::Unsure]);
        assert!(inconsistent(mispaired).is_empty());
        // Without explanations nothing is recorded.
        let plain = crate::check(night, &Default::default());
        assert!(plain.rejected.is_empty() && plain.findings.iter().all(|f| f.explanation.is_empty()));
    }

    #[test]
    fn of_those_breaks_down_the_part_just_named() {
        let text = "Crime fell in eight of the twelve largest towns last year. It fell sharply in five of those towns.";
        let found = crate::checks::testing::statuses_of(text, super::ID);
        assert!(!found.contains(&crate::report::Status::Inconsistent), "{found:?}");
    }

    #[test]
    fn places_under_another_noun_are_no_share_of_a_count() {
        let found = crate::checks::testing::statuses_of("Storms hit 40 villages of the 6 coastal districts.", super::ID);
        assert!(found.is_empty(), "{found:?}");
        // The same noun on both is a share: "4 of the 6 districts".
        let found = crate::checks::testing::statuses_of("Storms hit 4 of the 6 coastal districts.", super::ID);
        assert_eq!(found, vec![crate::report::Status::Consistent]);
    }

    #[test]
    fn a_total_after_while_gathers_nothing_before_it() {
        let text = "In the north, 310 people were killed in the fighting, while the toll in the south reached 22, three of them children.";
        let found = crate::checks::testing::statuses_of(text, super::ID);
        assert!(!found.contains(&crate::report::Status::Inconsistent), "{found:?}");
        // "while" between two fates of one total still joins them.
        let bad = "Russia launched 50 drones, of which 41 were shot down, while 17 were lost.";
        assert!(crate::checks::testing::statuses_of(bad, super::ID).contains(&crate::report::Status::Inconsistent));
    }

    #[test]
    fn of_which_points_back_to_the_noun_before_it() {
        // "three of which" is of the missiles, not of the drones counted last.
        let text = "Russia fired seven missiles and 18 drones overnight. According to the military, the missiles, three of which it shot down, hit the south, and the drones, of which 15 were downed, came from the east.";
        let found = crate::checks::testing::findings_of(text, super::ID);
        assert!(!found.iter().any(|f| f.0 == crate::report::Status::Inconsistent), "{found:?}");
        assert!(found.iter().any(|f| f.1 == ["seven", "three"]), "{found:?}");
        assert!(!found.iter().any(|f| f.1 == ["18", "three"]), "{found:?}");
    }

    #[test]
    fn of_those_with_a_noun_of_its_own_sentence_stays_in_that_sentence() {
        let text = "Two people died and 28 were injured; 3 of the injured are critical.\n\nOf the 16 finalists, 9 were men and 7 were women; 4 of those women were over 50.";
        let found = crate::checks::testing::statuses_of(text, super::ID);
        assert!(!found.contains(&crate::report::Status::Inconsistent), "{found:?}");
    }

    #[test]
    fn counts_of_another_occasion_are_no_parts() {
        // The 12 and the 3 were killed on another occasion than the 15.
        let text = "A car bomb hit the market on Monday, killing 15 people. Earlier that day gunmen attacked a checkpoint elsewhere in the province, killing 12 soldiers and three civilians.";
        assert!(findings_of(text, super::ID).is_empty(), "{:?}", findings_of(text, super::ID));
        let text = "Russia launched 60 drones overnight. In a separate attack, 41 drones were shot down and 19 were lost.";
        assert!(findings_of(text, super::ID).iter().all(|x| !x.1.contains(&"60".to_string())));
        // Drones from separate directions are of one attack.
        let text = "Russia launched 60 drones overnight. Coming from separate directions, 41 drones were shot down and 12 were lost.";
        assert!(statuses_of(text, super::ID).contains(&crate::report::Status::Inconsistent));
        // Said of the same occasion, the parts restate the tally.
        let text = "A car bomb hit the market on Monday, killing 15 people. The bomb was hidden in a van, killing 12 soldiers and three civilians.";
        assert_eq!(statuses_of(text, super::ID), vec![crate::report::Status::Consistent]);
    }

    #[test]
    fn a_total_named_place_by_place_is_broken_down_by_its_places() {
        let text = "Air defences destroyed 30 drones over the Lida and Orsk regions. Officials said 12 drones were destroyed over Lida and 14 over Orsk.";
        assert_eq!(findings_of(text, super::ID), vec![(Status::Inconsistent, vec!["30".into(), "12".into(), "14".into()])]);
        // "three each" over two of the places counts for both.
        let text = "Air defences destroyed 18 drones over the Lida, Orsk and Tver regions. Officials said 12 were destroyed over Lida and three each over the Orsk and Tver regions.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent]);
    }

    #[test]
    fn places_that_leave_one_out_or_repeat_or_tell_another_fate_break_nothing_down() {
        for text in [
            "Air defences destroyed 30 drones over the Lida and Orsk regions. Officials said 12 drones were destroyed over Lida and 14 over Tver.",
            "Air defences destroyed 30 drones over the Lida and Orsk regions. Officials said 12 drones were destroyed over Lida, 14 over Orsk and 2 over Lida.",
            "Floods killed 40 people in Kerala and Assam. Officials said 25 people in Kerala and 12 in Assam were injured.",
        ] {
            assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent), "{text}");
        }
    }

    #[test]
    fn a_whole_put_first_with_out_of_is_broken_down_by_its_clause() {
        let text = "Out of 64 drones, 41 were shot down and 22 were lost.";
        assert_eq!(findings_of(text, super::ID), vec![(Status::Inconsistent, vec!["64".into(), "41".into(), "22".into()])]);
        let text = "Of the 90 drones, the air force shot down 60, while 30 were lost.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent]);
        // A count of people put first is accounted for only with survivors.
        let text = "Out of the 40 people on board, 12 were killed and 20 were injured.";
        assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent));
    }

    #[test]
    fn ages_set_off_after_names_are_no_parts_of_the_list() {
        // "Name, 45," is the person's age; the list counts the people.
        for text in [
            "The blast killed three miners: Ivan Petrov, 45, of Donetsk; Oleg Sokol, 38; and Pavel Ilyin, 52.",
            "Two girls were treated in hospital: Mia Lopez, 7 and Ava Lopez, 9.",
            "Two pupils were hurt: Tom Green, 12, and Amy Green, 14.",
        ] {
            assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent), "{text}");
        }
        // Counts before their places still add.
        let text = "Strikes killed 10 people: 6 in Kharkiv and 5 in Sumy.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Inconsistent], "{text}");
        // A place alone takes a count, but the count is of the people killed,
        // not of the regions: no finding adds them up as regions.
        let text = "Strikes killed 10 people in two regions: Kharkiv, 6, and Sumy, 5.";
        assert!(findings_of(text, super::ID).iter().all(|f| !f.1.contains(&"two".to_string())), "{text}");
    }

    #[test]
    fn a_count_of_others_aboard_leaves_out_the_one_who_tells_it() {
        // Nine missing and one survivor: ten aboard, the survivor and 9 others.
        let text = "Nine migrants remain missing. One survivor, rescued on Monday, said he was travelling with 9 others aboard a boat.";
        assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent), "{text}");
        let text = "Nine migrants remain missing. One survivor, rescued on Monday, said 9 people were aboard the boat.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Inconsistent], "{text}");
    }

    #[test]
    fn of_which_in_a_compound_preposition_is_no_partitive() {
        // "as a result of which": "which" is the clash, not the soldiers.
        let text = "Four soldiers were killed on Monday. Troops stormed the hideout, as a result of which three militants were killed.";
        assert_eq!(statuses_of(text, super::ID), Vec::<Status>::new());
        let text = "Four soldiers were killed on Monday, of which three were officers.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent]);
    }
}
