//! The outcomes around a total, and what the text says of the rest without
//! a figure.

use super::ID;
use super::accounting::accounted_thing;
use super::counts::{Cue, is_count, is_cue, same_scope};
use super::find::Tally;
use super::scope::{is_fronted_whole, out_of_scope};
use crate::checks::relation::NumberWord;
use crate::mentions::{Doc, Event, Mention, Thing, Via, compatible};
use crate::report::explain::SetAside;

/// Adds to `parts` the counts in `win` that are outcomes `outs` of the
/// things total `mi` counts. Returns whether an outcome was given a second,
/// different figure (the breakdown is then mixed) and the sentences holding
/// counts of the same things whose fate the text does not say.
pub(super) fn gather_outcomes(
    doc: &Doc,
    tally: &Tally,
    mi: usize,
    win: std::ops::Range<usize>,
    outs: &[Event],
    parts: &mut Vec<usize>,
) -> (bool, Vec<usize>) {
    let t = &doc.mentions[mi];
    // The ballots of people who voted may be counted as ballots.
    let voters = t.class() == Some(Thing::Person) && accounted_thing(doc, t) == Some(Thing::Vote);
    let compatible =
        |t: &Mention, c: &Mention| compatible(t, c) || (voters && c.class() == Some(Thing::Vote) && same_scope(t, c));
    let mut mixed = false;
    let mut unread_sentences = Vec::new();
    for ci in win {
        if !is_free_count(doc, tally, mi, ci) {
            continue;
        }
        let c = &doc.mentions[ci];
        // A count the total's outcomes would have taken: what a reader may
        // take for a part, and so worth a reason when it is set aside.
        let would_be_part = c.event.is_some_and(|e| outs.contains(&e)) && compatible(t, c);
        let set_aside = |reason: SetAside| {
            if would_be_part {
                doc.set_aside(ID, &[t.figure, c.figure], reason, None);
            }
        };
        if let Some(reason) = out_of_scope(doc, t, c, parts) {
            set_aside(reason);
            continue;
        }
        // "One was among the six found dead": a group the part belongs to,
        // wider than the total's, no part of it. "All four of the injured"
        // points back to a group told before, as it was counted there.
        if (c.first.saturating_sub(2)..c.first).any(|k| doc.is(k, "among"))
            || c.first > 0 && doc.is(c.first - 1, "all") && doc.is(c.end, "of")
        {
            set_aside(SetAside::OtherThing);
            continue;
        }
        if is_update_to(doc, ci, t) {
            set_aside(SetAside::OtherPeriod);
            continue;
        }
        let Some(event) = c.event else {
            // "Of the 132 drones, ...": the total said again is no count of
            // unread fate.
            // A whole put first ("Of the 132 drones, ...") is none either.
            let restated = doc.figures[c.figure].value == doc.figures[t.figure].value || is_fronted_whole(doc, c);
            if c.sentence >= t.sentence && compatible(t, c) && !restated {
                unread_sentences.push(c.sentence);
            }
            continue;
        };
        if !outs.contains(&event) || !compatible(t, c) {
            continue;
        }
        // A total that is itself an outcome ("40 killed") breaks down
        // only into that outcome ("28 of the dead in Leyte"): the missing
        // are no part of the dead.
        let damage_of_all = t.event == Some(Event::Damaged) && event == Event::Destroyed;
        if t.event.is_some_and(|e| outs.contains(&e) && e != event) && !damage_of_all {
            continue;
        }
        if let Some(reason) = other_people(doc, t, c, voters).or(survivors_again(doc, t, c).then_some(SetAside::OtherThing)) {
            set_aside(reason);
            continue;
        }
        // "310 were killed in the north, while the toll in the south
        // reached 22": a total that opens a contrasting clause is another
        // group's, and gathers nothing from the clause before it.
        if contrasted_before(doc, c, t) {
            set_aside(SetAside::OtherClause);
            continue;
        }
        mixed |= join_outcome(doc, t, c, event, parts);
    }
    (mixed, unread_sentences)
}

/// "Once six more homes had been destroyed, the count of damaged homes
/// rose to 3,900, of which ...": "N more" before its total, in its
/// sentence, with no count before it there to be more than, is what an
/// update added to a running total, already inside it. ("destroyed one
/// building and damaged seven more" is more than the one.)
fn is_update_to(doc: &Doc, ci: usize, t: &Mention) -> bool {
    let c = &doc.mentions[ci];
    if !doc.is(c.end, "more") || c.sentence != t.sentence || c.end > t.first {
        return false;
    }
    // A few mentions back are enough to know whether the sentence counted anything first.
    let counted_before = |k: usize| doc.mentions[k].sentence == c.sentence && is_count(doc, &doc.mentions[k]);
    !(ci.saturating_sub(8)..ci).any(counted_before)
}

