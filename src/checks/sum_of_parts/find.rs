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

use super::{ID, Sum};
use crate::report::explain::{SetAside, Tie};
use crate::checks::relation::{CueWords, Certainty, NumberWord, window, within_reach};
use crate::figures::Kind;
use crate::mentions::lexicon::Class;
use crate::mentions::{Doc, Event, Mention, Thing, Via, compatible};

/// Outcomes that account for a total, by what it counts: weapons are
/// destroyed, lost, diverted or hit; people are killed, injured, survive
/// or go missing.
fn outcomes(thing: Option<Thing>) -> &'static [Event] {
    use Event::*;
    match thing {
        Some(Thing::Person) => &[Killed, Injured, Survived, Missing],
        Some(Thing::Vote) => &[For, Against, Invalid],
        _ => &[Destroyed, Lost, Diverted, Hit, Missing],
    }
}

/// The event that makes a count of `thing` a total its outcomes account
/// for: weapons launched, people aboard. "One was sent home" launched no
/// one.
fn is_accounted_total(thing: Option<Thing>, event: Option<Event>) -> bool {
    match event {
        Some(Event::Launched) => thing.is_none_or(Thing::is_weapon),
        Some(Event::Aboard) => true,
        _ => false,
    }
}

/// Whether a set of outcomes accounts for everything. Dead and injured need
/// not cover the unhurt, so people are accounted for only when survivors
/// are counted beside another outcome.
fn accounts_for_all(thing: Option<Thing>, events: &[Event]) -> bool {
    let mut distinct: Vec<Event> = events.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    match thing {
        Some(Thing::Person) => distinct.contains(&Event::Survived) && distinct.len() >= 2,
        // Ballots are for or against; blank and spoilt ones are not always counted.
        Some(Thing::Vote) => distinct.contains(&Event::For) && distinct.contains(&Event::Against),
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

static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::SUM_OF_PARTS_CUES);

/// Whether `word` is a cue of class `cue`.
fn is_cue(word: &str, cue: Cue) -> bool {
    CUES.class_of::<Cue>(word) == Some(cue)
}

/// A count: a plain number of at least one ("one-fifth" is a share, not a count).
fn is_count(doc: &Doc, m: &Mention) -> bool {
    doc.figures[m.figure].kind == Kind::Number
        && doc.figures[m.figure].value.is_some_and(|v| v >= 1.0)
        && !is_majority_mark(doc, m)
}

/// A majority mark: "majority 202", "magic number 46", "a majority of 46",
/// "needs 46 for a majority". It says how many seats win, not how many
/// there are or anyone holds: never a total or a part.
fn is_majority_mark(doc: &Doc, m: &Mention) -> bool {
    let before = |n: usize| if m.first >= n { doc.lc(m.first - n) } else { "" };
    if matches!(before(1), "majority" | "threshold")
        || (before(1) == "number" && before(2) == "magic")
        || (before(1) == "of" && matches!(before(2), "majority" | "threshold"))
    {
        return true;
    }
    // "needs 46 for a majority", "46 seats are needed to form a government".
    let after = doc.after_noun(m);
    let needs = |w: &str| matches!(w, "needs" | "need" | "needed" | "requires" | "required" | "require");
    let needed = needs(before(1)) || needs(doc.lc(after)) || needs(doc.lc(after + 1));
    needed
        && (after..after + 8).any(|j| matches!(doc.lc(j), "majority" | "government" | "win" | "control" | "pass"))
}

/// "three each over the Tula and Oryol regions": how many items a figure
/// followed by "each" counts for, the names coordinated after it up to the
/// next figure or the end of the list. A name starts with a capital ("the
/// Tula"), so ", the ministry said" ends the list.
fn each_times(doc: &Doc, m: &Mention) -> f64 {
    let after = doc.after_noun(m);
    let k = if doc.is(m.end, "each") {
        m.end
    } else if doc.is(after, "each") {
        after
    } else {
        return 1.0;
    };
    let (_, b) = doc.sentence_words(m.sentence);
    let capitalised = |j: usize| doc.words()[j].span.of(doc.text).starts_with(char::is_uppercase);
    let mut items = 0;
    let mut separated = true;
    let mut j = k + 1;
    while j < b && j < k + 30 && doc.figure_at_word(j).is_none() {
        let w = doc.lc(j);
        if w == "," || w == "and" {
            separated = true;
        } else if doc.is_word(j) {
            if separated {
                let mut name = j;
                while matches!(doc.lc(name), "in" | "over" | "from" | "at" | "the" | "of") && name + 1 < b {
                    name += 1;
                }
                if !doc.is_word(name) || !capitalised(name) {
                    break;
                }
                items += 1;
                separated = false;
            }
        } else if !matches!(w, "-" | "'" | "’") {
            break;
        }
        j += 1;
    }
    items.max(1) as f64
}

/// A part with its weight: `each_times`.
fn weighted(doc: &Doc, figure: usize) -> (usize, f64) {
    (figure, doc.mention(figure).map_or(1.0, |m| each_times(doc, m)))
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
    colon_lists(doc, &mut tally, out);
    chambers(doc, &mut tally, out);
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
            let candidates = (0..mi).rev().take(12).map(|k| &doc.mentions[k]).filter(|t| {
                t.sentence < m.sentence
                    && t.paragraph + 1 >= m.paragraph
                    && is_count(doc, t)
                    && compatible(t, m)
                    && !tally.used_as_part[t.figure]
                    && group.is_none_or(|g| t.event == Some(g))
            });
            // The nearest: a lone part larger than it is then a mis-pairing
            // (see `Sum::tied`), never a finding.
            candidates.clone().next().map(|t| t.figure)
        } else {
            None
        };
        let Some(total) = total else { continue };
        if tally.used_as_part[total] || total == m.figure {
            continue;
        }
        tally.used_as_part[m.figure] = true;
        if doc.explaining() {
            // The words from the part to its whole: "38 out of 63", "71 of which".
            let quote = doc.mention(total).filter(|t| t.sentence == m.sentence).map(|t| {
                if t.first < m.first { doc.words_span(t.first, m.end) } else { doc.words_span(m.first, t.end) }
            });
            doc.tie(ID, &[total, m.figure], Tie::StatedCue, quote.flatten());
        }
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
                    // "38 out of 63" names its whole; "38 of them" and "274
                    // of the drones" point back to one, which may be the wrong
                    // one.
                    tied: m.part_of.is_some() && !m.cues.of_which,
 explicit: m.cues.of_which,
                });
            }
        }
    }
}

