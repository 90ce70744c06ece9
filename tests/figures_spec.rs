//! What `addsup::recognize` reads, case by case: one assertion per form of
//! figure the README's contract promises. Each case names the text, the
//! figure expected there and what must be true of it.

use addsup::figures::{Approx, Bound};
use addsup::{Figure, Kind, recognize};

/// The one figure whose text is `wanted` in `text`.
fn only(text: &str, wanted: &str) -> Figure {
    let figs = recognize(text);
    let hits: Vec<_> = figs.iter().filter(|f| f.text(text) == wanted).cloned().collect();
    assert_eq!(
        hits.len(),
        1,
        "expected one figure {wanted:?} in {text:?}, got {:?}",
        figs.iter().map(|f| (f.text(text), f.kind)).collect::<Vec<_>>()
    );
    hits.into_iter().next().unwrap()
}

fn value(text: &str, wanted: &str) -> f64 {
    only(text, wanted).value.unwrap_or_else(|| panic!("{wanted:?} has no value"))
}

#[test]
fn digits_in_every_notation_news_uses() {
    for (text, wanted, v) in [
        ("Russia launched 145 drones.", "145", 145.0),
        ("It cost 1,234 lives.", "1,234", 1234.0),
        ("A total of 1,234,567.89 was paid.", "1,234,567.89", 1_234_567.89),
        ("Turnout rose 0.5 points.", "0.5", 0.5),
        ("A ratio of .5 was seen.", ".5", 0.5),
        ("It fell to -7 overnight.", "-7", -7.0),
        ("It fell to −7 overnight.", "−7", -7.0),
        ("Some 40\u{202f}000 fled.", "40\u{202f}000", 40_000.0),
        ("Some 40\u{a0}000 fled.", "40\u{a0}000", 40_000.0),
    ] {
        assert_eq!(value(text, wanted), v, "{text}");
    }
}

#[test]
fn a_number_in_digits_goes_on_after_its_scale_only_in_digits_or_scales() {
    // "one year ago" is a period: the number ends at its scale word.
    let text = "Profit fell to $171 million from $497 million one year ago.";
    assert_eq!(value(text, "$497 million"), 497e6);
    assert_eq!(value("Some 2 billion 300 million people.", "2 billion 300 million"), 2.3e9);
    assert_eq!(value("Revenue was Rs 4.78 lakh crore.", "Rs 4.78 lakh crore"), 4.78e12);
    // In words, a scale word still goes on with a smaller number.
    assert_eq!(value("Two million one hundred people came.", "Two million one hundred"), 2_000_100.0);
}

#[test]
fn number_words_with_scales_and_fractions() {
    for (text, wanted, v) in [
        ("There were ninety-nine of them.", "ninety-nine", 99.0),
        ("They found two hundred and forty-one bodies.", "two hundred and forty-one", 241.0),
        ("About one and a half hundred drones flew.", "one and a half hundred", 150.0),
        ("A dozen were hurt.", "A dozen", 12.0),
        ("A couple of drones fell.", "A couple of", 2.0),
        ("Nearly half voted.", "half", 0.5),
        ("A third of homes lost power.", "A third", 1.0 / 3.0),
        ("Two-thirds of voters agreed.", "Two-thirds", 2.0 / 3.0),
        ("Three quarters of staff left.", "Three quarters", 0.75),
        ("A quarter of a million people marched.", "A quarter of a million", 250_000.0),
    ] {
        let f = only(text, wanted);
        assert_eq!(f.value, Some(v), "{text}");
        assert!(f.in_words, "{text}");
    }
}

#[test]
fn vague_plurals_are_lower_bounds() {
    for (text, wanted, least) in [
        ("Dozens were hurt.", "Dozens", 24.0),
        ("Hundreds fled.", "Hundreds", 200.0),
        ("Thousands marched.", "Thousands", 2000.0),
    ] {
        let f = only(text, wanted);
        assert_eq!((f.approx, f.bound, f.min), (Some(Approx::Vague), Some(Bound::AtLeast), Some(least)), "{text}");
    }
}

