//! `margin`: a margin of victory or a lead against the two counts or
//! shares it separates, and a trade or budget balance against the two
//! flows it nets.
//!
//! "Smith beat Jones by 1,200 votes; Smith polled 15,400 votes and Jones
//! 14,100": a margin is the larger side less the smaller, 1,300 here, so
//! 1,200 is 100 votes off. "Smith leads by 5 points, 52% to 46%": 52% and 46% each
//! reach half a point either side, so their difference is 5 to 7 points,
//! and 5 fits. Each figure keeps its rounding and hedges; a side given as a
//! bound ("more than 40,000 votes") leaves the margin open on that side.
//!
//! A balance is the margin between what comes in and what goes out
//! (`balances.rs`): "exports rose to $12.3 billion and imports to $15.8
//! billion, leaving a deficit of $3.6 billion". A deficit is imports less
//! exports, or spending less revenue; a surplus the other way round. $15.8
//! billion and $12.3 billion may each be $0.05 billion either way, so their
//! difference is $3.4 to $3.6 billion, and $3.6 billion fits. A deficit
//! where more comes in than goes out is no pair the text's words make, and
//! is left alone.

use super::Check;
use super::format::{Measure, difference, fmt_interval, text};
use super::relation::Certainty;
use super::verdict::{Wording, finding, in_text_order, interval, role, verdict};
use crate::figures::Kind;
use crate::mentions::Doc;
use crate::report::explain::SetAside;
use crate::report::{Finding, Role};

mod balances;
mod find;

pub const ID: &str = "margin";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "a margin of victory or a lead against the two counts or shares it separates; a trade or budget deficit or surplus against the two flows it nets",
    #[cfg(test)]
    example: "\"beat Jones by 1,300 votes ... 15,400 votes to Jones's 14,100\"; \"exports of $12.3 billion and imports of $15.8 billion, a deficit of $3.5 billion\"",
    roles: &[Role::Count, Role::Margin, Role::Flow, Role::Balance],
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
    /// For a balance: its name and the words for its flows, the one that
    /// must be the larger first (`("deficit", "imports", "exports")`).
    pub balance: Option<(&'static str, &'static str, &'static str)>,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find_all, check);
}

fn find_all(doc: &Doc, out: &mut Vec<Margin>) {
    find::find(doc, out);
    balances::find(doc, out);
}

