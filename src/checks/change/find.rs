//! Changes between an earlier and a later value: "rose from A to B", "up P%
//! to B from A", "B, up P% from A", "P% more than the A", "B, D (P%) lower
//! than", "a rise of D", "fell to B from A, a P% decline", "down D points,
//! or P%, to B", "rose N percentage points to B% from A%", "doubled".
//!
//! Each cue word opens a frame; the figures around it fill its slots
//! (`read.rs`): the percent or difference right after the cue, "to"/"at"/
//! "reaching" B, "from"/"against"/"compared with"/"than" A, and the amount
//! just before the cue as B. A frame needs three of from, to, percent,
//! difference (or a factor with from and to) to be checked, and its figures
//! must be one quantity in one scale (`read::well_founded`). A cue with only
//! a percent or a factor ("climbed 69 percent", "nearly doubled") waits a
//! few sentences for a pair of values going its way, and is then only a
//! plausible relation.

use super::{Change, ID};
use super::read::{Frame, amount, read_after, read_before, same_kind, well_founded};
use super::words::{Cue, Word, cue_at, word};
use crate::checks::relation::{Certainty, NumberWord, Share, hedge_before, sentence_mentions, within_reach};
use crate::mentions::Doc;
use crate::report::explain::{SetAside, Tie};
use crate::text::Span;

/// A percent or factor waiting for its pair of values.
struct Pending {
    sentence: usize,
    /// The word after the pending frame.
    end: usize,
    paragraph: usize,
    percent: Option<Share>,
    factor: Option<NumberWord>,
    falling: bool,
}

/// A change with no difference stated and a direction of its own.
fn change(from: usize, to: usize, percent: Option<Share>, factor: Option<NumberWord>, falling: bool) -> Change {
    Change {
        from: Some(from),
        to: Some(to),
        percent,
        diff: None,
        factor,
        falling,
        either_way: false,
        sure: false,
        certainty: Certainty::Plausible,
    }
}

/// "Divers recovered three more bodies, bringing the death toll to 41": the
/// toll before was 45. The earlier figure is not named, so every count of the
/// same things in reach (before or after: reports run back and forth) is
/// tried, and the pairing is only plausible: reported when it holds.
fn increments(doc: &Doc, out: &mut Vec<Change>) {
    for (ti, t) in doc.mentions.iter().enumerate() {
        let (a, _) = doc.sentence_words(t.sentence);
        let carried = t.first >= a + 2
            && doc.is(t.first - 1, "to")
            && (t.first.saturating_sub(7).max(a)..t.first - 1).any(|k| word(doc.lc(k)) == Some(Word::Carry));
        if !carried || !amount(doc, t.figure) || t.thing.is_none() {
            continue;
        }
        let sentence = sentence_mentions(doc, t.sentence);
        let Some(step) = doc.mentions[sentence.start..ti]
            .iter()
            .rev()
            .find(|n| n.cues.another && n.thing == t.thing && same_kind(doc, n.figure, t.figure))
        else {
            continue;
        };
        let (total, more) = (doc.figures[t.figure].value.unwrap_or(0.0), doc.figures[step.figure].value.unwrap_or(0.0));
        let win = within_reach(crate::checks::relation::window(doc, t.paragraph.saturating_sub(1)), ti);
        let earlier = win
            .map(|k| &doc.mentions[k])
            .filter(|m| {
                m.sentence != t.sentence
                    && m.thing == t.thing
                    && (m.event.is_none() || t.event.is_none() || m.event == t.event)
                    && crate::mentions::opt_eq(m.owner, t.owner)
                    && same_kind(doc, m.figure, t.figure)
                    && amount(doc, m.figure)
                    && doc.figures[m.figure].value.is_some_and(|v| v < total && v >= total - 3.0 * more)
            })
            .take(3);
        for m in earlier {
            doc.tie(ID, &[m.figure, t.figure, step.figure], Tie::SameThing, None);
            out.push(Change { diff: Some(step.figure), ..change(m.figure, t.figure, None, None, false) });
        }
    }
}

pub fn find(doc: &Doc, out: &mut Vec<Change>) {
    increments(doc, out);
    let mut pending: Option<Pending> = None;
    for s in 0..doc.layout.sentences.len() {
        let paragraph = doc.layout.sentences[s].paragraph;
        if pending.as_ref().is_some_and(|p| p.paragraph != paragraph || p.sentence + 3 < s) {
            pending = None;
        }
        // A pending change never leaves its paragraph, so a paragraph with no
        // quantity holds no change.
        if doc.paragraph_counts(paragraph) {
            sentence_changes(doc, s, &mut pending, out);
        }
    }
}

