//! Breakdowns by place: "30 drones were destroyed over the Oryol and
//! Bryansk regions ... 12 over Oryol and 14 over Bryansk". A total that
//! names its places, and later counts of the same things over one of those
//! places each ("three each over" several), that between them name every
//! place once, is accounted for place by place: a complete breakdown.
//! A count over a place the total does not name belongs to another total;
//! a place given twice leaves the breakdown unclear, and nothing is said.

use super::counts::{is_count, names_from, weighted};
use super::find::Tally;
use super::scope::out_of_scope;
use super::{ID, Sum};
use crate::checks::relation::Certainty;
use crate::mentions::{Doc, Event, Mention, compatible};
use crate::report::explain::Tie;

/// The places named after mention `m` and its verb, if any: "12 drones
/// were destroyed over the Kursk and Tula regions" gives `kursk`, `tula`.
/// Each place is the first of its capitalised words. With "each" after the
/// figure, the part counts once per place.
fn places_of<'d>(doc: &'d Doc, m: &Mention) -> (Vec<&'d str>, bool) {
    let after = doc.after_noun(m);
    let each = doc.is(after, "each");
    let at = (after..after + 4).find(|&k| crate::lc_in!(doc, k, ["over", "in", "across"]));
    let names = match at {
        Some(k) if (after..k).all(|j| doc.is_word(j) && !doc.is(j, "and") && doc.figure_at_word(j).is_none()) => {
            names_from(doc, m.sentence, k)
        }
        _ => Vec::new(),
    };
    (names, each)
}

/// What happened to the things part `ci` counts: its own event, or the last
/// one before it in its sentence ("12 were destroyed over Orsk and 14 over
/// Lida").
fn event_of(doc: &Doc, ci: usize) -> Option<Event> {
    let c = &doc.mentions[ci];
    c.event.or_else(|| doc.mentions[..ci].iter().rev().take_while(|p| p.sentence == c.sentence).find_map(|p| p.event))
}

/// Closes the totals that are broken down place by place.
pub(super) fn place_breakdowns(doc: &Doc, tally: &mut Tally) {
    for (ti, t) in doc.mentions.iter().enumerate() {
        if !is_count(doc, t) || tally.total_of[t.figure].is_some() {
            continue;
        }
        let (names, each) = places_of(doc, t);
        if names.len() < 2 || each {
            continue;
        }
        let mut covered = vec![false; names.len()];
        let mut parts = Vec::new();
        for ci in ti + 1..doc.mentions.len() {
            let c = &doc.mentions[ci];
            if c.paragraph != t.paragraph || c.sentence > t.sentence + 2 {
                break;
            }
            if !is_count(doc, c)
                || tally.used_as_part[c.figure]
                || !compatible(t, c)
                || t.event.is_some_and(|e| event_of(doc, ci) != Some(e))
                || out_of_scope(doc, t, c, &parts).is_some()
            {
                continue;
            }
            let (here, each) = places_of(doc, c);
            let Some(index) = here.iter().map(|n| names.iter().position(|x| x == n)).collect::<Option<Vec<_>>>() else {
                continue;
            };
            if here.is_empty() || (here.len() > 1 && !each) {
                continue;
            }
            if index.iter().any(|&i| std::mem::replace(&mut covered[i], true)) {
                parts.clear();
                break;
            }
            parts.push(c.figure);
        }
        if parts.is_empty() || covered.contains(&false) {
            continue;
        }
        for &q in &parts {
            tally.used_as_part[q] = true;
        }
        if doc.explaining() {
            let figures: Vec<usize> = std::iter::once(t.figure).chain(parts.iter().copied()).collect();
            doc.tie(ID, &figures, Tie::ExplicitWhole, None);
        }
        tally.total_of[t.figure] = Some(tally.totals.len());
        tally.totals.push(Sum {
            total: t.figure,
            parts: parts.into_iter().map(|q| weighted(doc, q)).collect(),
            implied: vec![],
            complete: true,
            certainty: Certainty::Inferred,
            tied: true,
            explicit: true,
        });
    }
}
