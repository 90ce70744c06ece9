//! Finds `majority-threshold` relations: the seats a majority needs, named
//! by "majority", "magic number" or "halfway mark", and the size of the
//! chamber it is a majority of.
//!
//! The chamber is a count joined to a word of chamber size ("the 543-member
//! house", "a 119-seat assembly") in the sentence or the one before it in
//! the paragraph, or the seats a threshold follows at once ("403 seats,
//! majority 202"). A party's seats ("won 312 seats") are no chamber. The
//! threshold is the figure that follows the cue, directly or after the
//! chamber ("the halfway mark in the 543-member house is 272"). The search
//! stays within a paragraph and a few sentences, so it is linear.

use super::MajorityThreshold;
use crate::checks::relation::{Certainty, CueWords};
use crate::figures::Kind;
use crate::mentions::Doc;
use crate::mentions::lexicon::Class;

/// The classes of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// "majority", "magic number": the seats a majority needs.
    Threshold,
    /// "halfway mark": half the chamber, or the majority just past it.
    Halfway,
    /// "member", "seat" joined to a count: the chamber's size.
    Chamber,
    /// "seats" right before a threshold.
    Seats,
    /// "a", "its" before "majority": a majority won or held.
    Held,
    /// "stable", "two-thirds" before "majority": another line than half.
    Qualified,
    /// "needed", "required" after a count: the count is the threshold.
    Needed,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        crate::mentions::lexicon::named(
            &[
                ("threshold", Cue::Threshold),
                ("halfway", Cue::Halfway),
                ("chamber", Cue::Chamber),
                ("seats", Cue::Seats),
                ("held", Cue::Held),
                ("qualified", Cue::Qualified),
                ("needed", Cue::Needed),
            ],
            name,
        )
    }
}

static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::MAJORITY_THRESHOLD_CUES);

/// How many sentences back, within the paragraph, a chamber named by its
/// size may stand: one, since a story may name several chambers ("the
/// 81-member assembly ... In the other state, the majority mark is 46").
const SENTENCES_BACK: usize = 1;

/// An exact whole count: a seat count is never hedged.
fn whole_count(doc: &Doc, f: usize) -> Option<f64> {
    let fig = &doc.figures[f];
    let exact = fig.kind == Kind::Number && fig.approx.is_none() && fig.bound.is_none();
    fig.value.filter(|v| exact && v.fract() == 0.0 && *v >= 3.0)
}

/// The figure at word `k` when it is a chamber's size: "543-member",
/// "119-seat", "60-strong".
fn chamber_at(doc: &Doc, k: usize) -> Option<usize> {
    let f = doc.figure_at_word(k)?;
    let end = doc.word_at(doc.figures[f].span.end);
    let joined = doc.lc(end) == "-" && CUES.at::<Cue>(doc, end + 1).is_some_and(|(cue, _)| cue == Cue::Chamber);
    (joined && whole_count(doc, f).is_some()).then_some(f)
}

/// The one chamber named by its size in sentence `s`, or `Err` when it
/// names more than one.
fn chamber_in(doc: &Doc, s: usize) -> Result<Option<usize>, ()> {
    let (a, b) = doc.sentence_words(s);
    let mut found: Option<usize> = None;
    for k in a..b {
        if let Some(f) = chamber_at(doc, k) {
            if found.is_some_and(|g| g != f) {
                return Err(());
            }
            found = Some(f);
        }
    }
    Ok(found)
}

pub fn find(doc: &Doc, out: &mut Vec<MajorityThreshold>) {
    for s in 0..doc.layout.sentences.len() {
        let (a, b) = doc.sentence_words(s);
        for i in a..b {
            let Some((cue @ (Cue::Threshold | Cue::Halfway), next)) = CUES.at::<Cue>(doc, i) else { continue };
            // "won a majority in the house: 49 seats", "a majority of 80":
            // a majority won, held or by a margin, not the one needed; "a
            // stable majority 244": another line than half the chamber.
            if i > a && matches!(CUES.class_of::<Cue>(doc.word(i - 1)), Some(Cue::Held | Cue::Qualified)) {
                continue;
            }
            if let Some(r) = threshold_after(doc, s, i, next, cue == Cue::Halfway) {
                out.push(r);
            }
        }
        needed_in(doc, s, out);
    }
}