/// Lists after a colon: "nine medals: two golds, three silvers and four
/// bronzes", "60 drones were downed: 21 over Bryansk, 17 over Kursk ...",
/// a table's row "Northshire (90 seats, majority 46): Labour 50; Greens 25;
/// Others 20". The list ends with its sentence (a row of a table is a
/// sentence of its own), so no sum runs across rows.
fn colon_lists(doc: &Doc, tally: &mut Tally, out: &mut Vec<Sum>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        if !is_count(doc, m) || tally.used_as_part[m.figure] || tally.total_of[m.figure].is_some() {
            continue;
        }
        let Some(colon) = list_colon(doc, m) else { continue };
        if m.thing.is_none() {
            continue;
        }
        let parts = list_parts(doc, mi, colon);
        if parts.len() < 2 {
            continue;
        }
        let same_kind = parts.iter().all(|p| p.thing == m.thing)
            || (m.class() == Some(Thing::Person) && parts.iter().all(|p| p.class() == Some(Thing::Person)));
        if !same_kind {
            continue;
        }
        let complete = list_is_complete(doc, m, &parts, colon);
        if doc.explaining() {
            let mut figures = vec![m.figure];
            figures.extend(parts.iter().map(|p| p.figure));
            doc.tie(ID, &figures, Tie::StatedCue, doc.words_span(colon, colon + 1));
            let tie = if complete { Tie::FullBreakdown } else { Tie::PartialBreakdown };
            doc.tie(ID, &figures, tie, None);
        }
        let weighted_parts: Vec<(usize, f64)> = parts.iter().map(|p| weighted(doc, p.figure)).collect();
        // "212,400 sat the exam out of 215,000 who registered: 110,300
        // male and 757,785 female": the list may break down either count,
        // so each pairing is only plausible (reported when it holds).
        if let Some(other) = other_whole(doc, mi) {
            for total in [m.figure, other] {
                out.push(Sum {
                    total,
                    parts: weighted_parts.clone(),
                    implied: vec![],
                    complete,
                    certainty: Certainty::Plausible,
                    tied: false,
 explicit: false,
                });
            }
            for p in &parts {
                tally.used_as_part[p.figure] = true;
            }
            continue;
        }
        for p in &parts {
            tally.used_as_part[p.figure] = true;
        }
        tally.total_of[m.figure] = Some(tally.totals.len());
        tally.totals.push(Sum {
            total: m.figure,
            parts: weighted_parts,
            implied: vec![],
            complete,
            certainty: Certainty::Stated,
            tied: true,
 explicit: true,
        });
    }
}

