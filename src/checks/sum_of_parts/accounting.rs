//! Accounting: a total that was launched or aboard (or seeded by a cue)
//! gathers the outcomes of the same things in its window.

use super::counts::{is_count, weighted};
use super::find::Tally;
use super::outcomes::{gather_outcomes, remainders};
use super::scope::is_fronted_whole;
use super::{ID, Sum};
use crate::checks::relation::{Certainty, NumberWord, window, within_reach};
use crate::mentions::{Doc, Event, Mention, Thing, compatible};
use crate::report::explain::Tie;

/// Outcomes that account for a total, by what it counts: weapons are
/// destroyed, lost, diverted or hit; people are killed, injured, survive
/// or go missing.
pub(super) fn outcomes(thing: Option<Thing>) -> &'static [Event] {
    use Event::*;
    match thing {
        Some(Thing::Person) => &[Killed, Injured, Survived, Missing],
        Some(Thing::Vote) => &[For, Against, Invalid],
        // A building is destroyed or (partly) damaged; "damaged" for the
        // whole takes in the destroyed ("2,400 damaged homes, of which
        // 1,300 destroyed and 1,150 partly damaged").
        Some(Thing::Building) => &[Destroyed, Damaged],
        _ => &[Destroyed, Lost, Diverted, Hit, Missing],
    }
}

/// The event that makes a count of `thing` a total its outcomes account
/// for: weapons launched, people aboard. "One was sent home" launched no
/// one.
pub(super) fn is_accounted_total(thing: Option<Thing>, event: Option<Event>) -> bool {
    match event {
        Some(Event::Launched) => thing.is_none_or(Thing::is_weapon),
        Some(Event::Aboard) => true,
        _ => false,
    }
}

/// What total `t`'s outcomes are fates of: the ballots of people who
/// voted, or the things it counts.
pub(super) fn accounted_thing(doc: &Doc, t: &Mention) -> Option<Thing> {
    if counts_voters(doc, t) { Some(Thing::Vote) } else { t.class() }
}

/// Whether count `t` counts the people who voted ("12,400 people voted",
/// "voters turned out", "cast their ballots"): a total their ballots, for,
/// against or invalid, account for.
fn counts_voters(doc: &Doc, t: &Mention) -> bool {
    let after = doc.after_noun(t);
    let voted = match doc.lc(after) {
        "voted" => true,
        "turned" => doc.is(after + 1, "out"),
        "cast" => crate::lc_in!(doc, after + 1, ["ballots", "votes", "their"]),
        _ => false,
    };
    t.class() == Some(Thing::Person) && t.event.is_none() && voted
}

/// Whether a set of outcomes accounts for everything. Dead and injured need
/// not cover the unhurt, so people are accounted for only when survivors
/// are counted beside another outcome.
pub(super) fn accounts_for_all(thing: Option<Thing>, events: &[Event]) -> bool {
    // Two outcomes differ when one differs from the first: no sort of a
    // handful of outcomes (a sort routine less in the .wasm).
    let several = events.iter().any(|e| Some(e) != events.first());
    match thing {
        Some(Thing::Person) => events.contains(&Event::Survived) && several,
        // Ballots are for or against; blank and spoilt ones are not always counted.
        Some(Thing::Vote) => events.contains(&Event::For) && events.contains(&Event::Against),
        _ => several,
    }
}

/// Accounting: outcomes of the same things in the window.
pub(super) fn accounting(doc: &Doc, tally: &mut Tally) {
    for p in 0..doc.layout.paragraphs.len() {
        let paragraph_window = window(doc, p);
        for mi in paragraph_window.clone() {
            let win = within_reach(paragraph_window.clone(), mi);
            if doc.mentions[mi].paragraph == p && is_open_total(doc, tally, mi, win.clone()) {
                account_for(doc, tally, mi, win);
            }
        }
    }
}

