//! Reading one change frame: the figures before and after a cue word that
//! fill its slots, and whether the structure ties them well enough to check.

use super::founded::{
    amount, end_value, fold_after, in_points, in_share, names_a_time, paired_in_brackets, part_told_before, pronoun_subject, share_of_whole,
    names_a_line, set_beside_its_percentage, tells_a_state, threshold_of_subject,
};
use super::apposed::{apposition, names_own_reference, signed_aside, take_direction};
use super::words::{Comparative, Cue, Word, comparative, cue_at, period_named, possessive, than_expected, word};
use crate::checks::relation::{NumberWord, Share, fraction_at, hedge_before};
use crate::figures::{Bound, Kind};
use crate::mentions::Doc;
use crate::text::Span;

/// A frame around one cue.
pub(super) struct Frame {
    pub cue: Cue,
    /// The cue's word.
    pub at: usize,
    pub from: Option<usize>,
    pub to: Option<usize>,
    pub percent: Option<Share>,
    pub diff: Option<usize>,
    pub factor: Option<NumberWord>,
    /// The factor is an "N-fold", which some writers use for N + 1 times.
    pub fold: bool,
    pub falling: bool,
    /// The word after the last figure read.
    pub end: usize,
    /// The later value was read before the cue ("B, up P% from A").
    pub to_before: bool,
    /// ... and stood past other words, not next to the cue: its tie to the
    /// cue is only as good as its being the same thing as the earlier value.
    pub to_far: bool,
    /// The later value is left out, its clause's subject having just been
    /// given one ("rose to 550 from 500 but fell 5% from 600").
    pub to_elided: bool,
    /// The percent was read before the cue ("45%, up 2 points"): a level,
    /// when the change turns out to be in points.
    pub percent_before: bool,
}

impl Frame {
    pub fn new(cue: Cue, at: usize, end: usize) -> Frame {
        Frame {
            cue,
            at,
            from: None,
            to: None,
            percent: None,
            diff: None,
            factor: None,
            fold: false,
            falling: cue.falls(),
            end,
            to_before: false,
            to_far: false,
            to_elided: false,
            percent_before: false,
        }
    }

    pub fn checkable(&self) -> bool {
        let values = [self.from.is_some(), self.to.is_some(), self.percent.is_some(), self.diff.is_some()]
            .iter()
            .filter(|&&b| b)
            .count();
        (values >= 3 && (self.from.is_some() || self.to.is_some()))
            || (self.factor.is_some() && self.from.is_some() && self.to.is_some())
    }

    /// The figures the frame read, for an explanation.
    pub fn figures(&self) -> Vec<usize> {
        let percent = match self.percent {
            Some(Share::Figure(p)) => Some(p),
            _ => None,
        };
        [self.from, self.to, self.diff, percent].into_iter().flatten().collect()
    }

    /// Both ends read from the sentence's own structure: "from A", and "to
    /// B" or B just before the cue.
    pub fn sure_ends(&self) -> bool {
        self.from.is_some() && self.to.is_some() && !self.to_far
    }
}

/// Reads the figures before a cue at `cue_i` (sentence from word `a`):
/// "85% more than", "48,000 (5.2%) lower than", "$2.41 billion, up 38 percent".
pub(super) fn read_before(doc: &Doc, a: usize, cue_i: usize, frame: &mut Frame) {
    let mut r = Behind {
        comparative: comparative(doc.word(cue_i)).is_some(),
        steps: 0,
        seen_amount: false,
        skipped: 0,
        // "A, compared with B" sets two values side by side and says no
        // change of its own: only a stated one reaches back.
        apposed: frame.cue != Cue::Versus && apposed(doc, a, cue_i),
        apposed_difference: false,
    };
    // "a combined 630, with June's rise now 880": a change noun with its own
    // possessor is that holder's value; nothing before the holder is its.
    // "after six straight years of growth": a change noun after periods and
    // "of" tells how long it went on; the count before it is no level.
    if (cue_i.saturating_sub(2)..cue_i).any(|k| possessive(doc, k))
        || doc.is(cue_i.wrapping_sub(1), "of") && word(doc.word(cue_i.wrapping_sub(2))) == Some(Word::Time)
    {
        return;
    }
    let mut j = cue_i;
    while j > a && r.steps < 10 {
        j -= 1;
        r.steps += 1;
        r.skipped += 1;
        let Some(f) = doc.figure_at_word(j) else {
            if ends_before(doc, a, j, &r) {
                break;
            }
            continue;
        };
        if !doc.figures[f].kind.is_quantity() {
            continue;
        }
        if let Some(m) = doc.mention(f) {
            j = m.first;
        }
        if let Step::Stop = take_before(doc, f, frame, &mut r) {
            break;
        }
    }
}