/// Adds count `c` of outcome `event` to total `t`'s `parts`; returns
/// whether the breakdown is then mixed. The same outcome stated twice is one
/// part; a second figure for an outcome already counted adds to it only when
/// it says so ("eight more"), else it may break the first one down. A count
/// in the total's own sentence ("destroyed 40 of the 70 drones") is the
/// tally of that total: loose counts of its outcome told in sentences
/// before ("more than a dozen were downed over the city", "about 20") are a
/// place's share or an early report, and it takes their place.
fn join_outcome(doc: &Doc, t: &Mention, c: &Mention, event: Event, parts: &mut Vec<usize>) -> bool {
    let same_event = |q: &usize| doc.mention(*q).is_some_and(|qm| qm.event == Some(event));
    let loose = |f: usize| doc.figures[f].bound.is_some() || doc.figures[f].approx.is_some();
    let earlier = |q: &usize| loose(*q) && doc.mention(*q).is_some_and(|qm| qm.sentence < t.sentence);
    let in_totals_sentence = |q: &usize| doc.mention(*q).is_some_and(|qm| qm.sentence == t.sentence);
    let told_again = parts.iter().filter(|q| same_event(q)).any(|&q| doc.figures[q].value == doc.figures[c.figure].value);
    if told_again || earlier(&c.figure) && parts.iter().filter(|q| same_event(q)).any(in_totals_sentence) {
        return false;
    }
    if c.sentence == t.sentence && parts.iter().filter(|q| same_event(q)).all(earlier) {
        parts.retain(|q| !same_event(q));
    } else if parts.iter().any(same_event) && !c.cues.another {
        return true;
    }
    parts.push(c.figure);
    false
}

/// "reached port with 180 aboard ... besides the 180 survivors, nine
/// died": survivors counted at total `t`'s own value in another sentence
/// tell the total again; the dead are people it does not count. (Nine
/// missing of nine aboard, beside a survivor, is a slip.)
fn survivors_again(doc: &Doc, t: &Mention, c: &Mention) -> bool {
    c.event == Some(Event::Survived) && c.sentence != t.sentence && doc.figures[c.figure].value == doc.figures[t.figure].value
}

/// Whether mention `ci` is a count that no pass has taken and that may be
/// a part of total `mi`.
fn is_free_count(doc: &Doc, tally: &Tally, mi: usize, ci: usize) -> bool {
    let c = &doc.mentions[ci];
    // A count that names its own whole ("five of those towns") is a part of
    // that whole only, and the cue pass has judged it. One that is itself
    // broken down may be no part either, unless it stands in the total's own
    // sentence and only later sentences break it down ("230 went missing.
    // ... the bodies of 100 of them were found"): a later fate of some of a
    // part leaves it a part.
    let beside_total = c.sentence == doc.mentions[mi].sentence;
    let broken_down_later = beside_total && tally.total_of[c.figure].is_some_and(|k| {
        let later = |&(q, _): &(usize, f64)| doc.mention(q).is_some_and(|p| p.sentence > c.sentence);
        tally.totals[k].parts.iter().all(later)
    });
    let own_whole = (tally.total_of[c.figure].is_some() && !broken_down_later) || c.part_of.is_some();
    ci != mi && !tally.used_as_part[c.figure] && is_count(doc, c) && !c.cues.including && !c.compound && !own_whole
}

/// Why count `c` of people counts other people than total `t`, if it does.
fn other_people(doc: &Doc, t: &Mention, c: &Mention, voters: bool) -> Option<SetAside> {
    // A group of people is named before its fates: in "12 were killed in
    // the north, while the toll in the south reached 5, two of them
    // children" the 12 before the 5 are the dead of another place. Only
    // those aboard may be counted after their fates ("killing 3 of the 40
    // on board").
    if t.class() == Some(Thing::Person) && t.event != Some(Event::Aboard) && c.first < t.first {
        return Some(SetAside::OtherClause);
    }
    // The ballots of people who voted are counted under their own noun.
    (!voters && is_other_people(doc, t, c)).then_some(SetAside::OtherThing)
}

/// Whether count `c` stands before total `t` in its sentence with
/// "while" or "whereas" between them.
fn contrasted_before(doc: &Doc, c: &Mention, t: &Mention) -> bool {
    c.sentence == t.sentence && c.end <= t.first && (c.end..t.first).any(|k| crate::lc_in!(doc, k, ["while", "whereas"]))
}

