//! Totals and their parts.
//!
//! Seeds come from explicit cues: "38 out of 63", "39 of the 71", "71 of
//! which", "274 of the drones" (a part of the last total of drones),
//! "including 62 passengers", and lists after a colon ("seven medals: one
//! gold, two silvers and four bronzes"). A seed's total then gathers the
//! other outcomes of the same things in its window: drones launched are
//! destroyed, lost, diverted or hit; people aboard are killed, injured,
//! survive or go missing. Without a seed, a total that was launched or
//! aboard gathers its outcomes the same way, with less certainty.
//!
//! A breakdown is complete when it names at least two different outcomes
//! (the writer is accounting for the whole), or is a list after a colon;
//! otherwise only parts ≤ total is checked. An unquantified remainder in the
//! window ("some drones", "several", "others") makes it incomplete.

use super::Sum;
use crate::checks::relation::{CueWords, Certainty, NumberWord, window, within_reach};
use crate::figures::Kind;
use crate::mentions::lexicon::Class;
use crate::mentions::{Doc, Event, Mention, Via, compatible};

/// Outcomes that account for a total, by what it counts: drones and
/// missiles are destroyed, lost, diverted or hit; people are killed,
/// injured, survive or go missing.
fn outcomes(thing: Option<&str>) -> &'static [Event] {
    use Event::*;
    match thing {
        Some("person") => &[Killed, Injured, Survived, Missing],
        _ => &[Destroyed, Lost, Diverted, Hit, Missing],
    }
}

/// Whether a set of outcomes accounts for everything. Dead and injured need
/// not cover the unhurt, so people are accounted for only when survivors
/// are counted beside another outcome.
fn accounts_for_all(thing: Option<&str>, events: &[Event]) -> bool {
    let mut distinct: Vec<Event> = events.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    match thing {
        Some("person") => distinct.contains(&Event::Survived) && distinct.len() >= 2,
        _ => distinct.len() >= 2,
    }
}

/// The classes of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// An unquantified remainder: "some", "several", "others".
    VagueRemainder,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        (name == "vague-remainder").then_some(Cue::VagueRemainder)
    }
}

static CUES: CueWords = CueWords::new(include_str!("cues.txt"));

/// Whether `word` is a cue of class `cue`.
fn is_cue(word: &str, cue: Cue) -> bool {
    CUES.class_of::<Cue>(word) == Some(cue)
}

/// A count: a plain number of at least one ("one-fifth" is a share, not a count).
fn is_count(doc: &Doc, m: &Mention) -> bool {
    doc.figures[m.figure].kind == Kind::Number && doc.figures[m.figure].value.is_some_and(|v| v >= 1.0)
}

/// The sums the passes build, and which figures they have taken.
struct Tally {
    used_as_part: Vec<bool>,
    totals: Vec<Sum>,
    /// Which sum (index into `totals`) a figure is the total of.
    total_of: Vec<Option<usize>>,
}

pub fn find(doc: &Doc, out: &mut Vec<Sum>) {
    let mut tally = Tally {
        used_as_part: vec![false; doc.figures.len()],
        totals: Vec::new(),
        total_of: vec![None; doc.figures.len()],
    };
    seeds(doc, &mut tally);
    colon_lists(doc, &mut tally);
    accounting(doc, &mut tally);
    includings(doc, out);
    tallies_restated(doc, &tally.used_as_part, &tally.total_of, out);
    out.extend(tally.totals);
}

