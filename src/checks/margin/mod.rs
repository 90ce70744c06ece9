//! `margin`: a margin of victory or a lead against the two counts or
//! shares it separates.
//!
//! "Smith beat Jones by 1,200 votes; Smith polled 15,400 votes and Jones
//! 14,100": a margin is the larger side less the smaller, 1,300 here, so
//! 1,200 is 100 votes off. "Smith leads by 5 points, 52% to 46%": 52% and 46% each
//! reach half a point either side, so their difference is 5 to 7 points,
//! and 5 fits. Each figure keeps its rounding and hedges; a side given as a
//! bound ("more than 40,000 votes") leaves the margin open on that side.

use super::Check;
use super::format::{Measure, difference, fmt_interval, text};
use super::relation::Certainty;
use super::verdict::{Wording, finding, in_text_order, interval, role, verdict};
use crate::figures::Kind;
use crate::mentions::Doc;
use crate::report::explain::SetAside;
use crate::report::{Finding, Role};

mod find;

pub const ID: &str = "margin";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "a margin of victory or a lead against the two counts or shares it separates",
    #[cfg(test)]
    example: "\"beat Jones by 1,300 votes ... 15,400 votes to Jones's 14,100\"",
    roles: &[Role::Count, Role::Margin],
    run,
};

/// Two sides of a contest and the margin between them, as indices into
/// `doc.figures`.
#[derive(Clone, Debug, PartialEq)]
pub struct Margin {
    pub first: usize,
    pub second: usize,
    pub margin: usize,
    pub certainty: Certainty,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
}

