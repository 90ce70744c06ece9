//! The same quantity stated twice: "152 drones" and "about one and a half
//! hundred drones"; "nearly 400 drones" and "391 drones"; "Rs2415
//! billion" and "Rs 2,415 billion".
//!
//! Two figures are taken for one quantity when they are of the same kind
//! and unit, count the same thing for the same side and period, and say
//! the same thing happened to it; figures from different sources may
//! legitimately differ, so such a restatement is only recorded when it
//! holds, never flagged.
//!
//! Two kinds are flagged (as warnings) when they disagree, because the text
//! presents each figure as the one current value:
//! - running death tolls ("has so far claimed 48 lives" ... "bringing the
//!   death toll to 41"), unless either is marked as earlier or updated;
//! - a measure of one named thing given twice: two sentences that name the
//!   same proper name ("Willis Tower") and the same attribute ("observation
//!   deck"), each with a single measure in the same unit.

use crate::text::HasByte;
use crate::text::is_lower;
use super::{Found, ID, Restatement};
use crate::report::explain::{SetAside, Tie};
use crate::checks::relation::{Certainty, CueWords, NumberWord, dated_apart, window};
use crate::figures::Kind;
use crate::mentions::lexicon::Class;
use crate::mentions::{Doc, Event, Mention};
use crate::text::TokenKind;

/// Whether a figure's noun names a fate and joins it with another by "and"
/// or "or": "the dead and missing", "deaths or injuries". Such a figure
/// counts both fates together, so it is no count of either alone. A noun
/// that names no fate ("43 people and killing 15") joins no fate: the
/// "and" opens another clause.
pub(super) fn joins_another_fate(doc: &Doc, m: &Mention) -> bool {
    let Some(noun) = m.noun else { return false };
    let j = doc.after_noun(m);
    if !crate::lc_in!(doc, j, ["and", "or"]) {
        return false;
    }
    let lex = crate::mentions::lexicon::lexicons();
    let fate_of_noun = lex
        .things
        .match_phrase(&doc.phrase_at(doc.word_at(noun.start), 3))
        .and_then(|(_, _, implied)| implied.and_then(Event::from_name));
    let phrase = doc.phrase_at(j + 1, 3);
    let other = lex
        .events
        .match_class::<Event>(&phrase)
        .or_else(|| lex.things.match_at(&phrase).and_then(|(n, _, implied)| Some((n, Event::from_name(implied?)?))));
    match (fate_of_noun, other) {
        // "the dead and missing 900", not "dead and 40 missing".
        (Some(own), Some((n, e))) => e != own && doc.figure_at_word(doc.skip_words(j + 1, n)).is_none(),
        _ => false,
    }
}

/// How many figures either side of a whole its parts are looked for.
const PART_REACH: usize = 8;

/// "killed at least 77 people ... At least 77 of the 81 people on
/// board died": the earlier figure is said again by the part, so the
/// whole it is stated of ("of the 81") is another quantity. Whether `b`
/// is the whole of a part in its own sentence that comes nearer `a` than
/// `b` does. A part stands within a few figures of its whole, so only
/// those are read: a sentence of thousands of figures stays linear.
fn whole_of_a_closer_part(doc: &Doc, a: &Mention, b: &Mention) -> bool {
    let value = |m: &Mention| doc.figures[m.figure].value;
    let (Some(va), Some(vb)) = (value(a), value(b)) else { return false };
    let Some(Some(at)) = doc.mention_of.get(b.figure).copied() else { return false };
    let near = at.saturating_sub(PART_REACH)..(at + PART_REACH + 1).min(doc.mentions.len());
    doc.mentions[near]
        .iter()
        .filter(|p| p.sentence == b.sentence && p.part_of == Some(b.figure))
        .any(|p| value(p).is_some_and(|vp| (vp - va).abs() < (vb - va).abs()))
}

/// "42% higher than 2021 ... 42% higher than 2020": changes measured
/// against different years are of different bases; "The 2025 surplus was
/// $8.12 billion. In 2024 it was $8.12 billion": values of sentences that
/// name different years are each year's own.
fn other_years(doc: &Doc, a: &Mention, b: &Mention) -> bool {
    let differ = |x: Option<f64>, y: Option<f64>| matches!((x, y), (Some(x), Some(y)) if x != y);
    differ(year_compared_with(doc, a), year_compared_with(doc, b)) || differ(year_of(doc, a), year_of(doc, b))
}

