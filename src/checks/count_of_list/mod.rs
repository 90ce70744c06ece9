//! `count-of-list`: a stated count must match the items listed.
//!
//! "three cities: Kyiv, Odesa and Zaporizhzhia" lists 3. A count of days
//! against a range of dates counts both ends: "10 consecutive days ...
//! (June 28-July 5)" covers 8 days.

use super::Check;
use super::format::{Measure, difference, fmt, text};
use super::relation::Certainty;
use super::verdict::{finding, interval, role, Wording};
use crate::figures::Interval;
use crate::mentions::Doc;
use crate::report::{Finding, FindingFigure, Role};
use crate::text::Span;

mod find;

pub const ID: &str = "count-of-list";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "a stated count against the items listed",
    #[cfg(test)]
    example: "\"three cities: Kyiv, Odesa and Zaporizhzhia\"",
    roles: &[Role::Count, Role::Item],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct CountOfList {
    pub count: usize,
    pub items: Vec<Span>,
    /// "June 28-July 5": a range of days counted inclusively.
    pub days: Option<(Span, f64)>,
}

/// The values a count allows. "over 9 regions: A, B, ..." is where, not how
/// many: before places, "over" is a preposition ("flew over 9 regions"), and
/// a list that names them all is no list of more than nine.
fn count_interval(doc: &Doc, f: usize) -> Option<Interval> {
    let fig = &doc.figures[f];
    let over_places = fig.bound == Some(crate::figures::Bound::MoreThan)
        && fig.span.of(doc.text).get(..4).is_some_and(|w| w.eq_ignore_ascii_case("over"))
        && doc.mention(f).is_some_and(|m| m.class() == Some(crate::mentions::lexicon::Thing::Region));
    if over_places { fig.value.map(Interval::exact) } else { interval(doc, f) }
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

fn check(doc: &Doc, c: &CountOfList) -> Option<Finding> {
    let count = count_interval(doc, c.count)?;
    let mut figures = vec![role(doc, c.count, Role::Count)];
    let (n, listed, certainty) = match c.days {
        Some((span, days)) => {
            figures.push(FindingFigure { figure: None, span, role: Role::Item });
            (days, format!("{} is {} days counting both ends", span.of(doc.text), fmt(days)), Certainty::Inferred)
        }
        None => {
            figures.extend(c.items.iter().map(|&span| FindingFigure { figure: None, span, role: Role::Item }));
            let names: Vec<&str> = c.items.iter().map(|s| s.of(doc.text)).collect();
            (c.items.len() as f64, format!("{} listed: {}", c.items.len(), crate::text::join(&names, ", ")), Certainty::Stated)
        }
    };
    let v = super::verdict::verdict(&Interval::exact(n), &count);
    let difference = difference(doc, Measure::Plain(if c.days.is_some() { "days" } else { "items" }), v.off);
    let message = if v.consistent {
        format!("{listed}, matching {}", text(doc, c.count))
    } else {
        format!("{listed}, but the text says {}: a difference of {difference}", text(doc, c.count))
    };
    let reported = text(doc, c.count).to_owned();
    finding(ID, certainty, v, figures, Wording { message, expected: fmt(n), reported, difference })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    #[test]
    fn a_list_is_counted_against_its_number() {
        assert_eq!(statuses("Strikes hit three cities: Kyiv, Odesa and Zaporizhzhia."), vec![Status::Consistent]);
        assert_eq!(
            statuses("Strikes hit three cities: Kyiv, Odesa, Lviv and Zaporizhzhia."),
            vec![Status::Inconsistent]
        );
        assert_eq!(statuses("The team visited two cities: Rio de Janeiro and Sao Paulo."), vec![Status::Consistent]);
    }

    #[test]
    fn a_list_in_doubt_is_no_list() {
        // "Bosnia and Herzegovina" may be one name or two: the count is in doubt.
        assert!(
            statuses("Aid went to four countries: Bosnia and Herzegovina, Serbia, Montenegro and Croatia.").is_empty()
        );
        // The list runs into a clause: where it ends is in doubt.
        assert!(
            statuses("He visited four countries: France, Germany, Italy, Spain and Portugal were on the list.")
                .is_empty()
        );
    }

    #[test]
    fn a_list_ends_before_its_attribution() {
        for text in [
            "Shelling hit three districts: Ashford, Brookfield and Carver, the governor said.",
            "Shelling hit three districts: Ashford, Brookfield and Carver, said the governor.",
            "Shelling hit three districts: Ashford, Brookfield and Carver, according to police.",
        ] {
            assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
        }
        assert_eq!(
            statuses("Shelling hit four districts: Ashford, Brookfield and Carver, the governor said."),
            vec![Status::Inconsistent]
        );
        // A comma after an unclosed run of names is no end of the list.
        assert!(statuses("Shelling hit four districts: Ashford, Brookfield, the governor said.").is_empty());
    }

    #[test]
    fn items_may_take_the_article_many_words_and_the_counted_noun() {
        for text in [
            "The bill passed two chambers: the Senate and the House of Delegates.",
            "Floods hit three regions: the Tarrow region, the Lind region and the Upper Vale region.",
            "The firm opened offices in two cities: New York City and Port Elizabeth.",
            "The firm opened offices in three cities: Leeds, Hull, and York.",
        ] {
            assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
        }
        assert_eq!(
            statuses("Floods hit four regions: the Tarrow region, the Lind region and the Upper Vale region."),
            vec![Status::Inconsistent]
        );
    }

    #[test]
    fn a_list_may_open_after_when_a_clause_of_which_or_as() {
        for text in [
            "Storms hit three towns on Sunday night: Ashford, Brookfield and Carver.",
            "Officials listed two towns where flooding was worst: Ashford and Carver.",
            "Police named the three suspects as Anna Holm, Piet Kral and Ivo Sand.",
        ] {
            assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
        }
        assert_eq!(statuses("Storms hit four towns on Sunday night: Ashford, Brookfield and Carver."), vec![
            Status::Inconsistent
        ]);
        // A clause with its own plural, or a figure, may own the list.
        for text in [
            "Police questioned three men who visited towns: Ashford, Brookfield, Dale and Carver.",
            "Police questioned three men who visited 4 towns: Ashford, Brookfield, Dale and Carver.",
            "Storms hit three towns as Ashford and Carver were evacuated.",
        ] {
            let found = statuses(text);
            assert!(found.iter().all(|s| *s != Status::Inconsistent), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_list_in_apposition_to_the_subject_count() {
        let ok = "Four regions, Kent, Essex, Surrey and Sussex, reported new cases on Monday.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "Three senators, Ann Ford, Bill Cole, Carl Dunn and Dora Lee, voted against the bill.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
        // A count in a frame the comma closes opens no list.
        let quiet = "Of the 12 victims, Ann Ford and Bill Cole, the police said, were students.";
        assert!(statuses(quiet).is_empty(), "{:?}", statuses(quiet));
        // Not a list of names, or no comma where the clause goes on.
        let quiet = "Five people, Ann Ford and two children among them, were hurt.";
        assert!(statuses(quiet).is_empty(), "{:?}", statuses(quiet));
        let quiet = "Five people, Ann Ford said on Monday, were hurt.";
        assert!(statuses(quiet).is_empty(), "{:?}", statuses(quiet));
    }

    #[test]
    fn a_list_in_brackets_after_the_count() {
        let text = "The motion passed with 140 votes to 3 against (Peru, the Gambia and Chile), and 4 abstentions \
                    (Laos, Nepal, Fiji and Oman).";
        assert_eq!(statuses(text), vec![Status::Consistent, Status::Consistent]);
        assert_eq!(
            statuses("The motion passed with 3 against (Peru, the Gambia, Chile and Oman)."),
            vec![Status::Inconsistent]
        );
        // Brackets that hold no names, or never close, are no list.
        assert!(statuses("Turnout was 3 points higher (at 61 percent and rising).").is_empty());
        assert!(statuses("It passed with 3 against (Peru, Chile and Fiji.").is_empty());
    }

    #[test]
    fn a_list_may_go_on_after_as_well_as() {
        assert_eq!(
            statuses("Talks drew four nations: Peru, Chile and Bolivia as well as Ecuador."),
            vec![Status::Consistent]
        );
        assert_eq!(
            statuses("Talks drew three nations: Peru, Chile and Bolivia as well as Ecuador."),
            vec![Status::Inconsistent]
        );
    }

    #[test]
    fn no_list_that_is_not_the_counts_own() {
        for text in [
            // The colon follows another noun than the count's.
            "Three people were hurt in two towns near the border: Ashford and Brookfield.",
            // The items run into a clause.
            "He named three rivals: Smith, Jones and Brown were among them, the paper said.",
            // No joining word closes the list: it may go on.
            "Shelling hit three districts: Ashford, Brookfield, Carver, Dunmore.",
            // A lower-case word inside an item that is not the counted noun.
            "Floods hit two regions: the Tarrow valley and the Lind region.",
            // A label's value, with the names that share it in brackets.
            "Most goals in one match: 5 (Brazil and Spain).",
            // Names in brackets after a count of machines are their makes.
            "By noon, nine scout drones (Falcon, Kestrel and Heron) had been destroyed.",
        ] {
            assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
        }
    }

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(super::find::cue_faults(), (vec![], vec![]));
    }

    #[test]
    fn explained_a_list_names_its_colon_and_a_list_in_doubt_is_set_aside() {
        use crate::report::explain::{SetAside, Tie};
        let explain = crate::Options { explain: true, ..Default::default() };
        let text = "Shelling hit three districts: Ashford, Brookfield and Carver.";
        let report = crate::check(text, &explain);
        let ties: Vec<Tie> = report.findings[0].explanation.iter().map(|r| r.tie).collect();
        assert_eq!(ties, vec![Tie::StatedCue, Tie::FullBreakdown, Tie::WithinRounding]);
        assert_eq!(report.findings[0].explanation[0].quote.map(|q| q.of(text)), Some(": Ashford"));
        let report = crate::check("Shelling hit three districts: Ashford, Brookfield, Carver.", &explain);
        assert!(report.findings.is_empty());
        let reasons: Vec<SetAside> = report.rejected.iter().map(|r| r.reason).collect();
        assert_eq!(reasons, vec![SetAside::Incomplete]);
        let text = "He named three rivals: Smith, Jones and Brown were among them.";
        let report = crate::check(text, &explain);
        assert_eq!(report.rejected.iter().map(|r| (r.reason, r.quote.map(|q| q.of(text)))).collect::<Vec<_>>(), vec![(
            SetAside::OtherClause,
            Some("were")
        )]);
    }

    #[test]
    fn days_are_counted_with_both_ends() {
        let found = statuses("It rained for 8 consecutive days (June 28-July 5).");
        assert_eq!(found, vec![Status::Consistent]);
        assert_eq!(statuses("It rained for 3 straight days (Feb 28-Mar 1)."), vec![Status::Consistent]);
        assert_eq!(statuses("It rained for 5 days in a row (Dec 30 to Jan 3)."), vec![Status::Consistent]);
        assert_eq!(statuses("It rained for 4 consecutive days (Sept 9-13)."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_list_between_dashes_after_its_count_is_counted() {
        assert_eq!(statuses("Three ports — Dover, Hull, Leith and Oban — shut early."), vec![Status::Inconsistent]);
        assert_eq!(statuses("Four ports – Dover, Hull, Leith and Oban – shut early."), vec![Status::Consistent]);
        // A count that opens the clause of a verb of saying heads its list.
        assert_eq!(statuses("Police said three towns, Ely, Ware, Diss and Holt, were cut off."), vec![Status::Inconsistent]);
        // "over 4 regions" before the places it names is where, not a bound.
        assert_eq!(statuses("Air defences were active over 4 regions: Kursk, Tula, Oryol and Bryansk."), vec![Status::Consistent]);
        // People broken down between dashes are parts, no named items.
        assert!(statuses("Four people — two adults and two children — were hurt.").is_empty());
        // Typed copy often spaces a hyphen for a dash; a hyphen inside a
        // word ("Guinea-Bissau") stays part of the item.
        assert_eq!(statuses("Three ports - Dover, Hull, Leith and Oban - shut early."), vec![Status::Inconsistent]);
        assert_eq!(statuses("Four states - Chad, Mali, Guinea-Bissau and Niger - voted no."), vec![Status::Consistent]);
    }
}
