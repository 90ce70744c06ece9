//! A part, its whole and the share it makes: "865,884 citizens, or 33.46
//! percent of the electorate" (the whole stated "in all" nearby), "12.1 per
//! cent of that year's total budget of Rs 24.42 lakh crore", "12 out of 60
//! (20%)", "70% of those killed are women (4,000) and children (6,150)",
//! "just under a quarter of all rough sleepers (1,137 of 4,751)", "one in
//! five".

use super::Percent;
use crate::checks::relation::{Certainty, NumberWord, Share, fraction_at, hedge_before, window, within_reach};
use crate::figures::Kind;
use crate::mentions::{Doc, Event, Mention};
use crate::mentions::lexicon::{Class, lexicons};

fn is_amount(doc: &Doc, f: usize) -> bool {
    matches!(doc.figures[f].kind, Kind::Number | Kind::Money) && doc.figures[f].value.is_some()
}

/// The thing class named in the few words from `i` ("of the reported
/// deaths" → person), with the event it implies.
fn thing_after(doc: &Doc, i: usize, limit: usize) -> (Option<String>, Option<Event>) {
    let lex = lexicons();
    let mut event = None;
    for j in i..i + limit {
        if !doc.is_word(j) {
            if doc.lc(j) == "'" || doc.lc(j) == "-" {
                continue;
            }
            break;
        }
        if let Some((_, e)) = lex.events.match_class::<Event>(&doc.phrase_at(j, 3)) {
            event = Some(e);
        }
        if let Some((_, class, implied)) = lex.things.match_at(&doc.phrase_at(j, 3)) {
            return (Some(class.to_owned()), implied.and_then(Event::from_name).or(event));
        }
    }
    (None, event)
}

/// Up to three candidate wholes, nearest first.
fn wholes_before(doc: &Doc, before: usize, thing: Option<&str>, event: Option<Event>, than: f64) -> Vec<usize> {
    if thing.is_none() && event.is_none() {
        return vec![];
    }
    let here = &doc.mentions[before.min(doc.mentions.len() - 1)];
    let win = within_reach(window(doc, here.paragraph.saturating_sub(1)), before);
    win.rev()
        .filter(|&k| k < before)
        .map(|k| &doc.mentions[k])
        .filter(|m| {
            (thing.is_none() || m.thing.as_deref() == thing)
                && (event.is_none() || m.event.is_none() || m.event == event)
                && (thing.is_some() || m.event == event)
                && doc.figures[m.figure].kind == Kind::Number
                && doc.figures[m.figure].value.is_some_and(|v| v > than)
        })
        .take(3)
        .map(|m| m.figure)
        .collect()
}

/// A percentage and what stands just before it: the amount it may restate
/// ("865,884 citizens, or 33.46 percent") and whether "or", a bracket or a
/// comma joins them.
struct ShareAt<'d> {
    /// Its index in `doc.mentions`.
    mi: usize,
    p: &'d Mention,
    before: Option<&'d Mention>,
    or_before: bool,
}

impl<'d> ShareAt<'d> {
    fn read(doc: &'d Doc, mi: usize) -> ShareAt<'d> {
        let p = &doc.mentions[mi];
        let before = mi
            .checked_sub(1)
            .map(|k| &doc.mentions[k])
            .filter(|x| x.sentence == p.sentence && is_amount(doc, x.figure) && x.end + 6 >= p.first);
        let or_before =
            before.is_some() && (p.first.saturating_sub(3)..p.first).any(|k| matches!(doc.lc(k), "or" | "(" | ","));
        ShareAt { mi, p, before, or_before }
    }

    /// The amount the share restates, when "or", a bracket or a comma joins them.
    fn restated(&self) -> Option<&'d Mention> {
        self.before.filter(|_| self.or_before)
    }

    fn percent(&self, parts: Vec<usize>, whole: usize, certainty: Certainty) -> Percent {
        Percent { parts, whole, percent: Share::Figure(self.p.figure), certainty }
    }
}

/// What a pass makes of a share: a relation, nothing to say (later passes
/// are not tried), or not its form (the next pass is tried).
enum Decision {
    Found(Percent),
    Quiet,
    NotMine,
}

pub fn find(doc: &Doc, out: &mut Vec<Percent>) {
    for mi in 0..doc.mentions.len() {
        if doc.figures[doc.mentions[mi].figure].kind != Kind::Percent {
            continue;
        }
        let share = ShareAt::read(doc, mi);
        let passes: [fn(&Doc, &ShareAt) -> Decision; 4] =
            [part_of_a_stated_whole, whole_in_the_phrase, bracketed_parts, whole_stated_in_all];
        for pass in passes {
            match pass(doc, &share) {
                Decision::Found(p) => {
                    out.push(p);
                    break;
                }
                Decision::Quiet => break,
                Decision::NotMine => {}
            }
        }
    }
    fractions(doc, out);
}