#[test]
fn scaled_amounts_keep_their_precision() {
    let f = only("Some 1.5 million fled.", "1.5 million");
    assert_eq!((f.value, f.precision), (Some(1_500_000.0), Some(100_000.0)));
    assert_eq!(value("It raised $3bn.", "$3bn"), 3e9);
    assert_eq!(value("It raised £4.5m.", "£4.5m"), 4.5e6);
    assert_eq!(value("Debt hit 3.5 trillion.", "3.5 trillion"), 3.5e12);
    assert_eq!(value("Sales of 1.2bn.", "1.2bn"), 1.2e9);
    assert_eq!(value("A 10k run.", "10k"), 10_000.0);
    // A scale joined by a hyphen, as an adjective, is still the number's.
    assert_eq!(value("A $5-billion deal was signed.", "$5-billion"), 5e9);
    assert_eq!(value("Of the 62-lakh electorate, half voted.", "62-lakh"), 6.2e6);
    let f = only("The 2.5-million-strong army.", "2.5-million");
    assert_eq!((f.value, f.precision), (Some(2_500_000.0), Some(100_000.0)));
}

#[test]
fn percentages_and_percentage_points() {
    for (text, wanted) in
        [("It rose 45%.", "45%"), ("It rose 45 per cent.", "45 per cent"), ("It rose 45 percent.", "45 percent")]
    {
        let f = only(text, wanted);
        assert_eq!((f.kind, f.value, f.precision), (Kind::Percent, Some(45.0), Some(1.0)), "{text}");
    }
    let points = only("Support fell 3 percentage points.", "3 percentage points");
    assert_eq!((points.kind, points.value), (Kind::Points, Some(3.0)));
}

#[test]
fn money_keeps_its_currency() {
    for (text, wanted, code, v) in [
        ("It cost $5.", "$5", "USD", 5.0),
        ("It cost US$5.", "US$5", "USD", 5.0),
        ("It cost £5.", "£5", "GBP", 5.0),
        ("It cost €5.", "€5", "EUR", 5.0),
        ("It cost ₴5.", "₴5", "UAH", 5.0),
        ("It cost ₽5.", "₽5", "RUB", 5.0),
        ("It cost 5 dollars.", "5 dollars", "USD", 5.0),
        ("It cost 5 euros.", "5 euros", "EUR", 5.0),
        ("It cost 5 hryvnias.", "5 hryvnias", "UAH", 5.0),
        ("It cost 5 roubles.", "5 roubles", "RUB", 5.0),
        ("A loan of USD 5 million.", "USD 5 million", "USD", 5e6),
        // The shilling of East African copy, glued or spaced.
        ("She took home Sh2.4 million.", "Sh2.4 million", "KES", 2.4e6),
        ("Fares rose to KSh 150.", "KSh 150", "KES", 150.0),
        ("A fine of Ksh50,000 was paid.", "Ksh50,000", "KES", 50_000.0),
        // The rand, glued and before a scale word, its thousands spaced or not.
        ("Profit reached R7.3 billion.", "R7.3 billion", "ZAR", 7.3e9),
        ("Sales of R6 150 million were reported.", "R6 150 million", "ZAR", 6.15e9),
    ] {
        let f = only(text, wanted);
        assert_eq!((f.kind, f.currency, f.value), (Kind::Money, Some(code), Some(v)), "{text}");
    }
}

