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

use super::founded::{amount, level_before_points, same_kind, well_founded};
use super::read::{Frame, read_after, read_before};
use super::words::{Cue, Word, comparative, cue_at, than_expected, word};
use super::{Change, ID};
use crate::checks::relation::{Certainty, NumberWord, Share, hedge_before, sentence_mentions, within_reach};
use crate::mentions::Doc;
use crate::report::explain::{SetAside, Tie};
use crate::text::Span;

/// A percent or factor waiting for its pair of values.
struct Pending {
    sentence: usize,
    /// The cue's word: the words before it in its clause name what changed.
    at: usize,
    /// The word after the pending frame.
    end: usize,
    paragraph: usize,
    percent: Option<Share>,
    factor: Option<NumberWord>,
    falling: bool,
    /// The later value the cue already gave ("rose 37% to 164"): only a
    /// pair ending at it completes the change (", up from 148").
    to: Option<usize>,
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
            && (t.first.saturating_sub(7).max(a)..t.first - 1).any(|k| word(doc.word(k)) == Some(Word::Carry));
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
                    && (m.sentence < t.sentence || told_as_earlier(doc, m))
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

/// "…, bringing the toll to 41. The toll had stood at 36 on Monday": an
/// earlier value the text gives after the running total is told as past,
/// by a past form of its verb ("had stood", "was") or a word of earlier
/// time ("earlier", "previously"). A count after it told in the present
/// ("three others have 1 each") is a count of now, of other things.
fn told_as_earlier(doc: &Doc, m: &crate::mentions::Mention) -> bool {
    let (a, _) = doc.sentence_words(m.sentence);
    (a..m.first).any(|k| crate::lc_in!(doc, k, ["was", "were", "had"]) || word(doc.word(k)) == Some(Word::Earlier))
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
    // The direction of the last change this sentence stated in full.
    let mut stated: Option<Cue> = None;
    while i < b {
        let frame = if let Some((cue, after)) = cue_at(doc, i) {
            // "the rise slowed from 80% to 9%": the noun names the change being
            // measured; its figures are sizes of it, not levels its cue moves.
            if paced(doc, after, b) {
                i = after;
                continue;
            }
            let frame = frame_at(doc, a, b, i, cue, after);
            i = frame.end.max(after);
            if missed_expectation(doc, &frame) {
                continue;
            }
            frame
        } else if let Some(cue) = stated.filter(|_| gapped(doc, a, i)) {
            let mut frame = Frame::new(cue, i, i + 1);
            read_after(doc, i, b, &mut frame);
            i = frame.end.max(i + 1);
            frame
        } else {
            i += 1;
            continue;
        };
        if frame.checkable() && matches!(frame.cue, Cue::Up | Cue::Down) {
            stated = Some(frame.cue);
        }
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
            && (frame.to.is_none() || !frame.to_before)
            && (frame.percent.is_some() || frame.factor.is_some())
            && frame.diff.is_none()
        {
            // Only a percent or a factor: wait for values.
            let paragraph = doc.layout.sentences[s].paragraph;
            *pending = Some(Pending {
                sentence: s,
                at: frame.at,
                end: frame.end.max(frame.at + 1),
                paragraph,
                percent: frame.percent,
                factor: frame.factor,
                falling: frame.falling,
                to: frame.to,
            });
        } else {
            one_end(doc, s, &frame, pending, out);
        }
    }
}

/// "2.5 million more than previously estimated": a comparative cue whose
/// standard is what was expected or believed misses an expectation, with
/// no earlier value of the quantity to find.
fn missed_expectation(doc: &Doc, frame: &Frame) -> bool {
    let missed = than_expected(doc, frame.at);
    if missed {
        doc.set_aside(ID, &frame.figures(), SetAside::OtherThing, doc.words_span(frame.at, frame.at + 1));
    }
    missed
}

/// "profit rose 39% to 160 from 115, and sales 23% to 1,114.7 from 908":
/// a percentage after ", and" and a few words of a noun, with its own "to"
/// or "from", states a change whose verb the first clause gave (gapping).
fn gapped(doc: &Doc, a: usize, i: usize) -> bool {
    let Some(f) = doc.figure_at_word(i) else { return false };
    let fig = &doc.figures[f];
    let Some(m) = doc.mention(f) else { return false };
    if fig.kind != crate::figures::Kind::Percent || m.first != i || fig.value.is_none_or(|v| v < 0.0) {
        return false;
    }
    if !matches!(word(doc.word(m.end)), Some(Word::To | Word::From)) {
        return false;
    }
    let Some(and) = (i.saturating_sub(5).max(a + 1)..i).rev().find(|&k| doc.is(k, "and")) else { return false };
    doc.lc(and - 1) == ","
        && and + 1 < i
        && (and + 1..i).all(|k| doc.is_word(k) && doc.figure_at_word(k).is_none() && cue_at(doc, k).is_none())
}

/// Whether a verb of pace follows the cue (word `after` on, within the
/// sentence ending at `b`) before any figure or comma, past the noun's own
/// words: "the rise slowed", "growth in rents has eased".
fn paced(doc: &Doc, after: usize, b: usize) -> bool {
    (after..b.min(after + 5))
        .take_while(|&k| doc.is_word(k) && doc.figure_at_word(k).is_none())
        .any(|k| word(doc.word(k)) == Some(Word::Pace))
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
    if !subject_of_another_verb(doc, a, i, after) {
        read_after(doc, after, b, &mut frame);
    }
    level_before_points(doc, &mut frame);
    frame
}

/// "the rise slowed from 80% to 9%": a cue that a determiner makes a noun,
/// followed at once by a word no frame reads, is the subject of another
/// verb, and the "from … to …" after that verb says how the change itself
/// moved, not where the quantity went. ("the rise in prices", "the rise was
/// 9%", "a rise of 5" go on reading.)
fn subject_of_another_verb(doc: &Doc, a: usize, i: usize, after: usize) -> bool {
    let determined =
        i > a && crate::lc_in!(doc, i - 1, ["the", "this", "that", "its", "their", "his", "her", "our"]);
    if !determined {
        return false;
    }
    // "the rise has slowed": past the auxiliaries to the verb.
    let mut k = after;
    while k < doc.words().len() && doc.figure_at_word(k).is_none() && word(doc.word(k)) == Some(Word::Link) {
        k += 1;
    }
    let plain_word = |k: usize| {
        k < doc.words().len()
            && doc.is_word(k)
            && doc.figure_at_word(k).is_none()
            && word(doc.word(k)).is_none()
            && cue_at(doc, k).is_none()
            && !crate::mentions::is_stop_word(doc.word(k))
    };
    if plain_word(k) || word(doc.word(k)) == Some(Word::Pace) {
        return true;
    }
    // "the rise in burglaries slowed from …": past the noun's own phrase,
    // a past tense before any slot or figure is the clause's verb.
    if !matches!(word(doc.word(k)), Some(Word::Prep)) && !doc.is(k, "of") {
        return false;
    }
    let end = (k + 6).min(doc.words().len());
    for j in k + 1..end {
        let slot = matches!(
            word(doc.word(j)),
            Some(Word::To | Word::At | Word::From | Word::With | Word::By | Word::Over | Word::Carry | Word::Link)
        );
        if !doc.is_word(j) || doc.figure_at_word(j).is_some() || slot {
            return false;
        }
        // A verb of pace is such a verb too ("the rise in burglaries slowed").
        if (plain_word(j) && doc.lc(j).ends_with("ed")) || word(doc.word(j)) == Some(Word::Pace) {
            return true;
        }
    }
    false
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
        // "profit 19%, sales 14%, earnings 68% (9 against 5)": a percentage
        // nearer the values is theirs; the waiting one names another item.
        let first = [from, to].iter().filter_map(|&f| doc.mention(f)).map(|m| m.first).fold(frame.at, usize::min);
        let nearer = (p.end..first)
            .any(|k| doc.kind_at(k) == Some(crate::figures::Kind::Percent));
        // "Sales rose 10%. Profit rose to 33 from 30": a pair in a clause
        // of its own whose words name another thing is that thing's change.
        let a = doc.sentence_words(s).0;
        let own_clause = p.sentence != s || clause_start(doc, a, frame.at) > p.at;
        let other_subject = own_clause && names_another_subject(doc, p, a, first);
        if other_subject {
            doc.set_aside(ID, &[from, to], SetAside::OtherThing, doc.words_span(frame.at, frame.at + 1));
        }
        // "prices rose 10.1% in the year, up from 9.9%": a rate of change
        // that is itself the later level is no change of the pair as well.
        let is_an_end = matches!(p.percent, Some(Share::Figure(x)) if x == from || x == to);
        same_way && !nearer && !other_subject && !is_an_end && p.to.is_none_or(|t| t == to)
    });
    if let Some(p) = pending
        && (p.percent.is_some() || p.factor.is_some())
    {
        // "halved, falling from 40 to 30": one clause states it; "halved,
        // and branches fell from 42 to 40" speaks of something else.
        let one_clause = p.sentence == s
            && !(p.end..frame.at)
                .any(|k| matches!(word(doc.word(k)), Some(Word::And | Word::Clause)) || doc.lc(k) == ";");
        let certainty = if one_clause { Certainty::Stated } else { Certainty::Plausible };
        let tie = if one_clause { Tie::SameSentence } else { Tie::SameParagraph };
        doc.tie(ID, &[from, to], tie, doc.words_span(frame.at, frame.at + 1));
        let sure = certainty == Certainty::Stated && frame.sure_ends();
        out.push(Change { certainty, sure, ..change(from, to, p.percent, p.factor, p.falling) });
    }
    // "rose to 30 from 40": ends the sentence surely gives, going against
    // the cue, are a finding of their own (`check` reads only the direction).
    if frame.sure_ends() && matches!(frame.cue, Cue::Up | Cue::Down) && named_forward(doc, from, to) {
        // "605, up from 564": the later value next to the cue gives a
        // direction to check when it holds; a contradiction needs the ends
        // the sentence surely gives: "rose to 605 from 564", or "fell to
        // 605, down from 564", where "to" of the same way names the later.
        let sure = !frame.to_before || after_to_of_same_way(doc, to, frame.falling);
        out.push(Change { sure, certainty: Certainty::Stated, ..change(from, to, None, None, frame.falling) });
    }
    if let Some(d) = difference_next(doc, s, from) {
        out.push(Change { diff: Some(d), ..change(from, to, None, None, frame.falling) });
    }
}