/// The colon that opens a list after count `m`: within a few words, with
/// no other count between (a majority mark may stand there: "(403 seats,
/// majority 202):"). A colon between digits ("11:00") opens nothing.
fn list_colon(doc: &Doc, m: &Mention) -> Option<usize> {
    let (_, end) = doc.sentence_words(m.sentence);
    let mut j = m.end;
    while j < end && j < m.end + 16 && doc.lc(j) != ":" {
        if let Some(f) = doc.figure_at_word(j)
            && f != m.figure
        {
            if !doc.mention(f).is_some_and(|o| is_majority_mark(doc, o)) {
                return None;
            }
            if doc.explaining() {
                doc.set_aside(ID, &[m.figure, f], SetAside::NotACount, doc.words_span(j.saturating_sub(2), j + 1));
            }
        }
        j += 1;
    }
    let words = doc.words();
    let opens = doc.lc(j) == ":" && words.get(j + 1).is_none_or(|next| next.span.start > words[j].span.end);
    opens.then_some(j)
}

/// The counts of the list after `colon`, up to the end of the sentence. A
/// count in brackets or one that counts a part of an item ("23 reserved
/// seats, 12 of them for women") is a breakdown of that item, not an item.
fn list_parts<'d>(doc: &'d Doc, mi: usize, colon: usize) -> Vec<&'d Mention> {
    let m = &doc.mentions[mi];
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut k = colon;
    for p in doc.mentions[mi + 1..].iter().take_while(|p| p.sentence == m.sentence) {
        while k < p.first {
            match doc.lc(k) {
                "(" | "[" => depth += 1,
                ")" | "]" => depth -= 1,
                _ => {}
            }
            k += 1;
        }
        if p.first < colon || depth > 0 || is_majority_mark(doc, p) {
            continue;
        }
        if p.cues.of_which || p.cues.including {
            break;
        }
        if is_count(doc, p) && p.thing.is_some() {
            parts.push(p);
        }
    }
    parts
}

/// Whether a list after a colon names every part of its total. Weapons
/// broken down by place, or people, medals and the like by category
/// ("94 children, 75 women and 72 men") are; a list of named items
/// (parties, places) of other things may leave some out unless it ends
/// with the rest ("Others 18"); an unquantified rest ("and others") leaves
/// it open.
fn list_is_complete(doc: &Doc, m: &Mention, parts: &[&Mention], colon: usize) -> bool {
    let (_, end) = doc.sentence_words(m.sentence);
    let mut quantified_rest = false;
    for j in colon + 1..end {
        if matches!(doc.lc(j), "others" | "other" | "rest" | "remaining" | "remainder") {
            let beside = |k: usize| doc.figure_at_word(k).is_some();
            if beside(j + 1) || (j > 0 && beside(j - 1)) || (doc.is(j + 1, "parties") && beside(j + 2)) {
                quantified_rest = true;
            } else {
                return false;
            }
        }
    }
    if quantified_rest || m.class().is_some_and(Thing::is_weapon) {
        return true;
    }
    !parts.iter().any(|p| is_named_item(doc, p))
}

