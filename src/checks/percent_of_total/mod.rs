//! `percent-of-total`: a part, its whole and the share it makes must agree.
//!
//! "412,630 voters, or 38.21 percent of the electorate ... 1,079,900
//! registered voters in all": 412,630 / 1,079,900 = 38.21%. A percentage is
//! right when the exact share rounds to it (71 / 145 = 48.97% is "49%");
//! a fraction word ("about one-fifth") allows what its wording allows.

use super::Check;
use super::format::{Measure, difference, fmt_interval, fmt_sig, text};
use super::relation::{Certainty, Share};
use super::verdict::{finding, interval, rate_interval, role, verdict, word_interval, word_role, Wording};
use crate::figures::Interval;
use crate::mentions::Doc;
use crate::report::{Finding, Role};

mod find;

pub const ID: &str = "percent-of-total";

pub const CHECK: Check = Check {
    id: ID,
    summary: "X of Y against a stated share",
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

/// Shares of a stated whole first, then shares with their counts beside
/// them (found by `shares-sum`'s scan of the percentages).
fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check_share);
    let of_counts = crate::checks::shares_sum::find::find(doc).of_counts;
    super::check_each(doc, out, &of_counts, check_counts);
}

fn check_share(doc: &Doc, p: &Percent) -> Option<Finding> {
    let mut part = Interval::exact(0.0);
    for &x in &p.parts {
        part = part.add(&interval(doc, x)?);
    }
    let whole = interval(doc, p.whole)?;
    let share = part.div(&whole)?.affine(100.0, 0.0);
    let (stated, stated_text, stated_figure) = match &p.percent {
        Share::Figure(f) => (rate_interval(doc, *f)?, text(doc, *f).to_string(), role(doc, *f, Role::Percent)),
        Share::Fraction(w) => (word_interval(w), w.span.of(doc.text).to_owned(), word_role(w, Role::Percent)),
    };
    let v = verdict(&share, &stated);
    let parts_text = p.parts.iter().map(|&x| text(doc, x)).collect::<Vec<_>>().join(" + ");
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
    figures.sort_by_key(|f| f.span.start);
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
    fn a_rounded_share_passes_and_a_wrong_one_is_flagged() {
        let ok = findings_of("Police arrested 71 out of 145 protesters (49%).", super::ID);
        assert_eq!(ok.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent]);
        let bad = findings_of("Police arrested 71 out of 145 protesters (59%).", super::ID);
        assert_eq!(bad.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
    }

    fn statuses(text: &str) -> Vec<Status> {
        crate::checks::testing::statuses_of(text, super::ID)
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
    fn turnout_without_both_counts_says_nothing() {
        // Valid votes are not all the ballots cast, and no electorate is given.
        assert!(statuses("Turnout was 61.4%, with 8,320 valid votes cast and 142 rejected ballots.").is_empty());
        let valid = "Of the 81,240 eligible voters, 50,120 valid votes were counted; turnout was 65%.";
        assert!(!statuses(valid).contains(&Status::Inconsistent));
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
}