/// The first word of the clause word `i` stands in: after the sentence's
/// start, a semicolon, or a word that opens a clause ("and", "while").
fn clause_start(doc: &Doc, a: usize, i: usize) -> usize {
    (a..i)
        .rev()
        .find(|&k| doc.lc(k) == ";" || matches!(word(doc.word(k)), Some(Word::And | Word::Clause)))
        .map_or(a, |k| k + 1)
}

/// The words that name what a clause's change is of: its nouns before the
/// cue or first figure, lower-cased, without the frame's own words or a
/// noun that names the quantity again ("the total", classed in frames.txt).
fn subject_words<'d>(doc: &'d Doc, a: usize, end: usize) -> impl Iterator<Item = &'d str> {
    (clause_start(doc, a, end)..end)
        .filter(|&k| doc.is_word(k) && doc.figure_at_word(k).is_none() && cue_at(doc, k).is_none())
        .map(|k| doc.lc(k))
        .filter(|w| w.len() > 2 && word(w).is_none() && !crate::mentions::is_stop_word(w))
        .map(|w| w.trim_end_matches('s'))
}

/// Whether the clause ending at word `end` (its sentence from word `a`)
/// names what changed with words the pending change's clause does not
/// use: "Profit rose" after "Sales rose 10%". A pronoun or no subject
/// ("It reached 50, up from 40") names nothing else.
fn names_another_subject(doc: &Doc, p: &Pending, a: usize, end: usize) -> bool {
    let pending: Vec<&str> = subject_words(doc, doc.sentence_words(p.sentence).0, p.at).collect();
    let mut own = subject_words(doc, a, end).peekable();
    own.peek().is_some() && !own.any(|w| pending.contains(&w))
}

