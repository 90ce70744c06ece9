//! The same quantity stated twice: "145 drones" and "about one and a half
//! hundred attack drones"; "nearly 300 drones" and "297 drones"; "Rs1804
//! billion" and "Rs 1,804 billion".
//!
//! Two figures are taken for one quantity when they are of the same kind
//! and unit, count the same thing for the same side and period, and say
//! the same thing happened to it; figures from different sources may
//! legitimately differ, so a restatement is only ever recorded when it
//! holds, never flagged.

use super::{Certainty, Relation, Restatement, window};
use crate::figures::Kind;
use crate::mentions::{Doc, Mention};

fn restates(doc: &Doc, a: &Mention, b: &Mention) -> bool {
    let (fa, fb) = (&doc.figures[a.figure], &doc.figures[b.figure]);
    if fa.kind != fb.kind || fa.unit != fb.unit || fa.currency != fb.currency || a.sentence == b.sentence {
        return false;
    }
    let hedged = |f: &crate::figures::Figure| f.approx.is_some() || f.bound.is_some() || f.in_words;
    let (Some(va), Some(vb)) = (fa.value, fb.value) else { return false };
    if !(hedged(fa) || hedged(fb)) && va != vb {
        return false;
    }
    if va.max(vb) < 10.0 {
        return false;
    }
    let same_side = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    let events_agree = a.event.is_none() || b.event.is_none() || a.event == b.event || matches!((a.event, b.event), (Some("launched"), Some("launched")));
    match (&a.thing, &b.thing) {
        (Some(x), Some(y)) => x == y && same_side(a.owner, b.owner) && same_side(a.period, b.period) && events_agree,
        (None, None) => matches!(fa.kind, Kind::Money | Kind::Measure) && va == vb,
        _ => false,
    }
}

pub fn find(doc: &Doc, out: &mut Vec<Relation>) {
    let mut restated = vec![false; doc.figures.len()];
    for p in 0..doc.layout.paragraphs.len() {
        let win = window(doc, p);
        for bi in win.clone() {
            let b = &doc.mentions[bi];
            if b.paragraph != p && p + 1 != b.paragraph || restated[b.figure] {
                continue;
            }
            for ai in win.clone().filter(|&ai| ai < bi).rev() {
                let a = &doc.mentions[ai];
                if restates(doc, a, b) {
                    restated[b.figure] = true;
                    out.push(Relation::Restatement(Restatement { first: a.figure, second: b.figure, certainty: Certainty::Plausible }));
                    break;
                }
            }
        }
    }
}
