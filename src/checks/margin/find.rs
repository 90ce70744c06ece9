//! Finds `margin` relations: a margin of victory or a lead, and the two
//! counts or shares it separates.
//!
//! A margin is a figure after "by" that a word of winning or leading comes
//! before in its clause ("beat her rival by 1,300 votes", "leads by 5
//! points"), or a figure named by a margin noun ("a margin of 1,300 votes",
//! "a 5-point lead"). "by 300 votes to 250" gives a tally, not a margin, and
//! "a margin of error" is no margin of victory.
//!
//! The two sides are the only two counts of the margin's thing in its
//! sentence ("by 1,300 votes; Smith polled 15,400 votes and Jones 14,100"),
//! else in the next sentence or the one before, within the paragraph: a
//! sentence with one such count or more than two says which two the margin
//! is between no more than the text does, and nothing is proposed. A margin
//! in points separates two shares written as a pair ("52% to 46%").

use super::Margin;
use crate::checks::relation::{Certainty, CueWords, sentence_mentions};
use crate::figures::Kind;
use crate::mentions::lexicon::Class;
use crate::mentions::{Doc, Mention};
use crate::report::explain::Tie;

/// The classes of `cues.txt`: a line there is `class: form, form`, and
/// adding a synonym is adding a form to its line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cue {
    /// "won", "beat", "leads": before "by" and a margin.
    Contest,
    /// "margin", "lead": a noun that names a margin.
    Margin,
    /// The balances and flows of `balances.rs`.
    Deficit,
    Surplus,
    Export,
    Import,
    Revenue,
    Spending,
    /// "from", "compared": before a balance's figure, an earlier balance.
    Earlier,
    /// "GDP", "output": after "of", a share that may be a balance or flow.
    Economy,
    /// "narrowed", "dropped": right before "by", a move of the margin.
    Moved,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        crate::mentions::lexicon::named(
            &[
                ("contest", Cue::Contest),
                ("margin", Cue::Margin),
                ("deficit", Cue::Deficit),
                ("surplus", Cue::Surplus),
                ("export", Cue::Export),
                ("import", Cue::Import),
                ("revenue", Cue::Revenue),
                ("spending", Cue::Spending),
                ("earlier", Cue::Earlier),
                ("economy", Cue::Economy),
                ("moved", Cue::Moved),
            ],
            name,
        )
    }
}

// build.rs tables `cues.txt` as `tabled::<FOLDER>_CUES`.
pub(super) static CUES: CueWords = CueWords::new(crate::mentions::lexicon::tabled::MARGIN_CUES);

/// How many words before "by" a word of winning may stand, within its
/// clause: "beating the Green Party's candidate in the Northfield seat by
/// 2,410 votes".
const CONTEST_REACH: usize = 16;

pub(super) fn is_cue(doc: &Doc, k: usize, cue: Cue) -> bool {
    CUES.class_of::<Cue>(doc.word(k)) == Some(cue)
}

/// Whether mention `m` states a margin, and whether in points: `None`
/// when it is no margin.
fn margin_at(doc: &Doc, m: &Mention) -> Option<bool> {
    let fig = &doc.figures[m.figure];
    if !matches!(fig.kind, Kind::Number | Kind::Points) || m.first < 2 {
        return None;
    }
    let hyphened = doc.lc(m.end) == "-";
    let unit = m.end + usize::from(hyphened);
    let points = fig.kind == Kind::Points || crate::lc_in!(doc, unit, ["point", "points", "percentage"]);
    // "by 300 votes to 250", "by 52-48": a tally, not a margin.
    let after = doc.after_noun(m);
    if crate::lc_in!(doc, after, ["to", "-"]) && doc.figure_at_word(after + 1).is_some() {
        return None;
    }
    let (first, _) = doc.sentence_words(m.sentence);
    // "by just 43 votes", "a difference of only 753": a word that narrows
    // the figure stands between it and its preposition.
    let narrowed = usize::from(crate::lc_in!(doc, m.first - 1, ["just", "only", "barely", "mere"]));
    let (at, before) = (m.first - narrowed, doc.lc(m.first - 1 - narrowed));
    // "the lead has fallen by four points": the figure moved the margin.
    let moved = at >= 2 && (is_cue(doc, at - 2, Cue::Moved) || crate::checks::change::move_falls(doc.word(at - 2)).is_some());
    let by_a_win = before == "by"
        && !moved
        && (at.saturating_sub(CONTEST_REACH).max(first)..at - 1)
            .rev()
            .take_while(|&k| doc.figure_at_word(k).is_none() && !crate::lc_in!(doc, k, [",", ";", ":"]))
            .any(|k| is_cue(doc, k, Cue::Contest) || is_cue(doc, k, Cue::Margin));
    // "a margin of 1,300", and in lists and tables "margin 1,300",
    // "margin: 1,300".
    let bare = at >= 2 && fig.kind == Kind::Number && is_cue(doc, at - 1, Cue::Margin) && !doc.is(at - 2, "of");
    let labelled = before == ":" && at >= 2 && fig.kind == Kind::Number && is_cue(doc, at - 2, Cue::Margin);
    let named = before == "of" && at >= 2 && is_cue(doc, at - 2, Cue::Margin) || bare || labelled;
    let of_error = doc.is(unit + 2, "of") && doc.is(unit + 3, "error");
    // "a 5-point lead", "a 20 point lead", "a 16 points lead".
    let joined = (hyphened || doc.is_word(unit)) && is_cue(doc, unit + 1, Cue::Margin) && !of_error;
    let phrase = if bare { at - 1 } else if named { at - 2 } else { m.first };
    (by_a_win || (named || joined) && !earlier_lead(doc, phrase)).then_some(points)
}