/// Whether a figure stands after "to" of a cue going the same way, a few
/// words back: "fell to 605" in "fell to 605 this year, down from 564".
fn after_to_of_same_way(doc: &Doc, f: usize, falling: bool) -> bool {
    let Some(m) = doc.mention(f) else { return false };
    if m.first < 2 || word(doc.word(m.first - 1)) != Some(Word::To) {
        return false;
    }
    (m.first.saturating_sub(4)..m.first - 1)
        .any(|k| cue_at(doc, k).is_some_and(|(c, _)| matches!(c, Cue::Up | Cue::Down) && c.falls() == falling))
}

/// One end and a difference or percent: the other end in the sentence
/// before.
fn one_end(doc: &Doc, s: usize, frame: &Frame, pending: &mut Option<Pending>, out: &mut Vec<Change>) {
    // "the figure was 24,310, a rise of 5,140": the level before the cue,
    // its difference after, the other value in the sentence before.
    if let (Some(d), Some(x), true) = (frame.diff, frame.to, frame.to_before) {
        // "Manitoba will grow 2.7 MMT (up 0.5 MMT)": a change in brackets
        // is its level's own note, on a level the text does not give.
        if doc.is(frame.at - 1, "(") {
            return;
        }
        let Some(y) = same_thing_before(doc, s, x) else { return };
        // "up 32 from Monday": the earlier value is Monday's; a count in
        // the sentence before that names no Monday is another measure
        // ("the hospital has 320 beds").
        if let Some(when) = reference_time(doc, s, frame.at)
            && !(doc.sentence_words(s - 1).0..doc.sentence_words(s - 1).1).any(|k| doc.lc(k) == when)
        {
            return;
        }
        doc.tie(ID, &[x, y, d], Tie::SameThing, None);
        // The other end is a guess among the values of the sentence before:
        // when the arithmetic fails, the guess is the likelier mistake, so
        // the pairing is reported only when it holds, unless that sentence
        // has no other amount of the kind to guess among.
        let plain = [x, y, d].iter().all(|&f| doc.figures[f].approx.is_none() && doc.figures[f].bound.is_none());
        let certainty = if plain && sole_amount_before(doc, s, x) { Certainty::Inferred } else { Certainty::Plausible };
        // Which end is earlier is not said; they are named the way the cue
        // goes ("from 19,170 to 24,310 is a rise"), and its size is checked
        // either way.
        let (lo, hi) = order(doc, x, y);
        let (from, to) = if frame.falling { (hi, lo) } else { (lo, hi) };
        out.push(Change { diff: Some(d), either_way: true, certainty, ..change(from, to, None, None, frame.falling) });
        if let Some(p) = pending.take() {
            out.push(change(lo, hi, p.percent, p.factor, p.falling));
        }
        return;
    }
    // A percent and an earlier value, the later one in the sentence before
    // ("a rise of almost 9 percent over last year, when it stood at 2,410").
    if let (Some(share), Some(from), None, false) = (&frame.percent, frame.from, frame.to, frame.to_elided) {
        // "a 12% and 3% fall on the 205 and 186 deaths": changes or
        // earlier values listed side by side pair off in order, each change
        // with its own earlier value and a later value of that clause; one
        // of them is never measured against a value of the sentence before.
        let percent = match share {
            Share::Figure(p) => Some(*p),
            _ => None,
        };
        if [Some(from), percent].into_iter().flatten().any(|f| coordinated(doc, f)) {
            return;
        }
        for to in values_before(doc, s, from, frame.falling) {
            // The change repeats the words of the value before it.
            doc.tie(ID, &[from, to], Tie::SameThing, None);
            // A later value of the sentence before is a guess, as above:
            // reported only when it holds, even when it is the only value
            // whose words the change repeats (such warnings were false
            // alarms on unseen copy).
            out.push(change(from, to, Some(share.clone()), None, frame.falling));
        }
    }
}