/// "the 46 needed", "where 46 are needed", "272 seats are required for a
/// majority": a count that the words after it call needed is the
/// threshold, of the chamber named by its size in the sentence or the one
/// before, or of the seats a party's share of them is stated of ("48 of
/// the 90 seats").
fn needed_in(doc: &Doc, s: usize, out: &mut Vec<MajorityThreshold>) {
    let here = crate::checks::relation::sentence_mentions(doc, s);
    for m in &doc.mentions[here.clone()] {
        let mut k = m.end;
        while crate::lc_in!(doc, k, ["seats", "are", "is", "were", "was"]) && k < m.end + 3 {
            k += 1;
        }
        if CUES.at::<Cue>(doc, k).is_none_or(|(cue, _)| cue != Cue::Needed) || whole_count(doc, m.figure).is_none() {
            continue;
        }
        // "48 of the 90 seats": the seats a part is stated of.
        let mut wholes = doc.mentions[here.clone()]
            .iter()
            .filter_map(|x| x.part_of)
            .filter(|&w| w != m.figure && doc.mention(w).is_some_and(|wm| doc.lc(wm.end) == "seats"));
        let chamber = match (wholes.next(), wholes.next()) {
            (Some(w), None) => Some(w),
            (None, _) => chamber_before(doc, s),
            _ => None,
        };
        let Some(chamber) = chamber.filter(|&c| c != m.figure) else { continue };
        let (Some(v), Some(n)) = (whole_count(doc, m.figure), whole_count(doc, chamber)) else { continue };
        if (0.4 * n..=0.6 * n).contains(&v) {
            out.push(MajorityThreshold { chamber, majority: m.figure, halfway: false, certainty: Certainty::Inferred });
        }
    }
}

/// The relation a threshold cue at word `cue` (the word after it `next`)
/// states, if any.
fn threshold_after(doc: &Doc, s: usize, cue: usize, next: usize, halfway: bool) -> Option<MajorityThreshold> {
    let (a, b) = doc.sentence_words(s);
    // "403 seats, majority 202": the seats a threshold follows at once.
    let seats_before = (cue >= a + 3 && crate::lc_in!(doc, cue - 1, [",", ";"]))
        .then(|| cue - 2)
        .filter(|&k| CUES.class_of::<Cue>(doc.word(k)) == Some(Cue::Seats))
        .and_then(|k| doc.figure_at_word(k - 1))
        .filter(|&f| whole_count(doc, f).is_some());
    // The threshold: the first figure after the cue, a few words on, or the
    // one after the chamber ("the halfway mark in the 543-member house is 272").
    let mut named_chamber = None;
    let mut majority = None;
    let mut k = next;
    while k < b && k < next + 12 {
        if let Some(f) = doc.figure_at_word(k) {
            if chamber_at(doc, k) == Some(f) && named_chamber.is_none() {
                named_chamber = Some(f);
                k = doc.word_at(doc.figures[f].span.end);
                continue;
            }
            majority = Some(f);
            break;
        }
        if crate::lc_in!(doc, k, [".", ";", "(", ")"]) {
            break;
        }
        k += 1;
    }
    let majority = majority.filter(|&f| whole_count(doc, f).is_some())?;
    let chamber = match (seats_before, named_chamber) {
        (Some(f), _) | (None, Some(f)) => f,
        (None, None) => chamber_before(doc, s)?,
    };
    let (m, n) = (whole_count(doc, majority)?, whole_count(doc, chamber)?);
    // "a majority of 80" is a margin: a threshold stands near half the chamber.
    let near_half = (0.4 * n..=0.6 * n).contains(&m);
    (near_half && chamber != majority && a <= cue).then_some(MajorityThreshold {
        chamber,
        majority,
        halfway,
        certainty: Certainty::Inferred,
    })
}

/// The chamber named by its size in the threshold's sentence, or else in
/// the nearest of the few sentences before it in the paragraph; none when a
/// sentence names two.
fn chamber_before(doc: &Doc, s: usize) -> Option<usize> {
    let paragraph = doc.layout.sentences[s].paragraph;
    (s.saturating_sub(SENTENCES_BACK)..=s)
        .rev()
        .take_while(|&t| doc.layout.sentences[t].paragraph == paragraph)
        .find_map(|t| chamber_in(doc, t).transpose())?
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
    }
}
