//! `{{id}}`: TODO one line: what must agree with what.
//!
//! TODO an example sentence you wrote, and the arithmetic it implies. Say
//! the tolerances: which rounding and hedges the figures allow.

use super::Check;
use super::format::{Measure, difference, fmt_interval, text};
use super::relation::Certainty;
use super::verdict::{Wording, finding, interval, role, verdict};
use crate::mentions::Doc;
use crate::report::{Finding, Role};

mod find;

pub const ID: &str = "{{id}}";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "TODO what it checks, as the README's rule table says it",
    #[cfg(test)]
    example: "TODO copy it checks, in short",
    roles: &[Role::Total, Role::Part],
    run,
};

/// TODO the figures that belong together, as indices into `doc.figures`.
#[derive(Clone, Debug, PartialEq)]
pub struct {{Relation}} {
    pub total: usize,
    pub part: usize,
    pub certainty: Certainty,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

/// Decides one relation with interval arithmetic: inconsistent only when no
/// value inside every figure's interval satisfies it.
fn check(doc: &Doc, r: &{{Relation}}) -> Option<Finding> {
    let total = interval(doc, r.total)?;
    let part = interval(doc, r.part)?;
    let v = verdict(&part, &total); // TODO the arithmetic
    // Values and the difference are written in the units of the text.
    let expected = format!("{} allows {}", text(doc, r.part), fmt_interval(doc, &part, &Measure::Like(r.total)));
    let difference = difference(doc, Measure::Like(r.total), v.off);
    let message = if v.consistent {
        format!("{expected}, which fits {}", text(doc, r.total))
    } else {
        format!("{expected}, but the text says {}: a difference of {difference}", text(doc, r.total))
    };
    let figures = vec![role(doc, r.total, Role::Total), role(doc, r.part, Role::Part)];
    let reported = text(doc, r.total).to_owned();
    finding(ID, r.certainty, v, figures, Wording { message, expected, reported, difference })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    // Sentences you write yourself, never a corpus passage: one that holds,
    // one that does not, and the near misses that must stay quiet.
    #[test]
    #[ignore = "TODO: write the check's tests"]
    fn a_stated_relation_is_checked() {
        assert_eq!(statuses("TODO a sentence that holds."), vec![Status::Consistent]);
        assert_eq!(statuses("TODO a sentence that does not."), vec![Status::Inconsistent]);
        assert_eq!(statuses("TODO a sentence with no such relation."), vec![]);
    }
}
