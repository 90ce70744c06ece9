//! Changes between an earlier and a later value: "rose from A to B", "up P%
//! to B from A", "B, up P% from A", "P% more than the A", "B, D (P%) lower
//! than", "a rise of D", "doubled".
//!
//! Each cue word opens a frame; the figures around it fill its slots: the
//! percent or difference right after the cue, "to"/"reaching" B, "from"/
//! "against"/"compared with"/"than" A, and the amount just before the cue
//! as B. A frame needs three of from, to, percent, difference (or a factor
//! with from and to) to be checked. A cue with only a percent or a factor
//! ("climbed 69 percent", "nearly doubled") waits a few sentences for a
//! pair of values, and is then only a plausible relation.

use super::Change;
use crate::checks::relation::{
    Certainty, CueWords, NumberWord, Share, fraction_at, hedge_before, sentence_mentions, within_reach,
};
use crate::figures::Kind;
use crate::mentions::Doc;
use crate::mentions::lexicon::Class;
use crate::text::Span;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Cue {
    Up,
    Down,
    Factor(f64),
    /// "compared with", "against": a pair with no direction stated.
    Versus,
}

impl Class for Cue {
    fn from_name(name: &str) -> Option<Cue> {
        Some(match name {
            "up" => Cue::Up,
            "down" => Cue::Down,
            "double" => Cue::Factor(2.0),
            "triple" => Cue::Factor(3.0),
            "quadruple" => Cue::Factor(4.0),
            "halve" => Cue::Factor(0.5),
            "versus" => Cue::Versus,
            _ => return None,
        })
    }
}

/// A comparative: "more", "higher than", "below".
#[derive(Clone, Copy, PartialEq, Debug)]
enum Comparative {
    More,
    Fewer,
    Less,
    Higher,
    Lower,
    Above,
    Below,
}

impl Class for Comparative {
    fn from_name(name: &str) -> Option<Comparative> {
        use Comparative::*;
        Some(match name {
            "more" => More,
            "fewer" => Fewer,
            "less" => Less,
            "higher" => Higher,
            "lower" => Lower,
            "above" => Above,
            "below" => Below,
            _ => return None,
        })
    }
}

/// The words that state a change.
static CUES: CueWords = CueWords::new(include_str!("cues.txt"));
/// The comparatives.
static COMPARATIVES: CueWords = CueWords::new(include_str!("comparatives.txt"));

fn comparative(w: &str) -> Option<Comparative> {
    COMPARATIVES.class_of(w)
}

fn cue_word(w: &str) -> Option<Cue> {
    CUES.class_of(w)
}

fn cue_at(doc: &Doc, i: usize) -> Option<(Cue, usize)> {
    // "more than 10", "up to 40": bound words the figure already holds,
    // unless an amount stands just before ("67,000 (7.6%) lower than 12
    // months ago" compares, whatever the recogniser made of the rest).
    if let Some(f) = doc.figure_at_word(i) {
        let starts_figure = doc.words()[i].span.start == doc.figures[f].span.start;
        let after_amount = i > 0
            && (doc.lc(i - 1) == ")"
                || doc.figure_at_word(i - 1).is_some_and(|g| g != f && doc.figures[g].kind.is_quantity()));
        if !(starts_figure && after_amount) {
            return None;
        }
    }
    let w = doc.lc(i);
    let cue = match w {
        "more" if doc.is(i + 1, "than") => Cue::Up,
        "compared" if matches!(doc.lc(i + 1), "with" | "to") => return Some((Cue::Versus, i + 2)),
        _ => cue_word(w)?,
    };
    // "shot down", "brought down", "up to 40": not changes.
    if w == "down"
        && i > 0
        && matches!(
            doc.lc(i - 1),
            "shot" | "brought" | "taken" | "shooting" | "bringing" | "cut" | "broke" | "came" | "went"
        )
    {
        return None;
    }
    if w == "up"
        && i > 0
        && matches!(doc.lc(i - 1), "set" | "made" | "make" | "picked" | "took" | "ended" | "showed" | "shot" | "blew")
    {
        return None;
    }
    Some((cue, i + 1))
}