/// "12 out of 60 (20%)": the part's stated whole is the whole; "Of the
/// 1,500 polled, 900, or 60%": the whole put first, its part restated.
fn part_of_a_stated_whole(doc: &Doc, s: &ShareAt) -> Decision {
    let Some(x) = s.restated() else { return Decision::NotMine };
    if let Some(y) = x.part_of {
        return Decision::Found(s.percent(vec![x.figure], y, Certainty::Stated));
    }
    match doc.mentions[..s.mi]
        .iter()
        .rev()
        .take_while(|m| m.sentence == s.p.sentence)
        .find(|m| m.part_of == Some(x.figure))
    {
        Some(part) => Decision::Found(s.percent(vec![part.figure], x.figure, Certainty::Stated)),
        None => Decision::NotMine,
    }
}

/// The word after "of" that follows the share: "Z% of the Y".
fn of_after(doc: &Doc, s: &ShareAt) -> Option<usize> {
    doc.is(s.p.end, "of").then_some(s.p.end + 1)
}

/// The whole named as a figure right after the share: "Z% of the Y", "Z
/// per cent of the total budget of Rs Y". A share "of" something is decided
/// here or by the passes after it; one without "of" goes no further.
fn whole_in_the_phrase(doc: &Doc, s: &ShareAt) -> Decision {
    let Some(of_at) = of_after(doc, s) else { return Decision::Quiet };
    let (_, b) = doc.sentence_words(s.p.sentence);
    let mut whole_figure = None;
    let mut j = of_at;
    while j < b && j < of_at + 10 {
        if let Some(f) = doc.figure_at_word(j) {
            if is_amount(doc, f) {
                whole_figure = Some(f);
            }
            if doc.figures[f].kind.is_quantity() {
                break;
            }
        }
        if matches!(doc.lc(j), "." | ";" | "(") {
            break;
        }
        j += 1;
    }
    let Some(whole) = whole_figure else { return Decision::NotMine };
    match part_of_a_whole_in_the_phrase(doc, s, whole) {
        Some((x, certainty)) if same_currency(doc, x, whole) => {
            Decision::Found(s.percent(vec![x], whole, certainty))
        }
        _ => Decision::Quiet,
    }
}

/// The part of "Z% of the Y": the amount the share restates, or (after
/// "That amounts to") the last amount of the sentence before, or the amount
/// that restates the whole's share after it ("About 30% of the 2,000
/// employees, or roughly 600 people").
fn part_of_a_whole_in_the_phrase(doc: &Doc, s: &ShareAt, whole: usize) -> Option<(usize, Certainty)> {
    if let Some(x) = s.restated() {
        return Some((x.figure, Certainty::Stated));
    }
    let (a, _) = doc.sentence_words(s.p.sentence);
    let p = s.p;
    let anaphoric =
        (a..p.first).any(|k| doc.is(k, "that") || doc.is(k, "this")) && a + 3 >= p.first.saturating_sub(2);
    if anaphoric && p.sentence > 0 {
        return doc.mentions[..s.mi]
            .iter()
            .rev()
            .take_while(|m| m.sentence + 1 >= p.sentence)
            .find(|m| m.sentence + 1 == p.sentence && is_amount(doc, m.figure) && same_currency(doc, m.figure, whole))
            .map(|m| (m.figure, Certainty::Plausible));
    }
    restated_after(doc, whole).map(|x| (x, Certainty::Stated))
}

/// Parts in brackets after the share: "70% of those killed are women
/// (4,000) and children (6,150)", against the nearest earlier count of the
/// thing named after "of".
fn bracketed_parts(doc: &Doc, s: &ShareAt) -> Decision {
    let Some(of_at) = of_after(doc, s) else { return Decision::Quiet };
    let bracketed: Vec<usize> = doc.mentions[s.mi + 1..]
        .iter()
        .take_while(|m| m.sentence == s.p.sentence)
        .filter(|m| is_amount(doc, m.figure) && doc.lc(m.first.saturating_sub(1)) == "(" && doc.lc(m.end) == ")")
        .map(|m| m.figure)
        .collect();
    if bracketed.is_empty() {
        return Decision::NotMine;
    }
    let (thing, event) = thing_after(doc, of_at, 6);
    match wholes_before(doc, s.mi, thing.as_deref(), event, 0.0).first() {
        Some(&whole) => Decision::Found(s.percent(bracketed, whole, Certainty::Inferred)),
        None => Decision::Quiet,
    }
}

