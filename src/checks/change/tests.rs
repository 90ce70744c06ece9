//! The change check's behaviour, each rule with invented sentences.

use crate::checks::testing::findings_of;
use crate::report::Status;

pub(super) fn statuses(text: &str) -> Vec<Status> {
    findings_of(text, super::ID).into_iter().map(|f| f.0).collect()
}

#[test]
fn ends_of_another_scale_or_kind_make_no_change() {
    // "Rs 2,900" beside "Rs 2,300 crore": a dropped scale word or another quantity.
    assert!(statuses("Revenue grew 26% from Rs 2,300 crore last year to Rs 2,900.").is_empty());
    // A money level and a bare count are no ends of one change.
    assert!(statuses("Profit rose 8% to $40 million from 37 stores.").is_empty());
}

#[test]
fn the_level_after_at_is_where_the_change_ends() {
    assert_eq!(statuses("Sales were up 6 percent at $2.12 billion, against $2.00 billion."), vec![Status::Consistent]);
    assert_eq!(
        statuses("Sales were up 16 percent at $2.12 billion, against $2.00 billion."),
        vec![Status::Inconsistent]
    );
}

#[test]
fn a_direction_against_the_ends_is_flagged_only_when_the_ends_are_sure() {
    let found = crate::checks::testing::problems_of("Exports rose to 30 million from 40 million.", super::ID);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("is a fall of") && found[0].0.ends_with("the text says a rise"), "{found:?}");
    // The same percent, its later value read from another clause: no sign-flipped rise.
    assert!(
        statuses("The 20,000 members came from 156 clubs in the region, 12% more than the 18,000 of 2020.")
            .iter()
            .all(|s| *s == Status::Consistent)
    );
    assert!(statuses("The toll has climbed to 48, with more than 120 injured.").is_empty());
}

#[test]
fn a_change_in_points_of_a_percentage_is_a_difference() {
    assert_eq!(
        statuses("Support for the plan rose 5 percentage points to 45% from 40% in May."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("Support for the plan rose 3 percentage points to 45% from 40% in May."),
        vec![Status::Inconsistent]
    );
    assert_eq!(statuses("Turnout rose to 61.2% from 56.9%, a gain of 4.3 points."), vec![Status::Consistent]);
    // A percent change of a percentage may be points or a ratio: either
    // reading that fits passes, and neither is a finding.
    assert_eq!(statuses("Turnout rose 7.6% to 61.2% from 56.9%."), vec![Status::Consistent]);
    assert_eq!(statuses("Turnout rose 4.3% to 61.2% from 56.9%."), vec![Status::Consistent]);
    let found = crate::checks::testing::problems_of("Turnout rose 10% to 61.2% from 56.9%.", super::ID);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.contains("a rise of about 7.56%") && found[0].0.contains("or about 4.3 percentage points"),
        "{found:?}"
    );
}