/// Whether count `mi` is a total whose breakdown accounting should gather:
/// one seeded by a cue and not yet complete, or one launched or aboard that
/// no other pass has taken.
fn is_open_total(doc: &Doc, tally: &Tally, mi: usize, win: std::ops::Range<usize>) -> bool {
    let t = &doc.mentions[mi];
    if !is_count(doc, t) || t.thing.is_none() || t.compound {
        return false;
    }
    let seeded = tally.total_of[t.figure];
    // A list after a colon is the whole breakdown already.
    if seeded.is_some_and(|s| tally.totals[s].complete) {
        return false;
    }
    // A whole put first ("Of the 90 drones, ...") is broken down by its clause.
    let accounted = is_accounted_total(t.class(), t.event) || counts_voters(doc, t) || is_fronted_whole(doc, t);
    if seeded.is_none() && (tally.used_as_part[t.figure] || !accounted) {
        return false;
    }
    // "travelling with 12 others aboard": the others leave out the one who
    // speaks of them, so the fates of all aboard are no breakdown of them.
    if seeded.is_none() && crate::lc_in!(doc, t.end, ["others", "other"]) {
        return false;
    }
    if is_joined_aboard(doc, mi, t) {
        return false;
    }
    // "attacked with 60 drones ... downed 44 out of 60": the total said
    // again as a part's whole gathers the breakdown there.
    let restated_as_whole = seeded.is_none()
        && win.clone().any(|k| {
            let o = &doc.mentions[k];
            k != mi
                && tally.total_of[o.figure].is_some()
                && doc.figures[o.figure].value == doc.figures[t.figure].value
                && compatible(t, o)
        });
    !restated_as_whole
}

/// Whether some parts may be among others: "Three were rescued, though
/// one died later", "Four were rescued but two died", "44 survived, but
/// another died on the beach": a fate told as coming later, or a death (or
/// one more fate told by "another") set against a rescue with "but" or
/// "though", may befall some of those already counted, and their sum says
/// nothing.
fn may_overlap(doc: &Doc, parts: &[usize], implied: &[NumberWord]) -> bool {
    let parts: Vec<&Mention> = parts.iter().filter_map(|&q| doc.mention(q)).collect();
    let against_a_rescue = |at: usize| {
        parts.iter().any(|q| {
            q.event == Some(Event::Survived)
                && q.end <= at
                && at < doc.sentence_words(q.sentence).1
                && (q.end..at).any(|k| crate::lc_in!(doc, k, ["but", "though", "although"]))
        })
    };
    parts.iter().any(|p| {
        (p.first.saturating_sub(2)..p.end + 3).any(|k| doc.is(k, "later"))
            || p.event == Some(Event::Killed) && against_a_rescue(p.first)
    }) || implied.iter().any(|n| against_a_rescue(doc.word_at(n.span.start)))
}