/// Whether a list item is named by a proper noun beside its figure ("BJP
/// 54", "25 seats in Sarawak").
fn is_named_item(doc: &Doc, p: &Mention) -> bool {
    let capitalised = |j: usize| doc.is_word(j) && doc.words()[j].span.of(doc.text).starts_with(char::is_uppercase);
    let (a, b) = doc.sentence_words(p.sentence);
    let before = (p.first > a).then(|| p.first - 1).is_some_and(|j| capitalised(j) && j > a);
    let after = doc.after_noun(p);
    let after_named = (after..(after + 3).min(b)).take_while(|&j| doc.figure_at_word(j).is_none() && doc.lc(j) != ",").any(capitalised);
    before || after_named
}

/// For a list head written as the whole of a count before it ("1,538,445
/// sat the exam out of 215,000 ...:"), that count.
fn other_whole(doc: &Doc, mi: usize) -> Option<usize> {
    let m = &doc.mentions[mi];
    if m.first == 0 || !doc.is(m.first - 1, "of") {
        return None;
    }
    doc.mentions[..mi]
        .iter()
        .rev()
        .take_while(|p| p.sentence == m.sentence)
        .find(|p| is_count(doc, p) && p.thing.is_some())
        .map(|p| p.figure)
}

/// Seats won against the chamber they are won in: "the Greens won 44
/// seats, Labour 30 and the Liberals 12 in the 80-seat parliament". The
/// parties named may not be all, so only parts <= total is checked.
fn chambers(doc: &Doc, tally: &mut Tally, out: &mut Vec<Sum>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        let sized = is_chamber_size(doc, m);
        if !sized || !is_count(doc, m) || m.class() != Some(Thing::Seat) || tally.total_of[m.figure].is_some() {
            continue;
        }
        let sentence = crate::checks::relation::sentence_mentions(doc, m.sentence);
        let parts: Vec<usize> = sentence
            .filter(|&k| k != mi)
            .map(|k| &doc.mentions[k])
            .filter(|p| {
                is_count(doc, p)
                    && p.class() == Some(Thing::Seat)
                    && compatible(m, p)
                    && !tally.used_as_part[p.figure]
                    && tally.total_of[p.figure].is_none()
                    && p.part_of.is_none()
                    && !p.cues.of_which
            })
            .map(|p| p.figure)
            .collect();
        if parts.len() < 2 {
            continue;
        }
        for &p in &parts {
            tally.used_as_part[p] = true;
        }
        if doc.explaining() {
            let mut figures = vec![m.figure];
            figures.extend(&parts);
            doc.tie(ID, &figures, Tie::SameSentence, doc.words_span(m.first, m.end + 3));
            doc.tie(ID, &figures, Tie::PartialBreakdown, None);
        }
        out.push(Sum {
            total: m.figure,
            parts: parts.into_iter().map(|p| weighted(doc, p)).collect(),
            implied: vec![],
            complete: false,
            certainty: Certainty::Stated,
            tied: true,
            explicit: false,
        });
    }
}