#[test]
fn measures_keep_their_unit() {
    for (text, wanted, unit) in [
        ("It is 19 miles away.", "19 miles", "mile"),
        ("It is 30 km away.", "30 km", "km"),
        ("It is 30 kilometres away.", "30 kilometres", "km"),
        ("It is 30 kilometers away.", "30 kilometers", "km"),
        ("A wall 30 metres high.", "30 metres", "m"),
        ("A wall 30 feet high.", "30 feet", "foot"),
        ("A 30 kg bag.", "30 kg", "kg"),
        ("30 tonnes of grain.", "30 tonnes", "tonne"),
        ("30 litres of fuel.", "30 litres", "litre"),
        ("It reached 30°C.", "30°C", "°C"),
        ("It reached 86°F.", "86°F", "°F"),
        ("30 hectares burned.", "30 hectares", "hectare"),
        ("30 acres burned.", "30 acres", "acre"),
        ("30 square kilometres burned.", "30 square kilometres", "km²"),
        ("30 square miles burned.", "30 square miles", "sq mi"),
    ] {
        let f = only(text, wanted);
        let stated: f64 = wanted.chars().take_while(char::is_ascii_digit).collect::<String>().parse().unwrap();
        assert_eq!((f.kind, f.unit, f.value), (Kind::Measure, Some(unit), Some(stated)), "{text}");
    }
}

#[test]
fn ranges_give_min_and_max() {
    for (text, wanted) in [
        ("Between 20 and 30 died.", "Between 20 and 30"),
        ("Some 20-30 died.", "20-30"),
        ("Some 20 to 30 died.", "20 to 30"),
        ("From 20 to 30 people came.", "From 20 to 30"),
    ] {
        let f = only(text, wanted);
        assert_eq!((f.kind, f.value, f.min, f.max), (Kind::Range, None, Some(20.0), Some(30.0)), "{text}");
    }
    // A change is not a range: both figures stay, for the change check,
    // however many words stand between the verb and "from" in its clause.
    for text in [
        "Prices rose from 20 to 30.",
        "Prices rose 50 per cent over the year, from 20 to 30.",
        "Prices rose by half in 2024, from 20 to 30.",
    ] {
        let figures: Vec<_> = recognize(text).into_iter().filter(|f| f.kind != Kind::Year).collect();
        assert!(figures.iter().all(|f| f.kind != Kind::Range), "{text}");
        assert_eq!(figures.iter().rev().take(2).map(|f| f.text(text)).collect::<Vec<_>>(), ["30", "20"], "{text}");
    }
    // A year and a count with its thousands grouped are no range: the year
    // dates the count before it.
    let text = "Paying visits to the zoo fell 8 per cent last year, from 412,760 visitors in 2011 to 389,105 in 2012.";
    assert_eq!(only(text, "2011").kind, Kind::Year);
    assert_eq!(only(text, "389,105").kind, Kind::Number);
    // A verb of change in the sentence before opens no change here.
    let f = only("Prices rose. Ages ranged from 20 to 30 among those hurt.", "from 20 to 30");
    assert_eq!(f.kind, Kind::Range);
}

#[test]
fn hedges_stay_beside_the_figure_and_bounds_inside_it() {
    for (hedge, approx) in [
        ("about", Approx::About),
        ("around", Approx::About),
        ("roughly", Approx::About),
        ("approximately", Approx::About),
        ("some", Approx::About),
        ("an estimated", Approx::About),
        ("nearly", Approx::Nearly),
        ("almost", Approx::Nearly),
        ("just over", Approx::JustOver),
    ] {
        let text = format!("They said {hedge} 300 were hurt.");
        let f = only(&text, "300");
        assert_eq!(f.approx, Some(approx), "{hedge}");
        assert_eq!(f.hedge.map(|h| h.of(&text)), Some(hedge));
    }
    for (bound, b) in [
        ("up to", Bound::AtMost),
        ("as many as", Bound::AtMost),
        ("at least", Bound::AtLeast),
        ("more than", Bound::MoreThan),
        ("over", Bound::MoreThan),
        ("fewer than", Bound::LessThan),
        ("less than", Bound::LessThan),
        ("under", Bound::LessThan),
    ] {
        let text = format!("They said {bound} 300 were hurt.");
        let f = only(&text, &format!("{bound} 300"));
        assert_eq!((f.bound, f.value), (Some(b), Some(300.0)), "{bound}");
    }
    let half = only("More than half voted.", "More than half");
    assert_eq!((half.bound, half.value), (Some(Bound::MoreThan), Some(0.5)));
}