/// People counted under their own noun ("12 officers were injured") are not
/// a breakdown of "45 people arrested" unless the total counts those aboard.
fn is_other_people(doc: &Doc, t: &Mention, c: &Mention) -> bool {
    let singular_noun = |m: &Mention| m.noun.map(|n| crate::mentions::singular(&n.of(doc.text).to_ascii_lowercase()));
    t.class() == Some(Thing::Person)
        && t.event != Some(Event::Aboard)
        && c.via == Via::Noun
        && singular_noun(c) != singular_noun(t)
}

/// What the sentences of `win`, and the one before, say of the rest of total `mi`'s things
/// without a figure: whether an uncounted remainder is left ("some drones
/// were lost", "the rest"), and the implied ones ("while another had gone
/// back to Russia").
pub(super) fn remainders(doc: &Doc, mi: usize, win: std::ops::Range<usize>, outs: &[Event]) -> (bool, Vec<NumberWord>) {
    let t = &doc.mentions[mi];
    let mut vague = false;
    let mut implied = Vec::new();
    let (first_sentence, last_sentence) = sentence_range(doc, win);
    // From the sentence before in its paragraph: "Dozens are missing after
    // the boat sank. So far 12 bodies have been found and 40 people
    // rescued." (A headline's "most drones stopped" is no remainder.)
    let sentences = &doc.layout.sentences;
    let before = first_sentence.checked_sub(1).filter(|&b| sentences[b].paragraph == sentences[first_sentence].paragraph);
    for s in before.unwrap_or(first_sentence)..=last_sentence {
        let (a, b) = doc.sentence_words(s);
        for i in a..b {
            let w = doc.lc(i);
            if is_cue(w, Cue::VagueRemainder)
                && doc.figure_at_word(i + 1).is_none()
                && (i == 0 || doc.figure_at_word(i - 1).is_none())
                && let Some(thing) = &t.thing
                && is_remainder_of(doc, i, b, thing)
            {
                vague = true;
            }
            if w == "another"
                && doc.figure_at_word(i + 1).is_none()
                && s >= t.sentence
                && is_another_outcome(doc, t, i, b, outs)
            {
                implied.push(NumberWord { span: doc.words()[i].span, value: 1.0, approx: None, more_than: false });
            }
        }
    }
    (vague, implied)
}

/// Whether the remainder cue at word `i` ("some", "others") speaks of
/// `thing`: "Some drones ... were lost" is a remainder left uncounted.
pub(super) fn is_remainder_of(doc: &Doc, i: usize, b: usize, thing: &str) -> bool {
    // Word by word: a substring search would bring the two-way searcher
    // into the Wasm for this one test.
    let near = (i + 1..(i + 4).min(b)).any(|k| crate::mentions::singular(doc.lc(k)) == thing);
    // "dozens of people": the noun after "of".
    let noun = if doc.is(i + 1, "of") { i + 2 } else { i + 1 };
    let thing_word = crate::mentions::lexicon::lexicons().things.get(crate::mentions::singular(doc.lc(noun)).as_str());
    near || thing_word == Some(thing)
        || crate::lc_in!(doc, i, ["rest", "remaining", "remainder", "others"])
}

/// Whether "another" at word `i` is followed by one of the outcomes `outs`
/// ("another had gone back", "another drone returned"): one more part.
pub(super) fn is_another_outcome(doc: &Doc, t: &Mention, i: usize, b: usize, outs: &[Event]) -> bool {
    let mut k = i + 1;
    while k < b
        && k < i + 5
        && crate::lc_in!(doc, k, ["had", "has", "was", "were", "been", "reportedly", "also", "one"])
    {
        k += 1;
    }
    // "another drone returned": the thing counted, then the verb.
    if let Some(thing) = &t.thing {
        let lex = crate::mentions::lexicon::lexicons();
        if let Some((n, class, _)) = lex.things.match_phrase(&doc.phrase_at(k, 3))
            && class == thing
        {
            k = doc.skip_words(k, n);
        }
    }
    let lex = &crate::mentions::lexicon::lexicons().events;
    lex.match_class::<Event>(&doc.phrase_at(k, 3)).is_some_and(|(_, event)| outs.contains(&event))
}

