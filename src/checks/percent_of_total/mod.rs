//! `percent-of-total`: a part, its whole and the share it makes must agree.
//!
//! "412,630 voters, or 38.21 percent of the electorate ... 1,079,900
//! registered voters in all": 412,630 / 1,079,900 = 38.21%. A percentage is
//! right when the exact share rounds to it (71 / 145 = 48.97% is "49%");
//! a fraction word ("about one-fifth") allows what its wording allows.

use super::Check;
use super::format::{Measure, difference, fmt_interval, fmt_sig, text};
use super::relation::{Certainty, Share};
use super::verdict::{finding, interval, role, verdict, word_interval, word_role, Wording};
use crate::figures::Interval;
use crate::mentions::Doc;
use crate::report::{Finding, Role};

mod find;

pub const ID: &str = "percent-of-total";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "X of Y against a stated share",
    #[cfg(test)]
    example: "\"12 out of 13 (92%)\", \"Of the 1,500 polled, 900, or 60%\", \"30% of the 2,000 staff, or 600\"",
    roles: &[Role::Part, Role::Whole, Role::Percent],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Percent {
    /// The part(s): their sum is the share.
    pub parts: Vec<usize>,
    pub whole: usize,
    pub percent: Share,
    pub certainty: Certainty,
}

/// Percentages with counts beside them ("41.28% (6 305 114 votes)"): each
/// count over its share gives the whole, and all must give the same one.
#[derive(Clone, Debug, PartialEq)]
pub struct SharesOfCounts {
    pub pairs: Vec<(usize, usize)>,
}

/// Counts each followed by its share in one sentence ("Smith 1,431
/// (40.71%), Jones 1,395 (39.69%)"): `pairs` are (count, share).
/// `one_whole`: no two shares name different wholes ("of the vote").
#[derive(Clone, Debug, PartialEq)]
pub struct CountsWithShares {
    pub pairs: Vec<(usize, usize)>,
    pub one_whole: bool,
}

/// Shares of a stated whole first, then shares with their counts beside
/// them (found by `shares-sum`'s scan of the percentages), then counts
/// followed by their shares.
fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check_share);
    let of_counts = crate::checks::shares_sum::find::find(doc).of_counts;
    super::check_each(doc, out, &of_counts, check_counts);
    super::find_then_check(doc, out, find::counts_with_shares, check_counts_with_shares);
}

/// A share as a writer may have cut it: "48.96%" is 48.955 to 48.965 when
/// rounded and 48.96 to 48.97 when truncated, as tables of many decimals
/// often are, and "64%" of 42 out of 65 (64.6%) is cut as results tables
/// and health reports often print it. Only a share that neither rounding
/// nor cutting gives is flagged.
fn rounded_or_cut(share: Interval) -> Interval {
    let step = share.hi - share.lo;
    if step > 0.0 && step <= 1.0 { Interval { hi: share.hi + step / 2.0, hi_open: true, ..share } } else { share }
}

/// The verdict on a share that may be cut; a share that is off is off by
/// the distance to the share as written.
fn verdict_rounded_or_cut(computed: &Interval, stated: &Interval) -> crate::checks::verdict::Verdict {
    let cut = verdict(computed, &rounded_or_cut(*stated));
    if cut.consistent { cut } else { verdict(computed, stated) }
}