/// The one year a figure's sentence names, if it names one.
fn year_of(doc: &Doc, m: &Mention) -> Option<f64> {
    let (a, b) = doc.sentence_words(m.sentence);
    // A sentence of news is short; one of thousands of words (a pasted
    // table) is read for no year, so a pair costs no scan of it.
    if b - a > 120 {
        return None;
    }
    let mut years = (a..b).filter_map(|k| doc.figure_at_word(k)).filter(|&f| doc.figures[f].kind == Kind::Year);
    let first = years.next()?;
    years.all(|f| doc.figures[f].value == doc.figures[first].value).then(|| doc.figures[first].value).flatten()
}

/// The year a figure is compared with: "42% higher than 2021" → 2021.
fn year_compared_with(doc: &Doc, m: &Mention) -> Option<f64> {
    let than = doc.after_noun(m);
    let year = doc.figure_at_word(than + 1).filter(|&f| doc.figures[f].kind == Kind::Year)?;
    doc.is(than, "than").then(|| doc.figures[year].value).flatten()
}

/// Whether `b` restates `a`: `Ok` when they are one quantity, an error
/// with the reason when they come close to it but are set aside (`None`
/// when they are not even candidates).
fn restates(doc: &Doc, a: &Mention, b: &Mention, lede: bool) -> Result<(), Option<SetAside>> {
    // "28 of the dead" is a part of a tally, not the tally again; so is
    // "including 1,300 children". "30 other people" and "17 more" count
    // others than those before them (though "460 others" may be said again,
    // and "£11,000 more than" is a difference, no count).
    let part = |m: &Mention| m.via == crate::mentions::Via::Partitive || m.part_of.is_some() || m.cues.including;
    let others = b.cues.another && doc.figures[b.figure].kind == Kind::Number;
    if part(a) || part(b) || others || counts_nothing(doc, a) || counts_nothing(doc, b) {
        return Err(None);
    }
    if joins_another_fate(doc, a) != joins_another_fate(doc, b) || whole_of_a_closer_part(doc, a, b) {
        return Err(Some(SetAside::OtherThing));
    }
    if other_years(doc, a, b) {
        return Err(Some(SetAside::OtherPeriod));
    }
    let (fa, fb) = (&doc.figures[a.figure], &doc.figures[b.figure]);
    if fa.kind != fb.kind || fa.unit != fb.unit || fa.currency != fb.currency || a.sentence == b.sentence {
        return Err(None);
    }
    let hedged = |f: &crate::figures::Figure| f.approx.is_some() || f.bound.is_some() || f.in_words;
    let (Some(va), Some(vb)) = (fa.value, fb.value) else { return Err(None) };
    // A headline and its story's lede state one figure however they
    // differ (`headline_and_lede`); elsewhere only agreeing figures are
    // taken for one, since two sources or moments may give two counts.
    if !(hedged(fa) || hedged(fb) || lede) && va != vb {
        return Err(None);
    }
    // Hedges reach a tenth and bounds are used near the value ("more than
    // 400" for 427): figures further apart than this are not one quantity.
    if va.max(vb) < 10.0 || (va - vb).abs() > 0.15 * va.abs().max(vb.abs()) {
        return Err(None);
    }
    // People are counted by what befell them: "at least 30 died" and "the
    // ferry sailed with 34 passengers" are two counts, though one names no
    // fate. A count of people without one restates another only as the
    // same number or as a running toll; other things may be named once
    // without their fate.
    let person = a.class() == Some(crate::mentions::Thing::Person);
    let fate_unsaid = a.event.is_none() || b.event.is_none();
    let events_agree = fate_unsaid && (!person || va == vb || a.toll || b.toll)
        || a.event == b.event
        || matches!((a.event, b.event), (Some(Event::Launched), Some(Event::Launched)));
    let agree = match (fa.interval(), fb.interval()) {
        (Some(x), Some(y)) => x.meets(&y),
        _ => false,
    };
    if !agree && !lede {
        return Err(None);
    }
    if labels(doc, a, b) || rows(doc, a, b) {
        return Err(None);
    }
    // The same amount of money or measure to the unit, stated exactly twice.
    if matches!(fa.kind, Kind::Money | Kind::Measure) && va == vb && fa.approx.is_none() && fb.approx.is_none() {
        return Ok(());
    }
    // "12 silver medals" and "12 bronze medals": nouns of one class with
    // different words before them count different kinds.
    let kinds_differ = matches!((modifier(doc, a), modifier(doc, b)), (Some(x), Some(y)) if x != y)
        || person && va != vb && people_differ(doc, a, b);
    match (&a.thing, &b.thing) {
        (Some(x), Some(y)) if x != y || kinds_differ => Err(Some(SetAside::OtherThing)),
        (Some(_), Some(_)) => match other_scope(doc, a, b, false) {
            Some(reason) => Err(Some(reason)),
            None if !events_agree => Err(Some(SetAside::OtherThing)),
            None => Ok(()),
        },
        _ => Err(None),
    }
}

