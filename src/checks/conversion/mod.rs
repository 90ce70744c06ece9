//! `conversion`: a measure given in two units must convert.
//!
//! "78 kilometers (48 miles)": 78 km is 48.5 miles. "50°F (10°C)": (50 −
//! 32) × 5/9 = 10. A converted figure is rounded to about the precision of
//! the original, so each side may be off by half the place value of its
//! last non-zero digit ("3,000 feet (900 meters)" is 914 m to the hundred).

use crate::text::is_letter;
use super::Check;
use super::format::{Measure, difference, fmt, fmt_value, text};
use super::relation::Certainty;
use super::verdict::{Wording, finding, role, verdict};
use crate::figures::significant_slack;
use crate::figures::{Bound, Interval};
use crate::mentions::Doc;
use crate::report::{Finding, Role};
use find::unit_scale;

mod clock;
pub(crate) mod find;

pub const ID: &str = "conversion";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "one measure in two units",
    #[cfg(test)]
    example: "\"19 miles (30 km)\"",
    roles: &[Role::Original, Role::Converted],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Conversion {
    pub original: usize,
    pub converted: usize,
    /// The original's unit when it is borrowed from a later figure ("1,500
    /// (460 meters) to 2,500 feet").
    pub original_unit: &'static str,
    pub converted_unit: &'static str,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, check);
    clock::check(doc, out);
}

fn check(doc: &Doc, c: &Conversion) -> Option<Finding> {
    let (u1, u2) = (unit_scale(c.original_unit)?, unit_scale(c.converted_unit)?);
    let (f1, o1, f2, o2) = (u1.factor, u1.offset, u2.factor, u2.offset);
    let (original, converted) = (&doc.figures[c.original], &doc.figures[c.converted]);
    // "up to 115 mph (185.1 kph)": a bound belongs to the measure, in
    // either unit; the conversion is of the number.
    let a = unbounded(original)?;
    let b = unbounded(converted)?;
    // A figure given to a decimal was worked out from the figure it
    // converts, taken at its word: "3 km (1.9 miles)" converts 3 km, not
    // anything from 2.5 to 3.5 km a round 3 could stand for, and "3,000
    // feet (914.4 m)" converts 3,000 feet to the foot. Only a hedge ("about
    // 2 km") widens it.
    // "105 mph (165 km/h)": two whole numbers that both end in 5 are each
    // rounded to the nearest five, as a speed first given in knots is in
    // storm reports, so each may be off by 2.5 (half a unit of its own
    // rounding and 2 more). (A figure ending in 0 already allows its ten.)
    let fives = [original, converted].iter().all(|f| f.value.is_some_and(|v| v >= 10.0 && crate::text::rem(v, 10.0) == 5.0));
    let slack = |v: f64| if fives { significant_slack(v).max(2.0) } else { significant_slack(v) };
    // A whole number's slack is its own rounding, not added to it: "222
    // km/h" is anything from 221.5 to 222.5, and "139 mph" the rounding of
    // one of those values converted, which none is (137.6 to 138.3 mph).
    let a = if stated_to_a_decimal(doc, c.converted) {
        // "12.6 inches (319.3 mm)", "221 pounds (100.44 kg)": the original
        // may itself be the rounding of the precise measure in brackets
        // (100.44 kg is 221.4 lb), so it stands for half its last digit
        // either way; a whole number only from 100 up, where half a unit
        // is a rounding a writer makes ("2 km (1.5 miles)" rounds 2.4 km
        // by a sixth).
        let whole = original.value >= Some(100.0);
        let decimal = original.precision.filter(|p| *p < 1.0 || *p == 1.0 && whole).map_or(0.0, |p| p / 2.0);
        if original.approx.is_some() { a } else { Interval::closed(original.value?, original.value?).widen(decimal) }
    } else {
        a.reach(original.value?, slack(original.value?))
    };
    // "more than 11 kilometres (7.1 miles)": the figure in brackets may
    // convert the exact value past the floor, up to a step of the floor's
    // last non-zero digit. ("up to 150 mph (230.5 km/h)" still converts
    // the 150.)
    // The bracket is a floor too, and may be cut to its digits: "more than
    // 680 mm (26 inches)" holds of 26.8 inches.
    let floor = matches!((original.bound, converted.bound), (Some(Bound::MoreThan | Bound::AtLeast), None));
    let a = if floor { Interval { hi: a.hi + 2.0 * significant_slack(original.value?), ..a } } else { a };
    // One in the last digit written: "4.0 miles" is given to the tenth.
    // "14 feet (4.25 meters)": a value in quarters may be rounded to the
    // nearest quarter, as some wire styles do (14 feet is 4.27 m).
    let quarters = converted.value.is_some_and(|v| (v * 4.0).fract() == 0.0 && v.fract() != 0.0);
    let b = match converted.precision.filter(|p| *p < 1.0) {
        Some(p) if quarters => b.widen((p / 2.0).max(0.125)),
        Some(p) => b.widen(p / 2.0),
        None => b.reach(converted.value?, slack(converted.value?)),
    };
    let b = if floor { Interval { hi: b.hi.max(converted.value? + converted.precision.unwrap_or(1.0)), ..b } } else { b };
    // original → base → converted unit
    let converted = a.affine(f1, o1).affine(1.0 / f2, -o2 / f2);
    let v = verdict(&converted, &b);
    let compared = speaks_of_a_comparison(doc, c);
    if !v.consistent && o1 != o2 && compared && verdict(&a.affine(f1 / f2, 0.0), &b).consistent {
        return None;
    }
    let exact = (doc.figures[c.original].value? * f1 + o1 - o2) / f2;
    let expected = format!(
        "{} {} is {} {}",
        fmt(doc.figures[c.original].value?),
        plural(c.original_unit),
        fmt_value(exact),
        plural(c.converted_unit)
    );
    // Measured from the exact conversion, not the middle of the widened one.
    let difference = difference(doc, Measure::Like(c.converted), (exact - doc.figures[c.converted].value?).abs());
    let message = if v.consistent {
        format!("{expected}, which fits {}", text(doc, c.converted))
    } else {
        format!("{expected}, but the text gives {}: a difference of {difference}", text(doc, c.converted))
    };
    let figures = vec![role(doc, c.original, Role::Original), role(doc, c.converted, Role::Converted)];
    let reported = text(doc, c.converted).to_owned();
    finding(ID, Certainty::Stated, v, figures, Wording { message, expected, reported, difference })
}