/// Whether figure `f` stands in a list with another figure of its kind,
/// joined by "and" or a comma: "12% and 3%", "the 205 and 186 deaths".
fn coordinated(doc: &Doc, f: usize) -> bool {
    // The mention's index from the document's table, not a search of every
    // mention: this runs for each change found.
    let Some(at) = doc.mention_of.get(f).copied().flatten() else { return false };
    let m = &doc.mentions[at];
    let joined = |a: &crate::mentions::Mention, b: &crate::mentions::Mention| {
        a.end + 1 == b.first && crate::lc_in!(doc, a.end, ["and", ","]) && same_kind(doc, a.figure, b.figure)
    };
    let before = at.checked_sub(1).map(|i| &doc.mentions[i]);
    let after = doc.mentions.get(at + 1);
    before.is_some_and(|b| joined(b, m)) || after.is_some_and(|a| joined(m, a))
}

/// The time a change names as its reference after "from", "on", "since"
/// or "over" ("up 32 from Monday", "a rise of 5 on last year", "three more
/// than in 2019"): a day, a noun of time or a year, lower-cased.
fn reference_time<'a>(doc: &'a Doc, s: usize, cue: usize) -> Option<&'a str> {
    let (_, b) = doc.sentence_words(s);
    let mut k = cue + 1;
    while k < b && doc.lc(k) != ";" && !super::read::opens_clause(doc, k) {
        if matches!(word(doc.word(k)), Some(Word::From | Word::Over)) {
            return (k + 1..(k + 4).min(b)).map(|j| doc.lc(j)).find(|w| {
                word(w) == Some(Word::Time)
                    || w.as_bytes().first().is_some_and(u8::is_ascii_digit)
                    // A weekday, "yesterday", "today".
                    || w.ends_with("day")
            });
        }
        k += 1;
    }
    None
}