/// Whether a figure only marks a line or a base, no count said again:
/// "the total stayed under 600", "remained above 1,000" (a bound after a
/// verb of staying is a line the count keeps to one side of); "4.1 deaths
/// per 100 million vehicle-km", "one in every 1,000" (the base of a rate
/// counts nothing; two rates on one base say nothing twice).
fn counts_nothing(doc: &Doc, m: &Mention) -> bool {
    let before = if m.first > 0 { doc.lc(m.first - 1) } else { "" };
    // "1 in 10 nurses": the base of a ratio.
    crate::one_of!(before, ["per", "every"])
        || doc.in_a_ratio(m.figure)
        || doc.figures[m.figure].bound.is_some()
            && crate::one_of!(before, ["remain", "remains", "remained", "stay", "stays", "stayed", "kept", "held"])
}

/// "12 Male in his 40s / 12 Female in her 40s", "Chile 4 gold ... Peru 4
/// gold": figures that each open a line of one list (no blank line
/// between; the line one sentence with no full stop) are its rows' values,
/// each of its own row, none the other said again.
fn rows(doc: &Doc, a: &Mention, b: &Mention) -> bool {
    // Bytes, not str patterns: a substring search is kilobytes of Wasm.
    let bytes = doc.text.as_bytes();
    let at = |m: &Mention| doc.figures[m.figure].span.start;
    // Each test looks at a few bytes: a line of megabytes costs no scan.
    let opens_row = |m: &Mention| {
        let (start, end) = doc.sentence_words(m.sentence);
        let (from, s_end) = (doc.words()[start].span.start, doc.words()[end - 1].span.end);
        let tail = &bytes[s_end..bytes.len().min(s_end + 2)];
        // Of two bytes at most: matched, not searched (`contains` brings `memchr`).
        let line_ends = matches!(tail, [b'\n', ..] | [_, b'\n']) || s_end + tail.len() == bytes.len() && tail.iter().all(u8::is_ascii_whitespace);
        m.first <= start + 1
            && (from == 0 || bytes[from - 1] == b'\n')
            && line_ends
            && !matches!(bytes[s_end - 1], b'.' | b'!' | b'?')
    };
    let (x, y) = (at(a).min(at(b)), at(a).max(at(b)));
    opens_row(a) && opens_row(b) && !bytes[x..y].windows(2).any(|w| w == b"\n\n")
}

/// "the 15-year mortgage ... the 15-year rate": spans of time written
/// before a noun, twice, name a kind of thing, not a quantity.
fn labels(doc: &Doc, a: &Mention, b: &Mention) -> bool {
    doc.figures[a.figure].unit.is_some_and(crate::figures::is_duration) && hyphened(doc, a) && hyphened(doc, b)
}

/// Whether a figure is written with a hyphen: "15-year", "12-day".
fn hyphened(doc: &Doc, m: &Mention) -> bool {
    doc.figures[m.figure].span.of(doc.text).has(b'-')
}

/// The word before the head of a count's noun phrase: "silver" in "12
/// silver medals", "attack" in "145 attack drones".
fn modifier<'d>(doc: &'d Doc, m: &Mention) -> Option<&'d str> {
    let noun = m.noun?;
    let (first, after) = (doc.word_at(noun.start), doc.word_at(noun.end));
    (after > first + 1).then(|| doc.lc(after - 2))
}

/// "at least 9 civilians" and "10 soldiers": near counts of people named
/// by different nouns count different people, unless one is a word for
/// anyone ("people", "victims"). (The same number under two nouns, "12
/// minors" and "12 children", is more likely the same people.)
fn people_differ(doc: &Doc, a: &Mention, b: &Mention) -> bool {
    // The head noun, when the lexicon knows it as a kind of person with no
    // fate of its own ("dead" and "victims" name anyone who met one).
    let kind = |m: &Mention| {
        let k = m.noun.map(|_| doc.after_noun(m) - 1)?;
        let (_, _, fate) = crate::mentions::lexicon::lexicons().things.match_phrase(&doc.phrase_at(k, 1))?;
        let word = doc.lc(k);
        (fate.is_none() && !crate::one_of!(word, ["people", "persons", "victims", "individuals"])).then_some(word)
    };
    matches!((kind(a), kind(b)), (Some(x), Some(y)) if x != y)
}