/// The reading of the words before a cue.
struct Behind {
    /// The cue is a comparative ("more than", "lower than").
    comparative: bool,
    steps: usize,
    seen_amount: bool,
    /// Tokens passed since the cue or the last figure read.
    skipped: usize,
    /// The change stands in apposition after a comma (", an increase of").
    apposed: bool,
    /// The difference of a comparison with a stated value was read right
    /// after a comma ("867 cases were logged up to Monday, 25 more than the
    /// 842"): the words back to the clause's level are its own (what, when,
    /// where), no end of the reading.
    apposed_difference: bool,
}

impl Behind {
    /// Whether the figure just read is far from the cue. A change set in
    /// apposition after a comma ("864 deaths in the state in 2019, an
    /// increase of 178") tells of its clause's level, whatever places and
    /// times stand between them, unless another figure of the change was
    /// read on the way or the level is only a ceiling ("Up to 300 people
    /// were evacuated, up from 120"); elsewhere a level is read only near.
    fn far(&self, ceiling: bool) -> bool {
        let nothing_read = self.skipped == self.steps;
        self.skipped > if self.apposed && nothing_read && !ceiling { 9 } else { 4 }
    }
}

/// Whether the cue at `cue_i` opens an apposition: a comma right before
/// it, or before its article (", an increase of", ", up 188").
fn apposed(doc: &Doc, a: usize, cue_i: usize) -> bool {
    let mut k = cue_i;
    if k > a && crate::lc_in!(doc, k - 1, ["a", "an"]) {
        k -= 1;
    }
    k > a && doc.lc(k - 1) == ","
}

/// Whether a word that is no figure ends the reading before the cue.
fn ends_before(doc: &Doc, a: usize, j: usize, r: &Behind) -> bool {
    let passes = matches!(word(doc.word(j)), Some(Word::Link | Word::Conj | Word::And | Word::By));
    // ", and it ended the day down": a new clause, with its own subject.
    let new_clause = doc.lc(j) == ":" || (j > a && opens_clause(doc, j));
    (doc.is_word(j) && !passes && r.steps > 1 && r.seen_amount && !(r.apposed_difference && r.skipped < 10))
        || doc.lc(j) == ";"
        || new_clause
}

/// "25 more than the 842", "16 fewer than 50": the comparative at `cue`
/// names its earlier value, so the clause's level before it is the later.
fn compares_with_a_figure(doc: &Doc, cue: usize) -> bool {
    let k = cue + 2 + usize::from(doc.is(cue + 2, "the"));
    doc.is(cue + 1, "than") && doc.figure_at_word(k).is_some_and(|g| doc.figures[g].kind.is_quantity())
}

/// The later value read before the cue, unless one is read already.
fn take_to_before(doc: &Doc, frame: &mut Frame, f: usize, r: &Behind) {
    if frame.to.is_none() {
        frame.to = Some(f);
        frame.to_before = true;
        let ceiling = matches!(doc.figures[f].bound, Some(Bound::AtMost | Bound::LessThan));
        frame.to_far = r.far(ceiling);
    }
}