/// Seeds from explicit cues.
fn seeds(doc: &Doc, tally: &mut Tally) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        if !is_count(doc, m) {
            continue;
        }
        let total = if let Some(t) = m.part_of {
            Some(t)
        } else if m.via == crate::mentions::Via::Partitive && !m.cues.of_which {
            // "274 of the drones": the last total of drones before. "30 of the
            // injured" names a group by what happened to it: a part of the
            // injured, not of everyone counted before.
            let group = m.noun.and_then(|n| {
                let lex = crate::mentions::lexicon::lexicons();
                lex.things.match_at(&doc.phrase_at(doc.word_at(n.start), 3)).and_then(|x| x.2).and_then(Event::from_name)
            });
            (0..mi)
                .rev()
                .take(12)
                .map(|k| &doc.mentions[k])
                .find(|t| {
                    t.sentence < m.sentence
                        && t.paragraph + 1 >= m.paragraph
                        && is_count(doc, t)
                        && compatible(t, m)
                        && !tally.used_as_part[t.figure]
                        && group.is_none_or(|g| t.event == Some(g))
                })
                .map(|t| t.figure)
        } else {
            None
        };
        let Some(total) = total else { continue };
        if tally.used_as_part[total] || total == m.figure {
            continue;
        }
        tally.used_as_part[m.figure] = true;
        match tally.total_of[total] {
            Some(k) => tally.totals[k].parts.push((m.figure, 1.0)),
            None => {
                tally.total_of[total] = Some(tally.totals.len());
                tally.totals.push(Sum {
                    total,
                    parts: vec![(m.figure, 1.0)],
                    implied: vec![],
                    complete: false,
                    certainty: Certainty::Stated,
                });
            }
        }
    }
}

/// Lists after a colon: "seven medals: one gold, two silvers and four bronzes".
fn colon_lists(doc: &Doc, tally: &mut Tally) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        if !is_count(doc, m) || tally.used_as_part[m.figure] || tally.total_of[m.figure].is_some() {
            continue;
        }
        let (_, end) = doc.sentence_words(m.sentence);
        let mut j = m.end;
        while j < end && j < m.end + 16 && doc.lc(j) != ":" && doc.figure_at_word(j).is_none() {
            j += 1;
        }
        if doc.lc(j) != ":" || m.thing.is_none() {
            continue;
        }
        let parts: Vec<&Mention> = doc.mentions[mi + 1..]
            .iter()
            .take_while(|p| p.sentence == m.sentence)
            .filter(|p| is_count(doc, p) && p.thing.is_some())
            .collect();
        if parts.len() >= 2 {
            let same_kind = parts.iter().all(|p| p.thing == m.thing)
                || (m.thing.as_deref() == Some("person") && parts.iter().all(|p| p.thing.as_deref() == Some("person")));
            if same_kind {
                for p in &parts {
                    tally.used_as_part[p.figure] = true;
                }
                tally.total_of[m.figure] = Some(tally.totals.len());
                tally.totals.push(Sum {
                    total: m.figure,
                    parts: parts.iter().map(|p| (p.figure, 1.0)).collect(),
                    implied: vec![],
                    complete: true,
                    certainty: Certainty::Stated,
                });
            }
        }
    }
}

/// Accounting: outcomes of the same things in the window.
fn accounting(doc: &Doc, tally: &mut Tally) {
    for p in 0..doc.layout.paragraphs.len() {
        let paragraph_window = window(doc, p);
        for mi in paragraph_window.clone() {
            let win = within_reach(paragraph_window.clone(), mi);
            let t = &doc.mentions[mi];
            if t.paragraph != p || !is_count(doc, t) || t.thing.is_none() || t.compound {
                continue;
            }
            let seeded = tally.total_of[t.figure];
            // A list after a colon is the whole breakdown already.
            if seeded.is_some_and(|s| tally.totals[s].complete) {
                continue;
            }
            if seeded.is_none() && (tally.used_as_part[t.figure] || !matches!(t.event, Some(Event::Launched | Event::Aboard))) {
                continue;
            }
            if is_joined_aboard(doc, mi, t) {
                continue;
            }
            let outs = outcomes(t.thing.as_deref());
            let mut parts: Vec<usize> =
                seeded.map(|s| tally.totals[s].parts.iter().map(|p| p.0).collect()).unwrap_or_default();
            let (mixed, unread_sentences) = gather_outcomes(doc, tally, mi, win.clone(), outs, &mut parts);
            let (vague, implied) = remainders(doc, mi, win, outs);
            let events: Vec<Event> = parts.iter().filter_map(|&q| doc.mention(q).and_then(|m| m.event)).collect();
            // "20 were rescued, 3 [whatever happened to them] and 2 died": a count
            // beside the parts that was not read as an outcome may be one, so the
            // breakdown is checked only as parts ≤ total.
            let unread = parts.iter().filter_map(|&q| doc.mention(q)).any(|p| unread_sentences.contains(&p.sentence));
            let complete = accounts_for_all(t.thing.as_deref(), &events) && !vague && !mixed && !unread;
            let enough = parts.len() + implied.len() >= 2 || seeded.is_some();
            if !enough {
                continue;
            }
            for &q in &parts {
                tally.used_as_part[q] = true;
            }
            let breakdown = Breakdown { parts, implied, complete, vague };
            match seeded {
                Some(s) => extend_seed(doc, &mut tally.totals[s], t, breakdown),
                None => {
                    tally.total_of[t.figure] = Some(tally.totals.len());
                    tally.totals.push(Sum {
                        total: t.figure,
                        parts: breakdown.parts.into_iter().map(|q| (q, 1.0)).collect(),
                        implied: breakdown.implied,
                        complete: breakdown.complete,
                        certainty: Certainty::Inferred,
                    });
                }
            }
        }
    }
}