/// Whether the margin phrase starting at word `phrase` is the lead a change
/// starts from: "up from a 4-point lead", "down from a margin of 900 votes"
/// name an earlier lead, not the one the sides around it make now.
fn earlier_lead(doc: &Doc, phrase: usize) -> bool {
    let mut k = phrase;
    while k > 0 && crate::lc_in!(doc, k - 1, ["a", "an", "the", "its", "their", "his", "her"]) {
        k -= 1;
    }
    k > 0 && doc.lc(k - 1) == "from"
}

/// The two counts (or, for a margin in points, the two shares) the margin
/// at mention `mi` separates, and whether they stand in its own sentence.
fn sides(doc: &Doc, mi: usize, points: bool) -> Option<(usize, usize, bool)> {
    let m = &doc.mentions[mi];
    let last = doc.layout.sentences.len();
    for s in [Some(m.sentence), Some(m.sentence + 1).filter(|&s| s < last), m.sentence.checked_sub(1)] {
        let Some(s) = s else { continue };
        // Counts of another sentence are sides only of a margin that names
        // what it counts ("by 1,300 votes").
        if s != m.sentence && m.thing.is_none() && !points {
            return None;
        }
        let mut found: Vec<usize> = Vec::new();
        for k in sentence_mentions(doc, s) {
            let c = &doc.mentions[k];
            if k != mi && c.paragraph == m.paragraph && is_side(doc, m, c, points) {
                found.push(k);
            }
        }
        match found[..] {
            [] => continue,
            [a, b] if alike(doc, &doc.mentions[a], &doc.mentions[b], points) && wins_by(doc, m, a, b) => {
                return Some((doc.mentions[a].figure, doc.mentions[b].figure, s == m.sentence));
            }
            _ => return None,
        }
    }
    None
}

/// Whether mention `c` may be one side of the margin `m`: a share for a
/// margin in points; else a count of the thing the margin counts when it
/// names one ("by 1,300 votes": votes).
fn is_side(doc: &Doc, m: &Mention, c: &Mention, points: bool) -> bool {
    let fig = &doc.figures[c.figure];
    if points {
        return fig.kind == Kind::Percent;
    }
    let thing = c.thing.is_some() && (m.thing.is_none() || c.thing == m.thing);
    fig.kind == Kind::Number && thing
}

/// Whether the larger side exceeds the margin, as a winner's count must.
fn wins_by(doc: &Doc, m: &Mention, a: usize, b: usize) -> bool {
    let value = |k: usize| doc.figures[doc.mentions[k].figure].value.unwrap_or(0.0);
    doc.figures[m.figure].value.is_some_and(|margin| value(a).max(value(b)) > margin)
}

/// Whether two sides are one contest's: shares, or counts of one thing,
/// that the words between set against each other ("52% to 46%", "46% on
/// 30%", "15,400 votes to Jones's 14,100", "polled 9,310 votes and her
/// rival 8,590", "with 73,284 votes (44.9%), ahead of Lee with 61,423").
/// Counts of one side at two times ("rose from 12,000 votes to 15,400",
/// "15,400 votes, up from 14,100") are not.
fn alike(doc: &Doc, a: &Mention, b: &Mention, points: bool) -> bool {
    if !points && a.thing != b.thing || a.first > 0 && doc.lc(a.first - 1) == "from" {
        return false;
    }
    let (mut words, mut opposed, mut depth) = (0, false, 0usize);
    for k in doc.after_noun(a)..b.first {
        match doc.lc(k) {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            // "to" before the other side's name, not "to win".
            "to" => opposed |= k + 4 >= b.first,
            "against" | "versus" | "vs" | "on" | "over" | "ahead" | "and" | "while" | "whereas" => opposed = true,
            // "45% to win, or 40% with a 10-point advantage": alternatives.
            "from" | "up" | "down" | "in" | "than" | "or" => return false,
            _ if doc.figure_at_word(k).is_some() => return false,
            _ => {}
        }
        words += usize::from(depth == 0 && doc.is_word(k));
    }
    opposed && words <= 8
}

pub fn find(doc: &Doc, out: &mut Vec<Margin>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        let Some(points) = margin_at(doc, m) else { continue };
        let Some((a, b, same_sentence)) = sides(doc, mi, points) else { continue };
        let certainty = if same_sentence { Certainty::Stated } else { Certainty::Inferred };
        if doc.explaining() {
            let figures = [a, b, m.figure];
            doc.tie(super::ID, &figures, Tie::StatedCue, None);
            doc.tie(super::ID, &figures, if same_sentence { Tie::SameSentence } else { Tie::SameParagraph }, None);
            doc.tie(super::ID, &figures, Tie::SameThing, None);
        }
        out.push(Margin { first: a, second: b, margin: m.figure, certainty, balance: None });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
    }
}
