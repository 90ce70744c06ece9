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
    summary: "a stated count against the items listed",
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

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

fn check(doc: &Doc, c: &CountOfList) -> Option<Finding> {
    let count = interval(doc, c.count)?;
    let mut figures = vec![role(doc, c.count, Role::Count)];
    let (n, listed, certainty) = match c.days {
        Some((span, days)) => {
            figures.push(FindingFigure { figure: None, span, role: Role::Item });
            (days, format!("{} is {} days counting both ends", span.of(doc.text), fmt(days)), Certainty::Inferred)
        }
        None => {
            figures.extend(c.items.iter().map(|&span| FindingFigure { figure: None, span, role: Role::Item }));
            let names: Vec<&str> = c.items.iter().map(|s| s.of(doc.text)).collect();
            (c.items.len() as f64, format!("{} listed: {}", c.items.len(), names.join(", ")), Certainty::Stated)
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
    fn days_are_counted_with_both_ends() {
        let found = statuses("It rained for 8 consecutive days (June 28-July 5).");
        assert_eq!(found, vec![Status::Consistent]);
    }
}