/// "3.6°F (2°C) warmer than average": a difference of temperatures
/// converts without the offset; where its sentence speaks of a comparison
/// ("warmer", "above", "the average", "the warmest year at 1.1°C (2°F)"),
/// a pair that fits as one is no slip ("104°F (40°C)" alone is a
/// temperature, and 104 × 5/9 the slip of a forgotten offset).
fn speaks_of_a_comparison(doc: &Doc, c: &Conversion) -> bool {
    let original = &doc.figures[c.original];
    let (first, last) = (doc.word_at(original.span.start), doc.word_at(doc.figures[c.converted].span.end));
    let (s0, s1) = doc.mention(c.original).map_or((first, last + 1), |m| doc.sentence_words(m.sentence));
    // Up to 24 words either way of the pair within its sentence, and
    // always the 3 words before it and the 4 after.
    let from = first.saturating_sub(24).max(s0.min(first.saturating_sub(3)));
    let to = (last + 24).min(s1.max(last + 4));
    (from..to).any(|k| CUES.class_of::<Cue>(doc.word(k)).is_some())
}

/// The one class of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// "warmer", "above", "average": words of a comparison.
    Comparison,
}

impl crate::mentions::lexicon::Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        (name == "comparison").then_some(Cue::Comparison)
    }
}

// build.rs tables `cues.txt` as `tabled::<FOLDER>_CUES`.
static CUES: super::relation::CueWords = super::relation::CueWords::new(crate::mentions::lexicon::tabled::CONVERSION_CUES);

/// The values a figure allows with its rounding and hedge, without the
/// bound ("up to", "more than") it shares with its conversion.
fn unbounded(figure: &crate::figures::Figure) -> Option<Interval> {
    if figure.bound.is_none() {
        return figure.interval();
    }
    let plain = crate::figures::Figure { bound: None, min: None, max: None, ..figure.clone() };
    plain.interval()
}

/// Whether a figure is written with decimals: "209.2", "914.4".
fn stated_to_a_decimal(doc: &Doc, figure: usize) -> bool {
    doc.figures[figure].precision.is_some_and(|p| p < 1.0)
}