#[test]
fn a_percentage_after_its_ends_is_their_change() {
    assert_eq!(statuses("Profit fell to $1.2 billion from $1.5 billion, a 20% decline."), vec![Status::Consistent]);
    assert_eq!(statuses("Profit fell to $1.2 billion from $1.5 billion, a 30% decline."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Membership rose 120, or 5 percent, to 2,520."), vec![Status::Consistent]);
    assert_eq!(statuses("Membership rose 120, or 9 percent, to 2,520."), vec![Status::Inconsistent]);
}

#[test]
fn a_market_move_is_a_share_of_the_level_before_it() {
    // 150 of 10,000 (9,850 + 150) is 1.5%; of 9,850 it would be 1.52%.
    assert_eq!(
        statuses("The index fell 150.00 points, or 1.5 per cent, to close at 9,850.00."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("The index fell 150.00 points, or 2.5 per cent, to close at 9,850.00."),
        vec![Status::Inconsistent]
    );
    // A number in the index's name is no level.
    assert!(statuses("The Top 500 index gained 31.72 points, or 1.6 per cent.").is_empty());
}

#[test]
fn a_share_and_a_comparison_with_another_value_are_no_ends() {
    assert!(statuses("The party won 18 of 331 seats, up 12% on the last election.").is_empty());
    // Only the direction of the drop is checked: 14 is no difference of its ends.
    let found = findings_of("The party could drop from 190 to 162 seats, 14 below the mark of 176.", super::ID);
    assert_eq!(found, vec![(Status::Consistent, vec!["190".into(), "162".into()])], "{found:?}");
    assert_eq!(
        statuses("The city now has 308,000 residents, nearly 10 percent above the 281,000 of 2000."),
        vec![Status::Consistent]
    );
}

#[test]
fn a_change_that_is_the_subject_of_another_verb_has_no_ends_of_its_own() {
    // The from and to say how the rate of rise moved, not where deaths went.
    assert!(statuses("But the rise slowed from 60 percent in 2020 to 8 percent in 2021.").is_empty());
    assert!(statuses("Its growth has slowed from 12% last year to 4% this year.").is_empty());
    assert!(statuses("The rise in burglaries slowed from 40 percent to 6 percent.").is_empty());
    assert!(statuses("The rise in the number of burglaries slowed from 40 percent to 6 percent.").is_empty());
    // The noun with its own phrase or a linking verb still reads its ends.
    assert_eq!(statuses("Sales rose 20 percent to 132 million from 110 million."), vec![Status::Consistent]);
}

#[test]
fn a_direction_and_both_ends_are_checked_for_the_direction() {
    assert_eq!(statuses("Hospital admissions rose to 412 on Friday from 377 a day earlier."), vec![Status::Consistent]);
    assert_eq!(statuses("The jobless count stood at 8,310, down from 8,544 in March."), vec![Status::Consistent]);
    let found = crate::checks::testing::findings_of(
        "The rate of positive tests climbed from 3.1% to 6.3% in ten days.",
        super::ID,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let report = crate::check("The rate of positive tests climbed from 3.1% to 6.3% in ten days.", &Default::default());
    assert!(
        report.findings[0].message.contains("a rise of about 3.2 percentage points"),
        "{:?}",
        report.findings[0].message
    );
    // A running total carried on by "taking" is a frame of its own: 1,975 is no start of 118,302.
    let text = "New cases came to 2,410, up from 1,975 on Sunday, taking the total to 118,302.";
    let found = crate::checks::testing::findings_of(text, super::ID);
    assert_eq!(found, vec![(Status::Consistent, vec!["1,975".into(), "2,410".into()])], "{found:?}");
    // "fell to B, down from A": the "to" of a cue going the same way names the later value.
    assert_eq!(statuses("Ticket sales fell to 52,180 this season, down from 49,730."), vec![Status::Inconsistent]);
    // The later value only next to the cue: a pass when it holds, silence when not.
    assert!(statuses("The jobless count stood at 8,910, down from 8,544 in March.").is_empty());
    // Ends of different things are no change.
    assert!(statuses("Profit rose to 30 from 20 stores.").is_empty());
}

#[test]
fn up_to_after_a_verb_of_motion_is_the_level_reached() {
    assert_eq!(
        statuses("The number of patients went up to 3,400 from 2,900 last week, a rise of 500."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("The number of patients went up to 3,400 from 2,900 last week, a rise of 700."),
        vec![Status::Inconsistent]
    );
    assert_eq!(statuses("The number of patients went up to 3,400 from 2,900 last week."), vec![Status::Consistent]);
    // Without the verb, "up to" is a bound, and a bound is no level to start a change.
    assert!(statuses("Up to 300 people were evacuated, up from 120 on Monday.").is_empty());
}

#[test]
fn a_market_move_is_stated_by_any_verb_of_gain_or_loss() {
    for verb in ["lost", "shed", "slipped", "gave up", "eased"] {
        let ok = format!("The index {verb} 40.00 points, or 2 per cent, to 1,960.00.");
        assert_eq!(statuses(&ok), vec![Status::Consistent], "{ok}");
        let bad = format!("The index {verb} 40.00 points, or 3 per cent, to 1,960.00.");
        assert_eq!(statuses(&bad), vec![Status::Inconsistent], "{bad}");
    }
    // "and" hands the sentence to another index: its points are no end of this move.
    assert!(statuses("The Top 500 lost 0.8% on Friday and the Dow 212 points.").is_empty());
    // A verb of loss before a count tells a fate, not a change.
    assert!(statuses("The air force destroyed 58 drones, 19 were lost and 3 flew into Belarus.").is_empty());
    // Cents and whole units of one currency: the move is a share of the price before it.
    let found =
        crate::checks::testing::problems_of("Its shares closed up 48 cents, or 3.5 percent, at $15.91.", super::ID);
    assert_eq!(found.len(), 1, "{found:?}");
    // The derived end is written like the stated one.
    assert!(found[0].0.starts_with("from $15.43 to $15.91 is a rise of about 3.11%"), "{found:?}");
    assert_eq!(statuses("Its shares closed up 48 cents, or 3.5 percent, at $15.91."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Its shares closed up 48 cents, or 3.1 percent, at $15.91."), vec![Status::Consistent]);
    // The percentage in brackets is the same move.
    assert_eq!(statuses("The index slipped 40.00 points (2 per cent) to 1,960.00."), vec![Status::Consistent]);
}

#[test]
fn a_change_in_points_after_its_later_level() {
    assert_eq!(
        statuses("The pass rate was 81.2% overall, up 4.7 percentage points from 76.5% a year earlier."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("The pass rate was 81.2% overall, up 6.7 percentage points from 76.5% a year earlier."),
        vec![Status::Inconsistent]
    );
    assert_eq!(
        statuses("Its share of the vote rose to 41%, nine percentage points above the 32% of 2018."),
        vec![Status::Consistent]
    );
    // ", which" opens a clause of its own: its figure is no end of this change.
    assert!(
        statuses("The pass rate is 61.3%, close to 9 percentage points below last year's, which means 39% failed.")
            .is_empty()
    );
    assert_eq!(
        statuses("The pass rate rose to 72.1%, 1.6 percentage points above last year's 70.5%."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("Its share of the vote rose to 41%, six percentage points above the 32% of 2018."),
        vec![Status::Inconsistent]
    );
}

#[test]
fn a_second_clause_may_leave_out_the_verb_of_the_first() {
    let text =
        "Profit rose 21% to $310 million from $256 million, and sales 14% to $2,280 million from $2,000 million.";
    assert_eq!(statuses(text), vec![Status::Consistent, Status::Consistent]);
    let text =
        "Profit rose 21% to $310 million from $256 million, and sales 24% to $2,280 million from $2,000 million.";
    assert_eq!(statuses(text), vec![Status::Consistent, Status::Inconsistent]);
    // Without a change stated in full before it, a percentage is no change.
    assert!(statuses("Profit was $310 million, and sales 14% to $2,280 million from $2,000 million.").is_empty());
}

#[test]
fn a_multiple_needs_ends_of_its_own_clause() {
    assert_eq!(statuses("Membership halved, falling from 42 to 21."), vec![Status::Consistent]);
    assert_eq!(statuses("Membership halved, falling from 42 to 30."), vec![Status::Inconsistent]);
    // The branches' fall is checked for its direction alone, never against the multiple.
    for text in [
        "Membership halved, and the number of branches fell from 42 to 40.",
        "Membership doubled this year. Branches fell from 42 to 40.",
    ] {
        let found = findings_of(text, super::ID);
        assert_eq!(found, vec![(Status::Consistent, vec!["42".into(), "40".into()])], "{found:?}");
    }
}

#[test]
fn a_large_round_figure_may_be_rounded() {
    // $212,000 and $196,000 to the nearest thousand allow 7.6% to 8.7%.
    assert_eq!(statuses("The median price reached $212,000, 8.3 percent up from $196,000."), vec![Status::Consistent]);
}

#[test]
fn an_explained_change_names_its_cue_and_the_pairings_set_aside() {
    use crate::report::explain::{SetAside, Tie};
    let options = crate::Options { explain: true, ..Default::default() };
    let report = crate::check("Exports rose 25% to 30 million from 20 million.", &options);
    let change = report.findings.iter().find(|f| f.rule == super::ID).expect("a change finding");
    assert_eq!(change.explanation.first().map(|r| r.tie), Some(Tie::StatedCue), "{:?}", change.explanation);
    // A dropped scale word: the pair is set aside for its units, and nothing is reported.
    let report = crate::check("Revenue grew 26% from Rs 2,300 crore last year to Rs 2,900.", &options);
    assert!(report.findings.iter().all(|f| f.rule != super::ID));
    assert!(
        report.rejected.iter().any(|r| r.rule == super::ID && r.reason == SetAside::Units),
        "{:?}",
        report.rejected
    );
    // Without explanations nothing is recorded.
    let plain = crate::check("Revenue grew 26% from Rs 2,300 crore last year to Rs 2,900.", &Default::default());
    assert!(plain.rejected.is_empty());
}

#[test]
fn a_right_change_passes_and_a_wrong_difference_is_flagged() {
    let ok = findings_of("Sales rose 20 percent to 132 million from 110 million.", super::ID);
    assert_eq!(ok.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent], "{ok:?}");
    let bad = findings_of("Deaths rose to 7,000 from 5,000, an increase of 2,500.", super::ID);
    assert!(bad.iter().any(|f| f.0 == Status::Inconsistent), "{bad:?}");
}

#[test]
fn a_running_total_carried_by_more_is_checked_when_it_holds() {
    let text =
        "Hamas released 13 hostages on Friday. On Saturday, 17 more hostages were freed, bringing the total to 30.";
    let found = findings_of(text, super::ID);
    assert_eq!(found, vec![(Status::Consistent, vec!["13".into(), "17".into(), "30".into()])], "{found:?}");
    // The earlier figure is not named, so a total that does not hold is no finding.
    let text =
        "Officials said 20 people had died. Rescuers found 4 more bodies on Monday, bringing the death toll to 25.";
    assert!(findings_of(text, super::ID).is_empty());
}

#[test]
fn a_figure_per_share_in_an_aside_is_passed_over() {
    let ok = "Net income rose 13% to $33.9 billion, or $2.18 a share, from $30 billion, or $1.88 a share.";
    assert_eq!(findings_of(ok, super::ID).iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent]);
    let bad = "Net income rose 23% to $33.9 billion, or $2.18 a share, from $30 billion, or $1.88 a share.";
    assert_eq!(findings_of(bad, super::ID).iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent]);
}

#[test]
fn an_n_fold_rise_is_a_multiple_not_a_difference() {
    let ok = "In Europe, cases rose 30-fold, to 42,200 from 1,400 in 2022.";
    assert_eq!(findings_of(ok, super::ID).iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent]);
    // "N-fold" is read by some as N + 1 times, so a mismatch is left alone.
    assert!(findings_of("Sales rose 3-fold to 400 from 100.", super::ID).is_empty());
}

#[test]
fn a_period_and_an_amount_of_money_make_no_change() {
    // "nine months" is when, "$1.40" how much: no change runs from one to the other.
    let found = findings_of("For the nine months, Ethyl said net fell 2% or $1.40 a share.", super::ID);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_missed_percentage_change_is_measured_from_the_value_the_figures_give() {
    use crate::checks::testing::problems_of;
    let found = problems_of("Sales rose 12% to 1,400 from 1,196 last year.", super::ID);
    assert_eq!(found, vec![(
        "from 1,196 to 1,400 is a rise of about 17.1%, but the text says 12%: a difference of about 5.1 percentage points"
            .to_owned(),
        "about 5.1 percentage points".to_owned()
    )]);
    // Rounded ends: the value first, then the tolerance, and the
    // difference from the value (8.2 points), not from the edge (0.9).
    let found = problems_of("Sales rose 12% to 1.8 million from 1.5 million last year.", super::ID);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("a rise of about 20.2% (12.9% to 27.6% allowing for rounding)"), "{found:?}");
    assert_eq!(found[0].1, "about 8.2 percentage points");
}

#[test]
fn a_missed_difference_of_money_keeps_its_currency_and_scale() {
    let text = "Revenue rose to $3.5 billion from $3.2 billion, an increase of $0.6 billion.";
    let found = crate::checks::testing::problems_of(text, super::ID);
    assert_eq!(found.iter().map(|f| f.1.as_str()).collect::<Vec<_>>(), vec!["$0.3 billion"], "{found:?}");
    assert!(found[0].0.contains("a rise of about $0.3 billion ($0.2 billion to $0.4 billion allowing for rounding)"));
}

#[test]
fn an_expected_figure_is_no_earlier_value() {
    // A forecast, an estimate or a target is no value the quantity had.
    for text in [
        "Turnover grew 40% to $9.8 million, against a forecast of $8.1 million.",
        "Sales climbed 25 per cent to 640 million euros, against analysts' estimates of 600 million euros.",
        "Output fell 12% to 3.4 million tonnes, below the 3.6 million tonnes traders had expected.",
        "Bookings rose 30% to 5,200, compared with a target of 4,800.",
    ] {
        assert!(statuses(text).iter().all(|s| *s == Status::Consistent), "{text}");
    }
    // The same sentence with the earlier value the quantity had is checked.
    assert_eq!(statuses("Turnover grew 40% to $9.8 million from $8.1 million."), vec![Status::Inconsistent]);
    // A forecast revised from an earlier forecast is a change of the forecast.
    assert_eq!(
        statuses(
            "The agency now expects a harvest of 41.2 million tonnes, up 10% from the 37.5 million tonnes it forecast in May."
        ),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses(
            "The agency now expects a harvest of 41.2 million tonnes, up 20% from the 37.5 million tonnes it forecast in May."
        ),
        vec![Status::Inconsistent]
    );
    // "Against expectations" says nothing of what the value was.
    assert_eq!(
        statuses("Against expectations, the jobless rate fell to 5.1 percent in May from 5.3 percent in April."),
        vec![Status::Consistent]
    );
}

#[test]
fn an_earlier_value_of_another_named_thing_is_no_end() {
    // "$2.6 billion of imports" counts another thing than the exports that rose.
    assert!(
        statuses("Exports to Japan rose 3 per cent to $4.1 billion, compared with $2.6 billion of imports from Japan.")
            .is_empty()
    );
    // Both values naming the same thing are one quantity.
    assert_eq!(
        statuses("The fund rose 5% to $2.1 billion of assets from $2.0 billion of assets."),
        vec![Status::Consistent]
    );
}

#[test]
fn a_share_of_a_whole_is_no_size_of_a_change() {
    // "or 3.1 per cent of all cases" says what part of a whole the level is.
    assert!(
        statuses("Active cases rose by 412 to 26,804, or 3.1 per cent of all cases recorded so far.")
            .iter()
            .all(|s| *s == Status::Consistent)
    );
    assert!(
        statuses("Up 2,150, the count reached 81,300, or 4.2 per cent (about one in 24) of the national total.")
            .iter()
            .all(|s| *s == Status::Consistent)
    );
    // Without "of", the percentage after the pair is the change.
    assert_eq!(statuses("The count rose by 2,150 to 81,300, or 2.7 per cent."), vec![Status::Consistent]);
    assert_eq!(statuses("The count rose by 2,150 to 81,300, or 4.2 per cent."), vec![Status::Inconsistent]);
}

#[test]
fn a_part_of_a_period_and_a_year_are_no_amounts() {
    // "the first half" is a period, not 0.5 of anything.
    assert!(
        statuses("Wind output rose 11% in the first half of the year against the year before, supplying about a tenth of all power.")
            .iter()
            .all(|s| *s == Status::Consistent)
    );
    assert!(statuses("Coal use fell 9% in the second half, to a quarter of the total.").is_empty());
    // "below 2019" compares with a year, not with a count of 2,019.
    assert!(statuses("Injuries totalled 41,870, about 6 per cent below 2019.").is_empty());
    assert!(statuses("Arrests rose 12 per cent to 8,450, above 2016 and 2017.").is_empty());
    // Counts written with their separator are still ends.
    assert_eq!(statuses("Injuries fell about 6 per cent to 41,870 from 44,540."), vec![Status::Consistent]);
}

#[test]
fn a_percentage_or_points_cut_to_the_digits_printed_is_not_flagged() {
    // 34.8 / 7,477.8 = 0.465%: printed as 0.4, cut rather than rounded.
    assert_eq!(statuses("The index was up 34.8 points, or 0.4 per cent, at 7,512.6."), vec![Status::Consistent]);
    // 0.2 is neither 0.465 rounded nor cut.
    assert_eq!(statuses("The index was up 34.8 points, or 0.2 per cent, at 7,512.6."), vec![Status::Inconsistent]);
    // 105.61 / 9,215.60 = 1.146%: 1.2 is above it, which no cutting gives.
    assert_eq!(statuses("The average fell 105.61, or 1.2 percent, to 9,109.99."), vec![Status::Inconsistent]);
    // A hedged percentage keeps its own reading: "almost 13" is not 13.7.
    assert_eq!(statuses("Spending rose almost 13 percent to 1,400 from 1,231."), vec![Status::Inconsistent]);
}

#[test]
fn a_participle_after_a_comma_opens_a_clause_of_its_own() {
    // ", leaving 12 free beds": the free beds are no earlier value.
    assert!(
        statuses("Occupancy stood at 188 beds, up 9 from Sunday, leaving 12 free beds out of 200.")
            .iter()
            .all(|s| *s == Status::Consistent)
    );
    // A verb naming where the move ends is the frame's own.
    assert_eq!(
        statuses("The index was down 150.00 points, or 1.5 per cent, closing at 9,850.00."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("The index was down 150.00 points, or 2.5 per cent, closing at 9,850.00."),
        vec![Status::Inconsistent]
    );
}

#[test]
fn a_change_from_a_named_day_needs_that_days_value() {
    // "up 9 from Sunday": the 200 beds of the sentence before are the
    // ward's size, not Sunday's count.
    assert!(statuses("The ward has 200 beds. Occupancy stood at 188 beds, up 9 from Sunday.").is_empty());
    // A reference the sentence before names is its value; the only amount
    // of its kind there is no guess, so a wrong difference is flagged;
    // among two amounts, or hedged, it is.
    let other = "Last year 19,170 visitors came. This year the figure was 24,310, a rise of 5,410 on last year.";
    assert_eq!(statuses(&other.replace("5,410", "5,140")), vec![Status::Consistent]);
    assert_eq!(statuses(other), vec![Status::Inconsistent]);
    for guess in [other.replace("came.", "came and 2,300 of them were children."), other.replace("19,", "about 19,")] {
        assert!(statuses(&guess).iter().all(|s| *s != Status::Inconsistent), "{guess}");
    }
}

#[test]
fn a_second_cue_with_a_subject_of_its_own_is_another_change() {
    // "as costs increased 9 per cent" is the change of the costs.
    assert!(
        statuses("Net income fell to $52 million, down from $60 million, as costs increased 9 per cent.")
            .iter()
            .all(|s| *s == Status::Consistent)
    );
    // In apposition, the second cue names the change of the same pair.
    assert_eq!(
        statuses("Net income fell to $52 million from $60 million, a decline of $8 million."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("Net income fell to $52 million from $60 million, a decline of $11 million."),
        vec![Status::Inconsistent]
    );
}

#[test]
fn a_change_whose_pace_is_the_verb_states_no_direction_of_its_figures() {
    for text in [
        "The rise in rents slowed from 14 percent in 2021 to 5 percent in 2022.",
        "Growth in exports has eased to 3% from 8%, the ministry said.",
        "The increase in fares moderated from 9 percent to 4 percent.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
    }
    // Without a verb of pace the noun's direction still holds.
    assert_eq!(statuses("Sales rose to 40 from 50."), vec![Status::Inconsistent]);
}

#[test]
fn whole_points_of_an_index_may_be_cut_from_their_decimals() {
    // 23.9 points cut to 23: 23.9 / 3,384.9 = 0.706%, printed as 0.70.
    assert_eq!(statuses("The index was down 23 points, or 0.70%, at 3,361."), vec![Status::Consistent]);
    assert_eq!(statuses("The index gained 23 points, or 0.71%, to 3,361."), vec![Status::Consistent]);
    // No cut of 23 points gives 0.80%.
    assert_eq!(statuses("The index was down 23 points, or 0.80%, at 3,361."), vec![Status::Inconsistent]);
}

#[test]
fn a_profit_and_a_loss_are_no_ends_of_one_change() {
    // A loss is a result below zero: from a $40m loss to a $25m profit
    // is a rise, though 25 is less than 40.
    assert!(statuses("Shares jumped 9% after a profit of $25m, against a $40m loss a year earlier.").is_empty());
    assert!(statuses("The group rose to a $25m profit from a loss of $40m.").is_empty());
    // Two profits are two values of one quantity.
    assert_eq!(statuses("Profit rose to $25m from $30m."), vec![Status::Inconsistent]);
}

#[test]
fn an_earlier_value_after_from_is_no_later_value_of_the_next_change() {
    // The second change starts from $600m; its later value is the
    // $550m the sales reached, not the $500m they rose from.
    assert_eq!(
        statuses("Sales rose 10% to $550m from $500m but fell 5% from $600m a quarter ago."),
        vec![Status::Consistent]
    );
    // A later value before the cue still ends the change.
    assert_eq!(statuses("Sales were $550m, down 5% from $600m."), vec![Status::Inconsistent]);
}

#[test]
fn a_waiting_percentage_yields_to_one_nearer_the_values() {
    // 40% is the growth of the earnings, whose values follow it.
    let text = "Growth: sales 12%, profit 30%, earnings per share 40% (€0.070 against €0.050).";
    assert!(statuses(text).iter().all(|s| *s == Status::Consistent), "{:?}", statuses(text));
}

#[test]
fn a_value_of_another_period_is_no_end_of_a_change_measured_from_a_named_one() {
    // The change names its reference ("year on year", "from a year
    // earlier"); the value compared with after it is of another period.
    assert!(
        statuses("Revenue grew 8% year on year to $10.4 billion, compared with $10.1 billion in the previous quarter.")
            .is_empty()
    );
    assert!(
        statuses("Net profit rose 14% from a year earlier to $540 million, against $610 million in the first quarter.")
            .is_empty()
    );
    assert!(statuses("Orders climbed 9% on the previous month to 2,180, compared with 2,460 a year ago.").is_empty());
    // A value of the named period, or one with no period, is the earlier end.
    assert_eq!(
        statuses("Revenue grew 3% year on year to $10.4 billion, compared with $10.1 billion a year earlier."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses(
            "Revenue grew 8% year on year to $10.4 billion, compared with $10.1 billion in the same quarter a year earlier."
        ),
        vec![Status::Inconsistent]
    );
    assert_eq!(
        statuses("Orders climbed 9% on the previous month to 2,180, compared with 2,000."),
        vec![Status::Consistent]
    );
}

#[test]
fn an_earlier_value_after_a_running_total_is_told_as_past() {
    // Told in the past after the new total: the total before it.
    assert_eq!(
        statuses("Rescuers found five more bodies, bringing the death toll to 41. The toll had stood at 36 on Monday."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("Rescuers found five more bodies, bringing the death toll to 41. Previously, the toll was 36."),
        vec![Status::Consistent]
    );
    // Told in the present after it: a count of now, of other things.
    assert!(
        statuses(
            "Five nations each won one more bronze, taking the group to 3 bronze apiece. Two other nations rank higher, with 2 silver and 2 bronze."
        )
        .is_empty()
    );
    assert!(
        statuses("Rescuers found five more bodies, bringing the death toll to 41. In the next valley, the toll is 36.")
            .is_empty()
    );
}

#[test]
fn a_value_named_for_another_owner_is_no_earlier_end() {
    // "for the Greens" makes 119 the Greens' seats, not Labour's before.
    assert!(statuses("Labour won 160 seats, down 24, against 119 for the Greens, up 22.").is_empty());
    assert!(
        statuses("Sales at the north store rose 20% to $6 million, compared with $4 million for Westfield.").is_empty()
    );
    // Named for the same one on both sides, it is the same owner's value.
    assert_eq!(
        statuses("Sales rose 20% to $6 million for Westfield, compared with $5 million for Westfield a year ago."),
        vec![Status::Consistent]
    );
    // "for the year" names a period, not an owner.
    assert_eq!(
        statuses("Sales rose 20% to $6 million, compared with $5 million for the year before."),
        vec![Status::Consistent]
    );
}

#[test]
fn two_earlier_values_leave_the_earlier_end_unsaid() {
    assert!(
        statuses(
            "Quarterly profit rose 14% to 3.2 billion euros, against 2.9 billion euros in the previous quarter and 2.4 billion euros a year earlier."
        )
        .is_empty()
    );
    // One earlier value and another quantity after "and" keep the change.
    assert_eq!(
        statuses("Profit rose 10% to $3.3 billion from $3 billion and 400 jobs were cut."),
        vec![Status::Consistent]
    );
}

#[test]
fn a_waiting_percent_is_no_change_of_another_named_thing() {
    // Whether a finding names a figure whose text contains `figure`.
    let names =
        |text: &str, figure: &str| findings_of(text, super::ID).iter().any(|f| f.1.iter().any(|x| x.contains(figure)));
    // The pair names what changed, and it is not what the percent was of:
    // only its direction is checked.
    let text = "Sales rose 10% in the quarter. Profit rose to $33 million from $30 million.";
    assert_eq!(statuses(text), vec![Status::Consistent]);
    assert!(!names(text, "10%"));
    assert!(!names("Membership has doubled since 2010. Branches grew from 40 to 80.", "doubled"));
    assert!(!names("Membership doubled, and branches grew from 40 to 80.", "doubled"));
    // A pronoun, the same noun, or a noun that names the quantity again
    // keeps the percent's subject.
    assert!(names("Revenue nearly doubled. It reached $10 billion, up from $5.2 billion.", "doubled"));
    assert!(names("Sales rose 12%. Sales were $1.12 billion, against $1 billion.", "12%"));
    assert!(names("Herd numbers fell nearly 3%. The total slipped from 2.2 million to 2.14 million.", "3%"));
}

#[test]
fn a_benchmark_named_beside_a_change_is_no_earlier_value() {
    assert!(statuses("The index rose 2% to 5,100, against a peak of 5,300 in March.").is_empty());
    assert!(statuses("Shares rose 8% to $41, compared with the offer price of $35.").is_empty());
    // A noun that names the quantity again, or the same noun on both
    // sides, is the earlier value.
    assert_eq!(
        statuses("Exports rose 5% to 2,100, compared with a total of 2,000 a year earlier."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("The club made a profit of $4.2 million, up 5%, against a profit of $4 million last season."),
        vec![Status::Consistent]
    );
}

#[test]
fn a_compared_pair_takes_the_direction_of_the_change_set_beside_it() {
    // "B in one year against A in another, a P% drop": the drop is measured
    // from the larger value, whichever year the writer names first.
    for text in [
        "The port handled 720 ships in 2024 against 900 in 2023, a 20% drop.",
        "The port handled 900 ships in 2023 against 720 in 2024, a 20% drop.",
        "Output was 1,150 tonnes this season compared with 1,000 tonnes last season, an increase of 15%.",
    ] {
        assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
    }
    // The percent taken from the wrong base is flagged.
    assert_eq!(
        statuses("The port handled 720 ships in 2024 against 900 in 2023, a 25% drop."),
        vec![Status::Inconsistent]
    );
    // A change that names its own reference is measured from that, not from
    // the pair: nothing is checked.
    assert!(statuses("Tickets sold were 720 against 900 expected, a 10% drop on last year.").is_empty());
    assert!(statuses("Tickets sold were 720 against 900 expected, a drop of 10% from last year.").is_empty());
}

#[test]
fn an_amount_more_than_expected_is_no_change() {
    // "D more than forecast": D misses an expectation the text does not
    // state; it is neither the change's difference nor a change with an
    // earlier value told elsewhere.
    for text in [
        "Profit climbed 12% to $5.6 billion, $900 million higher than forecast.",
        "Quarterly sales grew 9% to $4.2 billion, $400 million more than analysts had predicted.",
        "A decade ago the city counted 6.2 million people. Its population now stands at 8.4 million, 1.1 million more than previously estimated.",
        "Exports reached 640,000 tonnes, 40,000 tonnes above expectations. Last year they were 560,000 tonnes.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
    }
    // A difference from an earlier value is still the change's.
    assert_eq!(statuses("Profit climbed 12% to $5.6 billion, $900 million more than a year earlier."), vec![
        Status::Inconsistent
    ]);
    // An expectation stated as a figure is read as before.
    assert!(!statuses("Sales rose to 120, 20 more than the 100 analysts expected.").contains(&Status::Inconsistent));
}

#[test]
fn a_change_between_open_ends_fits_anything_and_earns_no_green_mark() {
    // "more than" on both ends leaves the fall unbounded below: no finding,
    // rather than "a fall of about -∞%".
    assert!(statuses("Deaths fell from slightly more than 40,000 to more than 39,000, a 4% decline.").is_empty());
    // Bounded ends are checked as before.
    assert_eq!(statuses("Deaths fell from 40,000 to 39,000, a 2.5% decline."), vec![Status::Consistent]);
}

#[test]
fn a_change_word_that_names_what_moved_leaves_the_direction_to_the_verb() {
    // "growth", "gains", "losses" name the measure; the verb after says which way.
    for text in [
        "Export growth fell 3 points, from 8% to 5%.",
        "Sales growth dropped to 4% from 7%.",
        "Losses rose to $5 million from $3 million.",
        "Wage gains slowed, then fell to 2% from 4%.",
    ] {
        assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
    }
    // The verb's direction is still checked against the ends.
    assert_eq!(statuses("Export growth fell 2 points, from 7% to 9%."), vec![Status::Inconsistent]);
    // After a preposition the first change word governs.
    assert_eq!(statuses("There was an increase in losses of 20%, to $6 million from $5 million."), vec![Status::Consistent]);
}

#[test]
fn changes_listed_side_by_side_take_no_later_value_from_the_sentence_before() {
    // One change against an earlier value, the later one in the sentence before.
    let one = "There were 180 road deaths last year. That represents a 12% fall on the 205 road deaths of 2015.";
    assert_eq!(statuses(one), vec![Status::Consistent]);
    // The later value is a guess among the sentence before's: when the sum
    // fails, nothing is said; in one sentence the figures are a stated change.
    assert_eq!(statuses(&one.replace("12%", "32%")), vec![]);
    let stated = "There were 180 road deaths last year, a 32% fall on the 205 road deaths of 2015.";
    assert_eq!(statuses(stated), vec![Status::Inconsistent]);
    // "a 12% and 3% fall on the 205 and 186": each change pairs with the
    // earlier value in its own place of the list (180 is 12% below 205 and
    // 3% below 186), never the second change with the first value.
    let two = "There were 180 road deaths last year. That represents a 12% and 3% fall on the 205 and 186 road deaths of 2015 and 2021.";
    assert!(statuses(two).iter().all(|s| *s != Status::Inconsistent), "{:?}", statuses(two));
    let rate = "Last year the rate stood at 4.1 deaths per 100,000 people. The 180 deaths represent a 12% and 3% fall on the 205 and 186 deaths of 2015 and 2021.";
    assert!(statuses(rate).iter().all(|s| *s != Status::Inconsistent), "{:?}", statuses(rate));
}

#[test]
fn to_after_a_word_of_need_marks_a_verb_not_a_later_value() {
    // "the 251 needed to govern ... 500-seat": no change from 251 to 500.
    let mark = "The party won 241 seats, below the 251 needed to govern alone in the 500-seat chamber.";
    assert!(statuses(mark).is_empty(), "{:?}", statuses(mark));
    let enough = "The bloc holds 180 seats, short of the 201 required to pass laws in the 400-member house.";
    assert!(statuses(enough).is_empty(), "{:?}", statuses(enough));
    // A figure straight after the "to" is still the later value, and a
    // change whose subject names a need is still checked.
    let cut = "The signatures required fell to 5,000 from 8,000, a 30% drop.";
    assert_eq!(statuses(cut), vec![Status::Inconsistent]);
    let staff = "The number of staff needed to run the plant fell to 400 from 500, a 25% drop.";
    assert_eq!(statuses(staff), vec![Status::Inconsistent]);
}

#[test]
fn a_fraction_of_a_percentage_point_is_a_change_in_points() {
    // "two tenths of a percentage point" is 0.2 points, not a fall by a
    // fifth; "half a percentage point" is 0.5 points.
    let tenths = "The jobless rate in the province slipped by two tenths of a percentage point, from 9.4% to 9.2%.";
    assert_eq!(statuses(tenths), vec![Status::Consistent]);
    let half = "The jobless rate fell by half a percentage point, from 7.9% to 7.4%.";
    assert_eq!(statuses(half), vec![Status::Consistent]);
    // The points are still checked against the two rates.
    assert_eq!(statuses(&half.replace("7.4%", "6.4%")), vec![Status::Inconsistent]);
    // A fraction alone is still a part of the earlier value.
    assert_eq!(statuses("The share of smokers fell by half, from 24% to 12%."), vec![Status::Consistent]);
}

#[test]
fn an_annualized_rate_is_no_ratio_of_the_change_over_its_period() {
    // 40 on 1,000 is 4% for the quarter; 16% is that pace over a year.
    assert!(statuses("Deposits of $1,040 million rose $40 million in the quarter, or 16% on an annualized basis.")
        .iter()
        .all(|s| *s == Status::Consistent));
    // Without the word the same figures are a quarter's change, and 16% is wrong.
    assert!(statuses("Deposits of $1,040 million rose $40 million in the quarter, or 16%.").contains(&Status::Inconsistent));
}

#[test]
fn a_figure_hyphened_to_a_noun_describes_it_and_is_no_level_or_difference() {
    // "95.20-point fall" is the fall's size; "210-issue" counts the index's shares.
    let text = "The Lima index lost 80.40 points to close at 8,210.50. In Quito, following Monday's 95.20-point fall, \
                the 210-issue composite index shed another 40.10 points.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn an_amount_right_before_more_than_is_the_difference_not_a_level() {
    // The amount of the comparison after the later value fills no slot.
    assert_eq!(
        statuses("Patients at the clinic rose to 640 by Friday, 25 more than the 615 it saw a year earlier."),
        vec![Status::Consistent]
    );
    assert_eq!(
        statuses("Patients at the clinic rose to 640 by Friday, 45 more than the 615 it saw a year earlier."),
        vec![Status::Inconsistent]
    );
}

#[test]
fn an_amount_after_its_own_change_word_is_no_later_value_of_the_next() {
    // "the Liberals up 4 and the Greens up 1": each party's own change.
    let text = "Since the last survey the Alliance is down 2 points and the Centre Party is down 1. \
                Meanwhile the Farmers are up 1 point, the Liberals up 4 and the Greens up 1.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
}
