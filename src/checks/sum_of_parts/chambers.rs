//! Seats won against the size of the chamber they are won in.

use super::counts::{is_count, same_scope, weighted};
use super::find::Tally;
use super::{ID, Sum};
use crate::checks::relation::Certainty;
use crate::mentions::{Doc, Mention, Thing};
use crate::report::explain::Tie;

/// Seats won against the chamber they are won in: "the Greens won 44
/// seats, Labour 30 and the Liberals 12 in the 80-seat parliament", "26
/// seats in the 52-member council; the Greens won 19 wards". The parties
/// named may not be all, so only parts <= total is checked.
pub(super) fn chambers(doc: &Doc, tally: &mut Tally, out: &mut Vec<Sum>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        let sized = is_chamber_size(doc, m);
        if !sized || !is_count(doc, m) || tally.total_of[m.figure].is_some() {
            continue;
        }
        let sentence = crate::checks::relation::sentence_mentions(doc, m.sentence);
        let parts: Vec<usize> = sentence
            .filter(|&k| k != mi)
            .map(|k| &doc.mentions[k])
            .filter(|p| {
                is_count(doc, p)
                    && is_seat_won(p)
                    && !compared(doc, p)
                    && same_scope(m, p)
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

/// "the 80-seat parliament", "a 450-seat Rada", "the 44-member council":
/// a count of seats or members that qualifies a chamber is its size. "one
/// seat each" and "a 12-member crew" are not.
fn is_chamber_size(doc: &Doc, m: &Mention) -> bool {
    let hyphen = doc.is(m.end, "-");
    let k = if hyphen { m.end + 1 } else { m.end };
    let seat = doc.is(k, "seat");
    // Members size a body only when written as its modifier ("44-member").
    let member = hyphen && doc.is(k, "member");
    if !(seat || member) {
        return false;
    }
    let next = k + 1;
    let chamber = crate::one_of!(doc.lc(next), ["parliament", "assembly", "chamber", "house", "council", "legislature", "senate", "congress", "body"]);
    let named = hyphen && doc.is_word(next) && crate::checks::relation::capitalised(doc, next);
    chamber || named
}

/// "won 50 seats, 4 more than the majority mark of 46": a count before a
/// comparative is the margin between two counts, and one after "than" is
/// the mark it is measured from; neither is seats a party won.
fn compared(doc: &Doc, p: &Mention) -> bool {
    let k = doc.after_noun(p);
    let margin = crate::lc_in!(doc, k, ["more", "fewer", "less", "short", "above", "below"]);
    let reference = (p.first.saturating_sub(6)..p.first)
        .rev()
        .take_while(|&j| !crate::lc_in!(doc, j, [",", ";", ":"]))
        .any(|j| doc.is(j, "than"));
    margin || reference
}

/// A count of seats won: seats, or a council's wards ("won 17 wards"),
/// each of which elects one member.
fn is_seat_won(p: &Mention) -> bool {
    p.class() == Some(Thing::Seat) || p.thing.as_deref() == Some("ward")
}
