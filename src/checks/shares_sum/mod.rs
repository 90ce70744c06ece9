//! `shares-sum`: shares of one whole must make 100%.
//!
//! Election results "41.28% ... 32.06% ... 14.71% ..." summing to 99.98%
//! pass: each share may be off by its rounding (0.005 for two decimals),
//! and eleven of them by 0.055 together. Shares that do not come near 100%
//! are not reported unless each explicitly names the same whole, since a
//! passage may list only some of them.

use super::Check;
use super::format::{Measure, difference, fmt_interval, text};
use super::relation::Certainty;
use super::verdict::{finding, interval, role, verdict, Wording};
use crate::figures::Interval;
use crate::mentions::Doc;
use crate::report::{Finding, Role};

pub(crate) mod find;
mod lists;

pub const ID: &str = "shares-sum";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "shares of one whole against 100%, each with its rounding",
    #[cfg(test)]
    example: "election results",
    roles: &[Role::Share],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Shares {
    pub shares: Vec<usize>,
    pub certainty: Certainty,
    pub completeness: Completeness,
}

/// Whether the shares are the whole list of holders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completeness {
    /// "others", "the rest" or both sides of a split: they must make 100%.
    Complete,
    /// The list may leave holders out: it may only not pass 100%.
    Partial,
    /// Found by their sum or by a whole each names: a sum short of 100% is
    /// reported as consistent only when each names the whole.
    Unknown,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    for shares in find::find(doc).shares {
        split_into_wholes(doc, shares, &mut found);
    }
    super::check_each(doc, out, &found, check);
}

/// A list of shares that falls, in the order written, into runs of two or
/// more that each make 100% is the split of as many wholes: a poll's
/// answers to one question after another ("Vote intention: 36%, 30%, 34%.
/// Outlook: 49% better, 39% worse, 12% unsure."), never one whole of 200%.
/// Each run is checked on its own; any other list is kept whole.
fn split_into_wholes(doc: &Doc, s: Shares, out: &mut Vec<Shares>) {
    let mut ends = Vec::new();
    let (mut sum, mut start) = (Interval::exact(0.0), 0);
    for (k, &f) in s.shares.iter().enumerate() {
        let Some(x) = interval(doc, f) else { break };
        sum = sum.add(&x);
        if k > start && sum.lo <= 100.0 && 100.0 <= sum.hi {
            ends.push(k + 1);
            (sum, start) = (Interval::exact(0.0), k + 1);
        }
    }
    // Shares after the last run are one more whole's ("…, 41.5% better,
    // 55.3% worse, 13.2% unsure" making 110%), checked on their own.
    let rest = s.shares.len() - start;
    if ends.len() < 2 || rest == 1 {
        out.push(s);
        return;
    }
    if rest > 0 {
        ends.push(s.shares.len());
    }
    let mut from = 0;
    for end in ends {
        out.push(Shares { shares: s.shares[from..end].to_vec(), ..s });
        from = end;
    }
}