/// Gathers the outcomes of total `mi`'s things in `win` into its sum.
fn account_for(doc: &Doc, tally: &mut Tally, mi: usize, win: std::ops::Range<usize>) {
    let t = &doc.mentions[mi];
    let seeded = tally.total_of[t.figure];
    let thing = accounted_thing(doc, t);
    let outs = outcomes(thing);
    let mut parts: Vec<usize> = seeded.map(|s| tally.totals[s].parts.iter().map(|p| p.0).collect()).unwrap_or_default();
    let win = own_tally(doc, tally, mi, win, outs);
    let (mixed, unread_sentences) = gather_outcomes(doc, tally, mi, win.clone(), outs, &mut parts);
    let (vague, implied) = remainders(doc, mi, win, outs);
    let events: Vec<Event> = parts.iter().filter_map(|&q| doc.mention(q).and_then(|m| m.event)).collect();
    // "20 were rescued, 3 [whatever happened to them] and 2 died": a count
    // beside the parts that was not read as an outcome may be one, so the
    // breakdown is checked only as parts ≤ total.
    let unread = parts.iter().filter_map(|&q| doc.mention(q)).any(|p| unread_sentences.contains(&p.sentence));
    // "Of the 900 houses, 500 were damaged and 380 destroyed": fates account
    // for all of a whole that something befell ("900 houses damaged"), of
    // weapons and of people or ballots counted, but a place's houses,
    // vehicles or tanks may in part be unharmed.
    let befell = t.event.is_some() || thing.is_none_or(|c| c.is_weapon() || matches!(c, Thing::Person | Thing::Vote));
    let complete = befell && accounts_for_all(thing, &events) && !vague && !mixed && !unread;
    let enough = parts.len() + implied.len() >= 2 || seeded.is_some();
    if !enough {
        return;
    }
    for &q in &parts {
        tally.used_as_part[q] = true;
    }
    if may_overlap(doc, &parts, &implied) {
        return;
    }
    if doc.explaining() {
        let mut figures = vec![t.figure];
        figures.extend(&parts);
        let tie = match (complete, says_whole(doc, t, &parts)) {
            (true, true) => Tie::ExplicitWhole,
            (true, false) => Tie::Fates,
            (false, _) => Tie::PartialBreakdown,
        };
        doc.tie(ID, &figures, Tie::SameScope, None);
        doc.tie(ID, &figures, tie, None);
    }
    let breakdown = Breakdown { parts, implied, complete, vague };
    match seeded {
        Some(s) => extend_seed(doc, &mut tally.totals[s], t, breakdown),
        None => {
            tally.total_of[t.figure] = Some(tally.totals.len());
            tally.totals.push(Sum {
                total: t.figure,
                parts: breakdown.parts.into_iter().map(|q| weighted(doc, q)).collect(),
                implied: breakdown.implied,
                complete: breakdown.complete,
                certainty: Certainty::Inferred,
                tied: false,
                explicit: false,
            });
        }
    }
}

/// The part of window `win` that total `mi`'s tally holds: "Russia
/// launched 90 drones ... [next paragraph] Russia attacked with 120 drones.
/// ... Five drones hit targets": another total of the same things, launched
/// or aboard in another sentence with another value, opens a tally of its
/// own, and the counts past it are its outcomes, not `mi`'s (on either
/// side); so does a later whole that its own words break down ("of
/// which"). A total said again with its value ("Of the 132 drones") is the
/// same tally. Before the total, any other count of the same things that
/// is no outcome of them ("detected 25 drones, stopping 24, while one came
/// down ... intercepted 610 of 650 drones") holds the counts after it in
/// its sentence: a fate told before a total belongs to the nearest whole
/// before it.
fn own_tally(doc: &Doc, tally: &Tally, mi: usize, win: std::ops::Range<usize>, outs: &[Event]) -> std::ops::Range<usize> {
    let t = &doc.mentions[mi];
    let rival = |k: usize| {
        let o = &doc.mentions[k];
        o.sentence != t.sentence
            && o.event == t.event
            // "tracked 16 rockets ... has tracked 310 rockets, of which
            // 290 ...": a later whole its own words break down is a tally too.
            && (is_accounted_total(o.class(), o.event) || k > mi && tally.total_of[o.figure].is_some())
            && is_count(doc, o)
            // The same things, whoever the words make their owner: in
            // "attacked Ukraine with 65 drones" Ukraine is the target.
            && o.thing == t.thing
            && doc.figures[o.figure].value != doc.figures[t.figure].value
    };
    let seeded = !is_accounted_total(t.class(), t.event);
    // Whether mention `q` counts the things of mention `k` in its sentence.
    let beside = |k: usize, q: usize| {
        let (o, p) = (&doc.mentions[k], &doc.mentions[q]);
        p.sentence == o.sentence && p.thing == o.thing
    };
    let earlier_whole = |k: usize| {
        let o = &doc.mentions[k];
        seeded
            && o.sentence != t.sentence
            && o.thing == t.thing
            && is_count(doc, o)
            && o.event.is_none_or(|e| !outs.contains(&e))
            && doc.figures[o.figure].value != doc.figures[t.figure].value
            // A whole opens its sentence's counts of its things: the next
            // mention counts them too, the one before (in the window) not.
            && k + 1 < mi
            && beside(k, k + 1)
            && !(k > win.start && beside(k, k - 1))
    };
    let end = (mi + 1..win.end).find(|&k| rival(k)).unwrap_or(win.end);
    let start = match (win.start..mi).rev().find(|&k| rival(k) || earlier_whole(k)) {
        // The whole's own sentence is its breakdown too.
        Some(k) if earlier_whole(k) => {
            let s = doc.mentions[k].sentence;
            (k + 1..mi).find(|&q| doc.mentions[q].sentence > s).unwrap_or(mi)
        }
        Some(k) => k + 1,
        None => win.start,
    };
    start..end
}

