//! The change check's reading of what a change is measured against: a
//! named year or month, a bracketed comparison, a comparative, a basis of
//! its own ("in constant currencies"), a base after "on", and an earlier
//! end too far from the later for a move called the wrong way, each with
//! invented sentences.

use super::tests::statuses;
use crate::report::Status;

#[test]
fn a_bracketed_comparison_with_a_year_ends_at_its_bracket() {
    let text = "The poll gives Labour 12 (4 more than in 2017) and the Greens 2.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    // The year's value in brackets after it is the earlier level.
    assert_eq!(statuses("Deaths fell to 1,310, 3% fewer than in 2016 (1,350)."), vec![Status::Consistent]);
    assert_eq!(statuses("Deaths fell to 1,310, 9% fewer than in 2016 (1,350)."), vec![Status::Inconsistent]);
}

#[test]
fn periods_and_years_are_no_ends_of_a_change() {
    for text in [
        "Exports rose 6% in the first half of the year against the same period of 2021, reaching almost a third of output.",
        "Road injuries totalled 4,820, about 3 per cent below 2018, the agency said.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
}

#[test]
fn a_month_named_as_the_reference_holds_the_earlier_value() {
    // The earlier value is May's, unstated: another place's rate is no end.
    let text = "The vacancy rate in Leeds was 7.4%, 0.6 points below May, ahead of 6.9% in York.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    // A month's value named by it is the earlier value.
    assert_eq!(statuses("The rate was 7.4%, 0.6 points below May's 8.0%."), vec![Status::Consistent]);
    assert_eq!(statuses("The rate was 7.4%, 0.9 points below May's 8.0%."), vec![Status::Inconsistent]);
    // So is the value a "when" clause gives the period.
    assert_eq!(statuses("The toll was 280, 35 lower than in 2018, when it was 315."), vec![Status::Consistent]);
    assert_eq!(statuses("The rate was 7.4%, 0.9 points lower than in May, when it was 8.0%."), vec![Status::Inconsistent]);
    // A change with no later value read has no pair for the period's value.
    let text = "Last week 12 people were hurt. In 2024, 5,120 people died – a 4% fall from 2023, when 5,330 died, \
                and a 9% fall from 2022, when 5,640 died.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_comparative_after_a_difference_is_not_what_it_counts() {
    // "20 fewer than": the message names no noun "fewer".
    for text in ["The toll was 300, 20 fewer than the 340 of 2019.", "The toll was 300, 20 lower than the 340 of 2019."] {
        let found = crate::checks::testing::problems_of(text, super::ID);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("a difference of 20"), "{found:?}");
    }
}