/// The larger side less the smaller against the margin stated.
fn check(doc: &Doc, r: &Margin) -> Option<Finding> {
    let value = |f: usize| doc.figures[f].value.unwrap_or(0.0);
    let (big, small) = if value(r.first) >= value(r.second) { (r.first, r.second) } else { (r.second, r.first) };
    let computed = interval(doc, big)?.sub(&interval(doc, small)?);
    let stated = interval(doc, r.margin)?;
    let v = verdict(&computed, &stated);
    // A side given as a bound ("more than 40,000 votes") leaves the
    // difference open: it fits anything and shows nothing worth a green mark.
    if v.consistent && !(computed.lo.is_finite() && computed.hi.is_finite()) {
        return None;
    }
    // Sides read from a sentence beside the margin's are tied to it by
    // nearness alone: a difference more than twice the margin, or under
    // half of it, says they are other counts, not a slip in the margin.
    let near = computed.mid() <= 2.0 * stated.mid() && 2.0 * computed.mid() >= stated.mid();
    if r.certainty != Certainty::Stated && !v.consistent && !near {
        doc.set_aside(ID, &[r.first, r.second, r.margin], SetAside::OtherThing, None);
        return None;
    }
    // A margin in points written as a bare number ("by 5 points") is
    // written as points; otherwise as the margin is.
    let measure = if doc.figures[r.margin].kind == Kind::Number && doc.figures[big].kind == Kind::Percent {
        Measure::Plain("points")
    } else {
        Measure::Like(r.margin)
    };
    // The margin's noun where the text gives one after a space ("820
    // votes"), so that the arithmetic reads in the text's units.
    let noun = match measure {
        Measure::Plain(points) => points,
        _ => doc
            .mention(r.margin)
            .and_then(|m| m.noun)
            .filter(|n| doc.text.get(doc.figures[r.margin].span.end..n.start) == Some(" "))
            .map_or("", |n| n.of(doc.text)),
    };
    let noun = if noun.is_empty() { String::new() } else { format!(" {noun}") };
    let (tb, ts, tm) = (text(doc, big), text(doc, small), text(doc, r.margin));
    let computed_words = match measure {
        Measure::Plain(_) => fmt_interval(doc, &computed, &measure),
        _ => format!("{}{noun}", fmt_interval(doc, &computed, &measure)),
    };
    let expected = format!("{tb} − {ts} = {computed_words}");
    let difference = difference(doc, measure, v.off);
    let message = if v.consistent {
        format!("{expected}, which fits the margin of {tm}{noun}")
    } else {
        format!("{expected}, but the text gives the margin as {tm}{noun}: a difference of {difference}")
    };
    let mut figures = vec![role(doc, r.first, Role::Count), role(doc, r.second, Role::Count)];
    figures.push(role(doc, r.margin, Role::Margin));
    in_text_order(&mut figures);
    finding(ID, r.certainty, v, figures, Wording { message, expected, reported: tm.to_owned(), difference })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{findings_of, statuses_of};
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    #[test]
    fn a_margin_is_the_larger_side_less_the_smaller() {
        let ok = "Smith beat Jones by 1,300 votes, taking 15,400 votes to Jones's 14,100.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "Smith beat Jones by 1,200 votes; Smith polled 15,400 votes and Jones 14,100.";
        assert_eq!(
            findings_of(bad, super::ID),
            vec![(Status::Inconsistent, vec!["1,200".to_owned(), "15,400".to_owned(), "14,100".to_owned()])]
        );
        // The sides in the next sentence, or named by a margin noun.
        let next = "Ahmed won the seat by 3,050 votes. He took 20,150 votes and Brown 17,100.";
        assert_eq!(statuses(next), vec![Status::Consistent]);
        let named = "Ahmed took 20,150 votes and Brown 17,100, a margin of 3,500 votes.";
        assert_eq!(statuses(named), vec![Status::Inconsistent]);
        let joined = "With 20,150 votes to Brown's 17,100, Ahmed won by a 3,050-vote margin.";
        assert_eq!(statuses(joined), vec![Status::Consistent]);
        let difference = "Ahmed has 20,150 votes whereas Brown has 17,100, a difference of 3,150 votes.";
        assert_eq!(statuses(difference), vec![Status::Inconsistent]);
        // A word that narrows the margin stands between it and "by" or "of".
        let just = "Smith beat Jones by just 43 votes, taking 5,410 votes to 5,367.";
        assert_eq!(statuses(just), vec![Status::Consistent]);
        let only = "Smith has 5,410 votes and Jones 5,367, a margin of only 53 votes.";
        assert_eq!(statuses(only), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_lead_in_points_separates_two_shares_with_their_rounding() {
        // 52% and 46% may be 51.5 to 52.5 and 45.5 to 46.5: 5 to 7 points.
        assert_eq!(statuses("The governor leads by 5 points, 52% to 46%."), vec![Status::Consistent]);
        assert_eq!(statuses("The governor leads by 9 points, 52% to 46%."), vec![Status::Inconsistent]);
        let pp = "Smith won by 4.5 percentage points, 51.2% to 46.7%.";
        assert_eq!(statuses(pp), vec![Status::Consistent]);
        // The forms poll copy uses: a noun without its hyphen, "on", a gap.
        assert_eq!(statuses("The Tories lead by eight points, on 39% to 31%."), vec![Status::Consistent]);
        assert_eq!(statuses("The Tories have a 12 points lead, 46% on 30%."), vec![Status::Inconsistent]);
        let gap = "The poll puts the Greens on 38% and Labour on 28%, a twelve-point gap.";
        assert_eq!(statuses(gap), vec![Status::Inconsistent]);
        // A lead of another day is no margin of the shares beside it.
        let earlier = "Lee leads Kim 49% to 44%, down from a 7-point lead on Monday.";
        assert_eq!(statuses(earlier), vec![]);
    }

    #[test]
    fn tallies_errors_and_crowded_sentences_give_no_margin() {
        for text in [
            // A tally, not a margin.
            "The bill passed by 300 votes to 250, with 12,000 votes and 9,000 votes cast in the two rounds.",
            // A margin of error is no margin of victory.
            "The poll of 1,000 voters has a 3-point margin of error; Smith has 48% to 43%.",
            // Three counts: which two the margin is between is not said.
            "Smith beat Jones by 1,200 votes; Smith polled 15,400 votes, Jones 14,100 and Lee 9,000.",
            // Shares not written as a pair are of other things.
            "The party won by 5 points, although its share fell 3% from a year ago and 45% stayed home.",
            // A rise, not a win.
            "Her tally increased by 1,200 votes to 15,400 votes, against 14,100 votes last time.",
            // Sides of other things than the margin's.
            "United won by 3 goals, with 20,000 fans and 14,000 tickets sold.",
            // Thresholds given as alternatives, not two sides' shares.
            "The law asks for 45% of the vote to win outright, or 40% with a 10-point advantage.",
            // One side at two times, or in two rounds.
            "She won by 1,200 votes, taking 15,400 votes, up from 14,100 in 2019.",
            "He won by 900 votes, with 12,000 votes in the first round and 12,500 in the run-off.",
            // A lead a change starts from is an earlier lead, not the pair's.
            "The mayor is ahead 51% to 45%, up from a 3-point lead in March.",
            "Patel has 8,400 votes and Green 7,100, down from a margin of 1,900 votes.",
        ] {
            assert_eq!(statuses(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_margin_labelled_in_a_list_or_table_is_read() {
        // Results lists put the noun straight before the figure.
        let right = "Ruiz (Green), North: 12,410 votes against Okafor (Labour) 9,020, margin 3,390.";
        assert_eq!(statuses(right), vec![Status::Consistent]);
        let wrong = "Ruiz (Green), North: 12,410 votes against Okafor (Labour) 9,020, margin 3,930.";
        assert_eq!(statuses(wrong), vec![Status::Inconsistent]);
        assert_eq!(statuses("Ruiz polled 12,410 votes and Okafor 9,020; margin: 3,930."), vec![Status::Inconsistent]);
        // A margin of another kind is no count: "operating margin 12%".
        assert_eq!(statuses("Sales were 4,100 units against 3,000 units, operating margin 12%."), vec![]);
    }
}