/// Counts each given with its share. When the shares make 100% within
/// their rounding, the counts are the whole breakdown, so the whole is
/// their sum and each share must be its count over that sum; a share that
/// is not is flagged (as a warning: the whole is inferred). Otherwise the
/// list may leave holders out, and it is only reported when every count
/// over its share gives one whole.
fn check_counts_with_shares(doc: &Doc, c: &CountsWithShares) -> Option<Finding> {
    let mut shares_sum = Interval::exact(0.0);
    let mut whole = Interval::exact(0.0);
    for &(count, pct) in &c.pairs {
        // Rounded, not cut: a sum that reaches 100% only if every share was
        // cut may as well leave a small holder out.
        shares_sum = shares_sum.add(&interval(doc, pct)?);
        whole = whole.add(&interval(doc, count)?);
    }
    let complete = c.one_whole && shares_sum.meets(&Interval::exact(100.0));
    if !complete {
        return check_counts(doc, &SharesOfCounts { pairs: c.pairs.iter().map(|&(count, pct)| (pct, count)).collect() });
    }
    let counts = crate::text::join(&c.pairs.iter().map(|&(count, _)| text(doc, count)).collect::<Vec<_>>(), " + ");
    let sum = fmt_sig(whole.mid());
    for &(count, pct) in &c.pairs {
        let computed = interval(doc, count)?.div(&whole)?.affine(100.0, 0.0);
        let v = verdict_rounded_or_cut(&computed, &interval(doc, pct)?);
        if v.consistent {
            continue;
        }
        let expected = format!("{} / ({counts} = {sum}) = {}", text(doc, count), fmt_interval(doc, &computed, &Measure::Percent));
        let difference = difference(doc, Measure::Percent, v.off);
        let message = format!(
            "The shares make 100%, so the whole is the sum of the counts, {sum}: {expected}, but the text says {}: a difference of {difference}",
            text(doc, pct)
        );
        let figures = vec![role(doc, count, Role::Part), role(doc, pct, Role::Percent)];
        let wording = Wording { message, expected, reported: text(doc, pct).to_string(), difference };
        return finding(ID, Certainty::Inferred, v, figures, wording);
    }
    let figures = c.pairs.iter().flat_map(|&(count, pct)| [role(doc, count, Role::Part), role(doc, pct, Role::Percent)]).collect();
    let expected = format!("each count over {counts} = {sum} gives its share");
    let message = format!("The {} shares make 100% and each is its count over the counts' sum, {sum}", c.pairs.len());
    let agreed = crate::checks::verdict::Verdict { consistent: true, gap: 0.0, off: 0.0 };
    let wording = Wording { message, expected, reported: String::new(), difference: String::new() };
    finding(ID, Certainty::Plausible, agreed, figures, wording)
}

fn check_share(doc: &Doc, p: &Percent) -> Option<Finding> {
    let mut part = Interval::exact(0.0);
    for &x in &p.parts {
        part = part.add(&interval(doc, x)?);
    }
    let whole = interval(doc, p.whole)?;
    // "Two out of three firms (64%)": a fraction of a whole under ten
    // beside a share is that share said as the nearest such fraction, good
    // to half a step (a sixth either way for thirds).
    let gloss = if whole.hi <= 10.0 { 50.0 / whole.hi } else { 0.0 };
    let share = part.div(&whole)?.affine(100.0, 0.0).widen(gloss);
    let (stated, stated_text, stated_figure) = match &p.percent {
        Share::Figure(f) => (interval(doc, *f)?, text(doc, *f).to_string(), role(doc, *f, Role::Percent)),
        Share::Fraction(w) => (word_interval(w), w.span.of(doc.text).to_owned(), word_role(w, Role::Percent)),
    };
    // "57 per cent of the vote to Cole's 43": a part more than its whole
    // against a share of at most 100% was paired with a figure that is no
    // whole of it.
    if share.lo > 100.0 && stated.hi <= 100.0 {
        return None;
    }
    // A fraction's gloss is already the nearest simple share, not a cut one.
    let v = if gloss > 0.0 { verdict(&share, &stated) } else { verdict_rounded_or_cut(&share, &stated) };
    let parts_text = crate::text::join(&p.parts.iter().map(|&x| text(doc, x)).collect::<Vec<_>>(), " + ");
    let expected = format!("{parts_text} / {} = {}", text(doc, p.whole), fmt_interval(doc, &share, &Measure::Percent));
    let difference = difference(doc, Measure::Percent, v.off);
    let message = if v.consistent {
        format!("{expected}, which fits {stated_text}")
    } else {
        format!("{expected}, but the text says {stated_text}: a difference of {difference}")
    };
    let mut figures: Vec<_> = p.parts.iter().map(|&x| role(doc, x, Role::Part)).collect();
    figures.push(role(doc, p.whole, Role::Whole));
    figures.push(stated_figure);
    crate::checks::verdict::in_text_order(&mut figures);
    finding(ID, p.certainty, v, figures, Wording { message, expected, reported: stated_text, difference })
}