#[test]
fn a_percentage_on_a_basis_of_its_own_is_no_ratio_of_the_reported_amounts() {
    // Growth without currency moves, acquisitions or inflation, beside the
    // amounts as reported: another quantity, so nothing to check.
    for text in [
        "Revenue rose 8% in constant currency to $10.2 billion from $9.8 billion.",
        "Sales grew 6% on an organic basis to €4.2bn from €4.1bn.",
        "Wages rose 4% in real terms to £650 a week from £610.",
        "Turnover rose 8% to £5.6bn from £5.2bn, or 3% at constant exchange rates.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
    // The reported percentage beside it is still checked.
    let reported = "Turnover rose 19% to £5.6bn from £5.2bn, or 3% at constant exchange rates.";
    assert_eq!(statuses(reported), vec![Status::Inconsistent]);
    // A basis in the subject is the whole clause's, ends included.
    assert_eq!(statuses("Like-for-like sales rose 5% to £1.9bn from £1.88bn."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Organic sales rose 2% to €4.2bn from €4.1bn."), vec![Status::Consistent]);
}

#[test]
fn ends_that_went_against_the_cue_are_told_the_way_they_went() {
    let report = crate::check("Revenue fell 2% to £3.3bn from £3.2bn.", &Default::default());
    let f = report.findings.iter().find(|f| f.rule == super::ID).expect("a finding");
    assert_eq!(f.status, Status::Inconsistent);
    // Not "a fall of about -3.17%".
    assert!(f.message.starts_with("from £3.2bn to £3.3bn is a rise of about 3."), "{}", f.message);
}

#[test]
fn a_part_said_of_a_whole_is_what_changed() {
    // "230 of the 450 seats, up 20 from 210": the party's 230 rose, not the
    // chamber's 450.
    let f = crate::checks::testing::findings_of("The party won 230 of the 450 seats, up 20 from 210.", super::ID);
    assert_eq!(f, vec![(Status::Consistent, vec!["230".into(), "20".into(), "210".into()])]);
    assert_eq!(statuses("The party won 230 of the 450 seats, up 30 from 210."), vec![Status::Inconsistent]);
}

/// Whether nothing in `text` is flagged.
fn quiet(text: &str) -> bool {
    !statuses(text).contains(&Status::Inconsistent)
}

#[test]
fn a_percentage_at_constant_exchange_rates_is_no_ratio_of_the_stated_levels() {
    // 80.0 to 76.0 is a 5% fall as reported; 2% is measured at fixed rates.
    let said = "Sales were 76.0 million euros, compared with 80.0 million euros a year earlier, down 2%";
    assert!(quiet(&format!("{said} in constant currencies.")));
    assert!(quiet("Profit fell 2% at constant exchange rates to 76.0 million euros from 80.0 million euros."));
    assert!(quiet("Revenue rose 9% organically to $5.4 billion from $5.2 billion."));
    // Said of the levels themselves, the same 2% is wrong.
    assert!(!quiet(&format!("{said}.")));
}

#[test]
fn a_base_after_on_is_no_earlier_value() {
    // The profit fell 5% to $38m; $120m is the revenue it was made on.
    assert!(quiet("Regional profit was down 5% to $38 million on steady revenue of $120 million."));
    assert!(quiet("Operating profit rose 8% to $54 million on sales of $610 million."));
    // "on" with a period gives the earlier value.
    assert!(!quiet("Operating profit rose 8% to $54 million on last year's $40 million."));
}

#[test]
fn from_and_to_right_after_a_range_give_the_earlier_range() {
    // The level is a range, so the earlier one is too: no change from 2,300 to 5,000.
    let text = "Officials put the number of displaced at 13,000 to 15,000, up from 2,300 to 5,000 a week earlier.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    assert_eq!(statuses("The number of displaced rose from 2,300 to 5,000 in a week."), vec![Status::Consistent]);
}

#[test]
fn a_change_in_apposition_reaches_back_over_places_and_times_to_its_level() {
    // ", an increase of 188, or 26 percent": the clause's level, with a
    // place and a year between them.
    let text = "Accidents killed 864 people in the state in 2019, an increase of 178, or 26 percent, on the year before.";
    assert_eq!(statuses(text), vec![Status::Consistent]);
    assert_eq!(statuses(&text.replace("26 percent", "35 percent")), vec![Status::Inconsistent]);
    assert_eq!(statuses("Sales reached 864 cars in the region last year, up from 686."), vec![Status::Consistent]);
    // Without a comma the words between may be another clause's.
    assert!(statuses("Sales reached 917 cars in the region where the plant opened last year up 35 percent.").is_empty());
    // "A, compared with B" says no change of its own: a percentage earlier
    // in the sentence is another quantity's.
    let versus = "Traffic was 2% down on 2009, leading to a rate of 677 deaths per billion miles, compared with 709 in 2009.";
    assert!(!statuses(versus).contains(&Status::Inconsistent), "{:?}", statuses(versus));
}

#[test]
fn a_rate_of_change_compared_with_an_earlier_rate_is_a_level() {
    // "rose 10.1% in the year, up from 9.9%": the rates are the levels,
    // and neither is a change of the other.
    for (text, not) in [
        ("Consumer prices rose 10.1% in the year to September, up from 9.9% in August.", Status::Inconsistent),
        ("Chinese exports rose 7 percent in May, up from a 0.9 percent increase in April.", Status::Consistent),
    ] {
        assert!(!statuses(text).contains(&not), "{text}: {:?}", statuses(text));
    }
}

#[test]
fn a_difference_in_the_sentence_before_is_no_end_of_a_change() {
    // "152,000 more than a year before" is a difference, not last year's
    // level, so "up 88,000" of the next sentence is not measured from it.
    let text = "Registrations reached 1.04 million worldwide, 152,000 more than a year before. \
                China led with 646,170, up 88,000 on a year before.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn an_earlier_value_after_the_later_one_completes_the_percent_change() {
    // "rose 20% to 90, up from 75": the cue gives the percent and the later
    // value; the earlier value follows in a phrase of its own.
    for (text, status) in [
        ("Turnover at the brewer climbed 20% to 90 million euros, up from 75 million euros.", Status::Consistent),
        ("Turnover at the brewer climbed 45% to 90 million euros, up from 75 million euros.", Status::Inconsistent),
        ("Bookings fell 10 per cent to 4,500, down from 5,000 in the spring.", Status::Consistent),
    ] {
        assert_eq!(statuses(text), vec![status], "{text}");
    }
    // A pair of another clause ending elsewhere does not take the percent.
    let other = "Sales rose 40% to 70, while costs climbed to 164, up from 148.";
    assert!(!statuses(other).contains(&Status::Inconsistent), "{:?}", statuses(other));
}

#[test]
fn a_present_tense_in_s_is_the_cue_of_its_base_form() {
    // Headline tense: "Turnover climbs 25% to 50 from 40".
    assert_eq!(statuses("Turnover at the mill climbs 25% to 50 tonnes from 40 tonnes."), vec![Status::Consistent]);
    assert_eq!(statuses("Turnover at the mill climbs 60% to 50 tonnes from 40 tonnes."), vec![Status::Inconsistent]);
}

#[test]
fn a_level_coordinated_after_the_earlier_one_is_no_size_of_the_change() {
    // "down from 35% at the last election and 31% in 2015": "and" brings a
    // third level, whatever the occasion that names the earlier one.
    for text in [
        "The party took 29 percent of the vote, down from 35 percent at the last election and 31 percent in the 2015 race.",
        "Some 38 percent of members backed the deal, down from 44 percent at the last vote and 41 percent in the 2018 ballot.",
        "Turnout was 52%, up from 48% at the previous poll and 50% in the one before.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
}

#[test]
fn a_period_after_than_leaves_the_earlier_value_unstated() {
    // "12% more than a year earlier, or $560 million more": the earlier value
    // is the period's, which the text gives only as the difference.
    for (text, status) in [
        ("Revenue hit $5.2 billion, 12 percent more than a year earlier, or $560 million more.", Status::Consistent),
        ("Revenue hit $5.2 billion, 12 percent more than a year earlier, or $760 million more.", Status::Inconsistent),
        ("The ministry's budget is now 5.6 trillion yen, 7 percent more than last year, or 370 billion yen more.", Status::Consistent),
        ("Sales reached 840 tonnes, 5 per cent more than the previous year, or 40 tonnes more.", Status::Consistent),
        ("Revenue reached $5.2 billion, 12% more than the prior year, or $760 million more.", Status::Inconsistent),
        ("Profit was $80 million, 20% higher than the same quarter last year, or $13.3 million more.", Status::Consistent),
    ] {
        assert_eq!(statuses(text), vec![status], "{text}");
    }
    // A period in the possessive names the earlier value itself.
    let text = "The pass rate rose to 68.3%, 2.6 percentage points above last year's 65.7%.";
    assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
}

#[test]
fn sides_a_thousandfold_apart_are_no_change_to_report() {
    // "four" is a number of subjects, not the earlier level of 846,310.
    let text = "In all, 846,310 pupils representing 63.18 per cent got grade C and above in a minimum of any four subjects.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_share_below_a_peak_it_names_is_no_size_of_the_days_move() {
    // "or 19% below its peak of 6,765": the distance from the peak.
    for text in [
        "The index lost 214 points to 5,480, or 19% below its peak of 6,765.40.",
        "The index slid 120 points to 4,800, or 15% below its January high of 5,650.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
    // With no value of its own after it, the share is the move's.
    assert_eq!(statuses("The index fell 120 points to 4,800, or 9.4% lower."), vec![Status::Inconsistent]);
    assert_eq!(statuses("The index fell 120 points to 4,800, or 2.4% lower."), vec![Status::Consistent]);
}

#[test]
fn a_year_named_as_the_reference_must_be_the_sentence_befores() {
    // "four more than in 2019": the earlier value is 2019's; another
    // party's count in the sentence before is no end of it.
    let text = "The Greens won six seats. Labour took 21, four more than in 2019.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    // The sentence before names 2019: its count is the earlier value.
    assert_eq!(statuses("In 2019 Labour won 17 seats. This time it took 21, four more than in 2019."), vec![Status::Consistent]);
    assert_eq!(statuses("In 2019 Labour won 17 seats. This time it took 21, six more than in 2019."), vec![Status::Inconsistent]);
}

#[test]
fn a_concession_measures_another_quantity() {
    // ", although" and ", though" open a concession, whose difference is of
    // another quantity ("fewer stores were open"), not the size of the fall.
    for text in [
        "Sales fell to 88 from 120, although 25 fewer stores were open.",
        "Their tally of 88 is well down on the 120 they won last time, though there were 25 fewer events.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}");
    }
    assert_eq!(statuses("Sales fell to 88 from 120, a drop of 25."), vec![Status::Inconsistent]);
}

#[test]
fn a_tally_of_items_that_rose_and_fell_is_no_change() {
    // Each bracket is its count's share of the items, and "rose, 15" ends
    // the verb's clause: no count changed into another.
    for text in [
        "Of the 40 items, prices of 22 (55 percent) rose, 15 (37.5 percent) fell and 3 (7.5 percent) were flat.",
        "Among 60 towns, 35 (58.3 percent) gained residents, 25 (41.7 percent) lost them.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
    // A percentage in brackets after a change's amount is still its size.
    assert_eq!(statuses("The shares closed at $31.50, down $4.20 (21.00%)."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Waiting lists stand at 523,000, 41,000 (7.3%) lower than a year ago."), vec![Status::Consistent]);
}

#[test]
fn a_share_of_the_basket_before_a_verb_with_its_own_percentage_is_a_weight() {
    // 45.2 percent is food's weight in the basket; 8.1 percent is how much
    // its prices rose, compared with a rise of 9.4 percent in May.
    let text = "Food, which makes up 45.2 percent of the basket, rose 8.1 percent, against 9.4 percent in May.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    // With no percentage of its own after the verb, the share is the level.
    assert_eq!(statuses("In all 76.4 per cent of pupils passed, up from 76.0 per cent."), vec![Status::Consistent]);
}

#[test]
fn a_round_end_is_rounded_to_two_significant_figures_at_the_coarsest() {
    // Ends rounded to their leading digit would let a rise be anything
    // from nothing to 133%, and a green over that shows nothing.
    assert_eq!(statuses("The price rose to $300,000 from $200,000, an increase of 20%."), vec![Status::Inconsistent]);
    assert_eq!(statuses("The price rose to $300,000 from $200,000, an increase of 50%."), vec![Status::Consistent]);
    // Two significant figures still allow a writer's rounding of the ends.
    assert_eq!(statuses("Sales rose to 300,000 from 250,000, up 18%."), vec![Status::Consistent]);
    assert_eq!(statuses("The median rose to $417,000 from $390,000, up 7.1%."), vec![Status::Consistent]);
}

#[test]
fn a_round_end_beside_an_end_given_to_one_more_digit_is_given_to_that_digit() {
    // "$2 billion" beside "$2.1 billion" is 2.0 with its zero dropped, not
    // anything from 1.5 to 2.5.
    assert_eq!(statuses("Profit fell 20 percent to $2 billion from $2.1 billion."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Profit fell 5 percent to $2 billion from $2.1 billion."), vec![Status::Consistent]);
    assert_eq!(statuses("The jobless rate rose to 5% from 4.5%, up 0.9 points."), vec![Status::Inconsistent]);
    assert_eq!(statuses("The jobless rate rose to 5% from 4.5%, up 0.5 points."), vec![Status::Consistent]);
    // Ends written in different scales keep their own rounding.
    assert_eq!(statuses("Revenue rose 14.4% to Rs1.12 trillion from Rs981.73 billion."), vec![Status::Consistent]);
}

#[test]
fn ends_whose_hedges_leave_the_direction_open_confirm_no_direction() {
    assert!(statuses("Approvals rose to nearly 57,000 from about 54,000.").is_empty());
    assert!(statuses("Sales rose to about 48,000 from 46,500 a year earlier.").is_empty());
    assert_eq!(statuses("Approvals rose to 57,000 from 54,000."), vec![Status::Consistent]);
}

#[test]
fn a_change_in_brackets_is_its_own_levels_note() {
    // The bracket gives each province's change on a level the text does not
    // state; the national crop before is no earlier value of either.
    let text = "The board puts this season's barley crop at 24 MMT. Alberta will grow 3.4 MMT (up 0.6 MMT) and Quebec 1.3 MMT (down 0.2 MMT).";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
}

#[test]
fn a_threshold_after_or_is_no_change() {
    // "a grade B or above" names a band of grades, not a rise.
    let text = "Close to eight in 10 entries (81.4%) got a B or above, against around three quarters in the north (74.2% and 73.5% respectively).";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    // A real change beside such a band is still checked.
    assert_eq!(statuses("The share of pupils with grade 4 or above rose to 67.2% from 65.9%, up 2.3 points."), vec![Status::Inconsistent]);
}

#[test]
fn half_that_is_a_multiple_of_the_other_level() {
    // "against half that (£900m)": the earlier level is half the later,
    // not a change of a half.
    let text = "Receipts came to just under £1.8bn, against half that (£900m) a year earlier.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    assert_eq!(statuses("Sales rose by half, to £2.4bn from £2bn."), vec![Status::Inconsistent]);
}

#[test]
fn a_bare_change_after_a_share_is_the_share_s_change_in_points() {
    // "(28.4%, up 3.1)": the share and its change in points; the votes before
    // the bracket are no end of it.
    let text = "Greens 1,208 votes (28.4%, up 3.1), Labour 955 votes (22.5%, down 4.7).";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    // A change with a unit of its own is still the count's.
    assert_eq!(statuses("Greens won 1,208 votes, up 310 votes from 998."), vec![Status::Inconsistent]);
}

#[test]
fn a_difference_of_three_digits_and_zeros_may_be_rounded_from_exact_ends() {
    for (text, status) in [
        ("The budget of $24,561,830 is $213,000 more than last year's $24,348,912.", Status::Consistent),
        ("The budget of $24,561,830 is $230,000 more than last year's $24,348,912.", Status::Inconsistent),
        // One significant digit is no rounding a reader could check against.
        ("Sales rose by 200 to 1,450 from 1,200.", Status::Inconsistent),
    ] {
        assert_eq!(statuses(text), vec![status], "{text}");
    }
}

#[test]
fn a_change_exactly_at_the_next_digit_is_no_cut_of_the_one_below() {
    // 50 to 67 is exactly 34%: "33%" may be cut from 33.x, never from 34.
    assert_eq!(statuses("Injuries rose by 33%, to 67 from 50."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Injuries rose by 34%, to 67 from 50."), vec![Status::Consistent]);
}

#[test]
fn a_value_in_brackets_after_a_comparison_is_its_earlier_value_only() {
    // (31,700) is a year earlier's; April's is (46,805): no change runs
    // from one bracket to the other.
    let text = "In May 48,210 claims were lodged, 52% more than a year earlier (31,700) and 3% more than in April (46,805).";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_difference_is_told_in_whole_digits_when_the_text_groups_them_by_spaces() {
    let report = crate::check("Claims rose to 48 210 from 31 700, a rise of 16 000.", &crate::Options::default());
    assert_eq!(report.findings[0].message, "from 31 700 to 48 210 is a rise of 16,510, but the text says 16 000: a difference of 510");
}

#[test]
fn a_difference_in_full_digits_beside_a_level_in_millions_is_the_change() {
    // The rise is 20,000 on about 3.38 million: 0.6%, not 2.5%.
    assert_eq!(statuses("The agency issued 3.4 million permits, up 20,000, or 2.5%."), vec![Status::Inconsistent]);
    assert_eq!(statuses("The agency issued 3.4 million permits, up 20,000, or 0.6%."), vec![Status::Consistent]);
    // A small bare difference beside a level in crore may have lost its scale word.
    assert!(statuses("Revenue was Rs 2,300 crore, up Rs 40, or 2%.").is_empty());
}

#[test]
fn a_revision_in_brackets_is_no_part_of_the_change_told_before_it() {
    // The base was revised from one estimate to another: no fall is claimed.
    let text = "Growth ran 1.5 points above the quarter before (revised to -0.84 percent from -0.47 percent).";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    // "a revised $207,900" is still the earlier value.
    assert_eq!(statuses("The median rose to $316,200 from a revised $301,400, up 4.9%."), vec![Status::Consistent]);
}

#[test]
fn a_figure_in_a_comparisons_reference_is_no_later_value_of_the_next() {
    // Each percentage compares an unstated level with its own reference:
    // $840 million is no later value of a change from $750 million.
    let two_targets = "Receipts were 5% above the revised target of $840 million and 12% above the original target of $750 million.";
    assert!(statuses(two_targets).is_empty(), "{:?}", statuses(two_targets));
    let gapped = "May exports were 8.2 percent above April's $2.31 billion and imports 4.5 percent above $5.12 billion.";
    assert!(statuses(gapped).is_empty(), "{:?}", statuses(gapped));
    // A level stated before its comparison is still its later value.
    assert_eq!(statuses("Sales reached 2,390, 14% more than the 2,100 sold in 2023."), vec![Status::Consistent]);
}

#[test]
fn a_currency_priced_in_another_may_rise_as_its_price_falls() {
    // Pesos per dollar fall as the peso gains: no contradiction to report.
    let quoted = "The peso closed at 18.40 against the dollar. In early trade it had risen to 18.31 from 18.36.";
    assert!(statuses(quoted).is_empty(), "{:?}", statuses(quoted));
    // With no currency pair, a rise to a lower value is still flagged.
    assert_eq!(statuses("Sales had risen to 18.31 from 18.36 in early trade."), vec![Status::Inconsistent]);
}

#[test]
fn a_figure_named_by_an_expectation_is_no_end_of_the_change() {
    // 4.55 francs is what analysts expected, not a value the earnings had.
    let text = "Earnings were 4.10 francs a share, short of the 4.55-franc consensus but up 12.3% from 3.65 francs a year earlier.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    // An expectation after a comma leaves the end a value the quantity had.
    assert_eq!(statuses("Sales rose to 105, as expected, from 90."), vec![Status::Consistent]);
}

#[test]
fn a_bracketed_pair_of_levels_holds_the_later_first() {
    // "(13 in May against 25 a year before)": two levels, no amount.
    for text in [
        "The East saw the sharpest fall in closures, down 48 per cent (13 in May 2021 against 25 in May 2020).",
        "Sales were down 48 per cent (13 in May against 25 a year before).",
    ] {
        assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
    }
    assert_eq!(statuses("Sales were down 30 per cent (13 in May against 25 a year before)."), vec![Status::Inconsistent]);
}

#[test]
fn a_bracketed_from_to_pair_after_a_change_holds_its_ends() {
    // "(140.2 to 226.1)": the earlier level, then the later; "one" before
    // the verb is one of the ports, no level.
    let text = "Two ports grew fast: one grew 61.3% (140.2 million tonnes to 226.1 million tonnes), another 40.1% (100 million tonnes to 140.1 million tonnes).";
    assert!(statuses(text).contains(&Status::Consistent) && !statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    let slip = "Two ports grew fast: one grew 51.3% (140.2 million tonnes to 226.1 million tonnes).";
    assert_eq!(statuses(slip), vec![Status::Inconsistent]);
}

#[test]
fn another_holders_amount_after_than_is_no_earlier_value() {
    // Spain's sales are compared, not this market's last year; June's and
    // last year's are this quantity's own.
    let text = "Sales of new cars soared 21.5 percent to 3.10 million units, more than Spain's 2.60 million.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    assert_eq!(statuses("The count stood at 1.16 million, 20,000 more than June's 1.14 million."), vec![Status::Consistent]);
}

#[test]
fn the_numbers_of_a_ratio_are_no_ends_of_a_change() {
    let text = "Sales of electric vans rose 9%, meaning 2 in every 15 vans sold ran on batteries, against one in 12 a year earlier.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
}

#[test]
fn an_amount_before_more_than_is_no_earlier_value_of_the_comparison_before_it() {
    // $310m is by how much sales beat 2019, not the value the plan was.
    let text = "Sales came to $4.5bn, $120m below plan but $310m more than in 2019.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_count_of_what_a_rate_is_per_is_no_end_of_its_change() {
    // 380 counts the games the average is per; the earlier average is 2.4.
    let text = "Through 20 games, teams have averaged 2.9 goals per game, up 20% from last season, when the 380 games averaged 2.4 goals.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    assert_eq!(statuses("Teams have averaged 2.9 goals per game, up 20% from last season's 2.4."), vec![Status::Consistent]);
}

#[test]
fn a_comparison_ends_with_its_sentence_after_a_unit_abbreviated_with_a_stop() {
    // "MT." after a number closes the sentence: the next one's figure is no
    // later value of "more than the average".
    let text = "Oats may reach 6.40 MT, 1.15 MT more than the average of 5.25 MT. Rye is estimated at 2.10 MT.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_count_of_periods_before_a_change_noun_is_no_level() {
    // "six straight years" says how long the growth lasted.
    let text = "Sales fell after six straight years of growth: 41,220 cars were sold in 2012, against 39,810 in 2011.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    // The ends after it are still read.
    assert_eq!(statuses("Exports slid after three months of decline, to 1,240 from 1,310."), vec![Status::Consistent]);
}

#[test]
fn a_move_called_the_wrong_way_between_ends_far_apart_is_set_aside() {
    // One end more than half again the other: a misread pairing is likelier
    // than a word of direction slipped.
    for text in [
        "Profit rose to $25m from $40m.",
        "Sales fell to 3,289 from 1,900 a year earlier.",
        "The jobless rate rose to 1.2% from 1.8%.",
    ] {
        assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
    }
    // Near ends: the word is the slip.
    for text in ["Sales fell to 3,289 from 3,100 a year earlier.", "The jobless rate rose to 1.5% from 1.8%."] {
        assert_eq!(statuses(text), vec![Status::Inconsistent], "{text}");
    }
}

#[test]
fn an_expectation_named_past_who_expected_it_is_no_earlier_value() {
    // The expecting verb may come several words after the figure, past who
    // expected it.
    let text = "Net profit rose 8% to $2,730 million, against the $2,760 million a poll of analysts had forecast.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    // The same sentence with the earlier value the profit had is checked.
    let text = "Net profit rose 8% to $2,730 million, against $2,480 million a year earlier.";
    assert_eq!(statuses(text), vec![Status::Inconsistent]);
}

#[test]
fn a_modest_percentage_against_ends_twice_apart_is_a_misread_pairing() {
    // A stated change under a third says the ends are near; ends one twice
    // the other or more were misread.
    for text in ["Output fell 3.1% to 12 from 540.", "Sales rose 12% to 71,000 from 30,000."] {
        assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
    }
    // Near ends, or a stated change that is itself large, are still checked.
    for text in ["Output fell 3.1% to 520 from 540.", "Sales rose 40% to 300 from 100."] {
        assert_eq!(statuses(text), vec![Status::Inconsistent], "{text}");
    }
}

#[test]
fn a_figure_after_a_preposition_is_where_a_change_happened_not_its_size() {
    // "rose in 30 districts" counts districts; "rose 30" or "rose by 30"
    // sizes the move.
    for text in [
        "Thefts were recorded in 48 districts. Against 2022 they fell in 19 districts, held steady in another five and rose in 24 districts.",
        "Fares went up across 12 routes and fell in 40% of the others, the operator said.",
    ] {
        assert!(!statuses(text).contains(&Status::Inconsistent), "{text}: {:?}", statuses(text));
    }
    assert_eq!(statuses("Thefts rose 24 to 52 from 31."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Thefts rose by 21 to 52 from 31."), vec![Status::Consistent]);
}

#[test]
fn an_amount_after_by_sizes_the_change_however_far_from_its_verb() {
    // "by" marks the size of a move, even with a period between.
    assert_eq!(statuses("Injuries were up in 2021, by 43 to 412, against 375 the year before."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Injuries were up in 2021, by 37 to 412, against 375 the year before."), vec![Status::Consistent]);
}

#[test]
fn a_stated_percentage_is_held_to_each_ends_own_rounding() {
    // "$2.4 billion" may be $2.43 billion: 11% fits within its rounding.
    assert_eq!(statuses("Ticket sales rose 11% to $2.4 billion from $2.21 billion."), vec![Status::Consistent]);
    assert_eq!(statuses("Ticket sales rose 15% to $2.4 billion from $2.21 billion."), vec![Status::Inconsistent]);
    // A direction alone still reads the shorter end to the other's digits.
    assert_eq!(statuses("The jobless rate fell to 9% from 9.1%."), vec![Status::Consistent]);
}

#[test]
fn a_direction_against_its_ends_is_a_slip_only_when_the_stated_size_fits_them() {
    // The size the text gives is a second witness to the ends: when it
    // fits them the other way, only the word of direction slipped.
    for text in ["Exports fell 4.5% to $2.1 billion from $2.01 billion.", "Visitors fell by 120 to 860 from 740."] {
        assert_eq!(statuses(text), vec![Status::Inconsistent], "{text}");
    }
    // A size they fit in neither direction says the ends belong to
    // something else: the pairing is the likelier mistake.
    for text in [
        "Exports fell 4.5% to $2.1 billion from $1.6 billion.",
        "Visitors fell by 45 to 860 from 740.",
        "Sales were up 12%, from 610 to 540 units.",
    ] {
        assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
    }
}

#[test]
fn a_verb_of_motion_with_no_direction_takes_the_one_its_apposed_size_states() {
    // "went from A to B" says nothing of which way: the size after the ends
    // does, and is checked against them.
    for (text, status) in [
        ("Ferry crossings went from 212 to 187, down 11.8%.", Status::Consistent),
        ("Ferry crossings went from 212 to 187, down 15.8%.", Status::Inconsistent),
        ("Membership moved from 4,150 to 4,420, a 6.5% rise.", Status::Consistent),
        ("Membership moved from 4,150 to 4,420, a 9.5% rise.", Status::Inconsistent),
    ] {
        assert_eq!(statuses(text), vec![status], "{text}");
    }
    // Ends alone, or a verb of provenance, check nothing.
    for text in ["Ferry crossings went from 212 to 187.", "Delegates came from 14 countries, 3 more than planned."] {
        assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
    }
}

#[test]
fn a_percentage_in_brackets_after_the_ends_is_the_size_and_its_sign_the_direction() {
    for (text, status) in [
        ("Bus journeys went from 950 to 874 (-8%).", Status::Consistent),
        ("Bus journeys went from 950 to 874 (-12%).", Status::Inconsistent),
        ("Bus journeys went from 874 to 950 (+8.7%).", Status::Consistent),
        ("Rents climbed from £820 to £905 (10.4%).", Status::Consistent),
        ("Rents climbed from £820 to £905 (14%).", Status::Inconsistent),
    ] {
        assert_eq!(statuses(text), vec![status], "{text}");
    }
    // A share of a whole in brackets is no size of the change.
    let text = "Rents climbed from £820 to £905 (14% of the average wage).";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn a_percentage_and_a_comparative_after_the_ends_size_the_change() {
    assert_eq!(statuses("Landings fell from 2,310 to 2,195, 5% fewer."), vec![Status::Consistent]);
    assert_eq!(statuses("Landings fell from 2,310 to 2,195, 9% fewer."), vec![Status::Inconsistent]);
    // With "than" the comparative has a reference of its own.
    let text = "Landings fell from 2,310 to 2,195, 9% fewer than in the record year.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
}

#[test]
fn an_average_is_a_rounded_quotient_though_written_whole() {
    // 163.4 against 94.6 is a rise of 72.7%: the whole averages allow it.
    for text in [
        "Patients in intensive care averaged 163 a day last week, up 73% from 95 the week before.",
        "Intensive care held a daily average of 163 patients last week, up 73% from 95 the week before.",
    ] {
        assert_eq!(statuses(text), vec![Status::Consistent], "{text}");
    }
    // Counts are exact: 163 against 95 is a rise of 71.6%.
    assert_eq!(
        statuses("Intensive care admitted 163 patients last week, up 73% from 95 the week before."),
        vec![Status::Inconsistent]
    );
}

#[test]
fn a_whole_percentage_that_fits_only_cut_is_neither_passed_nor_flagged() {
    // 13,250 to 9,990 is a fall of 24.6%: "25%" rounds it, "24%" only cuts it.
    assert_eq!(statuses("Landings fell 25% from 13,250 to 9,990."), vec![Status::Consistent]);
    assert!(statuses("Landings fell 24% from 13,250 to 9,990.").is_empty());
    assert_eq!(statuses("Landings fell 23% from 13,250 to 9,990."), vec![Status::Inconsistent]);
    // A percentage with decimals, as market copy prints it, may be cut.
    // 44 of 6,550.2 is 0.67%, given cut as 0.6%.
    assert_eq!(statuses("The index lost 44.0 points, or 0.6%, to 6,506.2."), vec![Status::Consistent]);
}

#[test]
fn nearly_a_value_is_below_it_whatever_its_rounding() {
    // 3,120 to 2,610 is a fall of 16.35%: "nearly 16" is past it, "nearly 17" short of it.
    assert_eq!(statuses("Enrolments fell nearly 16 percent, from 3,120 to 2,610."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Enrolments fell nearly 17 percent, from 3,120 to 2,610."), vec![Status::Consistent]);
    assert_eq!(statuses("Enrolments fell almost 16.5 percent, from 3,120 to 2,610."), vec![Status::Consistent]);
}

#[test]
fn a_phrasal_verb_of_moving_reads_its_figure_past_a_hedge() {
    assert_eq!(statuses("Burglaries went down about 24% from 8,130 to 6,154."), vec![Status::Consistent]);
    assert_eq!(statuses("Burglaries went down about 14% from 8,130 to 6,154."), vec![Status::Inconsistent]);
}

#[test]
fn a_percentage_after_a_bare_comma_confirms_a_change_but_is_too_loose_to_flag() {
    // A results line's next column (a share of the vote) stands where the
    // change's size could: with no "or", a misfit is no contradiction.
    for text in ["The Greens: 40 seats, up 10, 9 per cent", "The index closed at 400 points, up 20, 9 per cent."] {
        assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
    }
    // A fitting one still confirms it, and "or" ties a misfit to the change.
    assert_eq!(statuses("The index closed at 400 points, up 20, 5.3 per cent."), vec![Status::Consistent]);
    assert_eq!(statuses("The index closed at 400 points, up 20, or 9 per cent."), vec![Status::Inconsistent]);
}

#[test]
fn up_to_before_a_time_says_until_when_not_which_way() {
    for text in [
        "Up to last Friday, 2,400 claims had been filed, against 2,900 a year earlier.",
        "Up to March, 410 homes were sold, compared with 520 last year.",
    ] {
        assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
    }
    // A verb that says which way still does, "up to" or not.
    assert_eq!(statuses("Claims rose to 2,400 last Friday from 2,900 a year earlier."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Claims went up to 2,400 last Friday from 2,900 a year earlier."), vec![Status::Inconsistent]);
}

#[test]
fn a_comparison_after_a_comma_reaches_back_over_its_clause_to_the_level() {
    // "640 patients, 25 more than the 615": the count and its noun, and any
    // time after them, stand between the level and the comparison.
    for (text, status) in [
        ("The clinic saw 640 patients, 25 more than the 615 it saw a year earlier.", Status::Consistent),
        ("The clinic saw 640 patients, 45 more than the 615 it saw a year earlier.", Status::Inconsistent),
        ("The board logged 867 complaints up to Monday, 40 more than the 842.", Status::Inconsistent),
    ] {
        assert_eq!(statuses(text), vec![status], "{text}");
    }
    // With no earlier value stated after "than", the level is not sought.
    let text = "The party won nine seats, five fewer than last time. Its rival won 60 seats.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
}

#[test]
fn a_figure_after_same_names_the_set_compared_not_a_value() {
    let text = "The league said 410,000 fans had attended the first 36 games, a 12 percent rise on the same 36 games last season.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    // Its ends stated, the change is checked as ever.
    let ends = "Attendance rose 12 percent to 410,000 from 366,000 in the same 36 games last season.";
    assert_eq!(statuses(ends), vec![Status::Consistent]);
}

#[test]
fn a_round_difference_may_be_given_to_two_significant_digits() {
    assert_eq!(statuses("There were 512 deaths, 300 fewer than the 811 of a year earlier."), vec![Status::Consistent]);
    // Not further: 341 is no 300, and 250 no 200.
    assert_eq!(statuses("There were 512 deaths, 300 fewer than the 853 of a year earlier."), vec![Status::Inconsistent]);
    assert_eq!(statuses("Sales rose by 200 to 1,450 from 1,200."), vec![Status::Inconsistent]);
}

#[test]
fn a_comparative_after_a_complete_change_compares_its_later_value_with_another() {
    let text = "The prize is up £40,000 to £2.31 million, slightly more than the £2.25m a rival earned last year.";
    assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    // "from" still gives the earlier value.
    assert_eq!(statuses("The prize is up £40,000 to £2.31 million from £2.27m."), vec![Status::Consistent]);
}

#[test]
fn a_level_with_a_change_of_its_own_is_set_beside_a_sized_change_not_its_start() {
    // The rival's $3.7 billion grew by its own 27%: no start of the 31%.
    let text = "The cloud unit earned $4.2 billion, up 31%, against $3.7 billion, up 27%, for its nearest rival.";
    assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    // A change not yet sized takes its size from the words after its start.
    assert_eq!(statuses("Imports climbed to $28.1 billion from $24.9 billion, up $3.2 billion."), vec![Status::Consistent]);
    assert_eq!(statuses("Imports climbed to $28.1 billion from $24.9 billion, up $4.2 billion."), vec![Status::Inconsistent]);
}
