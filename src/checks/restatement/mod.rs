//! `restatement`: the same quantity stated twice must agree within its
//! hedges.
//!
//! "152 drones" and later "about one and a half hundred drones": "about"
//! reaches a tenth either side (135–165 here), which holds 152.
//! Restatements are recorded only when they hold: two sources or two
//! moments may give different counts, and the text need not say so. A
//! headline and the first count of its kind in the story's first paragraph
//! are one figure told twice, and are flagged (as a warning) when they
//! differ: "78 people killed in floods" over "At least 79 people were
//! killed".

use super::Check;
use super::format::{Measure, difference, fmt_interval, text};
use super::relation::{Certainty, NumberWord};
use super::verdict::{finding, interval, role, verdict, word_interval, word_role, Wording};
use crate::mentions::Doc;
use crate::report::{Finding, Role};

mod find;

pub const ID: &str = "restatement";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "the same quantity stated twice",
    #[cfg(test)]
    example: "145 and \"about one and a half hundred\"",
    roles: &[Role::Original, Role::Restated],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Restatement {
    pub first: usize,
    pub second: usize,
    pub certainty: Certainty,
}

/// A share in words restated as a percentage: "a fifth, or 21 per cent".
#[derive(Clone, Debug, PartialEq)]
pub struct FractionRestated {
    pub fraction: NumberWord,
    pub percent: usize,
}

/// What the finder proposes, in the order found.
pub(crate) enum Found {
    Quantity(Restatement),
    Fraction(FractionRestated),
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    super::find_then_check(doc, out, find::find, |doc, found| match found {
        Found::Quantity(r) => check_quantity(doc, r),
        Found::Fraction(r) => check_fraction(doc, r),
    });
}

fn check_fraction(doc: &Doc, r: &FractionRestated) -> Option<Finding> {
    let a = word_interval(&r.fraction);
    let b = interval(doc, r.percent)?;
    let v = verdict(&a, &b);
    let (ta, tb) = (r.fraction.span.of(doc.text), text(doc, r.percent));
    let expected = format!("{ta} is {}", fmt_interval(doc, &a, &Measure::Percent));
    let difference = difference(doc, Measure::Percent, v.off);
    let message = if v.consistent {
        let allowed = fmt_interval(doc, &a, &Measure::Percent);
        format!("{ta} and {tb} state the same share: {ta} allows {allowed}, which holds {tb}")
    } else {
        format!(
            "{ta} and {tb} state the same share but do not agree: {ta} allows {}, a difference of {difference}",
            fmt_interval(doc, &a, &Measure::Percent)
        )
    };
    let figures = vec![word_role(&r.fraction, Role::Original), role(doc, r.percent, Role::Restated)];
    finding(ID, Certainty::Inferred, v, figures, Wording { message, expected, reported: tb.to_owned(), difference })
}