/// One quantity before the cue: the percent, the difference or the later
/// value, and whether reading goes on past it.
fn take_before(doc: &Doc, f: usize, frame: &mut Frame, r: &mut Behind) -> Step {
    let fig = &doc.figures[f];
    // "41%, seven percentage points above the 34%": with a change in
    // points, the percentage before it is the later level.
    if fig.kind == Kind::Percent && frame.diff.is_some_and(|d| in_points(doc, d)) {
        if fig.value.is_some() {
            take_to_before(doc, frame, f, r);
        }
        return Step::Stop;
    }
    if threshold_of_subject(doc, f, r.comparative) || pronoun_subject(doc, f, frame.at) || part_told_before(doc, f) {
        return Step::Stop;
    }
    if fig.kind == Kind::Percent {
        // "prices of 31 (60.78 percent) rose": before a verb, a percentage
        // alone in brackets after a count is that count's share. (Before a
        // comparative, "67,000 (7.6%) lower than", it is the change's.)
        let share_of_count = !r.comparative && bracketed_after_count(doc, f);
        if frame.percent.is_none()
            && (r.comparative || r.steps <= 3)
            && frame.cue != Cue::Versus
            && fig.value.is_some_and(|v| v >= 0.0)
            && !share_of_whole(doc, f)
            && !share_of_count
            && !tells_a_state(doc, f)
        {
            frame.percent = Some(Share::Figure(f));
            frame.percent_before = true;
            r.skipped = 0;
            return Step::Next;
        }
        // "79.4% this year, up 9.8 points from 69.6%": too far to be the
        // change, a percentage is the later level (unless it is a weight).
        if frame.percent.is_none() && fig.value.is_some() && frame.cue != Cue::Versus && !is_weight(doc, f, frame) {
            take_to_before(doc, frame, f, r);
        }
        return Step::Stop;
    }
    // "eight percentage points above": the difference of two percentages.
    if in_points(doc, f) && r.comparative && frame.diff.is_none() && !r.seen_amount && r.steps <= 4 {
        frame.diff = Some(f);
        r.seen_amount = true;
        r.skipped = 0;
        return Step::Next;
    }
    if !amount(doc, f) || in_share(doc, f) {
        return Step::Stop;
    }
    // "48,000 (5.2%) lower than", "12 more than": the amount is the
    // difference; "308,000, nearly 10% above": it is the later level.
    let aside = set_beside_its_percentage(doc, f, frame);
    let is_difference = frame.percent.is_none() || aside;
    if r.comparative
        && is_difference
        && frame.diff.is_none()
        && !r.seen_amount
        && r.steps <= if aside { 6 } else { 4 }
        && frame.cue != Cue::Versus
    {
        frame.diff = Some(f);
        r.seen_amount = true;
        r.skipped = 0;
        r.apposed_difference = doc.mention(f).is_some_and(|m| m.first > 0 && doc.is(m.first - 1, ",")) && compares_with_a_figure(doc, frame.at);
        return Step::Next;
    }
    if doc.mention(f).is_some_and(|m| earlier_of_its_own(doc, m)) {
        frame.to_elided = frame.to.is_none();
        return Step::Stop;
    }
    // "the Liberals up 4 and the Greens up 1": an amount right after its own
    // change word is that clause's change, never the later value of another.
    if doc.mention(f).is_some_and(|m| {
        m.first > 0 && cue_at(doc, m.first - 1).is_some_and(|(c, _)| matches!(c, Cue::Up | Cue::Down))
    }) {
        return Step::Stop;
    }
    take_to_before(doc, frame, part_said_of(doc, f).unwrap_or(f), r);
    Step::Stop
}

/// "rose to 550 from 500 but fell 5% from 600", "823 against 747, up 76": a
/// value after "from" or "against" is its own clause's earlier value, never
/// the later value of a change told after it. So is one in brackets after a
/// comparison or a change in its clause: "52% more than a year earlier (31
/// 700) and 3% more than in April", "up 48% on June (2 310) and up 7% on
/// May".
fn earlier_of_its_own(doc: &Doc, m: &crate::mentions::Mention) -> bool {
    // Back to the clause's comma: "a rise of 30% on five years ago (7,015)"
    // holds the change's word nine tokens before its bracket.
    let compared = m.first > 1
        && doc.is(m.first - 1, "(")
        && (m.first.saturating_sub(12)..m.first - 1)
            .rev()
            .take_while(|&k| !doc.is(k, ","))
            .any(|k| doc.is(k, "than") || comparative(doc.word(k)).is_some() || cue_at(doc, k).is_some());
    m.first > 0 && crate::lc_in!(doc, m.first - 1, ["from", "against"]) || compared || compared_with(doc, m)
}

/// "9% above the target of 410", "8 percent above April's 2.31", "12%
/// higher than the 26,500 of last year": a figure in the reference phrase of
/// a comparison (a difference or a percentage, then "above", "below" or
/// "than", or a comparative and "than") is that comparison's earlier value. ("closed
/// above 5,000" is a level with a bound: no figure before "above".)
fn compared_with(doc: &Doc, m: &crate::mentions::Mention) -> bool {
    let figure_at = |k: usize| doc.figure_at_word(k).is_some();
    (m.first.saturating_sub(5)..m.first).any(|k| {
        crate::lc_in!(doc, k, ["above", "below", "than"]) && figure_at(k.wrapping_sub(1))
            || doc.is(k, "than") && figure_at(k.wrapping_sub(2))
    })
}

