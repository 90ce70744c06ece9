//! "including 48 passengers and 4 crew": a breakdown that need not be complete.

use super::counts::{is_count, weighted};
use super::{ID, Sum};
use crate::checks::relation::Certainty;
use crate::mentions::{Doc, Mention, Thing, Via, compatible};
use crate::report::explain::Tie;

/// "including 48 passengers and 4 crew": a breakdown that need not be complete.
pub(super) fn includings(doc: &Doc, out: &mut Vec<Sum>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        if !m.cues.including || !is_count(doc, m) {
            continue;
        }
        let fits =
            |t: &Mention| compatible(t, m) || (t.class() == Some(Thing::Person) && m.class() == Some(Thing::Person));
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
pub(super) fn coordinated_parts(doc: &Doc, mi: usize) -> Vec<usize> {
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