/// The outcomes that accounting found for one total.
struct Breakdown {
    parts: Vec<usize>,
    implied: Vec<NumberWord>,
    complete: bool,
    vague: bool,
}

/// "carrying 150 passengers and six crew": the total aboard is the sum of
/// both, which no single figure states; such a total is left alone.
fn is_joined_aboard(doc: &Doc, mi: usize, t: &Mention) -> bool {
    if t.event != Some(Event::Aboard) {
        return false;
    }
    let after = doc.after_noun(t);
    let joined_after = doc.is(after, "and") && doc.figure_at_word(after + 1).is_some();
    let joined_before = t.first >= 2
        && doc.is(t.first - 1, "and")
        && mi > 0
        && doc.mentions[mi - 1].sentence == t.sentence
        && doc.mentions[mi - 1].noun.is_some_and(|n| doc.word_at(n.end) == t.first - 1);
    joined_after || joined_before
}

/// Adds to `parts` the counts in `win` that are outcomes `outs` of the
/// things total `mi` counts. Returns whether an outcome was given a second,
/// different figure (the breakdown is then mixed) and the sentences holding
/// counts of the same things whose fate the text does not say.
fn gather_outcomes(
    doc: &Doc,
    tally: &Tally,
    mi: usize,
    win: std::ops::Range<usize>,
    outs: &[Event],
    parts: &mut Vec<usize>,
) -> (bool, Vec<usize>) {
    let t = &doc.mentions[mi];
    let total_noun = t.noun.map(|n| crate::mentions::singular(&n.of(doc.text).to_ascii_lowercase()));
    let mut mixed = false;
    let mut unread_sentences = Vec::new();
    for ci in win {
        let c = &doc.mentions[ci];
        if ci == mi || tally.used_as_part[c.figure] || !is_count(doc, c) || c.cues.including || c.compound {
            continue;
        }
        if tally.total_of[c.figure].is_some() {
            continue;
        }
        // In the next paragraph a part must name what it counts, point
        // back ("38 of them") or stand beside one that does ("38 of
        // them, and 22 were lost"): a bare "Three others died" there may
        // be another story's dead.
        if c.paragraph != t.paragraph
            && c.via == Via::Ellipsis
            && !parts.iter().any(|&q| doc.mention(q).is_some_and(|qm| qm.sentence == c.sentence))
        {
            continue;
        }
        let Some(event) = c.event else {
            if c.sentence >= t.sentence && compatible(t, c) {
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
        if t.event.is_some_and(|e| outs.contains(&e) && e != event) {
            continue;
        }
        // People counted under their own noun ("12 officers were
        // injured") are not a breakdown of "45 people arrested"
        // unless the total counts those aboard.
        if t.thing.as_deref() == Some("person") && t.event != Some(Event::Aboard) && c.via == crate::mentions::Via::Noun {
            let noun = c.noun.map(|n| crate::mentions::singular(&n.of(doc.text).to_ascii_lowercase()));
            if noun != total_noun {
                continue;
            }
        }
        // The same outcome stated twice is one part; a second figure
        // for an outcome already counted adds to it only when it says
        // so ("eight more"), else it may break the first one down.
        let same_event: Vec<usize> =
            parts.iter().copied().filter(|&q| doc.mention(q).is_some_and(|qm| qm.event == Some(event))).collect();
        let duplicate = same_event.iter().any(|&q| doc.figures[q].value == doc.figures[c.figure].value);
        if duplicate {
            continue;
        }
        if !same_event.is_empty() && !c.cues.another {
            mixed = true;
            continue;
        }
        parts.push(c.figure);
    }
    (mixed, unread_sentences)
}

/// What the sentences of `win` say of the rest of total `mi`'s things
/// without a figure: whether an uncounted remainder is left ("some drones
/// were lost", "the rest"), and the implied ones ("while another had gone
/// back to Russia").
fn remainders(doc: &Doc, mi: usize, win: std::ops::Range<usize>, outs: &[Event]) -> (bool, Vec<NumberWord>) {
    let t = &doc.mentions[mi];
    let mut vague = false;
    let mut implied = Vec::new();
    let (first_sentence, last_sentence) = sentence_range(doc, win);
    for s in first_sentence..=last_sentence {
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
fn is_remainder_of(doc: &Doc, i: usize, b: usize, thing: &str) -> bool {
    let near: String =
        (i + 1..(i + 4).min(b)).map(|k| crate::mentions::singular(doc.lc(k))).collect::<Vec<_>>().join(" ");
    let thing_word = crate::mentions::lexicon::lexicons().things.get(&crate::mentions::singular(doc.lc(i + 1)));
    near.contains(thing) || thing_word == Some(thing) || matches!(doc.lc(i), "rest" | "remaining" | "remainder" | "others")
}

/// Whether "another" at word `i` is followed by one of the outcomes `outs`
/// ("another had gone back", "another drone returned"): one more part.
fn is_another_outcome(doc: &Doc, t: &Mention, i: usize, b: usize, outs: &[Event]) -> bool {
    let mut k = i + 1;
    while k < b
        && k < i + 5
        && matches!(doc.lc(k), "had" | "has" | "was" | "were" | "been" | "reportedly" | "also" | "one")
    {
        k += 1;
    }
    // "another drone returned": the thing counted, then the verb.
    if let Some(thing) = &t.thing {
        let lex = crate::mentions::lexicon::lexicons();
        if let Some((n, class, _)) = lex.things.match_at(&doc.phrase_at(k, 3))
            && class == thing
        {
            k = doc.skip_words(k, n);
        }
    }
    let lex = &crate::mentions::lexicon::lexicons().events;
    lex.match_class::<Event>(&doc.phrase_at(k, 3)).is_some_and(|(_, event)| outs.contains(&event))
}

/// Widens a seeded total's breakdown ("39 of the 71") by the outcomes
/// gathered around it.
fn extend_seed(doc: &Doc, sum: &mut Sum, t: &Mention, breakdown: Breakdown) {
    let Breakdown { parts, implied, complete, vague } = breakdown;
    let complete = complete || (sum.complete && !vague);
    // "180 people, 50 of them with serious injuries" ... "120 of the
    // injured went to hospital": outcomes gathered from other
    // sentences into an open breakdown may overlap, so such a sum is
    // only plausible (reported when it holds).
    let seed_parts: Vec<usize> = sum.parts.iter().map(|p| p.0).collect();
    let gathered_elsewhere = parts
        .iter()
        .any(|&q| !seed_parts.contains(&q) && doc.mention(q).is_some_and(|qm| qm.sentence != t.sentence));
    if !complete && gathered_elsewhere {
        sum.certainty = Certainty::Plausible;
    }
    sum.parts = parts.into_iter().map(|q| (q, 1.0)).collect();
    sum.implied = implied;
    sum.complete = complete;
}

/// "including 62 passengers and 5 crew": a breakdown that need not be complete.
fn includings(doc: &Doc, out: &mut Vec<Sum>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        if !m.cues.including || !is_count(doc, m) {
            continue;
        }
        let fits = |t: &Mention| {
            compatible(t, m) || (t.thing.as_deref() == Some("person") && m.thing.as_deref() == Some("person"))
        };
        let mut candidates = (0..mi)
            .rev()
            .map(|k| &doc.mentions[k])
            .take_while(|t| t.sentence == m.sentence)
            .filter(|t| is_count(doc, t) && t.thing.is_some());
        // A part that names what it counts belongs to the nearest count of
        // that ("12,000 people in 40 countries, including 3,000 people in the
        // UK"). One that does not may belong to any count before it, so the
        // pairing with the nearest is only plausible (reported when it holds).
        let (total, ambiguous) = if m.via == Via::Noun {
            match candidates.find(|t| fits(t)) {
                Some(t) => (t, false),
                None => continue,
            }
        } else {
            let Some(t) = candidates.next() else {
                continue;
            };
            if !fits(t) {
                continue;
            }
            (t, candidates.any(|c| c.thing != t.thing))
        };
        let mut parts = vec![(m.figure, 1.0)];
        for p in doc.mentions[mi + 1..].iter().take_while(|p| p.sentence == m.sentence) {
            if is_count(doc, p)
                && p.thing.is_some()
                && doc.lc(p.first.saturating_sub(1)) == "and"
                && p.cues == Default::default()
            {
                parts.push((p.figure, 1.0));
            }
        }
        out.push(Sum {
            total: total.figure,
            parts,
            implied: vec![],
            complete: false,
            certainty: if ambiguous { Certainty::Plausible } else { Certainty::Stated },
        });
    }
}

fn sentence_range(doc: &Doc, win: std::ops::Range<usize>) -> (usize, usize) {
    if win.is_empty() {
        return (0, 0);
    }
    (doc.mentions[win.start].sentence, doc.mentions[win.end - 1].sentence)
}

/// A tally restated as its parts: "29 other people were injured" and, in a
/// later sentence, "wounded 10 more, while 19 civilians were also hurt".
/// Only plausible: reported when it holds.
fn tallies_restated(doc: &Doc, used_as_part: &[bool], total_of: &[Option<usize>], out: &mut Vec<Sum>) {
    for p in 0..doc.layout.paragraphs.len() {
        let paragraph_window = window(doc, p);
        for mi in paragraph_window.clone() {
            let win = within_reach(paragraph_window.clone(), mi);
            let t = &doc.mentions[mi];
            if t.paragraph != p
                || !is_count(doc, t)
                || t.thing.is_none()
                || t.compound
                || t.cues.including
                || used_as_part[t.figure]
                || t.toll
            {
                continue;
            }
            let Some(event) = t.event else { continue };
            if matches!(event, Event::Launched | Event::Aboard) || total_of[t.figure].is_some() {
                continue;
            }
            let mut parts: Vec<usize> = Vec::new();
            let mut last_sentence = None;
            for ci in win.clone().filter(|&ci| ci > mi) {
                let c = &doc.mentions[ci];
                // Only reported when it holds, so a change of source may pass.
                let same_thing = c.thing == t.thing
                    && t.owner.is_none_or(|o| c.owner.is_none_or(|p| p == o))
                    && t.period.is_none_or(|o| c.period.is_none_or(|p| p == o));
                if c.sentence == t.sentence
                    || !is_count(doc, c)
                    || c.event != Some(event)
                    || !same_thing
                    || c.cues.including
                    || c.toll
                {
                    continue;
                }
                match last_sentence {
                    None => {}
                    Some(s) if s == c.sentence => {}
                    Some(s) if s + 1 == c.sentence && c.cues.another => {}
                    _ => break,
                }
                last_sentence = Some(c.sentence);
                parts.push(c.figure);
            }
            if parts.len() >= 2 {
                out.push(Sum {
                    total: t.figure,
                    parts: parts.into_iter().map(|q| (q, 1.0)).collect(),
                    implied: vec![],
                    complete: true,
                    certainty: Certainty::Plausible,
                });
            }
        }
    }
}

#[cfg(test)]
mod cue_tests {
    use super::*;

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
    }
}