/// How many earlier figures of the same kind of thing a figure is compared
/// with: restatements reach across the whole text, so the search is bounded
/// per kind of thing instead of per paragraph, and stays linear.
const RECENT: usize = 8;

pub fn find(doc: &Doc, out: &mut Vec<Found>) {
    fractions(doc, out);
    bracketed(doc, out);
    tolls(doc, out);
    named_measures(doc, out);
    // Keyed by what a figure is and counts; a tuple, not formatted text, so
    // that nothing here depends on Debug output (the Wasm build drops it).
    type Key<'a> = (crate::figures::Kind, Option<&'static str>, Option<&'static str>, &'a str);
    let key = |i: usize| -> Key {
        let b = &doc.mentions[i];
        let fig = &doc.figures[b.figure];
        // Money and measures are known by their unit: "a 42,000-acre blaze"
        // and "burned through 42,000 acres" name no thing alike.
        let thing = if matches!(fig.kind, Kind::Money | Kind::Measure) { "" } else { b.thing.as_deref().unwrap_or("") };
        (fig.kind, fig.unit, fig.currency, thing)
    };
    // Each mention's group of equal keys, found by a sort (no hash
    // map in the Wasm build); each group keeps its last few mentions.
    let mut order: Vec<usize> = (0..doc.mentions.len()).collect();
    order.sort_unstable_by(|&x, &y| key(x).cmp(&key(y)));
    let mut group = vec![0; order.len()];
    for w in 1..order.len() {
        let apart = key(order[w]) != key(order[w - 1]);
        group[order[w]] = group[order[w - 1]] + usize::from(apart);
    }
    let mut recent: Vec<Vec<usize>> = vec![Vec::new(); order.len()];
    for (bi, b) in doc.mentions.iter().enumerate() {
        let bucket = &mut recent[group[bi]];
        let mut restated = None;
        let mut lede = false;
        for &ai in bucket.iter().rev() {
            lede = headline_and_lede(doc, ai, bi, |k| group[k] == group[bi]);
            match restates(doc, &doc.mentions[ai], b, lede) {
                Ok(()) => {
                    restated = Some(ai);
                    break;
                }
                Err(Some(reason)) => doc.set_aside(ID, &[doc.mentions[ai].figure, b.figure], reason, None),
                Err(None) => {}
            }
        }
        if let Some(ai) = restated {
            if doc.explaining() {
                let pair = [doc.mentions[ai].figure, b.figure];
                doc.tie(ID, &pair, Tie::SameThing, None);
                doc.tie(ID, &pair, Tie::SameScope, None);
            }
            out.push(Found::Quantity(Restatement {
                first: doc.mentions[ai].figure,
                second: b.figure,
                certainty: if lede { Certainty::Inferred } else { Certainty::Plausible },
            }));
        }
        if bucket.len() == RECENT {
            bucket.remove(0);
        }
        bucket.push(bi);
    }
}

/// Whether mention `ai` is the one count of its kind in a headline (a
/// first paragraph of one sentence with no full stop) and `bi` the first of
/// its kind in the story's first paragraph after it, both of the same
/// event: "78 people killed in floods" and "At least 79 people were killed
/// ...". The story tells the headline's figure again, so the two must
/// agree, whatever counts follow (`same_kind` tells a mention's kind; the
/// scan runs only for a pair of the first two paragraphs).
fn headline_and_lede(doc: &Doc, ai: usize, bi: usize, same_kind: impl Fn(usize) -> bool) -> bool {
    let (a, b) = (&doc.mentions[ai], &doc.mentions[bi]);
    let sentences = &doc.layout.sentences;
    let headline = a.paragraph == 0
        && b.paragraph == 1
        && sentences.get(1).is_some_and(|s| s.paragraph != 0)
        && !matches!(doc.text.as_bytes().get(sentences[0].span.end.wrapping_sub(1)), Some(b'.' | b'!' | b'?'));
    headline && a.event.is_some() && a.event == b.event && (0..bi).filter(|&k| same_kind(k)).all(|k| k == ai)
}