/// "Food, 45.2 percent of the basket, rose 8.1 percent": a share of a
/// whole named after it, before a verb that gives its own percentage, is
/// the subject's weight, and the verb's percentage its change.
fn is_weight(doc: &Doc, f: usize, frame: &Frame) -> bool {
    share_of_whole(doc, f) && doc.kind_at(frame.end) == Some(Kind::Percent)
}

/// Whether figure `f` stands alone in brackets right after a count: "26
/// (60.78 percent)".
fn bracketed_after_count(doc: &Doc, f: usize) -> bool {
    let Some(m) = doc.mention(f) else { return false };
    let open = m.first.wrapping_sub(1);
    let count_before = doc.figure_at_word(open.wrapping_sub(1)).is_some_and(|c| amount(doc, c));
    doc.is(open, "(") && doc.is(m.end, ")") && count_before
}

/// "won 230 of the 450 seats, up from 210": before the cue, the whole of a
/// part said of it is the frame the part stands in; the part is what
/// changed. Returns the part's figure.
fn part_said_of(doc: &Doc, whole: usize) -> Option<usize> {
    let k = doc.mention_of.get(whole).copied().flatten()?;
    let part = doc.mentions.get(k.checked_sub(1)?)?;
    (part.part_of == Some(whole) && part.sentence == doc.mentions[k].sentence && amount(doc, part.figure))
        .then_some(part.figure)
}

#[derive(Clone, Copy, PartialEq)]
enum Slot {
    To,
    /// "at": the level a change ends at, or, for a percentage, the change
    /// itself ("put the rise at 18.5%").
    At,
    From,
    With,
}

/// The reading of the words after a cue.
struct Reader {
    j: usize,
    after: usize,
    slot: Option<Slot>,
    since_cue: usize,
    seen_over: bool,
    second_cue: bool,
    /// A value taken from before the cue yields to one the text puts after "to".
    to_from_before: bool,
    /// The word after a period named as the earlier end ("than in 2014"):
    /// only a value right after it, in brackets or apposition ("2014
    /// (1,775)"), is that period's.
    period_end: Option<usize>,
}

enum Step {
    Next,
    Stop,
}

/// Reads the figures after a cue, from word `after` to the sentence's end `b`.
pub(super) fn read_after(doc: &Doc, after: usize, b: usize, frame: &mut Frame) {
    // "14% below the 2,192": the figure after "above" or "below" is the reference.
    let initial =
        if matches!(comparative(doc.word(after.saturating_sub(1))), Some(Comparative::Above | Comparative::Below)) {
            Some(Slot::From)
        } else {
            None
        };
    let mut r = Reader {
        j: after,
        after,
        slot: initial,
        since_cue: 0,
        seen_over: false,
        second_cue: false,
        to_from_before: frame.to.is_some(),
        period_end: None,
    };
    while r.j < b && r.since_cue < 16 {
        let step = if r.j > after && cue_at(doc, r.j).is_some_and(|(c, _)| c != Cue::Versus) && !compares_pair(doc, r.j)
        {
            another_cue(doc, frame, &mut r)
        } else if doc.lc(r.j) == ";"
            // "more than Spain's 2.60 million": another holder's amount, no
            // earlier value of this one (June's, last year's: its own).
            || doc.is(r.j, "than") && (r.j + 2..r.j + 4).any(|k| possessive(doc, k) && !names_a_time(doc, k - 1))
            || super::founded::compares_the_later_value(doc, frame, r.j)
            || (r.j > after && opens_clause(doc, r.j))
            || closes_aside(doc, r.j, frame.at)
            || next_item(doc, after, r.j)
        {
            Step::Stop
        } else if r.j > after && (word(doc.word(r.j)) == Some(Word::Carry) || revision(doc, r.j)) {
            // ", taking the total to 223,789": a running total, its own frame;
            // "(revised to -0.84% from -0.47%)": two estimates of the base,
            // no part of the change told before ("from a revised $207,900"
            // is its earlier value).
            Step::Stop
        } else if let Some((end, value)) = fraction_at(doc, r.j).filter(|&(end, _)| {
            // "two tenths of a percentage point": an amount of change in points,
            // not a fraction of the figure before.
            let points = doc.figure_at_word(r.j).is_some_and(|f| in_points(doc, f));
            // "against half that (£750m)": a multiple of the other level.
            frame.percent.is_none() && r.since_cue <= 3 && !points && !doc.is(end, "that")
        }) {
            let (approx, more_than, start) = hedge_before(doc, r.j);
            frame.percent = Some(Share::Fraction(NumberWord {
                span: Span::new(doc.words()[start.max(after)].span.start, doc.words()[end - 1].span.end),
                value,
                approx,
                more_than,
            }));
            r.j = end - 1;
            Step::Next
        } else if let Some(f) = doc.figure_at_word(r.j) {
            take_figure(doc, f, frame, &mut r)
        } else {
            take_word(doc, frame, &mut r);
            Step::Next
        };
        if let Step::Stop = step {
            break;
        }
        r.j += 1;
        r.since_cue += 1;
    }
}