/// "865,884 citizens, or 33.46 percent of the electorate": the whole is the
/// count of the same thing stated "in all" or "in total" in the window.
fn whole_stated_in_all(doc: &Doc, s: &ShareAt) -> Decision {
    let Some(x) = s.restated() else { return Decision::Quiet };
    let win = within_reach(window(doc, s.p.paragraph.saturating_sub(1)), s.mi);
    let xv = doc.figures[x.figure].value.unwrap_or(0.0);
    let whole = win.map(|k| &doc.mentions[k]).find(|m| {
        m.figure != x.figure
            && m.cues.total
            && doc.figures[m.figure].kind == Kind::Number
            && doc.figures[m.figure].value.is_some_and(|v| v > xv)
            && m.thing == x.thing
    });
    match whole {
        Some(w) => Decision::Found(s.percent(vec![x.figure], w.figure, Certainty::Plausible)),
        None => Decision::Quiet,
    }
}

/// The part a share's whole is restated as, right after it: the next amount
/// in the sentence, within a few words of the whole's noun phrase, after "or"
/// or a bracket ("the 2,000 employees, or roughly 600").
fn restated_after(doc: &Doc, whole: usize) -> Option<usize> {
    let w = doc.mention(whole)?;
    let x = doc.mentions.get(doc.mention_of[whole]? + 1)?;
    let follows = x.sentence == w.sentence
        && x.first.saturating_sub(doc.after_noun(w)) <= 4
        && (x.first.saturating_sub(3)..x.first).any(|k| matches!(doc.lc(k), "or" | "("))
        && is_amount(doc, x.figure);
    follows.then_some(x.figure)
}

fn same_currency(doc: &Doc, a: usize, b: usize) -> bool {
    doc.figures[a].currency == doc.figures[b].currency && doc.figures[a].unit == doc.figures[b].unit
}

/// Fraction words: "about one-fifth of the reported deaths, more than
/// 163,000"; "just under a quarter of all rough sleepers (1,137 of 4,751)";
/// "more than half of ..., with 217 people".
fn fractions(doc: &Doc, out: &mut Vec<Percent>) {
    for s in 0..doc.layout.sentences.len() {
        let (a, b) = doc.sentence_words(s);
        let first_mention = doc.mentions.partition_point(|m| m.sentence < s);
        if doc.mentions.get(first_mention).is_none_or(|m| m.sentence != s) {
            continue;
        }
        let mut i = a;
        while i < b {
            let Some((after, value)) = fraction_at(doc, i) else {
                i += 1;
                continue;
            };
            if doc
                .figure_at_word(i)
                .is_some_and(|f| doc.figures[f].kind.is_quantity() && doc.figures[f].value.is_some_and(|v| v > 1.0))
            {
                i += 1;
                continue;
            }
            let (approx, more_than, start) = hedge_before(doc, i);
            let word = NumberWord {
                span: crate::text::Span::new(doc.words()[start].span.start, doc.words()[after - 1].span.end),
                value,
                approx,
                more_than,
            };
            i = after;
            if !doc.is(after, "of") {
                continue;
            }
            let (thing, event) = thing_after(doc, after + 1, 6);
            // The part: the next count in the sentence.
            let Some(xm) = doc.mentions[first_mention..]
                .iter()
                .take_while(|m| m.sentence == s)
                .find(|m| m.first >= after && doc.figures[m.figure].kind == Kind::Number)
            else {
                continue;
            };
            // "one in five of the 1,000 patients, or 200": the count after "of
            // [the]" is the whole, and the part is restated after it.
            let of_whole = xm.first == after + 1 || (xm.first == after + 2 && doc.is(after + 1, "the"));
            if of_whole {
                if let Some(x) = restated_after(doc, xm.figure) {
                    out.push(Percent {
                        parts: vec![x],
                        whole: xm.figure,
                        percent: Share::Fraction(word.clone()),
                        certainty: Certainty::Stated,
                    });
                }
                continue;
            }
            let xv = doc.figures[xm.figure].value.unwrap_or(0.0);
            let mi = doc.mention_of[xm.figure].unwrap_or(0);
            let wholes = match xm.part_of {
                Some(w) => vec![w],
                // A plausible relation is reported only when it holds, so each
                // of the nearest candidates may be tried.
                None => wholes_before(doc, mi, thing.as_deref(), event, xv),
            };
            for whole in wholes {
                out.push(Percent {
                    parts: vec![xm.figure],
                    whole,
                    percent: Share::Fraction(word.clone()),
                    certainty: Certainty::Plausible,
                });
            }
        }
    }
}
