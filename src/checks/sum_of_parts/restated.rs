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
                // "the 11 dead were ...", "The four soldiers died ...": a
                // count given before, said again with "the", is that count
                // (the tally itself, or another of its sentence), no part.
                // Looked for in the window only: linear in the text.
                let said_before = c.first > 0
                    && doc.is(c.first - 1, "the")
                    && doc.mentions[win.start..ci]
                        .iter()
                        .any(|o| o.thing == c.thing && doc.figures[o.figure].value == doc.figures[c.figure].value);
                if c.sentence == t.sentence
                    || said_before
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
mod tests {
    use crate::checks::testing::findings_of;
    use crate::report::Status;

    #[test]
    fn a_count_said_again_with_the_is_no_part_of_the_tally() {
        // "the 11 dead" is the tally again: its parts are four and seven.
        let text = "Gunmen stormed a depot on Friday, leaving at least 11 dead and 40 hurt. A guard said the 11 dead were four policemen and seven civilians.";
        let parts = ["at least 11", "four", "seven"].map(String::from).to_vec();
        assert_eq!(findings_of(text, super::super::ID), vec![(Status::Consistent, parts)]);
        // Four and six fall short of it: no tally to pass, and no "11 +
        // four + six" either.
        let short = "Gunmen stormed a depot on Friday, leaving at least 11 dead and 40 hurt. A guard said the 11 dead were four policemen and six civilians.";
        assert!(findings_of(short, super::super::ID).is_empty(), "{:?}", findings_of(short, super::super::ID));
    }
}