#[test]
fn over_after_a_verb_of_extent_names_a_place_and_bounds_nothing() {
    // "spread over 28 districts" names the 28 districts; "over 30 villages"
    // alone is more than 30.
    for verb in ["spread", "scattered", "distributed", "stretched"] {
        let text = format!("The damage was {verb} over 28 districts.");
        let f = only(&text, "28");
        assert_eq!((f.bound, f.value), (None, Some(28.0)), "{verb}");
    }
    let f = only("Over 30 villages lost power.", "Over 30");
    assert_eq!(f.bound, Some(Bound::MoreThan));
}

#[test]
fn up_to_after_a_verb_of_movement_is_the_level_reached_not_a_bound() {
    // "went up to 6,210" reaches 6,210; "up to 6,210" alone is at most 6,210.
    for verb in ["went", "climbed", "crept", "edged", "ticked"] {
        let text = format!("The count {verb} up to 6,210 by noon.");
        let f = only(&text, "6,210");
        assert_eq!((f.bound, f.value), (None, Some(6210.0)), "{verb}");
    }
    let f = only("Up to 6,210 may have fled.", "Up to 6,210");
    assert_eq!(f.bound, Some(Bound::AtMost));
}

#[test]
fn an_age_band_is_one_span_and_its_upper_end_no_count() {
    for (text, band, lo, hi) in [
        ("Women aged 25 to 29 saw the steepest fall.", "aged 25 to 29", 25.0, 29.0),
        ("Men aged 35-39 led.", "aged 35-39", 35.0, 39.0),
    ] {
        let f = only(text, band);
        assert_eq!((f.kind, f.unit, f.min, f.max), (Kind::Range, Some("year"), Some(lo), Some(hi)), "{text}");
    }
    let f = only("He died aged 87 on Monday.", "aged 87");
    assert_eq!((f.kind, f.value), (Kind::Measure, Some(87.0)));
}

#[test]
fn every_number_of_a_list_after_aged_is_an_age_until_one_names_what_it_counts() {
    let text = "The children, aged two, five and 11, were treated.";
    for (said, value) in [("aged two", 2.0), ("five", 5.0), ("11", 11.0)] {
        let f = only(text, said);
        assert_eq!((f.kind, f.unit, f.value), (Kind::Measure, Some("year"), Some(value)), "{said}");
    }
    // "12 others" counts people: the list of ages ended at the comma.
    let f = only("A man aged 40, and 12 others were hurt.", "12");
    assert_eq!((f.kind, f.value), (Kind::Number, Some(12.0)));
}

#[test]
fn the_two_quarters_are_periods_and_three_quarters_of_a_whole_a_fraction() {
    // "between the two quarters": two periods, no fraction of one half.
    let f = only("Sales rose between the two quarters.", "two");
    assert_eq!((f.kind, f.value), (Kind::Number, Some(2.0)));
    let f = only("Three quarters of voters agreed.", "Three quarters");
    assert_eq!(f.value, Some(0.75));
}

#[test]
fn tens_with_a_plural_s_are_a_span_of_ages_or_degrees() {
    // "in her 60s" is 60 to 69, no count of sixty.
    let f = only("A woman in her 60s was hurt.", "60s");
    assert_eq!((f.kind, f.value, f.min, f.max), (Kind::Range, None, Some(60.0), Some(69.0)));
    let f = only("Highs were in the 80s all week.", "80s");
    assert_eq!((f.min, f.max), (Some(80.0), Some(89.0)));
}

#[test]
fn a_number_before_and_older_is_an_age_not_a_count() {
    // "those 18 and older" bounds a group of people by age; "those 18"
    // counts them.
    for tail in ["and older", "or older", "and younger", "or younger"] {
        let text = format!("Most of those 18 {tail} agree.");
        let f = only(&text, "18");
        assert_eq!((f.kind, f.unit), (Kind::Measure, Some("year")), "{tail}");
    }
    let f = only("Most of those 18 agree.", "18");
    assert_eq!(f.kind, Kind::Number);
}