/// The classes of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// Words that mark a figure as superseded: "earlier", "revised".
    Earlier,
    /// Words that single out the largest part: "deadliest", "worst".
    Standout,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        crate::mentions::lexicon::named(
            &[
                ("earlier", Cue::Earlier),
                ("standout", Cue::Standout),
            ],
            name,
        )
    }
}

static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::RESTATEMENT_CUES);

/// Whether `word` is a cue of class `cue`.
fn is_cue<'w>(word: impl Into<crate::text::HashedWord<'w>>, cue: Cue) -> bool {
    CUES.class_of::<Cue>(word) == Some(cue)
}

fn marked_earlier(doc: &Doc, sentence: usize) -> bool {
    let (a, b) = doc.sentence_words(sentence);
    (a..b).any(|k| is_cue(doc.word(k), Cue::Earlier))
}

/// Running tolls that disagree with no word saying one is older.
pub fn tolls(doc: &Doc, out: &mut Vec<Found>) {
    for p in 0..doc.layout.paragraphs.len() {
        let win = window(doc, p);
        let tolls: Vec<&Mention> =
            win.map(|k| &doc.mentions[k])
                .filter(|m| m.toll && m.event == Some(Event::Killed) && !m.cues.another && !joins_fates(doc, m) && !more_beside(doc, m))
                .collect();
        for (i, a) in tolls.iter().enumerate() {
            if a.paragraph != p {
                continue;
            }
            for b in tolls[i + 1..].iter().take(crate::checks::relation::REACH) {
                if a.sentence == b.sentence || marked_earlier(doc, a.sentence) || marked_earlier(doc, b.sentence) {
                    continue;
                }
                // "the dead and missing came to 900" is no toll of the dead;
                // "the deaths in his county at 14" are a part of the toll.
                if joins_another_fate(doc, a) || joins_another_fate(doc, b) || narrowed(doc, a) != narrowed(doc, b) {
                    doc.set_aside(ID, &[a.figure, b.figure], SetAside::OtherThing, None);
                    continue;
                }
                let (fa, fb) = (&doc.figures[a.figure], &doc.figures[b.figure]);
                if fa.kind != Kind::Number || fb.kind != Kind::Number || fa.bound.is_some() || fb.bound.is_some() {
                    continue;
                }
                // One toll at one time: "last year's floods killed 59" is
                // another toll than this week's 50.
                if let Some(reason) = other_scope(doc, a, b, true) {
                    doc.set_aside(ID, &[a.figure, b.figure], reason, None);
                    continue;
                }
                out.push(Found::Quantity(Restatement {
                    first: a.figure,
                    second: b.figure,
                    certainty: Certainty::Inferred,
                }));
                return;
            }
        }
    }
}

/// "put the toll at 23, but said at least three more may be found": a
/// toll with more of its own told after it in its sentence is a part of
/// the toll, no toll said again.
fn more_beside(doc: &Doc, m: &Mention) -> bool {
    let here = doc.mention_of[m.figure].unwrap_or(0);
    doc.mentions[here + 1..].iter().take_while(|o| o.sentence == m.sentence).any(|o| o.cues.another && o.thing == m.thing)
}

/// Whether a toll is narrowed to one place or holder: "the deaths in his
/// county at 14", "took its toll to 4,300", "the toll in Kent rose to 9".
/// A toll of a place, or of the deadliest cause, is a part of the whole
/// toll, not the whole said again. Read from the figure's clause: the words
/// before it back to a comma or the sentence start, and its noun.
fn narrowed(doc: &Doc, m: &Mention) -> bool {
    let (a, _) = doc.sentence_words(m.sentence);
    let mut from = m.first;
    while from > a && from + 8 > m.first && !crate::lc_in!(doc, from - 1, [",", ";", ":"]) {
        from -= 1;
    }
    let end = m.noun.map_or(m.end, |_| doc.after_noun(m)).max(m.first);
    // "Mudslides caused the most harm, with 302 lives taken": a toll given
    // "with" a clause that singles out one cause or place is its part.
    if doc.is(from, "with") && (from.saturating_sub(12).max(a)..from).any(|k| is_cue(doc.word(k), Cue::Standout)) {
        return true;
    }
    let holder = |w: &str| crate::one_of!(w, ["his", "her", "its", "their"]);
    let named = |j: usize| crate::checks::relation::capitalised(doc, j);
    (from..end).any(|k| {
        let (w, next) = (doc.lc(k), doc.lc(k + 1));
        holder(w) && crate::one_of!(next, ["toll", "death", "deaths", "dead"])
            // "in Kent", "in the Algarve", "in neighbouring Kent".
            || w == "in" && (holder(next) || named(k + 1) || doc.is_word(k + 1) && named(k + 2))
    })
}