/// A unit's name for a message: symbols as they are, words in the plural.
fn plural(unit: &str) -> String {
    match unit {
        "foot" => "feet".into(),
        "inch" => "inches".into(),
        "century" => "centuries".into(),
        // Abbreviations stay as they are: "60 mph", "5 tbsp".
        "mph" | "tbsp" | "tsp" | "keV" | "MeV" | "GeV" | "TeV" | "kHz" | "MHz" | "GHz" | "kWh" | "MWh" | "GWh"
        | "TWh" => unit.into(),
        u if u.len() > 2 && u.chars().all(is_letter) && !u.ends_with('s') => format!("{u}s"),
        u => u.into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::significant_slack;
    use crate::checks::testing::findings_of;
    use crate::report::Status;

    fn status(text: &str) -> Vec<Status> {
        findings_of(text, super::ID).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn significant_slack_reads_trailing_zeros_as_rounding() {
        assert_eq!(significant_slack(900.0), 50.0);
        assert_eq!(significant_slack(48.0), 0.5);
        assert!((significant_slack(54.4) - 0.05).abs() < 1e-9);
        assert_eq!(significant_slack(3280.0), 5.0);
    }

    #[test]
    fn right_and_wrong_conversions() {
        let ok = findings_of("The quake struck 78 kilometers (48 miles) east of the city.", super::ID);
        assert!(ok.iter().all(|f| f.0 == Status::Consistent), "{ok:?}");
        let bad = findings_of("The quake struck 78 kilometers (68 miles) east of the city.", super::ID);
        assert!(bad.iter().all(|f| f.0 == Status::Inconsistent), "{bad:?}");
    }

    #[test]
    fn the_sides_of_an_area_convert_in_order() {
        // "A by B (C by D)": A converts to C and B to D, not B to C.
        let both = "The warehouse measured 90 feet by 30 feet (27 meters by 9 meters) before the fire.";
        assert_eq!(status(both), vec![Status::Consistent, Status::Consistent]);
        let bare = "The barn, 50 by 20 feet (15 by 6 meters), burned to the ground.";
        assert_eq!(status(bare), vec![Status::Consistent, Status::Consistent]);
        // A side that does not convert is still caught, on its own side.
        let wrong = "The warehouse measured 90 feet by 30 feet (27 meters by 19 meters) before the fire.";
        let found = findings_of(wrong, super::ID);
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Consistent, Status::Inconsistent]);
        assert_eq!(found[1].1, vec!["30 feet".to_owned(), "19 meters".to_owned()], "{found:?}");
        // A single measure before its bracket is unchanged.
        assert_eq!(status("The wall is 30 feet (9 meters) high."), vec![Status::Consistent]);
    }

    #[test]
    fn a_conversion_to_a_decimal_holds_the_original_to_its_digits() {
        // 3,000 ft is 914.4 m; a round 3,000 would allow 900 m, but not 920.5.
        assert_eq!(status("The ridge rises 3,000 feet (914.4 m) above the lake."), vec![Status::Consistent]);
        assert_eq!(status("The ridge rises 3,000 feet (920.5 m) above the lake."), vec![Status::Inconsistent]);
        assert_eq!(status("The ridge rises 3,000 feet (900 m) above the lake."), vec![Status::Consistent]);
        // 140 mph is 225.3 km/h: no rounding of 143 gives it.
        assert_eq!(status("Gusts reached 143 mph (225.3 km/h) at the coast."), vec![Status::Inconsistent]);
        assert_eq!(status("Gusts reached 140 mph (225.3 km/h) at the coast."), vec![Status::Consistent]);
        assert_eq!(status("Gusts reached about 140 mph (225 km/h) at the coast."), vec![Status::Consistent]);
        // A converted figure given to the unit keeps the original's rounding.
        assert_eq!(status("Gusts reached about 140 mph (230 km/h) at the coast."), vec![Status::Consistent]);
    }

    #[test]
    fn a_conversion_to_a_decimal_converts_the_original_as_written() {
        // 5 km is 3.11 miles: 3.6 comes from no reading of "5 km" a writer converts.
        assert_eq!(status("The village is just 5 kilometers (3.6 miles) from the river."), vec![Status::Inconsistent]);
        assert_eq!(status("The village is just 5 kilometers (3.1 miles) from the river."), vec![Status::Consistent]);
        // The converted figure may be one off in its last digit: 7 km is 4.35 miles.
        assert_eq!(status("The village is 7 kilometers (4.4 miles) away."), vec![Status::Consistent]);
        // A trailing zero is a digit written: 5.0 miles is no conversion of 7.2 km (4.47 miles).
        assert_eq!(status("The quake struck at a depth of 7.2 km (5.0 miles)."), vec![Status::Inconsistent]);
        // A hedge on the original widens it again.
        assert_eq!(status("The village is about 3 kilometers (2.1 miles) away."), vec![Status::Consistent]);
    }

    #[test]
    fn an_original_may_be_the_rounding_of_the_precise_figure_in_brackets() {
        // 319.3 mm is 12.57 inches, written 12.6: the rain was measured in
        // millimetres and the inches rounded from them.
        assert_eq!(status("The gauge caught 12.6 inches (319.3 mm) of rain."), vec![Status::Consistent]);
        assert_eq!(status("The hailstone was 4.1 inches (103.4 mm) across."), vec![Status::Consistent]);
        // Half a tenth of an inch is 1.27 mm: 330.3 mm is far outside it.
        assert_eq!(status("The gauge caught 12.6 inches (330.3 mm) of rain."), vec![Status::Inconsistent]);
        assert_eq!(status("The trail is 5.5 miles (8.0 km) long."), vec![Status::Inconsistent]);
        // A whole number may be the rounding of a measure given to a
        // decimal: 68.15 kg is 150.2 lb and 77.31 kg 170.4 lb (150 lb is
        // 68.04 kg, 170 lb 77.11 kg); 68.5 kg is 151.0 lb.
        assert_eq!(status("The sturgeon weighed 150 pounds (68.15 kg)."), vec![Status::Consistent]);
        assert_eq!(status("The boxer weighed in at 170 lb (77.31 kg)."), vec![Status::Consistent]);
        assert_eq!(status("The sturgeon weighed 150 pounds (68.5 kg)."), vec![Status::Inconsistent]);
        // Below 100, half a unit is too coarse a rounding to assume: 4.3 km
        // (2.7 miles) is not written 4 km, nor 5.6 feet five.
        assert_eq!(status("The camp lies 4 km (2.7 miles) inland."), vec![Status::Inconsistent]);
        assert_eq!(status("A surge of five feet (1.7 metres) is forecast."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_conversion_in_quarters_may_round_to_the_nearest_quarter() {
        // 14 feet is 4.27 m: a style that rounds metres to quarters gives 4.25.
        assert_eq!(status("Waves of 14 feet (4.25 meters) battered the pier."), vec![Status::Consistent]);
        assert_eq!(status("The river rose 6 feet (1.75 meters) overnight."), vec![Status::Consistent]);
        // 6 feet is 1.83 m: no quarter near it is 2.25.
        assert_eq!(status("The river rose 6 feet (2.25 meters) overnight."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_dash_opening_a_bracket_is_a_minus_sign() {
        // "(- 50°F)": a space after the sign keeps the number negative.
        assert_eq!(status("The station logged -45.6°C (- 50°F) overnight."), vec![Status::Consistent]);
        assert_eq!(status("The station logged -45.6°C (- 60°F) overnight."), vec![Status::Inconsistent]);
    }

    #[test]
    fn whole_numbers_are_each_allowed_their_own_rounding_once() {
        // 212 km/h is 131.7 mph: 132 is its rounding, 131 the rounding of
        // 211.5 km/h (131.4 mph), 133 the rounding of no reading of 212.
        assert_eq!(status("Gusts of 212 km/h (132 mph) were recorded."), vec![Status::Consistent]);
        assert_eq!(status("Gusts of 212 km/h (131 mph) were recorded."), vec![Status::Consistent]);
        assert_eq!(status("Gusts of 212 km/h (133 mph) were recorded."), vec![Status::Inconsistent]);
        // The same in the other order: 47 miles is 75.6 km, 74 is out of reach.
        assert_eq!(status("The convoy drove 47 miles (76 km) north."), vec![Status::Consistent]);
        assert_eq!(status("The convoy drove 47 miles (74 km) north."), vec![Status::Inconsistent]);
    }

    #[test]
    fn two_figures_ending_in_five_are_each_rounded_to_the_nearest_five() {
        // 90 knots is 103.6 mph and 166.7 km/h: given as 105 and 165.
        assert_eq!(status("Winds reached 105 mph (165 km/h) overnight."), vec![Status::Consistent]);
        assert_eq!(status("Winds reached 165 km/h (105 mph) overnight."), vec![Status::Consistent]);
        // Off by more than two roundings to five, it is still a finding.
        assert_eq!(status("Winds reached 105 mph (185 km/h) overnight."), vec![Status::Inconsistent]);
        // A figure ending in 0 keeps its own rounding: 185 mph is 297.7 km/h.
        assert_eq!(status("Winds reached 185 mph (290 km/h) overnight."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_bound_is_shared_by_both_units() {
        // 150 mph is 241.4 km/h; "up to" bounds both, and 230.5 is no conversion of 150.
        assert_eq!(status("The storm brought winds of up to 150 mph (230.5 km/h)."), vec![Status::Inconsistent]);
        assert_eq!(status("The storm brought winds of up to 150 mph (241.4 km/h)."), vec![Status::Consistent]);
        assert_eq!(status("The storm brought winds of more than 150 mph (240 km/h)."), vec![Status::Consistent]);
    }

    #[test]
    fn a_conversion_may_follow_a_comma_and_or() {
        assert_eq!(status("The truck fell about 300 feet, or 90 meters, into the river."), vec![Status::Consistent]);
        assert_eq!(status("The truck fell about 300 feet, or 150 meters, into the river."), vec![Status::Inconsistent]);
        // Another measure after ", or" is no conversion.
        assert!(status("The march covered 12 miles, or 40% of the route.").is_empty());
    }

    #[test]
    fn explained_a_conversion_names_its_bracket_and_units_that_do_not_convert_are_set_aside() {
        use crate::report::explain::{SetAside, Tie};
        let explain = crate::Options { explain: true, ..Default::default() };
        let text = "The quake struck 78 kilometers (48 miles) east of the city.";
        let report = crate::check(text, &explain);
        let found = report.findings.iter().find(|f| f.rule == super::ID).expect("a conversion");
        assert_eq!(found.explanation[0].tie, Tie::StatedCue);
        assert_eq!(found.explanation[0].quote.map(|q| q.of(text)), Some("("));
        let report = crate::check("The storm brought 30 mm (2 mph winds) overnight.", &explain);
        assert!(report.findings.iter().all(|f| f.rule != super::ID));
        let reasons: Vec<SetAside> = report.rejected.iter().filter(|r| r.rule == super::ID).map(|r| r.reason).collect();
        assert_eq!(reasons, vec![SetAside::Units]);
    }

    #[test]
    fn every_unit_of_a_converted_dimension_the_recogniser_knows_converts() {
        // Knots, cups and barrels are the recogniser's units as much as
        // miles: the check reads their sizes from the same table.
        assert_eq!(status("Winds reached 40 knots (74 km/h) overnight."), vec![Status::Consistent]);
        assert_eq!(status("Winds reached 40 knots (84 km/h) overnight."), vec![Status::Inconsistent]);
        assert_eq!(status("Add 2 cups (480 ml) of stock."), vec![Status::Consistent]);
        assert_eq!(status("The tank holds 500 barrels (89,500 litres)."), vec![Status::Inconsistent]);
        // A "ton" may be a tonne or 2,000 lb: it converts nothing.
        assert!(status("The ship carried 5,000 tons (5,000 tonnes) of grain.").is_empty());
    }

    #[test]
    fn units_are_named_as_a_reader_writes_them() {
        assert_eq!(super::plural("mile"), "miles");
        assert_eq!(super::plural("foot"), "feet");
        assert_eq!(super::plural("mph"), "mph");
        assert_eq!(super::plural("km/h"), "km/h");
        assert_eq!(super::plural("century"), "centuries");
    }

    #[test]
    fn a_missed_conversion_gives_the_difference_in_the_stated_unit() {
        let found = crate::checks::testing::problems_of("The plane flew 40 miles (90 km) before landing.", super::ID);
        assert_eq!(
            found,
            vec![(
                "40 miles is about 64.4 km, but the text gives 90 km: a difference of about 25.6 km".to_owned(),
                "about 25.6 km".to_owned()
            )]
        );
    }

    #[test]
    fn differences_bounds_and_parts_of_a_unit_convert_as_such() {
        // A difference of temperatures converts without the offset, beside
        // words of comparison; alone, the forgotten offset is a slip.
        assert!(status("Last month was 5.4°F (3°C) warmer than the long-term average.").is_empty());
        assert!(status("The sea was 2.7 degrees Fahrenheit (1.5 degrees Celsius) above normal.").is_empty());
        assert_eq!(status("The high reached 113°F (63°C) on Monday."), vec![Status::Inconsistent]);
        // The comparison may stand anywhere in the sentence.
        assert!(status("Against the old average, the hottest summer on record stood at 1.3°C (2.34°F).").is_empty());
        assert!(status("The warmest year so far was 2019, at 0.95°C (1.71°F) over the baseline.").is_empty());
        // The bracket may convert the exact value a bound rounds.
        assert_eq!(status("The canyon is more than 13 kilometres (8.4 miles) long."), vec![Status::Consistent]);
        assert_eq!(status("Gusts of up to 141 mph (222.4 kph) were recorded."), vec![Status::Inconsistent]);
        // A floor's bracket is a floor, cut to its digits or rounded.
        assert_eq!(status("More than 430mm (16 inches) of rain fell overnight."), vec![Status::Consistent]);
        assert_eq!(status("More than 430mm (15 inches) of rain fell overnight."), vec![Status::Inconsistent]);
        // "of an inch" is a part of an inch, not one.
        assert!(status("Rain fell at 35 hundredths of an inch (9mm) an hour.").is_empty());
    }

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(super::CUES.faults::<super::Cue>(), (vec![], vec![]));
    }
}
