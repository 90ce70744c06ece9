//! The change check's reading of the words before its cue: which of the
//! figures there belong to the change and which only say what is counted,
//! each with invented sentences.

use super::tests::statuses;
use crate::report::Status;

#[test]
fn a_bounded_share_in_the_subject_is_a_threshold_not_the_change() {
    // "clinics above 90%" names the clinics counted; the change is the
    // count's, from 12 to 20, whatever share it is of the earlier count.
    for text in [
        "The number of clinics above 90% rose from 12 to 20 last year.",
        "Towns with turnout over 60% fell from 40 to 31.",
        "Wards with at least 75% coverage increased from 18 to 23.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
    // After its own verb, or before a comparative, the bounded share is
    // the change itself.
    assert_eq!(statuses("Shares of the miner gained more than 6 per cent, up 30p at 480p."), vec![Status::Consistent]);
    assert_eq!(statuses("Rents were more than 20% higher than in 2019, at 130 against 100."), vec![Status::Consistent]);
}

#[test]
fn a_bracketed_value_after_a_comparison_in_its_clause_is_its_earlier_value() {
    // Each bracket holds the value of the time just named: neither is the
    // later value of the next comparison.
    let text = "Crews attended 9,120 floods in the year, a rise of 30% on five years ago (7,015) and an 18% increase on a decade ago (7,730).";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_change_word_before_a_forecast_names_what_is_forecast() {
    // "growth forecast": the verb, "cut", says which way the forecast moved.
    for text in [
        "Italy cut its growth forecast for next year to 0.9% from 1.4%.",
        "The bank's inflation target rose to 3% from 2%, while its growth projections fell to 1.1% from 1.6%.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
}

#[test]
fn a_percentage_of_state_is_no_size_of_a_change() {
    // "15% contained" tells how far the fire is held, not how much it grew.
    let text = "The blaze, which is only 10% contained, grew by nearly 3,000 acres overnight to 21,000 acres.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    // It may be a level that changed.
    assert_eq!(statuses("Hotel rooms were 72 percent occupied in May, up from 64 percent in April."), vec![Status::Consistent]);
}

#[test]
fn a_count_of_other_people_before_is_no_end_of_a_change() {
    // Unemployed and inactive people are two counts, each with its own change.
    let text = "There were 1.92 million unemployed people, down 31,000. There were 8.40 million inactive people, down 52,000.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
}

#[test]
fn a_change_noun_with_its_own_holder_takes_no_level_from_before_the_holder() {
    // "June's rise now 880 rather than 470": June's figure, old and new;
    // the combined 630 before the holder is no level of it.
    let text = "Sales for May and June were revised up by a combined 630 units, with June's rise now 880 rather than 470.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_count_of_another_kind_of_people_before_is_no_end_of_a_change() {
    // The unemployed are no earlier or later count of those in work.
    let text = "There were 30.1 million adults in work, up 150,000. There were 1.6 million unemployed people, down 40,000.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
}

#[test]
fn the_base_a_rate_is_counted_on_is_no_level() {
    // "per 100,000" and "every 1,000" say what a rate counts on; the rate
    // itself may change, its base never does.
    let per = "Thefts: 31.4 per 100,000 residents in 2022, up from 19.6 in 2018.";
    assert!(!findings_mention(per, "100,000"), "{per}");
    let every = "In 2022, 48.5 of every 1,000 drivers had one, compared with 30.2 in 2018, a rise of 61 percent.";
    assert!(!statuses(every).contains(&Status::Inconsistent), "{:?}", statuses(every));
}

#[test]
fn a_part_of_a_count_told_before_is_no_level_of_the_clause_change() {
    // "eleven of them" breaks the 318 down; "up 41%" is the 318's rise.
    let text = "Wards held an average of 318 patients a day last week, eleven of them in intensive care, up 41% from 225 the week before.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_number_sharing_a_percent_sign_is_no_amount() {
    // "12 and 35 per cent" are two percentages, not 12 more and 35%.
    let text = "Arrests and fines rose 12 and 35 per cent respectively, to 1,830 and 3,950.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_figure_named_as_a_threshold_is_no_level() {
    // "the $1,500 mark" is the line the rent passed, not last month's rent.
    let text = "Rents rose 1.4 percent from May to June, lifting the median rent back above the $1,500 mark to $1,512.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    // A percentage named as a target or threshold is the line, not the change.
    for text in [
        "The number of councils falling short of the 40% target for three good passes dropped from 25 in 2019 to 12 in 2020.",
        "Parties polling under the 5% threshold fell from nine to four.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
}

#[test]
fn an_amount_set_beside_its_percentage_before_a_comparative_is_the_difference() {
    // "$0.15, or 14 percent, more than": both say by how much; the later
    // value is the dividend of the sentence before.
    let text = "The board raised the quarterly dividend to $1.20. That is $0.15, or 14 percent, more than the previous dividend of $1.05.";
    assert_eq!(statuses(text), vec![Status::Consistent]);
    let text = "The board raised the quarterly dividend to $1.20. That is $0.15, or 19 percent, more than the previous dividend of $1.05.";
    assert_eq!(statuses(text), vec![Status::Inconsistent]);
}

#[test]
fn the_value_after_than_is_the_earlier_value_of_its_own_comparison() {
    // 18,400 is what this year is compared with first; it is no later
    // value of the second comparison.
    let text = "Arrivals this year are 12% higher than the 18,400 recorded by this point last year but 20% lower than the 25,800 of two years ago.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_whole_number_on_a_base_is_a_rounded_rate() {
    // 185.5 to 190.5 per 100,000 is a rise of up to 2.7%, which "3%" rounds.
    let text = "Between the two years the jail rate rose by 3% from 186 to 190 inmates per 100,000 residents.";
    assert_eq!(statuses(text), vec![Status::Consistent]);
    let text = "Between the two years the jail rate rose by 4% from 186 to 190 inmates per 100,000 residents.";
    assert_eq!(statuses(text), vec![Status::Inconsistent]);
}

#[test]
fn a_value_after_against_is_no_later_value_of_the_change_after_it() {
    // 548 is the row's earlier value; the rise of 64 is from it to 612.
    let text = "Fees income 612 against 548, up 64 or 11.7%.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

/// Whether a finding of the check on `text` names the figure written `figure`.
fn findings_mention(text: &str, figure: &str) -> bool {
    crate::checks::testing::findings_of(text, super::ID).iter().any(|(_, figures)| figures.iter().any(|f| f == figure))
}

#[test]
fn a_span_of_time_after_in_is_the_period_not_a_level() {
    // 8.46 / 7.21 is a rise of 17.3%, not 16.2%.
    let slip = "Exports grew 16.2 percent in the two months to $8.46 billion from $7.21 billion.";
    assert_eq!(statuses(slip), vec![Status::Inconsistent]);
    let fits = "Exports grew 17.3 percent over the past six weeks to $8.46 billion from $7.21 billion.";
    assert_eq!(statuses(fits), vec![Status::Consistent]);
}

#[test]
fn more_than_halved_is_a_factor_below_a_half() {
    assert_eq!(statuses("Membership more than halved, from 420 to 190."), vec![Status::Consistent]);
    assert_eq!(statuses("Membership more than halved, from 420 to 230."), vec![Status::Inconsistent]);
}

#[test]
fn a_percentage_in_brackets_after_one_end_is_that_ends_share() {
    // 3,140 to 3,388 is a rise of 7.9%; the bracketed shares are each end's.
    for text in [
        "Top grades rose from 3,140 (2.1 per cent) in 2022 to 3,388 (2.3 per cent) in 2023.",
        "Top grades rose to 3,388 (2.3%) from 3,140 (2.1%) a year earlier.",
    ] {
        assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
    }
    // A year and a grouped count after "from" are the end and its date:
    // 389,105 / 412,760 is a fall of 5.7%, not 8%.
    let text = "Paying visits to the zoo fell 8 per cent last year, from 412,760 visitors in 2011 to 389,105 in 2012.";
    assert_eq!(statuses(text), vec![Status::Inconsistent]);
}