/// "the total of dead and missing came to 15,000": a toll whose noun joins
/// the dead to another fate counts more than the dead, and is no running
/// toll of deaths to compare with one.
fn joins_fates(doc: &Doc, m: &Mention) -> bool {
    let Some(noun) = m.noun else { return false };
    let (first, after) = (doc.word_at(noun.start), doc.word_at(noun.end));
    let lex = &crate::mentions::lexicon::lexicons().events;
    let fate = |k: usize| doc.is_word(k) && lex.match_class::<Event>(&doc.phrase_at(k, 2)).is_some();
    let joined_after = crate::lc_in!(doc, after, ["and", "or"]) && fate(after + 1);
    let joined_before = first >= 2 && crate::lc_in!(doc, first - 1, ["and", "or"]) && fate(first - 2);
    joined_after || joined_before
}

/// Why two figures that the text would have be one quantity are of
/// different periods or sides, when they are. `named_once`: a period named
/// for one figure alone sets it apart, as it does for running tolls, which
/// are current unless a period says otherwise.
fn other_scope(doc: &Doc, a: &Mention, b: &Mention, named_once: bool) -> Option<SetAside> {
    let differ = |x: Option<&str>, y: Option<&str>| x != y && (named_once || x.is_some() && y.is_some());
    // A figure's period: the one its sentence names ("Last year, floods
    // brought the toll to 57") or carries from the sentence before.
    // A month named in the figure's own sentence ("In January, there were
    // 174") is narrower than a period carried from the sentence before.
    let period = |m: &Mention| sentence_month(doc, m.sentence).or(m.period);
    if differ(period(a), period(b)) {
        Some(SetAside::OtherPeriod)
    } else if dated_apart(doc, a.sentence, b.sentence) {
        // "won 336 seats in 2014" and "projected 336 seats in 2019", "22
        // died on Jan. 19" and "22 died on Feb. 2": counts of sentences
        // that name no date or year in common are of different times.
        Some(SetAside::OtherPeriod)
    } else if a.owner.is_some() && b.owner.is_some() && a.owner != b.owner {
        Some(SetAside::OtherOwner)
    } else if let (Some(x), Some(y)) = (place_after(doc, a), place_after(doc, b))
        && x != y
    {
        Some(SetAside::OtherOwner)
    } else if supposed(doc, a) || supposed(doc, b) || also_has(doc, b) {
        Some(SetAside::OtherThing)
    } else {
        None
    }
}

/// "The Pine fire is also 47% contained", "which also had 12 deaths":
/// another subject with a figure of its own ("the minister also said 14
/// died" is another source giving the same one).
fn also_has(doc: &Doc, m: &Mention) -> bool {
    (m.first.saturating_sub(2)..m.first).any(|k| doc.is(k, "also") && !crate::mentions::lexicon::lexicons().say.contains(doc.word(k + 1)))
}

/// Whether a figure's clause supposes it ("could", "might", "would" before
/// it in its sentence: "could lose 52,310 tons ... might keep losses to
/// 17,420 tons"): one scenario's estimate, not a fact.
fn supposed(doc: &Doc, m: &Mention) -> bool {
    (doc.sentence_words(m.sentence).0..m.first).any(|k| crate::lc_in!(doc, k, ["could", "might", "would"]))
}

static MONTHS: CueWords = CueWords::new(crate::mentions::lexicon::tabled::LEXICON_MONTHS);

/// The words of the place a figure's clause names soon after its noun: "60
/// claims in New Jersey", "300 homes were flooded in the Don Valley".
/// Counts of different places are different counts, however alike.
fn place_after<'t>(doc: &Doc<'t>, m: &Mention) -> Option<&'t str> {
    let (_, end) = doc.sentence_words(m.sentence);
    let from = doc.after_noun(m);
    let mut k = (from..end.min(from + 6))
        .take_while(|&k| doc.is_word(k))
        .find(|&k| crate::lc_in!(doc, k, ["in", "at", "across"]))?;
    k += 1 + usize::from(doc.is(k + 1, "the"));
    let start = k;
    while k < end && doc.words()[k].kind == TokenKind::Word && crate::checks::relation::capitalised(doc, k) {
        k += 1;
    }
    (k > start).then(|| doc.words_span(start, k))?.map(|s| s.of(doc.text))
}