fn check_quantity(doc: &Doc, r: &Restatement) -> Option<Finding> {
    let a = interval(doc, r.first)?;
    let b = interval(doc, r.second)?;
    let v = verdict(&a, &b);
    // "615 dead … the toll of 270": one figure more than half again the
    // other is likelier another quantity than the same one said again (a
    // writer restating slips by a digit or a word, landing near).
    if !v.consistent && super::verdict::far_apart(&a, &b) {
        doc.set_aside(ID, &[r.first, r.second], crate::report::explain::SetAside::Unsure, None);
        return None;
    }
    let (ta, tb) = (text(doc, r.first), text(doc, r.second));
    let expected = format!("{ta} allows {}", fmt_interval(doc, &a, &Measure::Like(r.first)));
    let difference = difference(doc, Measure::Like(r.first), v.off);
    let what = doc.mention(r.first).and_then(|m| m.noun).map(|n| format!(" {}", n.of(doc.text))).unwrap_or_default();
    let message = if v.consistent {
        // Say it from the side of the looser figure.
        let (loose, loose_iv, loose_figure, exact) =
            if a.hi - a.lo >= b.hi - b.lo { (ta, a, r.first, tb) } else { (tb, b, r.second, ta) };
        format!(
            "{ta} and {tb}{what} state the same quantity: {loose} allows {}, which holds {exact}",
            fmt_interval(doc, &loose_iv, &Measure::Like(loose_figure))
        )
    } else {
        format!(
            "{ta} and {tb}{what} state the same quantity, {difference} apart, and nothing marks either as earlier"
        )
    };
    // One figure restated as itself ("58 seats … 58 seats") confirms nothing.
    let same_figure = v.consistent && a == b;
    let figures = vec![role(doc, r.first, Role::Original), role(doc, r.second, Role::Restated)];
    finding(ID, r.certainty, v, figures, Wording { message, expected, reported: tb.to_owned(), difference })
        .map(|f| Finding { informative: !same_figure, ..f })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{findings_of, statuses_of};
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    #[test]
    fn a_conversion_in_brackets_restates_only_the_measure_before_it() {
        // 160 kph and 80 kph convert the winds and the gusts: two measures.
        let text = "The storm struck land near Pelotas, south of Porto Alegre, on Sunday, bringing winds over 95 mph (153 kph) and very heavy rain. In Porto Alegre gusts topped 48 mph (77 kph) while heavy rain flooded the airport.";
        assert_eq!(statuses(text), vec![]);
    }

    #[test]
    fn a_headline_and_its_lede_state_one_figure() {
        // The story opens with the headline's count again: they must agree.
        let slip = "78 people killed as floods sweep northern province\n\nAt least 79 people were killed and 40 injured when floods swept the province on Monday.";
        assert_eq!(statuses(slip), vec![Status::Inconsistent]);
        let same = "78 people killed as floods sweep northern province\n\nAt least 78 people were killed and 40 injured when floods swept the province on Monday.";
        assert_eq!(statuses(same), vec![Status::Consistent]);
        // A first line that ends a sentence is no headline; later counts are no lede.
        let not_headline = "78 people were killed as floods swept the north.\n\nAt least 79 people were killed on Monday.";
        assert_eq!(statuses(not_headline), vec![]);
        let later = "Floods sweep northern province\n\nAt least 79 people were killed on Monday. Last year 78 people were killed.";
        assert_eq!(statuses(later), vec![]);
    }

    #[test]
    fn the_pieces_of_a_compound_duration_are_no_measures_of_their_own() {
        // A time in hours, minutes and seconds is one quantity; a gap to a
        // rival in minutes and seconds is another.
        let race = "The winner, Ada Okafor, ran the course in two hours, eight minutes and 51 seconds. Grace Mensah was third, four minutes and 37 seconds behind Ada Okafor.";
        assert!(statuses(race).is_empty(), "{:?}", statuses(race));
    }

    #[test]
    fn near_counts_of_different_kinds_of_people_are_two_counts() {
        // Civilians and soldiers are other people, however near the numbers.
        let text = "At least 9 civilians were killed on Monday when gunmen attacked a base. In a gunfight later, 10 soldiers were killed.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // A word for anyone may restate a count of a kind of people.
        let anyone = "At least 9 civilians were killed on Monday when gunmen attacked a base. By evening 10 people had died.";
        assert_eq!(statuses(anyone), vec![Status::Consistent]);
    }

    #[test]
    fn a_toll_in_a_place_named_after_a_modifier_is_that_places() {
        // "in neighbouring Bero": the toll of one town, a part of the whole.
        let text = "The confirmed death toll from the landslides climbed to 610 on Monday. Alba recorded 290 deaths, and in neighbouring Bero the toll rose to 250.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn the_base_of_a_ratio_counts_nothing() {
        // "1 in 10 nurses" and "eight out of ten nurses" are two ratios,
        // not ten nurses said twice.
        let text = "Only 1 in 10 nurses trust the plan. In another survey, eight out of ten nurses backed the strike.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn a_bound_with_a_far_figure_in_brackets_restates_nothing() {
        // "More than half (150)": a share in words beside a count; only a
        // hedged value near its bracket is said again.
        assert!(statuses("More than half (150) of the 400 delegates backed the motion.").is_empty());
        assert!(statuses("More than a third (95) of the 650 members are new.").is_empty());
        assert_eq!(statuses("Some 400 (427) drones were sent."), vec![Status::Consistent]);
    }

    #[test]
    fn the_whole_a_part_is_stated_of_is_no_restatement_of_that_part() {
        // "at least 77 of the 81": the part says the 77 again; the 81 aboard
        // are another quantity, though "at least 77" would allow 81.
        let text = "The crash killed at least 77 people, officials said. At least 77 of the 81 people on board died.";
        let found = findings_of(text, super::ID);
        assert!(found.iter().all(|f| !f.1.contains(&"81".to_owned())), "{found:?}");
        // A whole said again as the whole is still one quantity.
        let again = "The plane carried 81 people. At least 77 of the 81 people on board died.";
        assert_eq!(statuses(again), vec![Status::Consistent]);
    }

    #[test]
    fn counts_of_different_kinds_of_one_thing_restate_nothing() {
        // Silver and bronze are both medals, but no medal is both.
        assert!(statuses("France won 12 silver medals. Italy won 12 bronze medals.").is_empty());
        assert!(statuses("Officials counted about 40 silver medals. Later they counted 45 bronze medals.").is_empty());
        // The same kind said again, or once without its kind, is one count.
        assert_eq!(statuses("Russia launched 145 attack drones. The 145 attack drones came from the south."), vec![Status::Consistent]);
        assert_eq!(statuses("Russia launched 145 drones. The 145 attack drones came from the south."), vec![Status::Consistent]);
    }

    #[test]
    fn people_with_a_fate_and_people_without_one_are_two_counts() {
        // The dead and those aboard are different counts of people.
        for text in [
            "At least 30 people died. The ferry had sailed with 34 passengers.",
            "Officials said 38 people in all were on the coach. A lawmaker said at least 33 citizens were on board.",
        ] {
            assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
        }
        // The same number said again, or a running toll, still restates.
        assert_eq!(statuses("Thirty people died in the crash. The 30 people were pilgrims."), vec![Status::Consistent]);
        assert_eq!(statuses("At least 40 people died in the fire. The toll rose to 44 dead."), vec![Status::Consistent]);
    }

    #[test]
    fn a_hedged_restatement_holds_within_its_hedge() {
        let text = "The army said 152 drones were fired overnight. In all, about one and a half hundred drones crossed the border, the governor wrote.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
        let text = "Russia hit Ukraine overnight with nearly 400 drones, officials said. The air force said the attack involved 391 drones.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn a_headline_and_a_body_that_disagree_are_flagged_as_a_warning() {
        let found = findings_of(
            "Ferry disaster has so far claimed 61 lives\nRescuers recovered five more bodies on Saturday, bringing the death toll to 57, the coast guard said.",
            super::ID,
        );
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent], "{found:?}");
    }

    #[test]
    fn a_figure_more_than_half_again_the_other_is_another_quantity() {
        // Said again, a figure slips by a digit or a word and lands near.
        let body = "\nRescuers recovered five more bodies on Saturday, bringing the death toll to 57, the coast guard said.";
        for headline in ["Ferry disaster has so far claimed 161 lives", "Ferry disaster has so far claimed 90 lives"] {
            let found = findings_of(&format!("{headline}{body}"), super::ID);
            assert!(found.is_empty(), "{headline}: {found:?}");
        }
        let found = findings_of(&format!("Ferry disaster has so far claimed 66 lives{body}"), super::ID);
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), vec![Status::Inconsistent], "{found:?}");
    }

    #[test]
    fn counts_of_sentences_that_share_no_date_are_of_two_times() {
        let two_years = "The Centre Party won 120 seats in 2019, officials said. Polls published in 2023 projected 120 seats for it again.";
        assert!(statuses(two_years).is_empty(), "{:?}", statuses(two_years));
        let two_days = "Some 45 people were killed in a bombing on March 4. A similar attack on May 9 also killed 45 people.";
        assert!(statuses(two_days).is_empty(), "{:?}", statuses(two_days));
        // A night from one date to the next shares a date with either.
        let one_night = "The ministry said on May 3 that 105 drones had been shot down. From 11 p.m. on May 2 to 7 a.m. on May 3, 105 drones were brought down over six regions.";
        assert_eq!(statuses(one_night), vec![Status::Consistent]);
    }

    #[test]
    fn a_toll_with_more_of_its_own_beside_it_is_a_part_of_the_toll() {
        // "at least three more" may still be found: the 38 is no toll said again.
        let text = "Rescuers recovered two more bodies on Sunday, bringing the confirmed dead to 41. The coast guard put the body count at 38, but said body parts found on board may account for at least three more.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn tolls_of_two_periods_are_two_tolls() {
        let text = "Floods have so far claimed 61 lives, the agency said.\nLast year, floods brought the death toll to 57, the agency said.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let explain = crate::Options { explain: true, ..Default::default() };
        let reasons: Vec<_> =
            crate::check(text, &explain).rejected.iter().filter(|r| r.rule == super::ID).map(|r| r.reason).collect();
        assert_eq!(reasons, vec![crate::report::explain::SetAside::OtherPeriod]);
    }

    #[test]
    fn a_toll_that_joins_the_dead_with_another_fate_is_no_toll_of_the_dead() {
        let text = "Across the region the number of dead and missing rose to 9,400, the agency said.\nOfficials put the death toll at 3,150 on Monday.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let text = "The storm has so far claimed 61 lives.\nThe number of dead or injured reached 240 by Sunday, the agency said.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // "and" after a noun that names no fate opens another clause.
        let text = "Floods have reached 30 districts, affecting nearly 4,300 people and killing 15.\nThe agency said 4,287 people were affected.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
        // The dead alone, twice, are still one toll.
        let text = "Across the region the number of dead rose to 9,400, the agency said.\nOfficials put the death toll at 9,150 on Monday.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_hedged_figure_restated_exactly_in_brackets() {
        let ok = "By March almost 30 percent (29.6 percent) of adults had been vaccinated.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "By March almost 30 percent (32.6 percent) of adults had been vaccinated.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
        // An exact figure with another in brackets may give the year before.
        let quiet = "Pre-tax profit was £5.2m (£4.1m), the company said.";
        assert!(statuses(quiet).is_empty(), "{:?}", statuses(quiet));
    }

    #[test]
    fn a_measure_is_known_by_its_unit() {
        let text = "A 42,000-acre blaze rages in the hills above the town. By Thursday the fire had burned through 42,000 acres, officials said.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn a_hedged_round_figure_and_an_exact_count_of_another_fate_are_two_quantities() {
        // Nearly 300 launched and 297 destroyed are not one quantity.
        let text = "Russia launched nearly 300 drones overnight, officials said. Air defences destroyed 297 drones, the air force said.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let explain = crate::Options { explain: true, ..Default::default() };
        let report = crate::check(text, &explain);
        let reasons: Vec<_> = report.rejected.iter().filter(|r| r.rule == super::ID).map(|r| r.reason).collect();
        assert_eq!(reasons, vec![crate::report::explain::SetAside::OtherThing]);
        // Said of one barrage both ways, they are.
        let text = "Russia launched nearly 300 drones overnight, officials said. In all, Russia launched 297 drones, the air force said.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn a_fraction_restated_as_a_percentage_must_agree() {
        let ok = "Reported burglaries went up by a fifth, or 21 per cent, to 2.4 million.";
        assert_eq!(statuses(ok), vec![Status::Consistent]);
        let bad = "Reported burglaries went up by a fifth, or 31 per cent, to 2.4 million.";
        assert_eq!(statuses(bad), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_toll_of_one_place_is_a_part_of_the_whole_toll() {
        let text = "Storm death toll climbs to 31\nThe governor put the deaths in her state at 22, and nine people died across the border.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let text = "Eighty more deaths took the toll to 4,210. The northern province recorded 12 more deaths, taking its toll to 3,980.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let text = "The death toll in the Rift Valley reached 40 on Monday.\nHeavy rain has so far claimed 52 lives, officials said.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // Two tolls of the whole still disagree.
        let text = "Storm death toll climbs to 31\nThe governor put the death toll at 22 on Monday.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_part_or_another_group_is_no_count_restated() {
        // "including about 1,300 children" is a part of the missing.
        let text = "Floods left 2,400 people missing, including about 1,300 children. Rescuers said 1,380 children were found.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // "26 other people" are others than the 27.
        let text = "A bus crash in the hills killed 27 people on Friday. At least 26 other people were hurt, police said.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let text = "A bus crash in the hills killed 27 people on Friday. At least 26 people lost their lives, police said.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
        // "17 more" are others than the 17 before; "380 others" said first
        // may be said again.
        let text = "Rebels freed 17 hostages on Monday. On Tuesday they released 17 more hostages.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let text = "The quake killed 71 people and injured 380 others. Officials said 380 people were hurt.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn a_toll_of_dead_and_missing_is_no_death_toll() {
        let text = "The total of dead and missing would come to nearly 15,000. The agency put the number of known dead at 6,210.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn counts_of_different_months_are_no_restatement() {
        // Two months' counts, however alike, are two counts.
        for text in [
            "Fewer than 150 people died on the roads in June. In May, there were 138 deaths.",
            // A month named in its own sentence outweighs the period carried into it.
            "Fewer than 150 people died on the roads in June, the fourth such month this year. In May, there were 138 deaths.",
            "Police recorded 412 burglaries in March. During April the force logged about 420 burglaries.",
        ] {
            assert_eq!(statuses(text), Vec::<Status>::new(), "{text}");
        }
        // The same month said twice is still one count.
        let text = "Police recorded 412 burglaries in March. In March, about 400 burglaries were reported.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }
    #[test]
    fn counts_of_different_places_are_no_restatement() {
        // The place named after each count's noun sets them apart.
        for text in [
            "The insurer logged about 90 flood claims in the Hudson Valley. It logged 90 flood claims in New Jersey as well.",
            "Some 300 homes were flooded in North Yorkshire. Another report put it at 300 homes in West Yorkshire.",
        ] {
            assert_eq!(statuses(text), Vec::<Status>::new(), "{text}");
        }
        // The same place, or a count named without one, is one count.
        let text = "The insurer logged about 90 flood claims in New Jersey. It logged 92 flood claims in New Jersey by noon.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }
    #[test]
    fn changes_against_different_years_are_no_restatement() {
        let text = "Police logged 42% more robberies than 2021, the report said. Assaults fell, though there were still 42% more robberies than 2020.";
        assert_eq!(statuses(text), Vec::<Status>::new(), "{text}");
        // Against the same year, the change is said again.
        let text = "Police logged 42% more robberies than 2021, the report said. That leaves 42% more robberies than 2021 on the books.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }
    #[test]
    fn a_rates_base_or_a_line_a_count_stays_under_is_no_count_said_again() {
        for text in [
            "The rate was 4.1 deaths per 100 million vehicle-km in 2022. In 2023 it was 3.8 deaths per 100 million vehicle-km.",
            "Flu struck 12 in every 1,000 adults. A year earlier it was 9 in every 1,000.",
            "There were 596 murders in 2003. The total stayed under 600 again this year.",
            "Some 1,040 beds were free on Monday. Occupancy has remained above 1,000 all week.",
        ] {
            assert_eq!(statuses(text), Vec::<Status>::new(), "{text}");
        }
        // A bound that states the count is still the count.
        let text = "There were 596 murders in 2003. Police said under 600 murders were recorded that year.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn periods_a_story_counts_in_are_no_quantity_said_twice() {
        // "the three months" and "the 12 months" frame the sales figures;
        // how long a strike lasted is a quantity of the story, said twice.
        let periods = "Retail sales in North America climbed over the three months. For the 12 months, North America retail sales climbed.";
        let lasted = "The North Sea strike lasted for 12 days. After 10 days, the North Sea strike ended.";
        assert!(statuses(periods).is_empty(), "{:?}", statuses(periods));
        assert!(statuses(lasted).contains(&Status::Inconsistent));
    }

    #[test]
    fn the_later_value_of_from_to_takes_the_noun_before_the_earlier() {
        // "the number of injured people ... to 1,760" counts the injured, not the dead.
        let text = "At least 1,520 people died in the quake. The number of injured people also increased from 1,310 to 1,760.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn labels_scenarios_and_parallel_subjects_restate_nothing() {
        for text in [
            // A span of time before a noun names a kind of thing.
            "The 15-year loan averaged 5.9%. A week ago the 15-year rate stood at 5.8%.",
            "It signed a 10-year lease in March. The 10-year deal covers two floors.",
            // Estimates under different conditions.
            "The region could lose 61,200 tons of maize to a severe La Nina. A mild La Nina might keep crop losses to a smaller 18,300 tons.",
            // Another subject with a figure of its own.
            "The Cedar fire is 38% contained. The Birch fire, 25 miles away, is also 38% contained.",
        ] {
            assert!(statuses(text).is_empty(), "{text}: {:?}", statuses(text));
        }
        // "Some" before a figure given to its units hedges its last digits only.
        assert!(statuses("Some 377 shares traded on Monday. On Tuesday 389 shares traded.").is_empty());
        // Another source giving the same toll still restates it.
        let text = "Officials said 23 people died in the blast. The governor also said 23 people had died.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn rows_of_a_list_are_each_their_own() {
        // Equal values in two rows of a table belong to two rows.
        let text = "Fees by office (monthly):\nCoroner $4,120.50\nRecorder $4,120.50\nMayor $6,300.00";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        let text = "Cases by age:\n12 women in their 40s\n12 men in their 40s\n9 women in their 50s";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // A headline said again by the story's first sentence still restates.
        let text = "Eleven survivors to fly home from Oslo\nToday 11 passengers who survived the landing are flying home. Two stay in hospital.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn values_of_sentences_naming_different_years_are_each_year_s_own() {
        let text = "The 2023 surplus was $6.35 billion. In 2022 the surplus was $6.35 billion, a drop of 4%.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // The same year named twice still restates.
        let text = "The 2023 surplus was $6.35 billion. For 2023 the surplus stood at $6.35 billion.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn the_toll_of_the_deadliest_cause_is_a_part_of_the_toll() {
        let part = "The monsoon death toll has risen to 610, officials said on Monday. Mudslides caused the most harm, with 302 lives taken.";
        assert_eq!(statuses(part), vec![]);
        // Singled out after the toll, the floods are the whole.
        let whole = "The monsoon death toll has risen to 610, officials said on Monday. With 602 lives taken, the floods are the worst in a decade.";
        assert_eq!(statuses(whole), vec![Status::Inconsistent]);
    }
}