#[test]
fn precision_is_the_place_of_the_last_stated_digit() {
    assert_eq!(only("145 drones", "145").precision, Some(1.0));
    assert_eq!(only("It was 49% in all.", "49%").precision, Some(1.0));
    assert_eq!(only("It was 43.67% in all.", "43.67%").precision, Some(0.01));
    assert_eq!(only("Some 1.5 million fled.", "1.5 million").precision, Some(100_000.0));
    assert_eq!(only("Some three hundred fled.", "three hundred").precision, Some(100.0));
}

#[test]
fn non_quantities_are_labelled_not_dropped() {
    for (text, wanted, kind) in [
        ("It began in 2022.", "2022", Kind::Year),
        ("It began in early 2022.", "2022", Kind::Year),
        ("It began in the 1990s.", "1990s", Kind::Year),
        ("The 2012-13 season.", "2012-13", Kind::Year),
        ("On November 25, 2024 it rained.", "November 25, 2024", Kind::Date),
        ("On 25/11/2024 it rained.", "25/11/2024", Kind::Date),
        ("At 11:41 it rained.", "11:41", Kind::Time),
        ("The 21st attack.", "21st", Kind::Ordinal),
        ("The second city.", "second", Kind::Ordinal),
        ("It was the third.", "third", Kind::Ordinal),
        ("An S-400 missile.", "S-400", Kind::Identifier),
        ("A Su-34 jet.", "Su-34", Kind::Identifier),
        ("An F-16 jet.", "F-16", Kind::Identifier),
        ("During COVID-19 lockdowns.", "COVID-19", Kind::Identifier),
        ("Jabs for over-16s began.", "over-16s", Kind::Identifier),
        ("Half of under-5s were seen.", "under-5s", Kind::Identifier),
        ("The under-18 side won.", "under-18", Kind::Identifier),
        ("The S&P 500 rose 0.4%.", "P 500", Kind::Identifier),
        ("The FTSE 100 added 100.5 points.", "FTSE 100", Kind::Identifier),
        ("The Nikkei 225 fell 225 points.", "Nikkei 225", Kind::Identifier),
        ("A Boeing 737 landed.", "Boeing 737", Kind::Identifier),
        ("On Route 66 today.", "Route 66", Kind::Identifier),
        ("Under Article 5 of the treaty.", "Article 5", Kind::Identifier),
        ("The G7 met.", "G7", Kind::Identifier),
        // A capital R and digits with no scale word after: a road or model.
        ("Take the R40 north.", "R40", Kind::Identifier),
        ("A 5G mast.", "5G", Kind::Identifier),
        ("Call +44 20 7946 0958 now.", "+44 20 7946 0958", Kind::Identifier),
        ("From 192.168.1.2 it came.", "192.168.1.2", Kind::Identifier),
        ("See page 3 for more.", "page 3", Kind::Identifier),
        ("She went 14-of-15 from the line.", "14-of-15", Kind::Identifier),
    ] {
        assert_eq!(only(text, wanted).kind, kind, "{text}");
    }
    assert_eq!(only("The 2012-13 season.", "2012-13").max, Some(2013.0));
    assert_eq!(only("The 1998-9 season.", "1998-9").max, Some(1999.0));
}

#[test]
fn a_year_and_the_next_joined_by_a_slash_are_a_span_of_years() {
    // A fiscal or school year; a fraction is never written "2005/06".
    for (text, wanted, min, max) in [
        ("Exports in 2005/06 grew.", "2005/06", 2005.0, 2006.0),
        ("The 1999/00 accounts were late.", "1999/00", 1999.0, 2000.0),
        ("The 2005/2006 budget.", "2005/2006", 2005.0, 2006.0),
        ("Arrests peaked in 1996/7 and fell.", "1996/7", 1996.0, 1997.0),
    ] {
        let f = only(text, wanted);
        assert_eq!((f.kind, f.min, f.max), (Kind::Year, Some(min), Some(max)), "{text}");
    }
    // Years that do not follow one another are no span, and fractions stay.
    assert_ne!(recognize("In 2005/07 it grew.").first().map(|f| f.kind), Some(Kind::Year));
    // No year closes a decade written by its last digit alone.
    assert!(recognize("In 2009/0 it grew.").iter().all(|f| f.max != Some(2010.0)));
    assert_eq!(value("Some 3/4 of voters agreed.", "3/4"), 0.75);
}