/// "the 80-seat parliament", "a 450-seat Rada": a count of seats that
/// qualifies a chamber is its size. "one seat each" is not.
fn is_chamber_size(doc: &Doc, m: &Mention) -> bool {
    let k = if doc.is(m.end, "-") { m.end + 1 } else { m.end };
    if !doc.is(k, "seat") {
        return false;
    }
    let next = k + 1;
    let chamber = matches!(
        doc.lc(next),
        "parliament" | "assembly" | "chamber" | "house" | "council" | "legislature" | "senate" | "congress" | "body"
    );
    let named = k > m.end && doc.is_word(next) && doc.words()[next].span.of(doc.text).starts_with(char::is_uppercase);
    chamber || named
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
            if seeded.is_none() && (tally.used_as_part[t.figure] || !is_accounted_total(t.class(), t.event)) {
                continue;
            }
            if is_joined_aboard(doc, mi, t) {
                continue;
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
            if restated_as_whole {
                continue;
            }
            let outs = outcomes(t.class());
            let mut parts: Vec<usize> =
                seeded.map(|s| tally.totals[s].parts.iter().map(|p| p.0).collect()).unwrap_or_default();
            let (mixed, unread_sentences) = gather_outcomes(doc, tally, mi, win.clone(), outs, &mut parts);
            let (vague, implied) = remainders(doc, mi, win, outs);
            let events: Vec<Event> = parts.iter().filter_map(|&q| doc.mention(q).and_then(|m| m.event)).collect();
            // "20 were rescued, 3 [whatever happened to them] and 2 died": a count
            // beside the parts that was not read as an outcome may be one, so the
            // breakdown is checked only as parts ≤ total.
            let unread = parts.iter().filter_map(|&q| doc.mention(q)).any(|p| unread_sentences.contains(&p.sentence));
            let complete = accounts_for_all(t.class(), &events) && !vague && !mixed && !unread;
            let enough = parts.len() + implied.len() >= 2 || seeded.is_some();
            if !enough {
                continue;
            }
            for &q in &parts {
                tally.used_as_part[q] = true;
            }
            if doc.explaining() {
                let mut figures = vec![t.figure];
                figures.extend(&parts);
                let explicit = t.cues.total
                    || parts.iter().filter_map(|&q| doc.mention(q)).any(|p| p.cues.of_which || p.cues.rest || p.cues.all);
                let tie = match (complete, explicit) {
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
    }
}

/// "Of the 90 drones, the air force shot down 61": a count opening its
/// clause after "Of the" is the whole the clause breaks down.
fn is_fronted_whole(doc: &Doc, c: &Mention) -> bool {
    let (a, _) = doc.sentence_words(c.sentence);
    if c.first < a + 2 || !doc.is(c.first - 1, "the") || !doc.is(c.first - 2, "of") {
        return false;
    }
    let of = c.first - 2;
    of == a || matches!(doc.lc(of - 1), "," | ";" | ":")
}

/// Whether a later count's period starts another scope than an earlier
/// count's: both named and different, or the later one named as another
/// night, day or year ("on the night of March 3", "last year") after
/// counts of no stated period. "Overnight" said late names the story's own
/// night.
fn is_new_period(later: Option<&str>, earlier: Option<&str>) -> bool {
    match (later, earlier) {
        (Some(l), Some(e)) => l != e,
        (Some(l), None) => l != "night",
        _ => false,
    }
}

/// Whether sentence `later` opens on a day of its own ("On October 5, ...",
/// "On the night of May 3, ...", "On Tuesday night, ...") that sentence
/// `earlier` does not open on: counts of another day are not parts of this
/// one's.
fn is_new_day(doc: &Doc, later: usize, earlier: usize) -> bool {
    let day = |s: usize| {
        let (a, b) = doc.sentence_words(s);
        if !doc.is(a, "on") {
            return None;
        }
        let mut k = a + 1;
        if doc.is(k, "the") && doc.is(k + 1, "night") && doc.is(k + 2, "of") {
            k += 3;
        }
        let dated = doc.figure_at_word(k).is_some_and(|f| doc.figures[f].kind == Kind::Date);
        let weekday = matches!(
            doc.lc(k),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        );
        if k >= b || !(dated || weekday) {
            return None;
        }
        // The day's words up to the comma: "tuesday night".
        let end = (k..b.min(k + 6)).find(|&j| doc.lc(j) == ",").unwrap_or(k + 1);
        Some((k..end).map(|j| doc.lc(j)).collect::<Vec<_>>())
    };
    day(later).is_some_and(|d| day(earlier) != Some(d))
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
        // A count the total's outcomes would have taken: what a reader may
        // take for a part, and so worth a reason when it is set aside.
        let would_be_part = c.event.is_some_and(|e| outs.contains(&e)) && compatible(t, c);
        let set_aside = |reason: SetAside| {
            if would_be_part {
                doc.set_aside(ID, &[t.figure, c.figure], reason, None);
            }
        };
        if c.paragraph != t.paragraph
            && c.via == Via::Ellipsis
            && !parts.iter().any(|&q| doc.mention(q).is_some_and(|qm| qm.sentence == c.sentence))
        {
            set_aside(SetAside::OtherClause);
            continue;
        }
        // "On the night of March 3, 95 were launched" after the counts
        // of last night: a period named anew starts another scope, and
        // counts before it are not its parts, nor counts after a new one
        // parts of what came before.
        let (earlier, later) = if c.sentence < t.sentence { (c, t) } else { (t, c) };
        if c.sentence != t.sentence
            && (is_new_period(later.period, earlier.period) || is_new_day(doc, later.sentence, earlier.sentence))
        {
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
        if t.event.is_some_and(|e| outs.contains(&e) && e != event) {
            continue;
        }
        // People counted under their own noun ("12 officers were
        // injured") are not a breakdown of "45 people arrested"
        // unless the total counts those aboard.
        if t.class() == Some(Thing::Person) && t.event != Some(Event::Aboard) && c.via == Via::Noun {
            let noun = c.noun.map(|n| crate::mentions::singular(&n.of(doc.text).to_ascii_lowercase()));
            if noun != total_noun {
                set_aside(SetAside::OtherThing);
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
    // Parts read as fates account for the whole, but only "of which", "of
    // them", "the rest", "all" or "in total" say so: without one, a
    // shortfall is a warning.
    let explicit = t.cues.total
        || t.cues.all
        || parts.iter().filter_map(|&q| doc.mention(q)).any(|p| p.cues.of_which || p.cues.rest || p.cues.all);
    sum.explicit = sum.complete || explicit;
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
    sum.parts = parts.into_iter().map(|q| weighted(doc, q)).collect();
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
            compatible(t, m) || (t.class() == Some(Thing::Person) && m.class() == Some(Thing::Person))
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
        let parts = coordinated_parts(doc, mi);
        if doc.explaining() {
            let mut figures = vec![total.figure];
            figures.extend(&parts);
            let cue = m.first.saturating_sub(if doc.is(m.first.saturating_sub(1), "them") { 2 } else { 1 });
            doc.tie(ID, &figures, Tie::PartialBreakdown, doc.words_span(cue, m.first));
        }
        out.push(Sum {
            total: total.figure,
            parts: parts.into_iter().map(|p| weighted(doc, p)).collect(),
            implied: vec![],
            complete: false,
            certainty: if ambiguous { Certainty::Plausible } else { Certainty::Stated },
            tied: true,
 explicit: true,
        });
    }
}

/// The part at mention `mi` and the counts coordinated after it ("including
/// 6 children, 5 women and 4 men": all three), each joined to the one
/// before by a comma or "and" after its noun phrase. A count that breaks
/// down the one before it ("5 women, two of them pregnant") ends the list.
fn coordinated_parts(doc: &Doc, mi: usize) -> Vec<usize> {
    let m = &doc.mentions[mi];
    let mut parts = vec![m.figure];
    let mut prev = m;
    for p in doc.mentions[mi + 1..].iter().take_while(|p| p.sentence == m.sentence) {
        let joined = (doc.after_noun(prev)..p.first).all(|k| matches!(doc.lc(k), "," | "and" | "each"))
            && p.first > doc.after_noun(prev);
        if !joined || p.cues.of_which || !is_count(doc, p) || p.thing.is_none() {
            break;
        }
        parts.push(p.figure);
        prev = p;
    }
    parts
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
                    tied: false,
 explicit: false,
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