/// "revised to", "revised down from": an estimate revised, at word `j`.
fn revision(doc: &Doc, j: usize) -> bool {
    doc.is(j, "revised") && crate::lc_in!(doc, j + 1, ["to", "from", "up", "down"])
}

/// "prices of 31 rose, 14 fell": a comma right after the verb, before a
/// figure, ends the verb's clause; the figure is the next item's.
fn next_item(doc: &Doc, after: usize, j: usize) -> bool {
    j == after && doc.lc(j) == "," && doc.figure_at_word(j + 1).is_some()
}

/// "Labour 12 (4 more than in 2017) and the Greens 2": a cue inside brackets is
/// an aside on the figure before them, and its frame ends with them.
fn closes_aside(doc: &Doc, j: usize, cue: usize) -> bool {
    if doc.lc(j) != ")" {
        return false;
    }
    (cue.saturating_sub(8)..cue).rev().map(|k| doc.lc(k)).find(|w| crate::one_of!(w, ["(", ")"])) == Some("(")
}

/// ", and the number of branches fell", ", while": a clause of its own,
/// which no frame reads into. (", or 1.4%" is an apposition.) So does a
/// participle after a comma that is no word of a frame (", leaving 96 free
/// beds", ", producing a tenth of the power"; ", reaching 45" and ", taking
/// the toll to 50" are the frame's own).
pub(super) fn opens_clause(doc: &Doc, j: usize) -> bool {
    if j == 0 || doc.lc(j - 1) != "," || !doc.is_word(j) {
        return false;
    }
    let w = doc.lc(j);
    matches!(word(w), Some(Word::And | Word::Clause))
        || (w.len() > 5 && w.ends_with("ing") && word(w).is_none() && cue_at(doc, j).is_none())
}

/// "2,000 more than", "21 below": a comparative after a figure compares
/// within the frame; "fewer" and "less" open a frame of their own.
fn compares_pair(doc: &Doc, j: usize) -> bool {
    comparative(doc.word(j)).is_some_and(|c| !matches!(c, Comparative::Fewer | Comparative::Less))
}

/// A second cue: "rose to 7,000 from 5,000, an increase of 2,500" names
/// the change of the same pair; any other ends the frame. It names it only
/// in apposition, right after the comma, an article or its figure (", up
/// 40%", "a 20% decline"); a cue with a subject of its own ("as costs
/// increased 14%") states the change of another quantity.
fn another_cue(doc: &Doc, frame: &mut Frame, r: &mut Reader) -> Step {
    let prev = r.j.checked_sub(1).map_or("", |k| doc.lc(k));
    let apposed = crate::one_of!(prev, [",", "a", "an", "the", "or", "("])
        || r.j.checked_sub(1).is_some_and(|k| doc.figure_at_word(k).is_some());
    if apposed
        && frame.from.is_some()
        && frame.to.is_some()
        && frame.percent.is_none()
        && frame.diff.is_none()
        && !r.second_cue
    {
        r.second_cue = true;
        r.since_cue = 0;
        r.slot = None;
        // ", a drop of 20%": the percentage after "of" is the change's.
        let of = if doc.is(r.j + 1, "of") { r.j + 2 } else { r.j + 1 };
        let percent = doc.figure_at_word(of).filter(|&f| doc.figures[f].kind == crate::figures::Kind::Percent);
        if let (Some((c, _)), Some(f)) = (cue_at(doc, r.j), percent)
            && !names_own_reference(doc, doc.mention(f).map_or(of + 1, |m| m.end))
        {
            take_direction(doc, frame, c);
        }
        return Step::Next;
    }
    Step::Stop
}