/// The month a sentence places its counts in: "died in April", "In
/// January, there were 174 deaths". Counts of different months are
/// different counts, however alike.
fn sentence_month(doc: &Doc, sentence: usize) -> Option<&'static str> {
    let (a, b) = doc.sentence_words(sentence);
    (a + 1..b)
        .filter(|&k| crate::lc_in!(doc, k - 1, ["in", "during"]))
        .find_map(|k| MONTHS.lexicon().match_at(&[doc.lc(k)]).map(|(_, month, _)| month))
}

/// Multi-word proper names in a sentence, not counting its first word:
/// "Willis Tower", "United States".
fn proper_names(doc: &Doc, sentence: usize) -> Vec<String> {
    let (a, b) = doc.sentence_words(sentence);
    let mut names = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for k in a + 1..=b {
        let capital = k < b
            && doc.words()[k].kind == TokenKind::Word
            && crate::checks::relation::capitalised(doc, k);
        if capital {
            run.push(k);
        } else {
            if run.len() >= 2 {
                names.push(crate::text::join(&run.iter().map(|&w| doc.lc(w)).collect::<Vec<_>>(), " "));
            }
            run.clear();
        }
    }
    names
}

/// Lower-case content words of a sentence: what it says about its subject.
fn content_words<'a>(doc: &'a Doc<'a>, sentence: usize) -> Vec<&'a str> {
    let (a, b) = doc.sentence_words(sentence);
    (a..b)
        .filter(|&k| {
            doc.words()[k].kind == TokenKind::Word && doc.words()[k].span.of(doc.text).starts_with(is_lower)
        })
        .map(|k| doc.lc(k))
        .filter(|w| {
            w.len() >= 4
                && !crate::mentions::is_stop_word(w)
                && !crate::figures::unit_named(*w).is_some_and(|u| crate::checks::conversion::find::converts(&u))
        })
        .collect()
}

/// One named thing measured twice.
pub fn named_measures(doc: &Doc, out: &mut Vec<Found>) {
    for p in 0..doc.layout.paragraphs.len() {
        let measures: Vec<&Mention> = window(doc, p)
            .map(|k| &doc.mentions[k])
            .filter(|m| doc.figures[m.figure].kind == Kind::Measure && doc.figures[m.figure].value.is_some())
            .collect();
        let alone = |m: &Mention| {
            doc.mentions[crate::checks::relation::sentence_mentions(doc, m.sentence)]
                .iter()
                .filter(|x| {
                    doc.figures[x.figure].kind == Kind::Measure
                        && doc.figures[x.figure].unit == doc.figures[m.figure].unit
                })
                .count()
                == 1
        };
        // "4.3 inches (110 mm)": a measure in brackets after another is
        // that one's conversion, told of nothing else, and no measure of a
        // thing of its own to be told again.
        let converted = |m: &Mention| m.first >= 2 && doc.is(m.first - 1, "(") && doc.figure_at_word(m.first - 2).is_some();
        for (i, a) in measures.iter().enumerate() {
            if a.paragraph != p || !alone(a) || names_a_period(doc, a) || converted(a) || in_a_compound(doc, a) {
                continue;
            }
            for b in measures[i + 1..].iter().take(crate::checks::relation::REACH) {
                let (fa, fb) = (&doc.figures[a.figure], &doc.figures[b.figure]);
                if fa.unit != fb.unit
                    || a.sentence == b.sentence
                    || converted(b)
                    || in_a_compound(doc, b)
                    || !alone(b)
                    || names_a_period(doc, b)
                    || fa.approx.is_some()
                    || fb.approx.is_some()
                    || fa.bound.is_some()
                    || fb.bound.is_some()
                {
                    continue;
                }
                if other_scope(doc, a, b, false).is_some() {
                    continue;
                }
                let names_a = proper_names(doc, a.sentence);
                let shared_name = proper_names(doc, b.sentence).iter().any(|n| names_a.contains(n));
                let words_a = content_words(doc, a.sentence);
                let shared_word = content_words(doc, b.sentence).iter().any(|w| words_a.contains(w));
                if shared_name && shared_word {
                    out.push(Found::Quantity(Restatement {
                        first: a.figure,
                        second: b.figure,
                        certainty: Certainty::Inferred,
                    }));
                }
            }
        }
    }
}