/// The earlier value may leave out the thing the later one names ("119
/// patients, up from 100"), never name one the later does not ("to 30
/// from 20 stores").
fn named_forward(doc: &Doc, from: usize, to: usize) -> bool {
    // Only a noun written after the figure names its thing; one carried from
    // the sentence before is the same for both.
    // A noun of time ("2,900 last week") says when, not what.
    let own = |f: usize| {
        doc.mention(f)
            .filter(|m| m.via == crate::mentions::Via::Noun)
            .and_then(|m| m.thing.as_deref())
            .filter(|t| word(t) != Some(Word::Time))
    };
    let thing = |f: usize| doc.mention(f).and_then(|m| m.thing.as_deref());
    own(from).is_none() || own(from) == thing(to)
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

/// Whether the sentence before sentence `s` holds one amount only of the
/// kind of figure `x`: then the other end is no guess among its values.
fn sole_amount_before(doc: &Doc, s: usize, x: usize) -> bool {
    doc.mentions[sentence_mentions(doc, s - 1)]
        .iter()
        .filter(|m| m.sentence + 1 == s && amount(doc, m.figure) && same_kind(doc, m.figure, x))
        .count()
        == 1
}

/// The last amount of the sentence before `s` that counts what figure `x`
/// counts, in its paragraph: the other end of a change told with one end
/// and a difference. An amount that is itself a difference ("152,000 more
/// than a year before") is no end.
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
                && comparative(doc.word(m.end)).is_none()
                && amount(doc, m.figure)
                && same_kind(doc, m.figure, x)
                && m.thing.is_some()
                && m.thing == xm.thing
                && same_words_after(doc, m, xm)
        })
        .map(|m| m.figure)
}

/// Whether two counts are followed by the same words up to the end of
/// their noun phrases: "2.47 million unemployed people" and "8.92 million
/// economically inactive people" count people of two kinds.
/// (A count that names its thing only by a word such as "the figure"
/// before it is compared by its thing alone.)
fn same_words_after(doc: &Doc, a: &crate::mentions::Mention, b: &crate::mentions::Mention) -> bool {
    let own = |m: &crate::mentions::Mention| m.via == crate::mentions::Via::Noun;
    let n = doc.after_noun(a).saturating_sub(a.end);
    !(own(a) && own(b)) || doc.after_noun(b).saturating_sub(b.end) == n && (0..n).all(|i| doc.lc(a.end + i) == doc.lc(b.end + i))
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