fn take_figure(doc: &Doc, f: usize, frame: &mut Frame, r: &mut Reader) -> Step {
    // "1.1 points below August, ahead of 29.8% in Italy": a period named as
    // the reference holds the earlier value; a figure words later is another's.
    if r.slot == Some(Slot::From) && r.period_end.is_some_and(|e| r.j > e + 1) {
        r.slot = None;
    }
    let fig = &doc.figures[f];
    let m_end = doc.mention(f).map_or(r.j + 1, |m| m.end).max(r.j + 1);
    if spans_the_period(doc, f, r.j) {
        r.j = m_end - 1;
        return Step::Next;
    }
    let taken = if !fig.kind.is_quantity() {
        // "3 more than in 2009", "up 5% from 2019": the earlier value is
        // that period's, which the text does not state; no later figure
        // fills the slot.
        // ("the 2000 census figure of 281.4 million" names a value by its
        // year: the year is a modifier there.)
        let modifier = r.j > 0 && crate::lc_in!(doc, r.j - 1, ["the", "its", "their", "a", "an", "this", "that"]);
        if matches!(fig.kind, Kind::Year | Kind::Date)
            && r.slot == Some(Slot::From)
            && frame.from.is_none()
            && !modifier
        {
            r.period_end = Some(m_end);
        }
        None
    } else if fig.kind == Kind::Percent {
        Some(take_percent(doc, f, m_end, frame, r))
    } else if let Some(end) = fold_after(doc, f).filter(|_| frame.factor.is_none() && r.since_cue <= 2) {
        let (approx, more_than, _) = hedge_before(doc, r.j);
        let value = fig.value.unwrap_or(0.0);
        frame.factor = Some(NumberWord {
            span: Span::new(fig.span.start, doc.words()[end - 1].span.end),
            value,
            approx,
            more_than,
        });
        frame.fold = true;
        r.j = end - 1;
        return Step::Next;
    } else if fig.per.is_some() && r.j > r.after && doc.is(r.j - 1, "or") {
        // "to $33.9 billion, or $2.18 a share, from $30 billion": the same
        // figure per share, an aside.
        None
    } else if fig.kind == Kind::Points {
        Some(take_points(doc, f, frame, r))
    } else if amount(doc, f) {
        Some(take_amount(doc, f, m_end, frame, r))
    } else {
        Some(false)
    };
    match taken {
        Some(false) => return Step::Stop,
        Some(true) => {
            r.slot = None;
            frame.end = m_end;
        }
        None => {}
    }
    r.j = m_end - 1;
    Step::Next
}

/// "grew 16.2% in the two months to $8.5 billion": a span of time after
/// "in", "over" or "during" (and "the", "past", "first") is the period
/// the change covers, no value of the quantity.
fn spans_the_period(doc: &Doc, f: usize, j: usize) -> bool {
    let fig = &doc.figures[f];
    let mut k = j;
    while k > 0 && crate::lc_in!(doc, k - 1, ["the", "past", "first", "last"]) {
        k -= 1;
    }
    let timed = fig.kind == Kind::Measure && fig.unit.is_some_and(crate::figures::is_duration);
    timed && k > 0 && crate::lc_in!(doc, k - 1, ["in", "over", "during"])
}

fn take_percent(doc: &Doc, f: usize, m_end: usize, frame: &mut Frame, r: &mut Reader) -> bool {
    if let Some(slot @ (Slot::To | Slot::From)) = r.slot
        && end_value(doc, f)
    {
        return fill_end(frame, slot, f, r);
    }
    // "from 3,140 (2.1 per cent) in 2022 to 3,388": a percentage in
    // brackets right after one end is that end's share, no size of the
    // change, while the other end is still to come or has a bracket of its
    // own ("to 3,388 (2.3%) from 3,140 (2.1%)").
    let bare = |e: Option<usize>| e.is_none_or(|e| doc.mention(e).is_some_and(|m| doc.is(m.end, "(")));
    let own_share = |g: usize| {
        (Some(g) == frame.from && bare(frame.to)) || (Some(g) == frame.to && bare(frame.from))
    };
    if r.j >= 2 && doc.is(r.j - 1, "(") && doc.figure_at_word(r.j - 2).is_some_and(own_share) {
        return true;
    }
    if signed_aside(doc, f, r.j, frame) {
        return true;
    }
    // A signed percentage ("-2.1%") states its own direction: no change of a
    // cue; a share of a whole ("or 2.6% of all cases") or a line to reach
    // ("falling short of the 40% target") is no change at all.
    if doc.figures[f].value.is_none_or(|v| v < 0.0) || share_of_whole(doc, f) || names_a_line(doc, f) {
        return false;
    }
    if frame.percent.is_none() && (r.since_cue <= 3 || r.slot.is_some()) && frame.cue != Cue::Versus {
        frame.percent = Some(Share::Figure(f));
        return true;
    }
    if frame.percent.is_none() && apposition(doc, frame, r.j, m_end) {
        frame.percent = Some(Share::Figure(f));
        if let Some((c, _)) = cue_at(doc, m_end) {
            take_direction(doc, frame, c);
        }
        return true;
    }
    false
}