fn check(doc: &Doc, s: &Shares) -> Option<Finding> {
    let mut sum = Interval::exact(0.0);
    for &f in &s.shares {
        sum = sum.add(&interval(doc, f)?);
    }
    // A writer who splits one whole slips by a few points; shares that make
    // half as much again as 100%, or more, split no one whole: rates of
    // different groups ("88%, 79% and 80% of each class"), or one result
    // given by two counts (200%), which the text does not pair.
    if sum.lo > 150.0 {
        doc.set_aside(ID, &s.shares, crate::report::explain::SetAside::OtherThing, None);
        return None;
    }
    let hundred = Interval::exact(100.0);
    let mut v = verdict(&sum, &hundred);
    // Shares that fall short may leave out the rest; only more than 100% is
    // certain, unless the list says it holds everyone.
    let partial = s.completeness == Completeness::Partial;
    if !v.consistent && sum.hi < 100.0 && s.completeness != Completeness::Complete {
        if s.certainty != Certainty::Stated {
            return None;
        }
        if partial {
            doc.tie(ID, &s.shares, crate::report::explain::Tie::PartialBreakdown, None);
        }
        v.consistent = true;
        v.gap = 0.0;
        v.off = 0.0;
    }
    let terms: Vec<&str> = s.shares.iter().map(|&f| text(doc, f)).collect();
    let expected = format!("{} = {}", crate::text::join(&terms, " + "), fmt_interval(doc, &sum, &Measure::Percent));
    let difference = difference(doc, Measure::Percent, v.off);
    let message = if v.consistent && partial && sum.hi < 100.0 {
        format!("{expected}, no more than 100%: the list may leave others out")
    } else if v.consistent {
        format!("{expected}, which can make 100%")
    } else if sum.hi < 100.0 {
        format!("{expected}: the shares of every holder must make 100%, a difference of {difference}")
    } else {
        format!("{expected}: shares of one whole cannot pass 100%, a difference of {difference}")
    };
    let figures = s.shares.iter().map(|&f| role(doc, f, Role::Share)).collect();
    finding(ID, s.certainty, v, figures, Wording { message, expected, reported: "100%".into(), difference })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    #[test]
    fn a_share_said_to_be_the_others_together_is_no_share_of_its_own() {
        // The others' 14% sums the 8% and 6% after it: the whole is the
        // first four shares, not the last four.
        let text = "Labour is on 41%, the Tories on 33% and the Liberals on 12%. All others together get 14%. The Greens take 8% and the SNP 6%.";
        let found = crate::checks::testing::findings_of(text, super::ID);
        assert_eq!(found, vec![(Status::Consistent, vec!["41%".into(), "33%".into(), "12%".into(), "14%".into()])]);
        for text in [
            "The Greens took 31.2% of the vote and the Liberals 27.4%; together they got 58.6%, and Labour 36.1%.",
            "The Greens took 31.2% and the Liberals 27.4%. Between them they polled 58.6%, against Labour's 36.1%.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
        }
        // A holder "on" its share: the preposition gives the level.
        assert_eq!(statuses("Labour is on 41%, the Tories on 33%, the Liberals on 12% and others on 14%."), vec![Status::Consistent]);
        assert_eq!(statuses("Labour is on 41%, the Tories on 33%, the Liberals on 12% and others on 19%."), vec![Status::Inconsistent]);
        // Two holders named together, with no share before, hold one share.
        let text = "Smith and Jones together hold 61% of the vote, Brown 27% and Green 9%.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn shares_making_half_as_much_again_as_a_whole_split_no_one_whole() {
        // One result by two counts: each count's pair makes 100%.
        let text = "The mayor received 53.6 percent of the vote (Alpha Research) and 51.8 percent (Beta Polls), \
                    while her rival trailed with 46.4 percent (Alpha Research) and 49.2 percent (Beta Polls).";
        assert_eq!(statuses(text), vec![], "{text}");
        // A slip of a few points in one whole is still flagged.
        assert_eq!(statuses("The mayor received 53.6 percent of the vote and her rival 49.2 percent."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_share_after_excluding_is_left_out_of_the_whole() {
        // The undecided are outside the 100% the other two make.
        let text = "Some 62% backed the plan and 38% opposed it, excluding undecided voters (11%).";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
        let text = "Some 62% backed the plan and 48% opposed it, excluding undecided voters (11%).";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn shares_of_different_periods_make_no_run_whatever_their_sum() {
        // One rate in three years and another in two, summing to 100% by chance.
        let text = "This year 31.4% of applicants won a place, up 0.5 points on last year, when 30.9% did. \
                    It was higher than in 2019, when 24.6% won one. The share taking the fast track rose by \
                    0.3 points to 6.7%, compared to 6.4% in 2021.";
        assert_eq!(statuses(text), vec![], "{text}");
        // Shares of one period still make a run.
        assert_eq!(statuses("Greens took 41%. The Liberals won 38%. Labour had 21%."), vec![Status::Consistent]);
    }

    #[test]
    fn a_run_by_sum_takes_no_tail_of_one_list_and_head_of_the_next() {
        // Each list is 99% and 101%; the last three of one and the first
        // four of the other make 100% by chance.
        let text = "The figures are Greens 40%, Liberals 24%, Labour 14%, Farmers 11%, Centre 5%, Pirates 3% and other \
                    parties 2%. The figures are Greens 38%, Liberals 25%, Labour 15%, Farmers 12%, Centre 6%, \
                    Pirates 3% and other parties 2%.";
        assert_eq!(statuses(text), vec![], "{text}");
        // A list given over three sentences is one run still.
        let text = "Greens took 41%. The Liberals won 38%. Labour had 21%.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn a_holder_named_again_opens_another_list() {
        // The same list on two bases: each party holds one share of a whole.
        let text = "The past vote split was GRN 21%, LIB 27%, CEN 8% (the equivalent of GRN 31%, LIB 40%, CEN 12%).";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
        // Distinct holders, however many words their names take, stay one list.
        let text = "Of the vote, the Green Party won 40%, the New Green Party 35% and the Liberal Party 30%.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_sentence_naming_a_source_of_its_own_gives_another_count() {
        let text = "An exit poll gave Smith 42.7 percent of the vote and Jones 33.6 percent. \
                    A count by Beta Polls said Smith won 42.6 percent.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
        // Without a source of its own, the next sentence goes on with the list.
        let text = "An exit poll gave Smith 42.7 percent of the vote and Jones 33.6 percent. Brown won 42.6 percent.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn shares_compared_across_than_are_no_shares_of_one_whole() {
        // Each rate is of its own group.
        let f = statuses_of("More men (71%) voted than women (62%).", super::ID);
        assert!(f.iter().all(|x| *x == Status::Consistent), "{f:?}");
        // Listed without a comparison, they are shares of one whole.
        let f = statuses_of("Of the voters, 71% were men and 62% were women.", super::ID);
        assert!(f.contains(&Status::Inconsistent), "{f:?}");
    }

    #[test]
    fn a_percentage_after_a_verb_of_change_is_no_share() {
        // "grow 13 per cent" is a rise, not one of the shares of the budget.
        let f = crate::checks::testing::findings_of(
            "Spending will grow 13 per cent next year. Schools take 54%, roads 33% and health 13%.",
            super::ID,
        );
        assert_eq!(f, vec![(Status::Consistent, vec!["54%".into(), "33%".into(), "13%".into()])]);
    }

    #[test]
    fn shares_compared_by_against_are_no_list() {
        // Each pair compares one group in the sample and in the public.
        let text = "Women were 52% of the sample against 51% of adults. Those under 30 were 21% against 23%, and graduates 27% against 30%.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // A vote's side after its share is still a share.
        let text = "In the referendum 55% voted for the plan, 40% against and 5% abstained.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn shares_within_their_rounding_of_100_pass() {
        assert_eq!(
            statuses("The incumbent won 51.2% of the vote, the challenger 38.5% and the Green candidate 10.3%."),
            vec![Status::Consistent]
        );
    }

    #[test]
    fn shares_of_one_stated_whole_past_100_are_flagged() {
        let text = "A poll put the race at 48% of the vote for the incumbent, 39% of the vote for the challenger and 21% of the vote for the Green candidate.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn shares_that_need_not_cover_everything_are_not_flagged() {
        // Regions, not parts of one whole.
        assert!(statuses("Smith won 52% of the vote in the north and 45% in the south.").is_empty());
    }

    #[test]
    fn a_list_with_others_must_make_100() {
        let over = "The Union took 52.4%, the Social Democrats 38.1%, the Greens 6.2% and others 4.3%.";
        assert_eq!(statuses(over), vec![Status::Inconsistent]);
        let short = "The Union took 52.4%, the Social Democrats 38.1%, the Greens 6.2% and others 1.3%.";
        assert_eq!(statuses(short), vec![Status::Inconsistent]);
        let fits = "The Union took 52.4%, the Social Democrats 38.1%, the Greens 6.2% and others 3.3%.";
        assert_eq!(statuses(fits), vec![Status::Consistent]);
        // Four shares to one decimal may be off by 0.2 together.
        let rounded = "Final results gave the Union 52.4%, the Liberals 38.1%, the Greens 6.2% and the rest 3.5%.";
        assert_eq!(statuses(rounded), vec![Status::Consistent]);
    }

    #[test]
    fn others_after_a_list_broken_off_just_before_completes_nothing_known() {
        // The list "others" closes may have begun with the shares before
        // the break: a shortfall then proves nothing.
        let broken = "The Alliance contested 80 seats and won 2,100,000 votes (31.5 %), the Unity Front was in the race in 20 districts and got 900,000 (13.4 %) votes, while the Greens fought in three seats and secured just 60,000 (0.9 %) votes. Others secured 12.1 per cent share with 810,000 votes.";
        assert!(!statuses(broken).contains(&Status::Inconsistent), "{:?}", statuses(broken));
        let next_paragraph = "The Alliance took 52% and the Front 31%.\n\nThe Greens won 6% and others 3%.";
        assert!(!statuses(next_paragraph).contains(&Status::Inconsistent), "{:?}", statuses(next_paragraph));
        // A list that "others" closed is a whole of its own: the next one is
        // still known complete.
        let two_regions = "In the north, the Alliance took 52%, the Front 40% and others 5%. In the south, the Alliance took 30%, the Front 60% and others 4%.";
        assert_eq!(statuses(two_regions), vec![Status::Inconsistent, Status::Inconsistent]);
    }

    #[test]
    fn runs_that_each_make_100_are_the_splits_of_several_wholes() {
        // Three questions of one poll, one after another: each answer set
        // makes 100%.
        let text = "Vote intention: 36.4% Labour, 30.2% Liberal, 20.1% Green, 13.3% other. \
                    Outlook for the region: 48.7% better, 39.1% worse, 12.2% unsure. \
                    Outlook for the nation: 41.5% better, 45.3% worse, 13.2% unsure.";
        assert_eq!(statuses(text), vec![Status::Consistent; 3]);
        // Shares after the runs are one more whole, flagged on their own.
        let over = text.replace("45.3%", "55.3%");
        assert_eq!(statuses(&over), vec![Status::Consistent, Status::Consistent, Status::Inconsistent]);
        // Runs that no longer close leave a list of 310%: no one whole's
        // split, and which shares go together the text does not say.
        let over = text.replace("39.1%", "49.1%");
        assert_eq!(statuses(&over), vec![]);
    }

    #[test]
    fn both_sides_of_a_split_make_the_whole() {
        assert_eq!(statuses("Of the applicants, 41.3% were women and 58.7% men."), vec![Status::Consistent]);
        assert_eq!(statuses("Of the applicants, 41.3% were women and 56.7% men."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_percentage_written_with_its_sign_is_a_change_not_a_share() {
        // A result with each party's share and its change since the last
        // vote: the signed figures are changes, and only the shares add up.
        let text = "Labour 1,204 (52.0%, +6.2%), Green 611 (26.4%, -3.0%), Reform 499 (21.6%, +2.1%).";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
        let table = "Green: 1,102 [47%, +12%]\nLabour: 845 [41%, +3%]\nReform: 247 [12%, -15%]";
        let found = crate::checks::testing::findings_of(table, super::ID);
        assert_eq!(found, vec![(Status::Consistent, vec!["47%".into(), "41%".into(), "12%".into()])]);
    }

    #[test]
    fn each_score_is_a_split_of_its_own_whole() {
        // "52 - 41 percent" splits one group's answers: its second side
        // joins no list with another group's score.
        for text in [
            "Women back the levy 52 - 41 percent while men oppose it 55 - 39 percent.",
            "Among voters under 40, women favour the mayor 61-33 percent and men 49-44 percent.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
        }
        assert_eq!(statuses("Of the 900 members, 38% were women and 62% men."), vec![Status::Consistent]);
    }

    #[test]
    fn rates_of_groups_are_no_shares_of_one_whole() {
        // A percentage after each group is the rate within that group: a list
        // naming more groups than the two sides of a split, or one side twice,
        // is no split of one whole.
        for text in [
            "The plan drew support from farmers (62%), retirees (58%), men (55%) and women (49%).",
            "The keenest backers were rural women (66%), followed by urban women (59%). Next came rural men (52%) and urban men (47%).",
            // The same answer from two groups.
            "Renters under 30 (61% opposed) and homeowners over 60 (58% opposed) stood apart.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
        }
        // The two sides alone are still one whole, and two answers one question.
        assert_eq!(statuses("Of the staff, 47% were men and 56% women."), vec![Status::Inconsistent]);
        assert_eq!(statuses("Asked about the plan, 61% said yes and 46% said no."), vec![Status::Inconsistent]);
    }

    #[test]
    fn another_survey_in_the_next_sentence_starts_another_whole() {
        // A sentence that reports what another poll found measures its own
        // respondents: its shares join no list of the sentence before.
        for next in [
            "A second poll found that 71% opposed it.",
            "Gallup found 64% backed it.",
            "A newer survey showed 58% in favour.",
            "Another poll shows 66% support.",
        ] {
            let text = format!("In the council's survey, 38% backed the plan, 31% opposed it and 27% were unsure. {next}");
            assert_eq!(statuses(&text), vec![Status::Consistent], "{text}");
        }
        // A list carried on without a new finding is still one whole.
        let carried = "In the council's survey, 38% backed the plan and 31% opposed it. Another 47% were unsure.";
        assert_eq!(statuses(carried), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_partial_list_may_fall_short_but_not_pass_100() {
        // Two of several candidates: short of 100% holds.
        assert_eq!(statuses("Ruiz won 48% of the vote and Okafor 31%."), vec![Status::Consistent]);
        assert_eq!(statuses("Ruiz won 58% of the vote and Okafor 46%."), vec![Status::Inconsistent]);
        assert_eq!(statuses("The referendum count showed 55% yes, 47% no."), vec![Status::Inconsistent]);
        assert_eq!(statuses("The referendum count showed 55% yes, 41% no."), vec![Status::Consistent]);
    }

    #[test]
    fn a_list_goes_on_past_a_threshold_in_its_own_sentence() {
        let text = "Ruiz led with 38% of the vote, ahead of Okafor with 27%. As nobody passed 50%, a runoff follows. \
                    Lind finished third with 24%, followed by Moss with 19%.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn shares_of_different_wholes_are_never_added() {
        // Places, years, groups, changes and other measures.
        for text in [
            "Ruiz won 62% of the vote in the north and 55% in the south.",
            "Ruiz took 61% of the vote, Okafor 52% in the capital, and others 9%.",
            "In 2019 Ruiz took 60% of the vote; in 2023 Okafor took 58%.",
            "Ruiz won 58% of the vote among men and 61% among women.",
            "Turnout was 71%, and Ruiz won 58% of the vote.",
            "Ruiz won 58% of the vote, up from 52%, and Okafor 46%.",
            "Ruiz's approval rating is 55% and Okafor's 52%.",
            "60% of households own a car and 70% own a phone.",
            "Ruiz won 58% of the vote and 64% of the seats.",
        ] {
            assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
        }
    }

    #[test]
    fn shares_of_one_whole_in_sentences_of_their_own_may_overlap() {
        // Each share is the part of the clinics that met its own bar: the
        // bars overlap, so the shares need not fit in 100%.
        let text = "A total of 32% of clinics met the first target; 18% of clinics met the second. \
                    Some 44% of clinics cut waits below an hour, but only 21% of clinics cut them below half an hour.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        // In one sentence, shares of one whole split it.
        assert_eq!(statuses("Smith won 48% of the vote, Jones 39% of the vote and Brown 21% of the vote."), vec![Status::Inconsistent]);
    }

    #[test]
    fn explanations_name_the_completeness_and_the_scope_that_parts_shares() {
        use crate::report::explain::{SetAside, Tie};
        let options = crate::Options { explain: true, ..crate::Options::default() };
        let text = "Final results gave the Union 52.4%, the Liberals 38.1% and others 12.2%.";
        let report = crate::check(text, &options);
        let finding = report.findings.iter().find(|f| f.rule == super::ID).expect("a shares-sum finding");
        let full = finding.explanation.iter().find(|r| r.tie == Tie::FullBreakdown).expect("a completeness reason");
        assert_eq!(full.quote.map(|q| q.of(text)), Some("others"));
        let text = "Ruiz won 62% of the vote in the north and 55% in the south.";
        let report = crate::check(text, &options);
        let set_aside: Vec<_> = report.rejected.iter().filter(|r| r.rule == super::ID).collect();
        assert!(set_aside.iter().any(|r| r.reason == SetAside::OtherThing && r.quote.map(|q| q.of(text)) == Some("in")), "{set_aside:?}");
        let report = crate::check("Ruiz took 52% of the vote last year and Okafor 41% of the vote.", &options);
        assert!(report.rejected.iter().any(|r| r.rule == super::ID && r.reason == SetAside::OtherPeriod));
    }

    #[test]
    fn a_share_of_another_whole_before_a_vote_split_is_not_one_of_its_shares() {
        // The levy's share of a budget, then the votes for and against it.
        for (text, status) in [
            ("The levy, which supplies about 10 percent of the town's budget, was passing with 4,102 votes, or 57.3 percent, against 3,057, or 42.7 percent.", Status::Consistent),
            ("The bond, which pays for some 25 percent of the district's capital plan, was winning with 1,904 votes, or 55.2 percent, against 1,545, or 44.8 percent.", Status::Consistent),
            ("The bond, which pays for some 25 percent of the district's capital plan, was winning with 1,904 votes, or 65.2 percent, against 1,545, or 44.8 percent.", Status::Inconsistent),
        ] {
            assert_eq!(statuses_of(text, super::ID), vec![status], "{text}");
        }
    }

    #[test]
    fn a_sentence_opening_with_of_names_the_whole_of_its_own_shares() {
        // The undecided's leanings are shares of the undecided, not of the poll.
        let text = "Stripping out don't knows, Yes is on 48% and No on 52%. Of the undecided, 40% lean Yes and 30% lean No.";
        assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent), "{:?}", statuses_of(text, super::ID));
        let text = "Yes is on 48% and No on 52%. Of the undecided, 70% lean Yes and 40% lean No.";
        assert!(statuses_of(text, super::ID).contains(&Status::Inconsistent), "{:?}", statuses_of(text, super::ID));
    }

    #[test]
    fn a_list_after_a_share_no_holder_took_is_not_made_whole_by_the_remaining() {
        // 41% is a share of the list too, its holder past the verb.
        let text = "That year 41% of new members were Welsh teachers, 27% Irish, 17% non-EU staff and the remaining 13% North or South American.";
        assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent), "{:?}", statuses_of(text, super::ID));
        // Alone, a list closed by "the remaining" is whole.
        let text = "Of new members, 27% were nurses, 19% doctors and the remaining 13% other staff.";
        assert!(statuses_of(text, super::ID).contains(&Status::Inconsistent), "{:?}", statuses_of(text, super::ID));
    }

    #[test]
    fn a_sentence_whose_shares_make_100_is_a_whole_of_its_own() {
        // The second question's answers make 100% alone: the first's "unsure"
        // is no share of them.
        let text = "Some 70% of members back the merger, against 20% who oppose it and 10% who are unsure. A similar 60% say the board should decide, while 25% say members should and 15% are unsure.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
        // Shares that make no whole in any one sentence are still one list.
        let carried = "In the poll, Ruiz took 44% and Okafor 36%. Lind had 17% and others 9%.";
        assert_eq!(statuses(carried), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_share_named_as_a_mark_to_reach_is_no_holders_share() {
        // The same 55% said twice, as the supermajority and in its arithmetic.
        let mark = "Of the 700 ballots, 385 were required in favour to meet a 55% supermajority (700 x 55% = 385).";
        assert!(statuses(mark).is_empty(), "{:?}", statuses(mark));
        let hurdle = "Of the 700 ballots, 280 were required in favour to meet a 40% hurdle (700 x 40% = 280).";
        assert!(statuses(hurdle).is_empty(), "{:?}", statuses(hurdle));
    }
}