/// Whether words say total `t`'s breakdown into `parts` is whole: "in
/// total", or "of which", "of them", "the rest", "all" at a part.
fn says_whole(doc: &Doc, t: &Mention, parts: &[usize]) -> bool {
    t.cues.total || is_fronted_whole(doc, t) || parts.iter().filter_map(|&q| doc.mention(q)).any(|p| p.cues.of_which || p.cues.rest || p.cues.all)
}

/// The outcomes that accounting found for one total.
pub(super) struct Breakdown {
    parts: Vec<usize>,
    implied: Vec<NumberWord>,
    complete: bool,
    vague: bool,
}

/// "carrying 150 passengers and six crew", "carrying four people plus a
/// pilot": the total aboard is the sum of both, which no single figure
/// states; such a total is left alone.
pub(super) fn is_joined_aboard(doc: &Doc, mi: usize, t: &Mention) -> bool {
    if t.event != Some(Event::Aboard) {
        return false;
    }
    let after = doc.after_noun(t);
    // "carrying four people and a pilot", "30 pupils and several other
    // passengers": more, with no figure; "plus" joins the same way.
    let joined_after = crate::lc_in!(doc, after, ["and", "plus"])
        && (doc.figure_at_word(after + 1).is_some()
            || crate::lc_in!(doc, after + 1, ["a", "an", "the", "their", "its", "some", "several", "other", "many"]));
    let joined_before = t.first >= 2
        && doc.is(t.first - 1, "and")
        && mi > 0
        && doc.mentions[mi - 1].sentence == t.sentence
        && doc.mentions[mi - 1].noun.is_some_and(|n| doc.word_at(n.end) == t.first - 1);
    joined_after || joined_before
}