fn take_points(doc: &Doc, f: usize, frame: &mut Frame, r: &mut Reader) -> bool {
    let m_end = doc.mention(f).map_or(r.j + 1, |m| m.end);
    let near = r.since_cue <= 2 && r.slot.is_none();
    if frame.diff.is_none() && (near || apposition(doc, frame, r.j, m_end)) {
        frame.diff = Some(f);
        return true;
    }
    false
}

fn fill_end(frame: &mut Frame, slot: Slot, f: usize, r: &mut Reader) -> bool {
    match slot {
        Slot::To | Slot::At if frame.to.is_none() || r.to_from_before => {
            frame.to = Some(f);
            frame.to_before = false;
            frame.to_far = false;
            r.to_from_before = false;
            true
        }
        Slot::From if frame.from.is_none() => {
            frame.from = Some(f);
            true
        }
        Slot::With if frame.to.is_none() => {
            frame.to = Some(f);
            true
        }
        _ => false,
    }
}

fn take_amount(doc: &Doc, f: usize, m_end: usize, frame: &mut Frame, r: &mut Reader) -> bool {
    // "rose to 840 by Monday, 31 more than the 809", "$120m below plan but $310m more
    // than in 2019": an amount before "more than" is by how much, no level.
    let differs = matches!(comparative(doc.word(m_end)), Some(Comparative::More | Comparative::Fewer))
        && doc.is(m_end + 1, "than")
        && matches!(r.slot, Some(Slot::To | Slot::From));
    let after_noun = doc.mention(f).map_or(m_end, |m| doc.after_noun(m));
    if r.slot == Some(Slot::From) && super::founded::level_with_its_own_change(doc, frame, after_noun) {
        return false;
    }
    if let Some(slot) = r.slot.filter(|_| !differs)
        && fill_end(frame, slot, f, r)
    {
        return true;
    }
    // "14 below the halfway mark of 176": a difference from another value.
    // The comparative's reference is this frame's earlier value, unless
    // that is already read and another figure follows; and it goes the
    // frame's way ("rose to 251, 21 below 272" is no difference of a rise).
    // ("$1 billion more than had been predicted" misses an expectation: no
    // difference of the frame.)
    let compared_next = |k: usize| {
        comparative(doc.word(k)).is_some_and(|c| {
            (!matches!(c, Comparative::Above | Comparative::Below) || k == m_end)
                && comparative_falls(c) == frame.falling
                && (frame.from.is_none() || !figure_in_clause(doc, k + 1))
                && !than_expected(doc, k)
        })
    };
    if (compared_next(m_end) || compared_next(after_noun)) && frame.diff.is_none() {
        frame.diff = Some(f);
        return true;
    }
    // "down 48% (13 in May against 25 a year before)": a bracket that
    // sets two levels side by side holds the later first, no amount.
    if r.slot.is_none() && frame.to.is_none() && frame.from.is_none() {
        match paired_in_brackets(doc, f, after_noun) {
            // "(13 in May against 25 a year before)": the later first.
            Some(false) => frame.to = Some(f),
            // "grew 92% (220 tonnes to 425 tonnes)": the earlier first.
            Some(true) => frame.from = Some(f),
            None => {}
        }
        if frame.to == Some(f) || frame.from == Some(f) {
            return true;
        }
    }
    if r.slot.is_none() {
        if (r.since_cue <= 2 || doc.is(r.j - 1, "by")) && frame.diff.is_none() && frame.cue != Cue::Versus && !matches!(frame.cue, Cue::Factor(_))
        {
            frame.diff = Some(f);
            return true;
        }
        if frame.cue == Cue::Versus && frame.from.is_none() {
            frame.from = Some(f);
            return true;
        }
    }
    false
}

