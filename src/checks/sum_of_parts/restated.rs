//! A tally restated as its parts in later sentences.

use super::Sum;
use super::counts::is_count;
use super::scope::tells_of_another_occasion;
use crate::checks::relation::{Certainty, window, within_reach};
use crate::mentions::{Doc, Event};

/// A tally restated as its parts: "22 other people were injured" and, in a
/// later sentence, "injured 8 more, while 14 civilians were also hurt".
/// Only plausible: reported when it holds.
pub(super) fn tallies_restated(doc: &Doc, used_as_part: &[bool], total_of: &[Option<usize>], out: &mut Vec<Sum>) {
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
                // "Earlier that day ... elsewhere, killing 11": another
                // occasion's counts restate no tally of this one.
                if c.sentence != t.sentence && tells_of_another_occasion(doc, c.sentence, true) {
                    break;
                }
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