/// Every frame of sentence `s`, each settled as a change, a pending
/// percent, or nothing.
fn sentence_changes(doc: &Doc, s: usize, pending: &mut Option<Pending>, out: &mut Vec<Change>) {
    let (a, b) = doc.sentence_words(s);
    let mut i = a;
    while i < b {
        let Some((cue, after)) = cue_at(doc, i) else {
            i += 1;
            continue;
        };
        // "the rise slowed from 80% to 9%": the noun names the change being
        // measured; its figures are sizes of it, not levels its cue moves.
        if paced(doc, after, b) {
            i = after;
            continue;
        }
        let frame = frame_at(doc, a, b, i, cue, after);
        i = frame.end.max(after);
        if let Err(reason) = well_founded(doc, &frame) {
            if doc.explaining() && frame.figures().len() >= 2 {
                let words = doc.words_span(frame.at, frame.end.max(frame.at + 1));
                doc.set_aside(ID, &frame.figures(), reason, words);
            }
            continue;
        }
        if frame.checkable() {
            // The cue and its slots ("rose … to … from") tie the figures.
            if doc.explaining() {
                doc.tie(ID, &frame.figures(), Tie::StatedCue, doc.words_span(frame.at, frame.at + 1));
            }
            let sure = frame.sure_ends();
            out.push(Change {
                from: frame.from,
                to: frame.to,
                percent: frame.percent,
                diff: frame.diff,
                factor: frame.factor,
                falling: frame.falling,
                either_way: false,
                sure,
                certainty: if frame.fold { Certainty::Plausible } else { Certainty::Stated },
            });
        } else if frame.from.is_some() && frame.to.is_some() {
            pair(doc, s, &frame, pending, out);
        } else if frame.from.is_none()
            && frame.to.is_none()
            && (frame.percent.is_some() || frame.factor.is_some())
            && frame.diff.is_none()
        {
            // Only a percent or a factor: wait for values.
            let paragraph = doc.layout.sentences[s].paragraph;
            *pending = Some(Pending {
                sentence: s,
                end: frame.end.max(frame.at + 1),
                paragraph,
                percent: frame.percent,
                factor: frame.factor,
                falling: frame.falling,
            });
        } else {
            one_end(doc, s, &frame, pending, out);
        }
    }
}

/// Whether a verb of pace follows the cue (word `after` on, within the
/// sentence ending at `b`) before any figure or comma, past the noun's own
/// words: "the rise slowed", "growth in rents has eased".
fn paced(doc: &Doc, after: usize, b: usize) -> bool {
    (after..b.min(after + 5))
        .take_while(|&k| doc.is_word(k) && doc.figure_at_word(k).is_none())
        .any(|k| word(doc.lc(k)) == Some(Word::Pace))
}

/// The frame of the cue at word `i`, read on both sides.
fn frame_at(doc: &Doc, a: usize, b: usize, i: usize, cue: Cue, after: usize) -> Frame {
    let mut frame = Frame::new(cue, i, after);
    if let Cue::Factor(f) = cue {
        let (approx, more_than, start) = hedge_before(doc, i);
        frame.factor = Some(NumberWord {
            span: Span::new(doc.words()[start].span.start, doc.words()[i].span.end),
            value: f,
            approx,
            more_than,
        });
    }
    read_before(doc, a, i, &mut frame);
    read_after(doc, after, b, &mut frame);
    frame
}

/// Two ends and nothing else: the pending percent or factor, if it goes
/// the same way, and a difference stated in the next sentence.
fn pair(doc: &Doc, s: usize, frame: &Frame, pending: &mut Option<Pending>, out: &mut Vec<Change>) {
    let (Some(from), Some(to)) = (frame.from, frame.to) else { return };
    let pending = pending.take().filter(|p| {
        let same_way = p.falling == frame.falling || frame.cue == Cue::Versus;
        if !same_way {
            // "doubled … fell from 42 to 40": the multiple is of something else.
            doc.set_aside(ID, &[from, to], SetAside::OtherThing, doc.words_span(frame.at, frame.at + 1));
        }
        same_way
    });
    if let Some(p) = pending
        && (p.percent.is_some() || p.factor.is_some())
    {
        // "halved, falling from 40 to 30": one clause states it; "halved,
        // and branches fell from 42 to 40" speaks of something else.
        let one_clause = p.sentence == s
            && !(p.end..frame.at)
                .any(|k| matches!(word(doc.lc(k)), Some(Word::And | Word::Clause)) || doc.lc(k) == ";");
        let certainty = if one_clause { Certainty::Stated } else { Certainty::Plausible };
        let tie = if one_clause { Tie::SameSentence } else { Tie::SameParagraph };
        doc.tie(ID, &[from, to], tie, doc.words_span(frame.at, frame.at + 1));
        let sure = certainty == Certainty::Stated && frame.sure_ends();
        out.push(Change { certainty, sure, ..change(from, to, p.percent, p.factor, p.falling) });
    }
    // "rose to 30 from 40": ends the sentence surely gives, going against
    // the cue, are a finding of their own (`check` reads only the direction).
    if frame.sure_ends() && !frame.to_before && matches!(frame.cue, Cue::Up | Cue::Down) && same_thing(doc, from, to) {
        let sure = Change { sure: true, certainty: Certainty::Stated, ..change(from, to, None, None, frame.falling) };
        out.push(sure);
    }
    if let Some(d) = difference_next(doc, s, from) {
        out.push(Change { diff: Some(d), ..change(from, to, None, None, frame.falling) });
    }
}