pub(super) fn sentence_range(doc: &Doc, win: std::ops::Range<usize>) -> (usize, usize) {
    if win.is_empty() {
        return (0, 0);
    }
    (doc.mentions[win.start].sentence, doc.mentions[win.end - 1].sentence)
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::statuses_of;
    use crate::report::Status;

    #[test]
    fn the_tally_in_the_totals_sentence_takes_the_place_of_a_loose_count_before_it() {
        // "more than a dozen over the capital" is the capital's share; the
        // national tally is the one told with the total.
        let short = "Air defences shot down more than a dozen drones over the capital. Across the country, they destroyed 40 of the 70 drones launched overnight, while another 18 were lost to jamming.";
        assert_eq!(statuses_of(short, super::super::ID), vec![Status::Inconsistent]);
        let whole = "Air defences shot down more than a dozen drones over the capital. Across the country, they destroyed 40 of the 70 drones launched overnight, while another 30 were lost to jamming.";
        assert_eq!(statuses_of(whole, super::super::ID), vec![Status::Consistent]);
        // A count as exact as the tally's may be a report of its own: the
        // breakdown stays a partial one.
        let exact = "Air defences shot down 14 drones over the capital. Across the country, they destroyed 40 of the 70 drones launched overnight, while another 18 were lost to jamming.";
        assert!(!statuses_of(exact, super::super::ID).contains(&Status::Inconsistent));
    }

    #[test]
    fn more_told_before_a_running_total_is_inside_it() {
        // The four are what the latest update added: 610 + 590 = 1,200 without them.
        let update = "After four more homes were destroyed, the number of damaged homes reached 1,200, of which 610 were destroyed and 590 partly damaged.";
        let found = crate::checks::testing::findings_of(update, super::ID);
        assert_eq!(found, vec![(Status::Consistent, vec!["1,200".into(), "610".into(), "590".into()])]);
        // "Seven more" after a count of its sentence is more than that count, and a part.
        let more = "The blast destroyed one building and damaged seven more. At least eight buildings were damaged; one of them was destroyed.";
        assert_eq!(statuses_of(more, super::ID), vec![Status::Consistent]);
    }

    #[test]
    fn a_part_broken_down_only_later_stays_a_part() {
        // The 100 found dead are some of the 230 missing, who are still a part of 600.
        let text = "Of the 600 people on board, 420 were rescued and 230 were missing. Divers later found the bodies of 100 of them.";
        let found = crate::checks::testing::findings_of(text, super::ID);
        let aboard = found.iter().find(|f| f.1.first().is_some_and(|x| x == "600"));
        assert_eq!(aboard.map(|f| f.0), Some(Status::Inconsistent), "{found:?}");
    }

    #[test]
    fn all_n_of_a_group_points_back_and_is_no_new_part() {
        // The eight injured take in the driver, who is no passenger.
        let text = "Two people died when a minibus carrying nine passengers overturned on Friday. \
                    The seven other passengers and the driver were injured. Paramedics took all eight of the injured to hospital.";
        assert!(!statuses_of(text, super::ID).contains(&Status::Inconsistent), "{:?}", statuses_of(text, super::ID));
        // A count of its own is still a part.
        let own = "Two people died when a minibus carrying nine passengers overturned on Friday. Eight were injured.";
        assert_eq!(statuses_of(own, super::ID), vec![Status::Inconsistent]);
    }

    #[test]
    fn a_verb_in_the_past_after_a_bare_count_is_its_fate_not_its_noun() {
        // "three fled": the verb tells what became of three of the whole, and
        // the count is a part like the others.
        let ok = "Of the 12 boats, nine reached the shore and three sank.";
        assert_eq!(statuses_of(ok, super::ID), vec![Status::Consistent]);
        let over = "Of the 40 drones, 30 were downed, nine were lost and two flew on towards the border.";
        assert_eq!(statuses_of(over, super::ID), vec![Status::Inconsistent]);
        let whole = "Of the 40 drones, 30 were downed, eight were lost and two flew on towards the border.";
        assert_eq!(statuses_of(whole, super::ID), vec![Status::Consistent]);
    }

    #[test]
    fn a_later_whole_broken_down_by_its_own_words_keeps_its_parts() {
        // The day's 16 are accounted for in their sentence; the three that
        // landed are of the 310 since May, whose "of which" says so.
        let text = "Air defences tracked 16 rockets on Friday, downing 11 of them, while five were lost. \
                    Since May they have tracked 310 rockets, of which 290 were downed, 17 were lost and three landed in the country.";
        assert_eq!(statuses_of(text, super::ID), vec![Status::Consistent, Status::Consistent]);
    }

    #[test]
    fn a_nationality_before_a_noun_is_its_adjective_and_the_verb_after_is_the_fate() {
        // "14 Lebanese tourists died": the dead are a part with the missing
        // and the rescued.
        let text = "Two boats carrying 95 Lebanese tourists capsized on Sunday. At least 14 Lebanese tourists died, 31 were missing and the other 50 were rescued.";
        let found = crate::checks::testing::findings_of(text, super::ID);
        assert!(found.iter().any(|f| f.1.iter().any(|x| x.contains("14"))), "{found:?}");
    }
}