/// Each count over its share implies the whole; they must all meet.
fn check_counts(doc: &Doc, s: &SharesOfCounts) -> Option<Finding> {
    let mut common: Option<Interval> = None;
    for &(pct, count) in &s.pairs {
        let implied = interval(doc, count)?.div(&interval(doc, pct)?)?.affine(100.0, 0.0);
        common = Some(match common {
            None => implied,
            Some(c) if c.meets(&implied) => Interval { lo: c.lo.max(implied.lo), hi: c.hi.min(implied.hi), ..c },
            Some(_) => return None, // different wholes: say nothing
        });
    }
    let whole = common?;
    let figures = s.pairs.iter().flat_map(|&(p, c)| [role(doc, c, Role::Part), role(doc, p, Role::Percent)]).collect();
    let expected = format!("each count over its share gives a whole of about {}", fmt_sig(whole.mid()));
    let message =
        format!("The {} shares and their counts agree on one whole of about {}", s.pairs.len(), fmt_sig(whole.mid()));
    let agreed = crate::checks::verdict::Verdict { consistent: true, gap: 0.0, off: 0.0 };
    let wording = Wording { message, expected, reported: String::new(), difference: String::new() };
    finding(ID, Certainty::Plausible, agreed, figures, wording)
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::findings_of;
    use crate::report::Status;

    #[test]
    fn a_percentage_written_with_its_sign_is_a_change_not_a_share() {
        let text = "The group sold 1,480,000 cars in 2015. Of these, 1,210,500 were its own brand (+4.1%) and 269,500 came from its partner.";
        assert!(findings_of(text, super::ID).is_empty(), "{:?}", findings_of(text, super::ID));
    }

    #[test]
    fn a_part_and_whole_a_thousandfold_apart_are_of_different_scales() {
        // The whole's "million" is left implicit: no finding, not 42,790,078%.
        for text in [
            "Some 14.62 million people, or 37.45 per cent of the 39.04 eligible, voted.",
            "A total of 1.2 million ballots, or 62.5 per cent of the 1.92 registered, were returned.",
        ] {
            let found = findings_of(text, super::ID);
            assert!(found.iter().all(|f| f.0 != Status::Inconsistent), "{text}: {found:?}");
        }
        // A slip of a digit is still flagged.
        let found = findings_of("Some 2,087 people, or 62.78 per cent of the 4,878 eligible, voted.", super::ID);
        assert!(found.iter().any(|f| f.0 == Status::Inconsistent), "{found:?}");
    }

    #[test]
    fn a_percentage_in_brackets_after_a_name_is_the_names_own() {
        let text = "Of the 50 index stocks, 31 ended lower, led by Acme (4.20 pc), Brill (3.80 pc) and Corex (2.96 pc).";
        assert!(findings_of(text, super::ID).is_empty(), "{:?}", findings_of(text, super::ID));
        // After the count, a bracket is its share.
        let share = findings_of("Of the 50 stocks, 31 (52%) ended lower.", super::ID);
        assert_eq!(share.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_share_after_and_is_of_another_clause() {
        // The displaced are no part of the 70% who need aid.
        let text = "Fighting has displaced an estimated two million people, and 70% of the country's 18 million people need food aid.";
        assert!(findings_of(text, super::ID).is_empty(), "{:?}", findings_of(text, super::ID));
        // "or" restates the count: checked.
        let text = "Some 2 million people, or 70% of the 18 million people, need aid.";
        assert_eq!(findings_of(text, super::ID).iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_semicolon_ends_the_item_whose_bracket_a_share_restates() {
        // Each share restates the bracket of its own item, never the one
        // before the semicolon.
        let text = "Three forwards carried their clubs: Adams, 40% of the Rovers goals (20 of 50); \
                    Brook, 30% of the United goals (12 of 40); Clarke, 25% of the City goals (15 of 60).";
        let found = findings_of(text, super::ID);
        assert!(found.iter().all(|f| f.0 != Status::Inconsistent), "{found:?}");
    }

    #[test]
    fn a_share_after_a_colon_is_an_items_not_the_count_before_it() {
        // The share is Dover's vote, not six out of eight.
        let text = "The party won six of the eight towns: Dover (68%), Ely (57%) and Leek (52%).";
        let found = findings_of(text, super::ID);
        assert!(found.iter().all(|f| f.0 != Status::Inconsistent), "{found:?}");
        // With no colon, the bracket still restates the count before it.
        let bad = findings_of("The party won six out of eight towns (68%).", super::ID);
        assert_eq!(bad.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_fraction_of_a_few_beside_a_share_is_its_nearest_fraction() {
        // 64% is nearer two thirds than one third; 45% is not.
        for text in ["Two out of three firms (64%) reported higher costs this year.", "Three out of four parents (77%) backed the change."] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
        }
        assert!(statuses("Two out of three firms (45%) reported higher costs this year.").contains(&Status::Inconsistent));
    }

    #[test]
    fn a_rounded_share_passes_and_a_wrong_one_is_flagged() {
        let ok = findings_of("Police arrested 71 out of 145 protesters (49%).", super::ID);
        assert_eq!(ok.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent]);
        let bad = findings_of("Police arrested 71 out of 145 protesters (59%).", super::ID);
        assert_eq!(bad.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_name_or_year_inside_a_whole_put_first_is_part_of_its_phrase() {
        // "Class 9" and "2021" are words of the whole's phrase, no figure
        // between the whole and its part.
        for text in [
            "Of the 3,200 pupils who sat the Class 9 papers, 2,900 or 92.4 per cent passed.",
            "Of the 3,200 pupils who sat the papers in 2021, 2,900 or 92.4 per cent passed.",
        ] {
            assert_eq!(statuses(text), vec![Status::Inconsistent], "{text}");
        }
    }

    #[test]
    fn a_part_larger_than_its_whole_is_no_pairing_for_a_share() {
        // "57 per cent of the vote to Cole's 43": 43 is Cole's share, no whole.
        let text = "Ann Hill beat Mayor Tom Cole 2,800 votes to 2,100, taking 57 per cent of the vote to Cole's 43.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    }

    #[test]
    fn a_bounded_share_is_a_threshold_not_a_rounding() {
        // "above 49%" claims more than 49%: 48.7% is not, though it would
        // round to 49%.
        let above = findings_of("By Friday 20,400 girls had been vaccinated, above 49% of the target of 41,900.", super::ID);
        assert_eq!(above.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
        let plain = findings_of("By Friday 20,400 girls had been vaccinated, or 49% of the target of 41,900.", super::ID);
        assert_eq!(plain.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent]);
        let below = findings_of("Only 3,110 of the 6,000 seats were filled, under 51% of capacity.", super::ID);
        assert_eq!(below.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
    }

    fn statuses(text: &str) -> Vec<Status> {
        crate::checks::testing::statuses_of(text, super::ID)
    }

    #[test]
    fn counts_with_shares_that_make_100_percent_are_the_whole_breakdown() {
        let ok = "District 4: Ana Ruiz 1,210 (48.40%); Tom Hale 990 (39.60%); Joe Park 300 (12.00%).";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        // One digit slipped: the shares still make 100%, the counts no longer give them.
        let slip = "District 4: Ana Ruiz 1,201 (48.40%); Tom Hale 990 (39.60%); Joe Park 300 (12.00%).";
        let found = findings_of(slip, super::ID);
        assert_eq!(found, vec![(Status::Inconsistent, vec!["1,201".to_owned(), "48.40%".to_owned()])]);
        let ok = "The board said 2,600 girls, or 52 per cent, and 2,400 boys, or 48 per cent, sat the exam.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "The board said 2,600 girls, or 58 per cent, and 2,400 boys, or 42 per cent, sat the exam.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
    }

    #[test]
    fn shares_cut_rather_than_rounded_hold() {
        // 2,000 / 3,000 = 66.667%: rounded it is 66.67, cut 66.66.
        let ok = "Votes: Ana Ruiz 2,000 (66.66%); Tom Hale 1,000 (33.33%).";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
    }

    #[test]
    fn shares_short_of_100_within_their_rounding_may_leave_a_holder_out() {
        // 99.5% to one decimal is 99.25% to 99.75%: a small holder is left
        // out, so the counts' sum is no whole (it reaches 100% only if every
        // share was cut, not rounded).
        let quiet = "Ruiz has 460 delegates (18.6%), Okafor 358 (14.5%), Lind 158 (6.4%) and Moss 54 (2.2%), while 1,425 (57.8%) remain to be chosen.";
        assert!(!statuses(quiet).contains(&Status::Inconsistent), "{:?}", statuses(quiet));
        // With the last holder the shares make 100%, and a wrong count shows.
        let bad = "Ruiz has 480 delegates (18.6%), Okafor 358 (14.5%), Lind 158 (6.4%), Moss 54 (2.2%) and others 17 (0.7%), while 1,425 (57.8%) remain to be chosen.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_rate_named_by_a_verb_is_the_share_that_did_it() {
        let ok = "Of the 950 candidates, 743 passed, a pass rate of 78.2 percent.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        // 820 / 1,000 = 82%: the whole is the step listed before the part.
        let bad = "In all 1,200 registered, 1,000 sat, 820 passed and 180 failed, a pass rate of 84 percent.";
        assert_eq!(findings_of(bad, super::ID), vec![(Status::Inconsistent, vec!["1,000".to_owned(), "820".to_owned(), "84 percent".to_owned()])]);
        let ok = "In all 1,200 registered, 1,000 sat, 820 passed and 180 failed, a pass rate of 82 percent.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        // No count did what the rate names, or no whole is stated: nothing to say.
        let quiet = "The school had 1,000 pupils and 820 stayed on, a pass rate of 84 percent.";
        assert!(statuses(quiet).is_empty(), "{:?}", statuses(quiet));
        let quiet = "The school had 1,000 pupils and 820 passed, a pass rate of 84 percent.";
        assert!(statuses(quiet).is_empty(), "{:?}", statuses(quiet));
    }

    #[test]
    fn the_subject_of_made_up_is_the_part() {
        let ok = "In 2019 the 300 who stayed on for three or more years made up 12 percent of the 2,500 staff.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "Sales grew, while the 300 who stayed on for three or more years accounted for 14 percent of the 2,500 staff.";
        assert_eq!(findings_of(bad, super::ID), vec![(Status::Inconsistent, vec!["300".to_owned(), "14 percent".to_owned(), "2,500".to_owned()])]);
        // Two counts in the subject: which is the part is not said.
        let quiet = "The 300 men and 200 women made up 14 percent of the 2,500 staff.";
        assert!(statuses(quiet).is_empty(), "{:?}", statuses(quiet));
    }

    #[test]
    fn a_share_of_a_stated_whole_may_be_cut() {
        // 2,000 / 3,000 = 66.667%: rounded 66.67, cut 66.66.
        assert_eq!(statuses("Of the 3,000 members, 2,000, or 66.66%, voted."), vec![Status::Consistent]);
        // Neither rounded nor cut: 66.64 is off.
        assert_eq!(statuses("Of the 3,000 members, 2,000, or 66.64%, voted."), vec![Status::Inconsistent]);
    }

    #[test]
    fn counts_with_shares_of_no_one_whole_stay_quiet() {
        // Shares that do not make 100% may leave holders out; these give two wholes.
        let text = "Ana Ruiz won 1,210 votes (48%) in the north and Tom Hale 990 votes (20%) in the south.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // Two places are two wholes, even when their shares make 100%.
        let text = "In the north 1,200 voters (45%) backed the plan, while in the south 900 voters (55%) did.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // Changes are no shares.
        let text = "Sales reached 1,200 units, up 60%, and returns 300 units, up 40%.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn the_whole_may_come_first() {
        assert_eq!(statuses("Of the 1,500 respondents, 900, or 60%, said they would vote."), vec![Status::Consistent]);
        assert_eq!(statuses("Of 1,500 respondents, 900 (70%) said they would vote."), vec![Status::Inconsistent]);
    }

    #[test]
    fn the_part_may_follow_the_share_of_its_whole() {
        let ok = "About 30% of the 2,000 employees, or roughly 600 people, will be laid off.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "About 30% of the 2,000 employees, or roughly 900 people, will be laid off.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
        assert_eq!(statuses("One in five of the 1,000 patients, or 200, had side effects."), vec![Status::Consistent]);
        assert_eq!(
            statuses("One in five of the 1,000 patients, or 300, had side effects."),
            vec![Status::Inconsistent]
        );
        // A bracket inside the whole's noun phrase gives the whole again, in
        // other words or units: it is no part.
        assert!(statuses("Some 61.2 per cent of the 3.4 million (34 lakh) registered voters turned out.").is_empty());
        assert!(statuses("Only 12% of the 2,500 (two and a half thousand) members voted.").is_empty());
    }

    #[test]
    fn a_percentage_before_a_comparative_compares_and_is_no_share() {
        // "2.4% fewer than in 2019" says how the count moved, not what part
        // of the 31 the 28 are.
        assert!(statuses("Some 2,100 pupils sat 28 of the 31 papers offered, 2.4% fewer than in 2019.").is_empty());
        assert_eq!(statuses("Some 2,100 pupils sat 28 of the 31 papers offered, or 90%."), vec![Status::Consistent]);
    }

    #[test]
    fn a_share_of_something_else_is_left_alone() {
        // 600 million dollars is no part of 2,000 employees.
        assert!(statuses("About 30% of the 2,000 employees, or 600 million dollars, were cut.").is_empty());
        // "one in five" is a ratio: five is no part of the 1,000.
        let found =
            crate::checks::testing::statuses_of("One in five of the 1,000 patients had side effects.", "sum-of-parts");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_figure_past_a_dash_or_than_is_no_whole_of_the_share() {
        // The share is of output; $80 billion is the other term of a comparison.
        let dash = "The shortfall was $62 billion, or 3.1% of output — less than the $80 billion gap of the year before.";
        assert!(statuses(dash).is_empty(), "{dash}");
        let than = "The shortfall reached $62 billion, or 3.1% of national output lower than the $80 billion forecast.";
        assert!(statuses(than).is_empty(), "{than}");
        let plain = "The trust spent $62 million, or 3.1% of its budget of $80 million.";
        assert_eq!(statuses(plain), vec![Status::Inconsistent], "{plain}");
    }

    #[test]
    fn an_amount_many_times_the_count_after_of_the_is_of_that_many_kinds() {
        // 5,204,300 doses of three vaccines: "which" is the doses, not the three.
        let text = "A total of 5,204,300 of the three approved vaccines have been handed out among the regional health boards, \
                    of which 4,870,120 (93.6 per cent) have been given.";
        assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
        let sums = crate::checks::testing::statuses_of(text, "sum-of-parts");
        assert!(!sums.contains(&Status::Inconsistent), "{sums:?}");
        // A part close to its whole is still a part: "9 of the 8" is flagged.
        let sums = crate::checks::testing::statuses_of("Nine of the eight candidates were women.", "sum-of-parts");
        assert_eq!(sums, vec![Status::Inconsistent]);
    }

    #[test]
    fn a_wrong_share_is_off_by_percentage_points() {
        let found = crate::checks::testing::problems_of("Of the 40 members, 18 voted yes, or 55%.", super::ID);
        assert_eq!(found, vec![(
            "18 / 40 = 45%, but the text says 55%: a difference of 10 percentage points".to_owned(),
            "10 percentage points".to_owned()
        )]);
    }

    #[test]
    fn a_change_is_no_share() {
        assert!(statuses("18 of the 331 applicants were accepted, up 12% on the year before.").is_empty());
        assert!(statuses("Of the 40 members, 18 voted yes, 9% more than last time.").is_empty());
    }

    #[test]
    fn or_restates_the_part_a_clause_away() {
        let ok = "214 out of 860 households lost power during the storm, or 25 percent, the utility said.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "214 out of 860 households lost power during the storm, or 29 percent, the utility said.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
    }

    #[test]
    fn of_them_takes_the_one_count_of_the_sentence_before() {
        let ok = "The clinic saw 4,120 patients last winter. Of them, 1,030 needed a second visit, or 25 per cent.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "The clinic saw 4,120 patients last winter. Of them, 1,030 needed a second visit, or 28.5 per cent.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
        // Two counts before: which one "them" means is unclear.
        let unclear = "The clinic saw 4,120 patients and 2,300 visitors last winter. Of them, 1,030 came back, or 28.5 per cent.";
        assert!(statuses(unclear).is_empty());
    }

    #[test]
    fn a_total_after_the_whole_is_the_part() {
        let ok = "About 35% of the 2,400 staff joined the strike, a total of 840, the union said.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "About 45% of the 2,400 staff joined the strike, a total of 840, the union said.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
    }

    #[test]
    fn turnout_is_the_ballots_cast_over_the_electorate() {
        let of_whom = "Officials put registered voters at 81,240, of whom 52,806 cast a ballot, a turnout of 65 percent.";
        assert_eq!(statuses(of_whom), vec![Status::Consistent]);
        let off = "Officials put registered voters at 81,240, of whom 52,806 cast a ballot, a turnout of 68 percent.";
        assert_eq!(statuses(off), vec![Status::Inconsistent]);
        // Two decimals are checked to two decimals: 52,806 / 81,240 = 65.0%.
        let precise = "In all, 52,806 ballots were cast; the roll held 81,240 eligible voters, a turnout of 65.21 percent.";
        assert_eq!(statuses(precise), vec![Status::Inconsistent]);
        let first = "Turnout was 65%, with 52,806 of the 81,240 registered voters casting a ballot.";
        assert_eq!(statuses(first), vec![Status::Consistent]);
    }

    #[test]
    fn an_electorate_from_before_is_no_whole_when_the_turnout_names_another() {
        // The turnout is taken on the ballots issued, not on the register
        // of the sentence before.
        let text = "The register lists 90,000 voters. Of the 60,000 ballots issued, 30,000 were returned, a turnout of 50%.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        let text = "The register lists 90,000 voters. Taking the 60,000 ballots posted as the base, since 30,000 people voted, turnout came to 50%.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        // With no other count beside it, the register is the whole.
        let text = "The register lists 90,000 voters. In the end 30,000 people voted, a turnout of 50%.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn turnout_without_both_counts_says_nothing() {
        // Valid votes are not all the ballots cast, and no electorate is given.
        assert!(statuses("Turnout was 61.4%, with 8,320 valid votes cast and 142 rejected ballots.").is_empty());
        let valid = "Of the 81,240 eligible voters, 50,120 valid votes were counted; turnout was 65%.";
        assert!(!statuses(valid).contains(&Status::Inconsistent));
    }

    #[test]
    fn a_breakdown_of_those_who_voted_is_no_turnout() {
        // The whole already voted, or the part is a side: the turnout is of
        // an electorate the sentence does not give.
        for text in [
            "Of the 1,200 members who voted, 812 backed the strike, a turnout of 61%.",
            "Of the 1,940 members, 812 backed the strike, a turnout of 61%.",
        ] {
            assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
        }
        // The part that voted, of a whole that did not, is one.
        assert_eq!(statuses("Of the 1,940 members, 1,200 voted, a turnout of 66%."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_turnout_is_no_share_of_seats() {
        // Seats or districts filled are no voters: the turnout is of an
        // electorate the sentence does not give.
        for text in [
            "40 of the 50 seats were filled; turnout was 61.2%.",
            "Polls opened in 18 of the 20 districts, and turnout was 45%.",
        ] {
            assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
        }
        // Voters are.
        assert_eq!(statuses("Some 8,000 of the 10,000 registered voters cast ballots; turnout was 70%."), vec![Status::Inconsistent]);
    }

    #[test]
    fn explanations_say_why_a_turnout_was_tied_or_set_aside() {
        use crate::report::explain::{SetAside, Tie};
        let options = crate::Options { explain: true, ..crate::Options::default() };
        let text = "Turnout was 65%, with 52,806 of the 81,240 registered voters casting a ballot.";
        let report = crate::check(text, &options);
        let finding = report.findings.iter().find(|f| f.rule == super::ID).expect("a percent-of-total finding");
        assert!(finding.explanation.iter().any(|r| r.tie == Tie::StatedCue));
        let text = "Some 52,806 people cast a ballot, a turnout of 65 percent.";
        let report = crate::check(text, &options);
        assert!(report.rejected.iter().any(|r| r.rule == super::ID && r.reason == SetAside::Unstated));
    }

    #[test]
    fn a_whole_named_by_its_qualified_noun() {
        let ok = "Ruiz won 41,200 votes, or 51.5 percent of valid votes. In all, 80,000 valid votes were counted.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "Ruiz won 41,200 votes, or 53.5 percent of valid votes. In all, 80,000 valid votes were counted.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
        // A bare noun names no count: each candidate's votes are votes.
        let bare = "Ruiz won 41,200 votes, or 53.5 percent of votes, and Okafor 30,100 votes.";
        assert!(statuses(bare).is_empty());
        // The phrase ends at a comma: a later count is no whole of it.
        let later = "Ruiz, with 41,200 votes or 53.5 percent of valid votes, and Okafor, with 30,100, go to a runoff.";
        assert!(!statuses(later).contains(&Status::Inconsistent));
    }

    #[test]
    fn a_share_to_decimals_may_be_cut_rather_than_rounded() {
        // 2 000 / 2 999 = 66.689%: 66,68 cut, 66,69 rounded; both fit.
        assert_eq!(statuses("Of the 2 999 candidates, 2 000, or 66,68 percent, passed."), vec![Status::Consistent]);
        assert_eq!(statuses("Of the 2 999 candidates, 2 000, or 66,69 percent, passed."), vec![Status::Consistent]);
        // Neither reading reaches 66,60 or 66,70.
        assert_eq!(statuses("Of the 2 999 candidates, 2 000, or 66,60 percent, passed."), vec![Status::Inconsistent]);
        assert_eq!(statuses("Of the 2 999 candidates, 2 000, or 66,70 percent, passed."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_turnout_dated_to_another_year_is_not_of_these_counts() {
        let other = "The rolls held 50,000 electors. This time 30,000 voters cast a ballot. Turnout was 72% in the 2019 election.";
        assert!(statuses(other).is_empty(), "{:?}", statuses(other));
        let same = "The rolls held 50,000 electors. This time 30,000 voters cast a ballot. Turnout was 72%.";
        assert_eq!(statuses(same), vec![Status::Inconsistent]);
    }

    #[test]
    fn the_day_closing_a_span_is_no_whole() {
        let text = "Across these 8 carriers, 2.4% of flights were cancelled between May 3 and 24.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn a_share_after_a_new_subject_is_no_restatement_of_the_count() {
        let text = "Turnout rose in 14 of the 20 wards. In eight of them, it passed 70%.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        assert_eq!(statuses("Of the 20 wards, eight, or 70%, voted yes."), vec![Status::Inconsistent]);
    }
    #[test]
    fn a_share_after_of_those_is_of_them_not_of_their_whole() {
        // "Of those 320, 85 percent ..." is 85% of the 320, not the 320's
        // share of the 500 before.
        let text = "320 of the 500 staff joined the strike (64%), the union said. Of those 320, 85 percent were nurses.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        let text = "Of the 2,000 members polled, 320 backed the plan; of those 320, 45 percent were under thirty.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        // The part the share restates still stands after the whole.
        assert_eq!(statuses("Of the 2,000 members, 320, or 16 percent, backed the plan."), vec![Status::Consistent]);
        assert_eq!(statuses("Of the 2,000 members, 320, or 19 percent, backed the plan."), vec![Status::Inconsistent]);
    }

    #[test]
    fn the_whole_stands_before_the_verb_of_the_shares_phrase() {
        // A count after the verb ("in a five-way race") is no whole of "8% of voters".
        let text = "Lind polls 7 percent, Moss two, and 8 percent of voters are undecided in a five candidate race.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        assert_eq!(statuses("Of the 500 voters polled, 40, or 8 percent, are undecided."), vec![Status::Consistent]);
        // Nor is one past the bracket the share stands in: 1,187 is the rival's.
        let rival = "Patel has 1,204 (31.2% of the votes) and Gomez 1,187 (30.8%).";
        assert!(!statuses(rival).contains(&Status::Inconsistent), "{:?}", statuses(rival));
    }

    #[test]
    fn a_figure_of_a_group_or_in_a_clause_of_its_own_is_no_whole() {
        // Without the rules, "one" and "4,900" were read as the shares' wholes.
        let one = "The 640 cases are spread over 12 towns, with about 80 percent of the cases linked to one of the clusters.";
        assert!(!statuses(one).contains(&Status::Inconsistent));
        let with = "Ana won 5,100 votes, 51 percent of the votes counted with her rival taking 4,900 votes.";
        assert!(!statuses(with).contains(&Status::Inconsistent));
        // The whole right after "of" is still read.
        assert_eq!(statuses("Ana won 5,100 votes, 51 percent of the 10,000 votes counted."), vec![Status::Consistent]);
    }

    #[test]
    fn a_whole_percentage_may_be_cut_rather_than_rounded() {
        // 42 of 65 is 64.6%: rounded it is 65%, cut it is 64%, and both are
        // the writer's; 63% is neither.
        assert_eq!(statuses("Of the 65 members polled, 42 (64%) backed the deal."), vec![Status::Consistent]);
        assert_eq!(statuses("Of the 65 members polled, 42 (65%) backed the deal."), vec![Status::Consistent]);
        assert_eq!(statuses("Of the 65 members polled, 42 (63%) backed the deal."), vec![Status::Inconsistent]);
    }

    #[test]
    fn an_amount_compared_than_something_is_no_part_a_share_restates() {
        // 200 is how many more than in May, not the visitors who bought.
        let compared = "The store sold 900 bikes in June, 200 more than in May, with 15% of 6,000 visitors buying one.";
        assert!(!statuses(compared).contains(&Status::Inconsistent), "{:?}", statuses(compared));
        // With no comparison between them, the share still restates its amount.
        assert_eq!(statuses("The store sold 900 bikes in June, or 25% of 6,000."), vec![Status::Inconsistent]);
    }
}