fn comparative_falls(c: Comparative) -> bool {
    matches!(c, Comparative::Fewer | Comparative::Less | Comparative::Lower | Comparative::Below)
}

/// Whether a figure stands in the next few words before a comma or the
/// sentence's end: "below the halfway mark of 176" compares with 176.
pub(super) fn figure_in_clause(doc: &Doc, from: usize) -> bool {
    let end = doc.words().len();
    (from..(from + 8).min(end))
        .take_while(|&k| !crate::lc_in!(doc, k, [",", ";", "."]))
        .any(|k| doc.quantity_at(k))
}

/// "the 251 needed to govern alone in the 500-seat chamber": a "to" after a
/// word of need or ability, with a word that no frame reads after it, is
/// the mark of a verb; what follows is no later value. "the signatures
/// required to 5,000" keeps its level.
fn to_a_verb(doc: &Doc, j: usize) -> bool {
    let verb_next = doc.is_word(j + 1) && word(doc.word(j + 1)).is_none() && doc.figure_at_word(j + 1).is_none();
    j > 0 && word(doc.word(j - 1)) == Some(Word::Need) && verb_next
}

fn take_word(doc: &Doc, frame: &Frame, r: &mut Reader) {
    let w = doc.lc(r.j);
    let class = if doc.is_word(r.j) { word(w) } else { None };
    match class {
        Some(Word::To) if to_a_verb(doc, r.j) => r.slot = None,
        Some(Word::To) => r.slot = Some(Slot::To),
        Some(Word::At | Word::Link) if r.seen_over => r.slot = Some(Slot::From),
        Some(Word::At) if frame.to.is_none() || r.to_from_before => r.slot = Some(Slot::At),
        Some(Word::From) => {
            r.slot = Some(Slot::From);
            r.period_end = None;
        }
        Some(Word::With) if frame.to.is_none() && (frame.percent.is_some() || frame.diff.is_some()) => {
            r.slot = Some(Slot::With)
        }
        // "compared with 38": the earlier value; a bare "with" ("climbed to
        // 55, with 150 injured") adds another count.
        Some(Word::With) if r.j > 0 && doc.is(r.j - 1, "compared") => r.slot = Some(Slot::From),
        Some(Word::With) => r.slot = None,
        Some(Word::Over) => r.seen_over = true,

        // "lost 0.8% on Thursday and the Dow 241 points": "and" coordinates
        // another subject's figures, so it closes the slot it finds open
        // ("down from 35% at the last election and 31% in 2015": the 31% is
        // a third level, not the size of the fall).
        Some(Word::And) if r.slot.is_some() => r.slot = None,
        // "rose in 12 provinces", "fell in 40% of cases": a figure a preposition
        // puts in a phrase says where the move happened, not its size, so it
        // is past the reach of a change's amount.
        Some(Word::Prep) if r.slot.is_none() && doc.quantity_at(r.j + 1) => {
            r.since_cue += 3
        }
        Some(Word::Filler | Word::Conj | Word::And | Word::Clause | Word::By | Word::Pass) => {}
        // "last year's 70.7%": a possessive's apostrophe keeps the slot open.
        _ if w == "," || w == "(" || w == ")" || possessive(doc, r.j) => {}
        _ => {
            // "from just five rough sleepers": a slot lets a few words pass.
            if matches!(r.slot, Some(Slot::To | Slot::From)) && !(doc.is_word(r.j) && r.since_cue < 12) {
                r.slot = None;
            } else if r.slot == Some(Slot::From)
                && let Some(end) = period_named(doc, r.j).filter(|&e| !possessive(doc, e))
            {
                // "12% more than a year earlier, or $560 million more": the
                // earlier value is that period's, which the text does not
                // state ("last year's 70.7%" names it by the period).
                r.period_end = Some(end);
            } else if r.slot == Some(Slot::From) && crate::figures::is_month(w) && !possessive(doc, r.j + 1) {
                // "below August", "than in May": a month is a period, as a year
                // is ("August's 31.7%" names the value by it).
                r.period_end = Some(r.j + 1);
            } else if w == "when" && frame.to.is_some() && r.period_end.is_some_and(|e| e + 1 >= r.j) {
                // "280, 35 lower than in 2018, when it was 315": the period's
                // own value follows (a change with no later value read, as
                // after ", and a 7% fall from 2021, when …", has no pair).
                r.period_end = None;
            }
        }
    }
}