/// One end and a difference or percent: the other end in the sentence
/// before.
fn one_end(doc: &Doc, s: usize, frame: &Frame, pending: &mut Option<Pending>, out: &mut Vec<Change>) {
    // "the figure was 24,310, a rise of 5,140": the level before the cue,
    // its difference after, the other value in the sentence before.
    if let (Some(d), Some(x), true) = (frame.diff, frame.to, frame.to_before) {
        let Some(y) = same_thing_before(doc, s, x) else { return };
        doc.tie(ID, &[x, y, d], Tie::SameThing, None);
        // Hedged or bounded figures make the pairing a guess: then only a passed check.
        let plain = [x, y, d].iter().all(|&f| doc.figures[f].approx.is_none() && doc.figures[f].bound.is_none());
        let certainty = if plain { Certainty::Inferred } else { Certainty::Plausible };
        out.push(Change {
            diff: Some(d),
            either_way: true,
            certainty,
            ..change(x, y, None, None, frame.falling)
        });
        if let Some(p) = pending.take() {
            let (lo, hi) = order(doc, x, y);
            out.push(change(lo, hi, p.percent, p.factor, p.falling));
        }
        return;
    }
    // A percent and an earlier value, the later one in the sentence before
    // ("a rise of almost 9 percent over last year, when it stood at 2,410").
    if let (Some(share), Some(from), None) = (&frame.percent, frame.from, frame.to) {
        for to in values_before(doc, s, from, frame.falling) {
            // The change repeats the words of the value before it.
            doc.tie(ID, &[from, to], Tie::SameThing, None);
            out.push(Change {
                certainty: Certainty::Inferred,
                ..change(from, to, Some(share.clone()), None, frame.falling)
            });
        }
    }
}

/// Neither end names a thing the other does not: "to 30 from 20 stores"
/// is no change of what was 30.
fn same_thing(doc: &Doc, a: usize, b: usize) -> bool {
    let thing = |f: usize| doc.mention(f).and_then(|m| m.thing.as_deref());
    thing(a).is_none() || thing(b).is_none() || thing(a) == thing(b)
}

fn order(doc: &Doc, x: usize, y: usize) -> (usize, usize) {
    if doc.figures[x].value <= doc.figures[y].value { (x, y) } else { (y, x) }
}

/// The amounts of the sentence before `s` of the same kind as `from`, on
/// the side of it the change goes. Several candidates mean the relation is
/// only checked as "none of them fits".
fn values_before(doc: &Doc, s: usize, from: usize, falling: bool) -> Vec<usize> {
    if s == 0 {
        return vec![];
    }
    let fv = doc.figures[from].value.unwrap_or(0.0);
    let (a, b) = doc.sentence_words(s);
    let said_here: Vec<&str> =
        (a..b).map(|k| doc.lc(k)).filter(|w| w.len() >= 5 && !crate::mentions::is_stop_word(w)).collect();
    doc.mentions[sentence_mentions(doc, s - 1)]
        .iter()
        .filter(|m| m.sentence + 1 == s && amount(doc, m.figure) && same_kind(doc, m.figure, from) && m.figure != from)
        .filter(|m| {
            let v = doc.figures[m.figure].value.unwrap_or(0.0);
            if falling { v < fv } else { v > fv }
        })
        // Only a value whose own words the change repeats ("Rs 2,415 billion
        // for road building" ... "a rise in road spending").
        .filter(|m| (m.end..(m.end + 6).min(a)).any(|k| doc.is_word(k) && said_here.contains(&doc.lc(k))))
        .map(|m| m.figure)
        .collect()
}

fn same_thing_before(doc: &Doc, s: usize, x: usize) -> Option<usize> {
    let xm = doc.mention(x)?;
    if s == 0 {
        return None;
    }
    doc.mentions[sentence_mentions(doc, s - 1)]
        .iter()
        .rev()
        .find(|m| {
            m.sentence + 1 == s
                && m.paragraph == xm.paragraph
                && amount(doc, m.figure)
                && same_kind(doc, m.figure, x)
                && m.thing.is_some()
                && m.thing == xm.thing
        })
        .map(|m| m.figure)
}

/// "That amounts to 48,210 new cases", "That is an increase of 5": a
/// difference stated in the sentence after a change.
fn difference_next(doc: &Doc, s: usize, like: usize) -> Option<usize> {
    let next = s + 1;
    if next >= doc.layout.sentences.len() {
        return None;
    }
    let (a, _) = doc.sentence_words(next);
    if !(doc.is(a, "that") || doc.is(a, "this")) {
        return None;
    }
    doc.mentions[sentence_mentions(doc, next)]
        .iter()
        .find(|m| m.sentence == next && m.first <= a + 4 && amount(doc, m.figure) && same_kind(doc, m.figure, like))
        .map(|m| m.figure)
}