/// The larger side less the smaller against the margin stated.
fn check(doc: &Doc, r: &Margin) -> Option<Finding> {
    let value = |f: usize| doc.figures[f].value.unwrap_or(0.0);
    // A balance's flows come in the order its name gives them.
    let (big, small) = if r.balance.is_some() || value(r.first) >= value(r.second) { (r.first, r.second) } else { (r.second, r.first) };
    if value(big) < value(small) {
        return None;
    }
    let computed = interval(doc, big)?.sub(&interval(doc, small)?);
    let stated = interval(doc, r.margin)?;
    let v = verdict(&computed, &stated);
    // A side given as a bound ("more than 40,000 votes") leaves the
    // difference open: it fits anything and shows nothing worth a green mark.
    if v.consistent && !(computed.lo.is_finite() && computed.hi.is_finite()) {
        return None;
    }
    // Sides read from a sentence beside the margin's are tied to it by
    // nearness alone, and so are flows to a balance: a difference more than
    // twice the margin, or under half of it, says they are other counts
    // (another period, other goods), not a slip in the margin.
    let near = computed.mid() <= 2.0 * stated.mid() && 2.0 * computed.mid() >= stated.mid();
    if (r.certainty != Certainty::Stated || r.balance.is_some()) && !v.consistent && !near {
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
            .filter(|n| r.balance.is_none() && doc.text.get(doc.figures[r.margin].span.end..n.start) == Some(" "))
            .map_or("", |n| n.of(doc.text)),
    };
    let noun = if noun.is_empty() { String::new() } else { format!(" {noun}") };
    // A balance names its flows: "imports $15.8 billion − exports $12.3 billion".
    let (name, first, second) = r.balance.unwrap_or(("margin", "", ""));
    let named = |words: &str, f: usize| if words.is_empty() { text(doc, f).to_owned() } else { format!("{words} {}", text(doc, f)) };
    let (tb, ts, tm) = (named(first, big), named(second, small), text(doc, r.margin));
    let computed_words = match measure {
        Measure::Plain(_) => fmt_interval(doc, &computed, &measure),
        _ => format!("{}{noun}", fmt_interval(doc, &computed, &measure)),
    };
    let expected = format!("{tb} − {ts} = {computed_words}");
    let difference = difference(doc, measure, v.off);
    let message = if v.consistent {
        format!("{expected}, which fits the {name} of {tm}{noun}")
    } else {
        format!("{expected}, but the text gives the {name} as {tm}{noun}: a difference of {difference}")
    };
    let (side, margin) = if r.balance.is_some() { (Role::Flow, Role::Balance) } else { (Role::Count, Role::Margin) };
    let mut figures = vec![role(doc, r.first, side), role(doc, r.second, side)];
    figures.push(role(doc, r.margin, margin));
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
    fn a_figure_after_a_verb_of_moving_and_by_is_the_margins_move_not_the_margin() {
        // The lead fell by four points; the shares after it answer another
        // question.
        let text = "The lead has fallen by four points since May. Some 24 per cent back Smith, while 31 per cent back neither.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        assert_eq!(statuses("Labour leads the Tories by seven points, 37 per cent to 32 per cent."), vec![Status::Inconsistent]);
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
    fn a_point_before_three_digits_in_a_count_of_votes_groups_thousands() {
        // Votes come whole: "2.140 votes" is 2,140 written the European way.
        let ok = "Lopez beat Ortiz by 270 votes, taking 2.140 votes to 1,870.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "Lopez beat Ortiz by 370 votes, taking 2.140 votes to 1,870.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
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

    #[test]
    fn a_deficit_is_what_goes_out_less_what_comes_in() {
        let ok = "Exports rose to $12.3 billion and imports to $15.8 billion, leaving a trade deficit of $3.5 billion.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "Exports rose to $12.3 billion and imports to $15.8 billion, leaving a trade deficit of $3.9 billion.";
        assert_eq!(
            findings_of(bad, super::ID),
            vec![(Status::Inconsistent, vec!["$12.3 billion".to_owned(), "$15.8 billion".to_owned(), "$3.9 billion".to_owned()])]
        );
        // The balance first, its noun after the figure, the flows named after theirs.
        let first = "The trade deficit widened to $41.6 billion in May as imports climbed to $230.4 billion and exports fell to $188.8 billion.";
        assert_eq!(statuses(first), vec![Status::Consistent]);
        let after = "The council's plan has $4,310,250 in expenditures and $4,288,900 in revenues, leaving a $21,350 budgetary deficit.";
        assert_eq!(statuses(after), vec![Status::Consistent]);
        let off = "The council's plan has $4,310,250 in expenditures and $4,288,900 in revenues, leaving a $12,350 budgetary deficit.";
        assert_eq!(statuses(off), vec![Status::Inconsistent]);
        // A flow's earlier level is passed over; so is an earlier balance.
        let earlier = "Exports rose to $12.3 billion from $11.1 billion and imports to $15.8 billion, with the deficit at $3.5 billion, compared with a deficit of $4.7 billion.";
        assert_eq!(statuses(earlier), vec![Status::Consistent]);
    }

    #[test]
    fn a_surplus_is_what_comes_in_less_what_goes_out_in_any_scale() {
        // 2.2 trillion less 1.85 trillion yen, across scales.
        let scales = "Shipments were worth 2.2 trillion yen in exports and 1.85 trillion yen in imports, a surplus of 350 billion yen.";
        assert_eq!(statuses(scales), vec![Status::Consistent]);
        let worth = "The country exported goods worth €91.4bn and imported goods worth €77.9bn, for a surplus of €15.5bn.";
        assert_eq!(statuses(worth), vec![Status::Inconsistent]);
        // Budgets in shares of output.
        let gdp = "Spending is set at 41.2% of GDP and revenue at 38.5% of GDP, a deficit of 2.7% of GDP.";
        assert_eq!(statuses(gdp), vec![Status::Consistent]);
    }

    #[test]
    fn flows_in_a_sentence_of_their_own_take_the_balance_beside_them() {
        let before = "The trade surplus shrank to $12.4 billion in April. Exports were $96.1 billion and imports $84.7 billion.";
        assert_eq!(statuses(before), vec![Status::Inconsistent]);
        let after = "Exports were $96.1 billion and imports $84.7 billion. That left a trade surplus of $11.4 billion.";
        assert_eq!(statuses(after), vec![Status::Consistent]);
        // The nearest balance is another period's: no pair.
        let period = "The deficit for 2021 was $31.2 billion. In 2022 exports were $40.5 billion and imports $78.3 billion.";
        assert_eq!(statuses(period), vec![]);
        // A balance compared with is an earlier one.
        let earlier = "The surplus was smaller than the $14.9 billion of a year ago. Exports were $96.1 billion and imports $84.7 billion.";
        assert_eq!(statuses(earlier), vec![]);
        // So is one in the pluperfect: the flows beside it are the story's.
        for earlier in [
            "The current-account deficit rose to $7.5 billion in May. In April it had been $6.2 billion. Exports came to $31.0 billion and imports to $38.5 billion.",
            "The trade gap widened to $9.8 billion. A year before, customs had recorded a deficit of $8.1 billion. Exports rose to $20.3 billion, imports to $30.1 billion.",
        ] {
            assert_eq!(statuses(earlier), vec![], "{earlier}");
        }
        // A budget nets more lines than two: named apart, they are reported
        // only when they agree.
        let budget = "The province now expects a deficit of $420 million. Revenue is put at $12.5 billion and spending at $13.1 billion.";
        assert_eq!(statuses(budget), vec![]);
        let agrees = "The province now expects a deficit of $600 million. Revenue is put at $12.5 billion and spending at $13.1 billion.";
        assert_eq!(statuses(agrees), vec![Status::Consistent]);
    }

    #[test]
    fn a_change_and_its_bracket_may_stand_between_a_flow_and_its_level() {
        let text = "The trade surplus widened to $2,410 million in March. Exports grew by $312 million (1.1%) to $29,870 million, while imports fell by $905 million (3.4%) to $27,460 million.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn a_balance_whose_flows_run_the_other_way_is_no_pair_of_the_text() {
        // More comes in than goes out, yet a "deficit": which of the words
        // is wrong the figures cannot say, and the size fits neither way.
        let turned = "Exports reached $48.2 billion while imports came to $45.1 billion, a deficit of $3.1 billion.";
        assert_eq!(statuses(turned), vec![]);
    }

    #[test]
    fn changes_earlier_levels_and_other_goods_give_no_balance() {
        for text in [
            // Changes of the flows are no levels of them.
            "The deficit narrowed by $2.1 billion as exports rose $1.4 billion and imports fell $0.7 billion.",
            // Two export figures: which one the balance nets is not said.
            "Exports of goods reached $12.3 billion and exports of services $4.1 billion, while imports hit $15.8 billion, for a deficit of $0.6 billion.",
            // Flows of other goods than each other.
            "Oil exports fell to $3.1 billion and car imports rose to $5.2 billion; the deficit hit $9.9 billion.",
            // Flows far from the balance are another period's.
            "The annual deficit was $600 billion, while exports in March were $20 billion and imports $25 billion.",
            // No flows at all.
            "The budget deficit reached $1.2 trillion, up from $980 billion a year earlier.",
        ] {
            assert_eq!(statuses(text), vec![], "{text}");
        }
    }
}