#[test]
fn digits_after_a_scale_and_and_start_another_number() {
    let text = "It cost 40 million and 24 people lost their jobs.";
    assert_eq!(value(text, "40 million"), 40e6);
    assert_eq!(value(text, "24"), 24.0);
    // In words, or after "hundred", "and" goes on into the same number.
    assert_eq!(value("I count 6 crore and two hundred.", "6 crore and two hundred"), 60_000_200.0);
    assert_eq!(value("We had 3 hundred and 21 of them.", "3 hundred and 21"), 321.0);
}

#[test]
fn a_number_joined_to_a_plural_noun_names_a_kind_and_counts_nothing() {
    for text in [
        "He made both of his three-pointers.",
        "She hit four 3-pointers.",
        "The firm sells two-wheelers and one-liners.",
    ] {
        let read: Vec<_> = recognize(text).iter().map(|f| f.text(text).to_owned()).collect();
        assert!(
            read.iter()
                .all(|t| !t.contains("three") && !t.starts_with('3') && !t.contains("two") && !t.contains("one")),
            "{text}: {read:?}"
        );
    }
    assert_eq!(value("She hit four 3-pointers.", "four"), 4.0);
    // A compound that counts is singular, and "three-quarters" is a fraction.
    assert_eq!(value("A five-member panel met.", "five"), 5.0);
    assert_eq!(value("Three-quarters of voters agreed.", "Three-quarters"), 0.75);
}

#[test]
fn single_hyphened_to_a_noun_is_an_adjective_but_a_single_vote_counts_one() {
    for text in [
        "The bloc fell short of a single-party majority in the new chamber.",
        "Growth slowed to single-digit rates last quarter.",
        "A single-engine plane landed on the beach.",
    ] {
        assert!(recognize(text).iter().all(|f| f.value != Some(1.0)), "{text}: {:?}", recognize(text));
    }
    assert_eq!(value("The bill passed by a single vote.", "single"), 1.0);
}

#[test]
fn one_as_a_pronoun_is_no_figure_but_one_drone_is() {
    for text in ["He is one of the most senior officials.", "It is the one that works.", "Which one do you prefer?"] {
        assert!(recognize(text).iter().all(|f| f.value != Some(1.0)), "{text}: {:?}", recognize(text));
    }
    assert_eq!(value("One UAV flew into Belarusian airspace.", "One"), 1.0);
    // A thing had, its noun said before: "had one," is no count.
    let had = "In 2022, 48.5 of every 1,000 drivers had one, compared with 30.2 in 2018.";
    assert!(recognize(had).iter().all(|f| f.value != Some(1.0)), "{:?}", recognize(had));
    assert_eq!(value("The club had one win all season.", "one"), 1.0);
}

#[test]
fn a_figure_restated_in_brackets_is_one_figure() {
    let f = only("It took forty-five (45) days.", "forty-five (45)");
    assert_eq!(f.value, Some(45.0));
}

#[test]
fn a_letter_glued_to_digits_is_a_temperature_only_where_it_reads_as_one() {
    let text = "It hit 40C (104F) in the shade.";
    assert_eq!((only(text, "40C").kind, only(text, "40C").unit), (Kind::Measure, Some("°C")));
    assert_eq!(only(text, "104F").unit, Some("°F"));
    assert_eq!(only("The 13F filing was late.", "13F").kind, Kind::Identifier);
    assert_eq!(only("An AZAL Embraer 190 landed.", "Embraer 190").kind, Kind::Identifier);
}