fn amount(doc: &Doc, f: usize) -> bool {
    matches!(doc.figures[f].kind, Kind::Number | Kind::Money | Kind::Measure)
        && doc.figures[f].value.is_some()
        && !suspect(doc, f)
        && fold_after(doc, f).is_none()
}

/// "30-fold", "10 fold": a multiple, not an amount. Returns the word after it.
fn fold_after(doc: &Doc, f: usize) -> Option<usize> {
    let k = doc.mention(f)?.end;
    if doc.is(k, "-") && doc.is(k + 1, "fold") { Some(k + 2) } else { doc.is(k, "fold").then_some(k + 1) }
}

/// A figure that looks like half of a number broken by a stray space
/// ("159, 521"): no relation should use it.
fn suspect(doc: &Doc, f: usize) -> bool {
    let span = doc.figures[f].span;
    let after = doc.text.get(span.end..).unwrap_or("");
    let before = doc.text.get(..span.start).unwrap_or("");
    let three = |s: &str| {
        s.len() >= 3
            && s.as_bytes()[..3].iter().all(u8::is_ascii_digit)
            && !s.as_bytes().get(3).is_some_and(u8::is_ascii_digit)
    };
    (after.starts_with(", ") && three(&after[2..]))
        || (before.ends_with(", ")
            && before[..before.len() - 2].ends_with(|c: char| c.is_ascii_digit())
            && three(doc.text.get(span.start..).unwrap_or("")))
}

fn same_kind(doc: &Doc, a: usize, b: usize) -> bool {
    let (x, y) = (&doc.figures[a], &doc.figures[b]);
    x.kind == y.kind && x.currency == y.currency && x.unit == y.unit
}

/// A frame around one cue.
#[derive(Default)]
struct Frame {
    from: Option<usize>,
    to: Option<usize>,
    percent: Option<Share>,
    diff: Option<usize>,
    factor: Option<NumberWord>,
    /// The factor is an "N-fold", which some writers use for N + 1 times.
    fold: bool,
    falling: bool,
    end: usize,
}

impl Frame {
    fn checkable(&self) -> bool {
        let values = [self.from.is_some(), self.to.is_some(), self.percent.is_some(), self.diff.is_some()]
            .iter()
            .filter(|&&b| b)
            .count();
        (values >= 3 && (self.from.is_some() || self.to.is_some()))
            || (self.factor.is_some() && self.from.is_some() && self.to.is_some())
    }
}

/// A percent or factor waiting for its pair of values: (sentence,
/// paragraph, percent, factor, falling).
type Pending = (usize, usize, Option<Share>, Option<NumberWord>, bool);

/// Verbs that carry a running total to its new value: "bringing the death
/// toll to 50", "taking the total to 30".
const CARRIES: &[&str] = &["bringing", "brought", "brings", "taking", "took", "takes", "raising", "pushing", "lifting"];

/// "Rescuers recovered five more bodies, bringing the death toll to 50": the
/// toll before was 45. The earlier figure is not named, so every count of the
/// same things in reach (before or after: reports run back and forth) is
/// tried, and the pairing is only plausible: reported when it holds.
fn increments(doc: &Doc, out: &mut Vec<Change>) {
    for (ti, t) in doc.mentions.iter().enumerate() {
        let (a, _) = doc.sentence_words(t.sentence);
        let carried = t.first >= a + 2
            && doc.is(t.first - 1, "to")
            && (t.first.saturating_sub(7).max(a)..t.first - 1).any(|k| CARRIES.contains(&doc.lc(k)));
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
            out.push(Change {
                from: Some(m.figure),
                to: Some(t.figure),
                percent: None,
                diff: Some(step.figure),
                factor: None,
                falling: false,
                either_way: false,
                certainty: Certainty::Plausible,
            });
        }
    }
}