/// Widens a seeded total's breakdown ("39 of the 71") by the outcomes
/// gathered around it.
pub(super) fn extend_seed(doc: &Doc, sum: &mut Sum, t: &Mention, breakdown: Breakdown) {
    let Breakdown { parts, implied, complete, vague } = breakdown;
    // Parts read as fates account for the whole, but only "of which", "of
    // them", "the rest", "all" or "in total" say so: without one, a
    // shortfall is a warning.
    sum.explicit = sum.complete || t.cues.all || says_whole(doc, t, &parts);
    let complete = complete || (sum.complete && !vague);
    // "180 people, 50 of them with serious injuries" ... "120 of the
    // injured went to hospital": outcomes gathered from other
    // sentences into an open breakdown may overlap, so such a sum is
    // only plausible (reported when it holds).
    let seed_parts: Vec<usize> = sum.parts.iter().map(|p| p.0).collect();
    let gathered_elsewhere =
        parts.iter().any(|&q| !seed_parts.contains(&q) && doc.mention(q).is_some_and(|qm| qm.sentence != t.sentence));
    if !complete && gathered_elsewhere {
        sum.certainty = Certainty::Plausible;
    }
    sum.parts = parts.into_iter().map(|q| weighted(doc, q)).collect();
    sum.implied = implied;
    sum.complete = complete;
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    fn statuses(text: &str) -> Vec<Status> {
        statuses_of(text, super::ID)
    }

    #[test]
    fn an_earlier_report_is_no_part_of_the_latest_toll() {
        // "Earlier, ..." gives counts the latest toll supersedes.
        let text = "A strike on the city has left 40 victims, six of them children, officials said. Earlier, 30 people had been reported hurt and four killed; 19 were rescued.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    }

    #[test]
    fn a_count_aboard_joined_by_plus_is_not_all_aboard() {
        // The coach carried 14: the 12 tourists plus two more.
        let text = "Three tourists died and 11 more were hurt when the coach left the road. The coach, carrying 12 tourists plus its driver and a guide, fell 30 metres.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
        // "and some other passengers": more aboard than the count says.
        let text = "A coach left the road, killing 12 pupils and two teachers. Five children were rescued. The coach had been carrying more than 30 children and some other passengers.";
        assert!(statuses(text).is_empty(), "{:?}", statuses(text));
    }

    #[test]
    fn another_total_of_the_same_things_opens_its_own_tally() {
        // The second night's five hits are its own: 85 + 30 + 5 = 120, and
        // the first night's 64 downed of 90 need no fives of another night.
        let text = "Russia launched 90 drones on Monday. Air defences shot down 64 drones.\n\nRussia attacked Ukraine with 120 drones on Tuesday. Of these, 85 were shot down and 30 were lost. Five drones hit targets.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
        // One night's total said again is the same tally.
        let again = "Russia launched 90 drones. Air defences shot down 64. Of the 90 drones, 20 were lost. Five drones hit targets.";
        assert_eq!(statuses(again), vec![Status::Inconsistent]);
    }

    #[test]
    fn fates_account_for_a_whole_they_befell_not_for_all_of_a_places_things() {
        // The village's other 20 houses may be standing: no shortfall.
        let houses = "Of the 900 houses in the village, 500 were damaged and 380 were destroyed.";
        assert_eq!(statuses(houses), vec![Status::Consistent]);
        // 900 houses damaged: the damaged and the destroyed are all of them.
        let damaged = "The storm damaged 900 houses: 500 were partly damaged and 380 destroyed.";
        assert_eq!(statuses(damaged), vec![Status::Inconsistent]);
        // Weapons sent are accounted for by what became of them.
        assert_eq!(statuses("Of the 50 drones, 30 were shot down and 15 were lost."), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_fate_told_before_a_total_belongs_to_the_whole_before_it() {
        // The one drone that came down is the first count's: 610 + 40 = 650.
        let waves = "Crews detected 25 drones, stopping 24, while one drone came down near a farm. They also intercepted 610 of 650 drones detected, while 40 drones landed near the port.";
        assert_eq!(statuses(waves), vec![Status::Consistent]);
        // With no whole before it, a fate told first still counts.
        let closing = "Gunners shot down 610 drones and 39 drones were lost. Later, officials said 610 of 650 drones were downed.";
        assert_eq!(statuses(closing), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_total_aboard_joined_to_one_more_without_a_figure_is_no_total() {
        // Four people and a pilot are five aboard, which no figure states.
        let boat = "The floods killed 12 people and 9 are missing. The boat that sank was carrying four people and a pilot.";
        assert!(statuses(boat).is_empty(), "{:?}", statuses(boat));
        let bare = "The boat that sank was carrying four people. Three drowned and two were rescued.";
        assert_eq!(statuses(bare), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_fate_in_its_ing_form_is_a_fate() {
        // "intercepting 30" is what became of 30 of the 40: one is missing.
        let short = "Russia launched 40 drones overnight, with air defences intercepting 30 and nine lost.";
        assert_eq!(statuses(short), vec![Status::Inconsistent]);
        let whole = "Russia launched 40 drones overnight, with air defences intercepting 31 and nine lost.";
        assert_eq!(statuses(whole), vec![Status::Consistent]);
    }

    #[test]
    fn a_hit_denied_is_a_weapon_lost_and_an_injury_denied_a_survival() {
        // "did not reach", "never reached", "didn't hit": 30 + 9 = 39 of 40.
        for fate in ["did not reach their targets", "never reached their targets", "didn't hit anything"] {
            let text = format!("Russia launched 40 drones overnight; 30 were shot down and nine {fate}.");
            assert_eq!(statuses(&text), vec![Status::Inconsistent], "{text}");
        }
        // An injury denied is a survival: 30 + 8 = 38 of 40.
        let text = "Of the 40 people aboard, 30 were killed and eight were not hurt.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
        // Another fate denied is no fate: the nine need not be any part.
        let text = "Of the 40 people aboard, 30 were injured and nine were not killed.";
        assert!(!statuses(text).contains(&Status::Inconsistent), "{:?}", statuses(text));
    }

    #[test]
    fn a_total_said_as_one_is_in_all_not_the_outcome_beside_it() {
        let text = "Six people were killed and 27 hurt, a total of 35 casualties.";
        let found = crate::checks::testing::problems_of(text, super::super::ID);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("but 35 in all: 2 casualties unaccounted for"), "{found:?}");
    }

    #[test]
    fn a_damaged_whole_is_its_destroyed_and_partly_damaged() {
        // Damage to all of them takes in the destroyed: 700 + 520 is 1,220, not 1,200.
        let over = "The number of damaged homes rose to 1,200, of which 700 were destroyed and 520 partly damaged.";
        assert_eq!(statuses(over), vec![Status::Inconsistent]);
        let whole = "The storm damaged 1,200 homes, of which 700 were destroyed and 500 were partly damaged.";
        assert_eq!(statuses(whole), vec![Status::Consistent]);
    }

    #[test]
    fn people_who_vanish_or_go_missing_are_missing() {
        // 420 + 230 = 650 of 600 aboard: no one rescued also vanished.
        for fate in ["had vanished", "had gone missing", "disappeared", "were lost at sea"] {
            let text = format!("Of the 600 people on board, 420 had been rescued, but another 230 {fate}.");
            assert_eq!(statuses(&text), vec![Status::Inconsistent], "{text}");
        }
        // A place named after the noun leaves the verb the count's.
        let text = "Of the 600 people on board, 420 were rescued, while 180 migrants from Tunisia vanished.";
        assert_eq!(statuses(text), vec![Status::Consistent]);
    }

    #[test]
    fn deaths_and_injuries_told_by_their_longer_verbs_are_fates() {
        // 30 + 25 = 55 of 60 aboard: five unaccounted for, whichever verb tells the fate.
        for fate in ["succumbed to their wounds", "sustained injuries", "were found dead", "were crushed to death"] {
            let text = format!("Of the 60 people on board, 30 were rescued and 25 {fate}.");
            assert_eq!(statuses(&text), vec![Status::Inconsistent], "{text}");
        }
    }

    #[test]
    fn a_side_and_a_body_of_its_state_are_one_source() {
        // The air force speaks for the country quoted first: 61 + 26 = 87 of 90.
        let text = "Ukraine said Russia launched 90 drones overnight. The air force said it shot down 61, while another 26 were lost to jamming.";
        assert_eq!(statuses(text), vec![Status::Inconsistent]);
        let named = "Ukraine's army said Russia launched 90 drones overnight. The air force said it shot down 61, while another 26 were lost to jamming.";
        assert_eq!(statuses(named), vec![Status::Inconsistent]);
        // Another side's ministry, or a city's mayor, counts for itself.
        for other in ["Russia's defence ministry said it", "The mayor of Kharkiv said air defences"] {
            let text = format!("Ukraine said Russia launched 90 drones overnight. {other} shot down 61, while another 26 were lost to jamming.");
            assert!(!statuses(&text).contains(&Status::Inconsistent), "{text}");
        }
        // A body quoted before any side is named is no other side's.
        let first = "The air force said Russia launched 70 drones overnight, of which 50 were shot down and 15 were lost. Russia's defence ministry said 25 drones were destroyed.";
        assert_eq!(statuses(first), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_group_a_part_was_among_is_no_part() {
        // The nine found dead are of everyone, not only of the 14 held: 3 + 9 is no breakdown of 14.
        let text = "In all, 14 aid workers were held. Three of them were freed in May. One was among the nine found dead in the camp.";
        let found = crate::checks::testing::findings_of(text, super::ID);
        assert!(found.iter().all(|f| !f.1.contains(&"nine".to_string())), "{found:?}");
    }
}