/// "3 hours, 12 minutes and 5 seconds": a span of time joined to one in
/// another unit is a piece of one duration, no measure told of its own:
/// "nine minutes and 40 seconds" later is no restatement of the 12
/// minutes.
fn in_a_compound(doc: &Doc, m: &Mention) -> bool {
    let unit = doc.figures[m.figure].unit;
    let duration = |f: usize| doc.figures[f].unit.is_some_and(crate::figures::is_duration);
    // The next figure within two words either side ("hours, 12 minutes",
    // "minutes, and 5 seconds").
    duration(m.figure)
        && [m.end, m.end + 1, m.end + 2, m.first.wrapping_sub(2), m.first.wrapping_sub(3)]
            .into_iter()
            .any(|k| doc.figure_at_word(k).is_some_and(|f| doc.figures[f].unit != unit && duration(f)))
}

/// "for the 12 months", "in the year-ago three months", "over the past six
/// weeks": a span of time after a determiner names the period the story's
/// figures are counted in, not a quantity of the story; two such periods
/// are two frames, never one quantity said twice. ("The strike lasted 12
/// days" and "the 12-day strike" measure the strike.)
fn names_a_period(doc: &Doc, m: &Mention) -> bool {
    let fig = &doc.figures[m.figure];
    let hyphened = hyphened(doc, m);
    let determiner = (m.first.saturating_sub(4)..m.first)
        .rev()
        .take_while(|&k| doc.figure_at_word(k).is_none() && !crate::lc_in!(doc, k, [",", ";", ".", ":"]))
        .any(|k| crate::lc_in!(doc, k, ["the", "this", "these", "those"]));
    fig.unit.is_some_and(crate::figures::is_duration) && !hyphened && determiner
}

/// "almost 25 percent (24.9 percent)", "about 1,200 (1,187)": a hedged
/// figure followed by one of its kind alone in brackets gives its exact
/// value. Only a hedged one: "profit of £5.2m (£4.1m)" gives the year
/// before in brackets.
fn bracketed(doc: &Doc, out: &mut Vec<Found>) {
    for pair in doc.mentions.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (fa, fb) = (&doc.figures[a.figure], &doc.figures[b.figure]);
        let hedged = fa.approx.is_some() || fa.bound.is_some();
        let exact = fb.approx.is_none() && fb.bound.is_none();
        let alone_in_brackets = b.sentence == a.sentence
            && b.first == a.end + 1
            && doc.lc(a.end) == "("
            && doc.lc(b.end) == ")";
        let alike = fa.kind == fb.kind && fa.unit == fb.unit && fa.currency == fb.currency;
        // "More than half (150) of the 400": a bound is no value to restate
        // unless the two are near ("more than 400 (427)").
        let near = matches!((fa.value, fb.value), (Some(x), Some(y)) if (x - y).abs() <= 0.15 * x.abs().max(y.abs()));
        if hedged && exact && alone_in_brackets && alike && near {
            out.push(Found::Quantity(Restatement { first: a.figure, second: b.figure, certainty: Certainty::Inferred }));
        }
    }
}

/// "went up by a fifth, or 21 per cent": a fraction in words, then the same
/// share as a percentage.
fn fractions(doc: &Doc, out: &mut Vec<Found>) {
    for m in &doc.mentions {
        if doc.figures[m.figure].kind != Kind::Percent || m.first < 3 {
            continue;
        }
        let (a, _) = doc.sentence_words(m.sentence);
        // ", or" just before the percentage, the fraction before that.
        if !(doc.is(m.first - 1, "or") && doc.lc(m.first - 2) == ",") {
            continue;
        }
        let end = m.first - 2;
        let start = (a..end)
            .rev()
            .take(4)
            .find(|&i| crate::checks::relation::fraction_at(doc, i).is_some_and(|(after, _)| after == end));
        if let Some(i) = start {
            let (after, value) = crate::checks::relation::fraction_at(doc, i).unwrap_or((end, 0.0));
            let (approx, more_than, from) = crate::checks::relation::hedge_before(doc, i);
            let span = crate::text::Span::new(doc.words()[from].span.start, doc.words()[after - 1].span.end);
            out.push(Found::Fraction(super::FractionRestated {
                fraction: NumberWord { span, value, approx, more_than },
                percent: m.figure,
            }));
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