pub fn find(doc: &Doc, out: &mut Vec<Change>) {
    increments(doc, out);
    // A percent or factor waiting for its pair: (sentence, paragraph, share, factor, falling).
    let mut pending: Option<Pending> = None;
    for s in 0..doc.layout.sentences.len() {
        let (a, b) = doc.sentence_words(s);
        let paragraph = doc.layout.sentences[s].paragraph;
        if pending.as_ref().is_some_and(|p| p.1 != paragraph || p.0 + 3 < s) {
            pending = None;
        }
        // A pending change never leaves its paragraph, so a paragraph with no
        // quantity holds no change.
        if !doc.paragraph_counts(paragraph) {
            continue;
        }
        let mut i = a;
        while i < b {
            let Some((cue, after)) = cue_at(doc, i) else {
                i += 1;
                continue;
            };
            let mut frame = Frame { end: after, ..Default::default() };
            frame.falling = cue == Cue::Down;
            if let Cue::Factor(f) = cue {
                let (approx, more_than, start) = hedge_before(doc, i);
                frame.factor = Some(NumberWord {
                    span: Span::new(doc.words()[start].span.start, doc.words()[i].span.end),
                    value: f,
                    approx,
                    more_than,
                });
            }
            // Before the cue: "169% more than", "67,000 (7.6%) lower than", "$3.66 billion, up 63 percent".
            if cue != Cue::Factor(0.0) {
                read_before(doc, a, i, cue, &mut frame);
            }
            read_after(doc, after, b, cue, &mut frame);
            i = frame.end.max(after);
            if frame.checkable() {
                // The two ends and the difference are one kind of quantity: "for the
                // nine months, net fell 2% or $1.40" holds no change from months to dollars.
                let values: Vec<usize> = [frame.from, frame.to, frame.diff].into_iter().flatten().collect();
                if values.windows(2).any(|w| !same_kind(doc, w[0], w[1])) {
                    continue;
                }
                // "That amounts to 236,685 new deaths": the difference in the next sentence.
                out.push(Change {
                    from: frame.from,
                    to: frame.to,
                    percent: frame.percent,
                    diff: frame.diff,
                    factor: frame.factor,
                    falling: frame.falling,
                    either_way: false,
                    certainty: if frame.fold { Certainty::Plausible } else { Certainty::Stated },
                });
                continue;
            }
            if let (Some(from), Some(to)) = (frame.from, frame.to) {
                if !same_kind(doc, from, to) {
                    continue;
                }
                if let Some((at, _, share, factor, falling)) = pending.take()
                    && (share.is_some() || factor.is_some())
                {
                    // "halved, falling from 40 to 30": one sentence states it.
                    let certainty = if at == s { Certainty::Stated } else { Certainty::Plausible };
                    out.push(Change {
                        from: Some(from),
                        to: Some(to),
                        percent: share,
                        diff: None,
                        factor,
                        falling,
                        either_way: false,
                        certainty,
                    });
                }
                if let Some(d) = difference_next(doc, s, from) {
                    out.push(Change {
                        from: Some(from),
                        to: Some(to),
                        percent: None,
                        diff: Some(d),
                        factor: None,
                        falling: frame.falling,
                        either_way: false,
                        certainty: Certainty::Plausible,
                    });
                }
                continue;
            }
            // Only a percent, a factor or a difference: wait for values.
            if frame.from.is_none()
                && frame.to.is_none()
                && (frame.percent.is_some() || frame.factor.is_some())
                && frame.diff.is_none()
            {
                pending = Some((s, paragraph, frame.percent, frame.factor, frame.falling));
                continue;
            }
            // "the figure was 31,966, a rise of 7,762": a difference with one value,
            // the other in the sentence before.
            if let (Some(d), Some(x)) = (frame.diff, frame.to.or(frame.from)) {
                if let Some(y) = same_thing_before(doc, s, x) {
                    // Hedged or bounded figures make the pairing a guess: then only a passed check.
                    let plain =
                        [x, y, d].iter().all(|&f| doc.figures[f].approx.is_none() && doc.figures[f].bound.is_none());
                    let certainty = if plain { Certainty::Inferred } else { Certainty::Plausible };
                    out.push(Change {
                        from: Some(x),
                        to: Some(y),
                        percent: None,
                        diff: Some(d),
                        factor: None,
                        falling: frame.falling,
                        either_way: true,
                        certainty,
                    });
                    if let Some((_, _, share, factor, falling)) = pending.take() {
                        let (lo, hi) = order(doc, x, y);
                        out.push(Change {
                            from: Some(lo),
                            to: Some(hi),
                            percent: share,
                            diff: None,
                            factor,
                            falling,
                            either_way: false,
                            certainty: Certainty::Plausible,
                        });
                    }
                }
                continue;
            }
            // A percent and an earlier value, the later one in the sentence before
            // ("a rise of almost 13 percent over last year, when it stood at Rs 1,586 billion").
            if let (Some(share), Some(from), None) = (&frame.percent, frame.from, frame.to) {
                let candidates = values_before(doc, s, from, frame.falling);
                if !candidates.is_empty() {
                    for to in candidates {
                        out.push(Change {
                            from: Some(from),
                            to: Some(to),
                            percent: Some(share.clone()),
                            diff: None,
                            factor: None,
                            falling: frame.falling,
                            either_way: false,
                            certainty: Certainty::Inferred,
                        });
                    }
                }
            }
        }
    }
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
        // Only a value whose own words the change repeats ("Rs 1,804 billion
        // for defence services" ... "a rise in defence spending").
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

/// "That amounts to 236,685 new deaths", "That is an increase of 5": a
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

fn read_before(doc: &Doc, a: usize, cue_at: usize, cue: Cue, frame: &mut Frame) {
    let comparative = comparative(doc.lc(cue_at)).is_some();
    let mut j = cue_at;
    let mut steps = 0;
    let mut seen_amount = false;
    while j > a && steps < 10 {
        j -= 1;
        steps += 1;
        let Some(f) = doc.figure_at_word(j) else {
            if doc.is_word(j)
                && !matches!(
                    doc.lc(j),
                    "or" | "and"
                        | "were"
                        | "was"
                        | "is"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                        | "by"
                        | "been"
                        | "also"
                        | "still"
                )
                && steps > 1
                && seen_amount
            {
                break;
            }
            if doc.lc(j) == ";" {
                break;
            }
            continue;
        };
        let fig = &doc.figures[f];
        if !fig.kind.is_quantity() {
            continue;
        }
        // Move to the figure's first word.
        if let Some(m) = doc.mention(f) {
            j = m.first;
        }
        if fig.kind == Kind::Percent {
            if frame.percent.is_none() && (comparative || steps <= 3) && cue != Cue::Versus {
                frame.percent = Some(Share::Figure(f));
                continue;
            }
            break;
        }
        if !amount(doc, f) {
            break;
        }
        if comparative && frame.diff.is_none() && !seen_amount && steps <= 4 && cue != Cue::Versus {
            frame.diff = Some(f);
            seen_amount = true;
            continue;
        }
        if frame.to.is_none() {
            frame.to = Some(f);
        }
        break;
    }
}

fn read_after(doc: &Doc, after: usize, b: usize, cue: Cue, frame: &mut Frame) {
    let mut j = after;
    let mut slot: Option<&str> = None;
    let mut since_cue = 0;
    let mut seen_than_or_over = false;
    let mut second_cue = false;
    // A value taken from before the cue yields to one the text puts after "to".
    let mut to_from_before = frame.to.is_some();
    while j < b && since_cue < 16 {
        let w = doc.lc(j);
        if j > after
            && cue_at(doc, j).is_some_and(|(c, _)| c != Cue::Versus)
            && !comparative(w).is_some_and(|c| !matches!(c, Comparative::Fewer | Comparative::Less))
        {
            // "rose to 7,000 from 5,000, an increase of 2,500": the second
            // cue names the change of the same pair.
            if frame.from.is_some()
                && frame.to.is_some()
                && frame.percent.is_none()
                && frame.diff.is_none()
                && !second_cue
            {
                second_cue = true;
                since_cue = 0;
                slot = None;
                j += 1;
                continue;
            }
            break;
        }
        if w == ";" {
            break;
        }
        if let Some((end, value)) = fraction_at(doc, j).filter(|_| frame.percent.is_none() && since_cue <= 3) {
            let (approx, more_than, start) = hedge_before(doc, j);
            frame.percent = Some(Share::Fraction(NumberWord {
                span: Span::new(doc.words()[start.max(after)].span.start, doc.words()[end - 1].span.end),
                value,
                approx,
                more_than,
            }));
            j = end;
            since_cue += 1;
            continue;
        }
        if let Some(f) = doc.figure_at_word(j) {
            let fig = &doc.figures[f];
            let m_end = doc.mention(f).map_or(j + 1, |m| m.end);
            if !fig.kind.is_quantity() {
                j = m_end.max(j + 1);
                since_cue += 1;
                continue;
            }
            if fig.kind == Kind::Percent {
                if frame.percent.is_none() && (since_cue <= 3 || slot.is_some()) && cue != Cue::Versus {
                    frame.percent = Some(Share::Figure(f));
                } else {
                    break;
                }
            } else if let Some(end) = fold_after(doc, f).filter(|_| frame.factor.is_none() && since_cue <= 2) {
                let (approx, more_than, _) = hedge_before(doc, j);
                frame.factor = Some(NumberWord {
                    span: Span::new(fig.span.start, doc.words()[end - 1].span.end),
                    value: fig.value.unwrap_or(0.0),
                    approx,
                    more_than,
                });
                frame.fold = true;
                j = end;
                since_cue += 1;
                continue;
            } else if fig.per.is_some() && j > after && doc.is(j - 1, "or") {
                // "to $33.9 billion, or $2.18 a share, from $30 billion": the same
                // figure per share, an aside.
                j = m_end.max(j + 1);
                since_cue += 1;
                continue;
            } else if amount(doc, f) {
                let after_fig = doc.lc(m_end);
                let after_noun = doc.mention(f).map_or(m_end, |m| doc.after_noun(m));
                let comparative_after =
                    comparative(after_fig).is_some()
                        || comparative(doc.lc(after_noun))
                            .is_some_and(|c| !matches!(c, Comparative::Above | Comparative::Below));
                match slot {
                    Some("to") if frame.to.is_none() || to_from_before => {
                        frame.to = Some(f);
                        to_from_before = false;
                    }
                    Some("from") if frame.from.is_none() => frame.from = Some(f),
                    Some("with") if frame.to.is_none() => frame.to = Some(f),
                    _ if comparative_after && frame.diff.is_none() => frame.diff = Some(f),
                    None if since_cue <= 2
                        && frame.diff.is_none()
                        && cue != Cue::Versus
                        && !matches!(cue, Cue::Factor(_)) =>
                    {
                        frame.diff = Some(f)
                    }
                    None if cue == Cue::Versus && frame.from.is_none() => frame.from = Some(f),
                    _ => break,
                }
            } else {
                break;
            }
            slot = None;
            j = m_end.max(j + 1);
            frame.end = j;
            since_cue += 1;
            continue;
        }
        match w {
            "to" | "reaching" | "reached" | "hit" | "hitting" | "totalling" | "totaling" => slot = Some("to"),
            "from" | "against" | "than" | "on" => slot = Some("from"),
            "with" if frame.to.is_none() && (frame.percent.is_some() || frame.diff.is_some()) => slot = Some("with"),
            "with" | "compared" => slot = Some("from"),
            "over" | "since" => seen_than_or_over = true,
            "at" | "was" | "were" if seen_than_or_over => slot = Some("from"),
            "," | "(" | ")" | "by" | "of" | "a" | "an" | "the" | "some" | "just" | "about" | "almost" | "nearly"
            | "more" | "percent" | "per" | "cent" | "or" | "and" => {}
            _ => {
                if slot == Some("to") || slot == Some("from") {
                    // "from just five rough sleepers": let a few words pass.
                    if !matches!(w, "just" | "only" | "its" | "a" | "record" | "company" | "high" | "low") {
                        slot = slot.filter(|_| doc.is_word(j) && since_cue < 12);
                    }
                }
            }
        }
        j += 1;
        since_cue += 1;
    }
}

#[cfg(test)]
mod lexicon_tests {
    use super::*;

    #[test]
    fn every_cue_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CUES.faults::<Cue>(), (vec![], vec![]));
        assert_eq!(COMPARATIVES.faults::<Comparative>(), (vec![], vec![]));
        assert_eq!(cue_word("trebled"), Some(Cue::Factor(3.0)));
        assert_eq!(comparative("fewer"), Some(Comparative::Fewer));
    }
}