#[test]
fn decimal_commas_are_read_from_the_digits_or_from_the_text() {
    // A comma before one, two or four or more digits can only be a decimal comma.
    for (text, wanted, v) in [
        ("Unemployment rose 12,75 percent.", "12,75 percent", 12.75),
        ("Inflation reached 3,89% in March.", "3,89%", 3.89),
        ("The index gained 0,5 points.", "0,5", 0.5),
        ("The ratio was 1,2345 in the model.", "1,2345", 1.2345),
    ] {
        assert_eq!(value(text, wanted), v, "{text}");
    }
    // In a text that writes its decimals with commas, a comma before three
    // digits is a decimal too, and points group thousands.
    let text = "Exports rose 4,25 percent to 1.250.000 tonnes; imports fell 2,375 percent.";
    assert_eq!(value(text, "2,375 percent"), 2.375);
    assert_eq!(value(text, "1.250.000 tonnes"), 1_250_000.0);
    // A text that writes decimals with points keeps its commas for thousands.
    let text = "Prices rose 2.5 percent and 3,250 homes were sold.";
    assert_eq!(value(text, "3,250"), 3250.0);
}

#[test]
fn spaces_group_thousands_but_never_join_two_numbers() {
    for (text, wanted, v) in [
        ("A total of 3 415 candidates sat the exam.", "3 415", 3415.0),
        ("Some 251 708 ballots were cast.", "251 708", 251_708.0),
        ("Some 18\u{202f}250 homes lost power.", "18\u{202f}250", 18_250.0),
        ("It fell to 1 204 017 people.", "1 204 017", 1_204_017.0),
        ("In 2019 37 500 people moved.", "37 500", 37_500.0),
    ] {
        assert_eq!(value(text, wanted), v, "{text}");
    }
    // A year, a date or a run of short numbers is never a group.
    let cases: [(&str, &[&str]); 4] = [
        ("In 2019 64 people moved.", &["2019", "64"]),
        ("On June 4 310 people moved.", &["June 4", "310"]),
        ("The judges gave 88 104 95 and 90.", &["88", "104", "95", "90"]),
        ("By 14 6 rescuers had arrived.", &["14", "6"]),
    ];
    for (text, parts) in cases {
        let found: Vec<&str> = recognize(text).iter().map(|f| f.text(text)).collect();
        for part in parts {
            assert!(found.contains(part), "{part:?} in {text:?}: {found:?}");
        }
    }
}

#[test]
fn indian_grouping_and_units() {
    for (text, wanted, v) in [
        ("The fund holds 3,50,000 rupees.", "3,50,000 rupees", 350_000.0),
        ("The plan costs Rs 4,317 crore.", "Rs 4,317 crore", 43_170_000_000.0),
        ("About 7 lakh people applied.", "7 lakh", 700_000.0),
        ("Sales reached Rs 1.2 lakh crore.", "Rs 1.2 lakh crore", 1.2e12),
    ] {
        assert_eq!(value(text, wanted), v, "{text}");
    }
}

#[test]
fn mixed_fractions_are_one_number() {
    for (text, wanted, v) in
        [("The shift lasted 7 3/4 hours.", "7 3/4 hours", 7.75), ("Shares rose 2 1/8 points.", "2 1/8", 2.125)]
    {
        assert_eq!(value(text, wanted), v, "{text}");
    }
}

#[test]
fn neighbouring_figures_are_neither_fused_nor_hedged_across_a_line() {
    // A scaled figure with decimals takes no digits after its scale.
    let text = "Sales hit $2.5 million 120 days after launch.";
    assert_eq!(value(text, "$2.5 million"), 2_500_000.0);
    assert_eq!(value(text, "120 days"), 120.0);
    // A hedge at the end of a line hedges nothing on the next.
    let text = "Prices were about\n$3.5 million in all.";
    let f = only(text, "$3.5 million");
    assert_eq!(f.approx, None, "{f:?}");
}
