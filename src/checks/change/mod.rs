//! `change`: an earlier value, a later one and the change between them must
//! agree.
//!
//! "operating profit grew 15 percent to $92.0 million from $80.0 million":
//! 92.0 / 80.0 − 1 = 15.0%. "with 41,300 visitors, up 52%, or 13,400 more
//! than in 2009": from 41,300 − 13,400 = 27,900 the rise is 48.0%, not 52%.
//! A percent change is measured from the earlier value. Factors: "doubled"
//! is ×2 within a tenth, "more than doubled" above ×2, "halved" ×0.5;
//! fractions: "fell by a third".
//!
//! One end in another sentence ("There were 180 deaths. That is a 12% fall
//! on the 205 of 2015") is a guess among that sentence's values: such a
//! pairing is reported only when it holds, since a failure is likelier a
//! wrong guess than a wrong figure. A difference whose other end is the
//! only amount of its kind in the sentence before is no guess, and is
//! flagged when wrong ("Last year 19,170 came. This year the figure was
//! 24,310, a rise of 5,410").
//!
//! A word of direction against the ends ("fell to 412 from 375") is a slip
//! of the word only when nothing else is stated, or when the stated size
//! fits the ends the other way ("fell 10% to 412 from 375"). A size they
//! fit in neither direction says the ends were misread, and nothing is said.

use super::Check;
use super::format::{Measure, difference, fmt, fmt_interval, text};
use super::relation::{Certainty, NumberWord, Share};
use super::verdict::{Wording, far_apart, finding, interval, role, verdict, word_interval, word_role};
use crate::figures::{Interval, Kind};
use crate::mentions::Doc;
use crate::report::explain::SetAside;
use crate::report::{Finding, FindingFigure, Role, Status};
use crate::text::Span;

mod find;
mod apposed;
mod founded;
mod read;
mod words;

pub(crate) use words::{is_comparative, move_falls};

pub const ID: &str = "change";

pub const CHECK: Check = Check {
    id: ID,
    #[cfg(test)]
    summary: "a change against its two ends; a direction said against ends one more than half again the other, or against ends a stated size fits in neither direction, is taken for a misread pairing and set aside",
    #[cfg(test)]
    example: "\"rose 12% from 1,250 to 1,400\"; \"three more bodies, bringing the toll to 41\" (when it holds)",
    roles: &[Role::From, Role::To, Role::Change],
    run,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub from: Option<usize>,
    pub to: Option<usize>,
    /// The stated change in per cent.
    pub percent: Option<Share>,
    /// The stated difference.
    pub diff: Option<usize>,
    /// A stated factor: "doubled" is 2.
    pub factor: Option<NumberWord>,
    /// True for a fall ("down 7.6%", "lower than").
    pub falling: bool,
    /// When the direction is not stated: the difference either way.
    pub either_way: bool,
    /// Both ends come from the sentence's own structure ("to B from A"), so
    /// a direction that contradicts them is a finding, not a misreading.
    pub sure: bool,
    pub certainty: Certainty,
}

fn run(doc: &Doc, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    find::find(doc, &mut found);
    let mut mine: Vec<(bool, Finding)> =
        found.iter().filter_map(|c| check(doc, c).map(|f| (direction_only(c), f))).collect();
    // A direction alone is reported only where no finding checks the size
    // of the same change: "halved, falling from 42 to 21" is one finding.
    let sized: Vec<Vec<Span>> =
        mine.iter().filter(|(d, _)| !d).map(|(_, f)| f.figures.iter().map(|x| x.span).collect()).collect();
    mine.retain(|(d, f)| !d || !sized.iter().any(|s| f.figures.iter().all(|x| s.contains(&x.span))));
    out.extend(mine.into_iter().map(|(_, f)| f));
}

fn f_of(f: Option<usize>) -> usize {
    f.unwrap_or(usize::MAX)
}

/// "up 61 cents, or 2.3 percent, at $27.14": when a change mixes cents and
/// whole units of a currency, each figure's factor to the whole unit.
fn cents_scale<'a>(doc: &'a Doc, c: &Change) -> impl Fn(usize) -> f64 + 'a {
    let money: Vec<usize> = [c.from, c.to, c.diff]
        .into_iter()
        .flatten()
        .filter(|&f| doc.figures[f].kind == crate::figures::Kind::Money)
        .collect();
    let mixed = money.iter().any(|&f| founded::in_cents(doc, f)) && money.iter().any(|&f| !founded::in_cents(doc, f));
    move |f: usize| if mixed && f < doc.figures.len() && founded::in_cents(doc, f) { 0.01 } else { 1.0 }
}

/// A change with its two ends and nothing else stated: only its direction
/// can be checked.
fn direction_only(c: &Change) -> bool {
    c.percent.is_none() && c.factor.is_none() && c.diff.is_none()
}

fn check(doc: &Doc, c: &Change) -> Option<Finding> {
    let mut figures: Vec<FindingFigure> = Vec::new();
    let scale = cents_scale(doc, c);
    // The ends are read as figures of one kind: only their scale may differ.
    let free = c.percent.is_none();
    let like = |a: Option<usize>, b: Option<usize>| b.filter(|&b| a.is_some_and(|a| scale(a) == scale(b)));
    let from = c.from.and_then(|f| end_interval(doc, f, like(c.from, c.to), free)).map(|iv| iv.affine(scale(f_of(c.from)), 0.0));
    let to = c.to.and_then(|f| end_interval(doc, f, like(c.to, c.from), free)).map(|iv| iv.affine(scale(f_of(c.to)), 0.0));
    let diff = c.diff.and_then(|f| diff_interval(doc, c, f)).map(|iv| iv.affine(scale(f_of(c.diff)), 0.0));
    // The earlier and later values, derived when one is missing.
    let (from_iv, to_iv) = match (from, to, diff) {
        (Some(a), Some(b), _) => (a, b),
        (None, Some(b), Some(d)) => (if c.falling { b.add(&d) } else { b.sub(&d) }, b),
        (Some(a), None, Some(d)) => (a, if c.falling { a.sub(&d) } else { a.add(&d) }),
        _ => return None,
    };
    if let (Some(a), Some(b), false) = (from, to, c.either_way) {
        let rise = b.sub(&a);
        let against = if c.falling { rise.lo > 0.0 } else { rise.hi < 0.0 };
        if against {
            return contradiction(doc, c, &rise, far_apart(&a, &b));
        }
        // "rose to 605 from 564": a direction and its two ends, and
        // nothing else to check, is checked for the direction.
        if direction_only(c) {
            return direction_holds(doc, c, &rise);
        }
    }
    // With one end derived from the other and the stated difference, the
    // change is that difference: subtracting the stated end from the
    // derived one would add the stated end's rounding twice ("3.4 million,
    // up 20,000": the rise is 20,000, not anything from -80,000 to 120,000).
    let change = match (from.is_some() && to.is_some(), diff) {
        (false, Some(d)) => d,
        _ => change_size(c, &from_iv, &to_iv),
    };
    // A derived end is written like the stated one: "from $1,370 to
    // $1,412", "from $1.91 billion to $2.04 billion".
    let end_text = |end: Option<usize>, other: Option<usize>, iv: &Interval| match (end, other) {
        (Some(f), _) => text(doc, f).to_owned(),
        (None, Some(o)) => super::format::fmt_like(doc, o, iv.mid()),
        (None, None) => fmt(iv.mid()),
    };
    let from_text = end_text(c.from, c.to, &from_iv);
    let to_text = end_text(c.to, c.from, &to_iv);
    let both_ends = from.is_some() && to.is_some();
    let Measured { computed, stated, stated_text, what, measure } =
        measured(doc, c, &change, &from_iv, &to_iv, both_ends, &mut figures)?;
    add_ends(doc, c, &mut figures);
    let stated_figure = stated_figure(c);
    // Only a cut reading that fits replaces the rounded one: a flagged
    // figure's difference is still measured from the figure as rounded.
    let cut = stated_figure.and_then(|f| cut_reading(doc, c, f, &computed, &stated));
    if whole_percent_fits_only_cut(doc, c, stated_figure, &computed, &stated, cut) {
        return None;
    }
    let stated = cut.filter(|s| verdict(&computed, s).consistent).unwrap_or(stated);
    let v = verdict(&computed, &stated);
    if !v.consistent && percent_misread(doc, c, &computed, &stated) {
        return None;
    }
    // "from more than 40,000 to more than 39,000": ends open on one side
    // leave the change unbounded, and a change that fits anything shows
    // nothing worth a green mark ("a fall of about -∞%").
    if v.consistent && !(computed.lo.is_finite() && computed.hi.is_finite()) {
        return None;
    }
    let expected = format!("from {from_text} to {to_text} is {what}");
    let difference = difference(doc, measure, v.off);
    let message = if v.consistent {
        format!("{expected}, which fits {stated_text}")
    } else {
        format!("{expected}, but the text says {stated_text}: a difference of {difference}")
    };
    finding(ID, c.certainty, v, figures, Wording { message, expected, reported: stated_text, difference })
}

/// The change as computed from the ends, against the change the text
/// states, in the measure the text states it in.
struct Measured<'a> {
    computed: Interval,
    stated: Interval,
    stated_text: String,
    /// The computed change in words: "a rise of about 7.56%".
    what: String,
    measure: Measure<'a>,
}

fn direction_word(c: &Change) -> &'static str {
    if c.falling { "fall" } else { "rise" }
}

/// What the text states of the change (a percent, a factor, or a
/// difference between two stated ends) against what the ends give.
fn measured(
    doc: &Doc,
    c: &Change,
    change: &Interval,
    from_iv: &Interval,
    to_iv: &Interval,
    both_ends: bool,
    figures: &mut Vec<FindingFigure>,
) -> Option<Measured<'static>> {
    if let Some(share) = &c.percent {
        return percent_measured(doc, c, share, change, from_iv, figures);
    }
    if let Some(w) = &c.factor {
        let ratio = to_iv.div(from_iv)?;
        figures.push(word_role(w, Role::Change));
        // "more than halved" is a fall past half: a factor below it.
        let stated = if w.more_than && w.value < 1.0 {
            Interval { lo: 0.0, hi: w.value, lo_open: false, hi_open: true }
        } else {
            word_interval(w)
        };
        return Some(Measured {
            computed: ratio,
            stated,
            stated_text: w.span.of(doc.text).to_owned(),
            what: format!("a factor of {}", fmt_interval(doc, &ratio, &Measure::Plain(""))),
            measure: Measure::Plain(""),
        });
    }
    let d = c.diff.filter(|_| both_ends)?;
    figures.push(role(doc, d, Role::Change));
    // "a gain of 4.3 points": the number alone, in the text's points.
    let measure = if founded::in_points(doc, d) && doc.figures[d].kind != crate::figures::Kind::Points {
        Measure::Plain("points")
    } else {
        Measure::Like(d)
    };
    Some(Measured {
        computed: *change,
        stated: rounded_difference(doc, d)?,
        stated_text: text(doc, d).to_owned(),
        what: format!("a {} of {}", direction_word(c), fmt_interval(doc, change, &measure)),
        measure,
    })
}

/// The values a stated difference allows. One of three significant digits
/// or more that ends in zeros may be its exact value rounded to its last
/// non-zero digit: "$118,000 more than" two budgets of eight digits each
/// that differ by $118,213. With fewer digits a rounding to that digit
/// would reach too far to tell ("up 200" from 1,200 to 1,450), but a round
/// one of a hundred or more may still be given to two significant digits,
/// as news gives round figures ("200 fewer" for 201).
fn rounded_difference(doc: &Doc, d: usize) -> Option<Interval> {
    let f = &doc.figures[d];
    let iv = interval(doc, d)?;
    let v = f.value?;
    let sure = f.approx.is_none() && f.bound.is_none();
    let half = crate::figures::significant_slack(v);
    let half = if v.abs() >= 200.0 * half { half } else { half.min(10f64.powi(super::format::magnitude(v) - 1) / 2.0) };
    if sure && v.abs() >= 100.0 && half >= 1.0 {
        return Some(Interval::closed(iv.lo.min(v - half), iv.hi.max(v + half)));
    }
    Some(iv)
}

/// A stated percent change against the ends' ratio, or against their
/// difference in points when both ends are percentages.
fn percent_measured(
    doc: &Doc,
    c: &Change,
    share: &Share,
    change: &Interval,
    from_iv: &Interval,
    figures: &mut Vec<FindingFigure>,
) -> Option<Measured<'static>> {
    let direction = direction_word(c);
    let pct = change.div(from_iv)?.affine(100.0, 0.0);
    let (stated, stated_text, fig) = match share {
        // A signed fall ("-12.5%") is sized as a fall of 12.5%.
        Share::Figure(f) => {
            let iv = interval(doc, *f)?;
            let iv = if iv.hi < 0.0 { Interval::closed(0.0, 0.0).sub(&iv) } else { iv };
            (iv, text(doc, *f).to_owned(), role(doc, *f, Role::Change))
        }
        Share::Fraction(w) => (word_interval(w), w.span.of(doc.text).to_owned(), word_role(w, Role::Change)),
    };
    figures.push(fig);
    // "up 0.61 per cent, from 96.87 per cent to 97.48 per cent": a
    // percent change of a percentage may be meant in points or as a
    // ratio; either reading that fits passes, and it is flagged only
    // when neither does.
    let percent_ends = c.to.is_some_and(|t| doc.figures[t].kind == crate::figures::Kind::Percent);
    let points = Measure::Plain("percentage points");
    if percent_ends && !verdict(&pct, &stated).consistent && verdict(change, &stated).consistent {
        let (direction, size) = as_went(direction, change);
        let what = format!("a {direction} of {}", fmt_interval(doc, &size, &points));
        return Some(Measured { computed: *change, stated, stated_text, what, measure: points });
    }
    let (went, size) = as_went(direction, &pct);
    let in_points =
        if percent_ends { format!(", or {}", fmt_interval(doc, &as_went(direction, change).1, &points)) } else { String::new() };
    let what = format!("a {went} of {}{in_points}", fmt_interval(doc, &size, &Measure::Percent));
    Some(Measured { computed: pct, stated, stated_text, what, measure: Measure::Percent })
}

/// The way the ends went and by how much, for a change measured in the
/// cue's `direction`: "fell 2% to 3.3 from 3.2" went up, and is told as "a
/// rise of about 3.1%", not "a fall of about -3.1%".
fn as_went(direction: &'static str, size: &Interval) -> (&'static str, Interval) {
    if size.hi <= 0.0 && size.lo < 0.0 {
        let other = if direction == "fall" { "rise" } else { "fall" };
        (other, Interval { lo: -size.hi, hi: -size.lo, lo_open: size.hi_open, hi_open: size.lo_open })
    } else {
        (direction, *size)
    }
}

/// "up 34.8 points, or 0.4 per cent" for a rise of 0.465%: wire copy often
/// cuts a percentage or an index's points to the digits it prints instead
/// of rounding them. When the ends are exact enough to give the change to
/// within half the stated figure's last digit, an unhedged percentage, or
/// count of an index's points, allows that reading too, so only a figure
/// that neither rounding nor cutting gives is flagged (a whole percentage
/// that only cutting gives is set aside, not passed). Ends that are
/// themselves rounded ("from 1.5 million to 1.8 million") or percentages
/// whose difference is in points already carry their slack.
fn cut_reading(doc: &Doc, c: &Change, f: usize, computed: &Interval, stated: &Interval) -> Option<Interval> {
    use crate::figures::Kind;
    let fig = &doc.figures[f];
    let percent_ends = [c.from, c.to].into_iter().flatten().any(|e| doc.figures[e].kind == Kind::Percent);
    let cut = fig.kind == Kind::Percent || (founded::in_points(doc, f) && !percent_ends);
    let (v, p) = (fig.value?, fig.precision?);
    let exact = computed.hi - computed.lo <= p / 2.0;
    // The next value of the digit is no cut of it: "33%" reaches up to 34%
    // and not to it, so a rise of exactly 34% (50 to 67) is not cut to 33%.
    // The end is set a millionth of a digit short, so that a float that
    // comes out a hair above or below 34 is not forgiven as noise.
    (cut && exact && fig.approx.is_none() && fig.bound.is_none() && v >= 0.0 && p > 0.0).then(|| Interval {
        hi: stated.hi.max(v + p - p * 1e-6),
        hi_open: true,
        ..*stated
    })
}

/// A stated percentage that fails but was likelier misread than slipped.
/// "fell 3.1% to 12 from 540": a percentage under a third says the ends
/// are near; ends one twice the other (a rise of 100% or more, a fall of
/// half or more) were misread, as a slip lands near them. A percentage
/// after a bare comma is too loosely tied to flag at all.
fn percent_misread(doc: &Doc, c: &Change, computed: &Interval, stated: &Interval) -> bool {
    matches!(c.percent, Some(Share::Figure(_)))
        && (computed.lo >= if c.falling { 50.0 } else { 100.0 } && stated.hi < 34.0 || percent_after_bare_comma(doc, c))
}

/// "140 seats, up 12, 35 per cent": a percentage joined to the change's
/// difference by a comma alone may be the next column of a results line
/// (a share of the vote) as well as the change's size. It confirms the
/// change when it fits; without an "or" it is too loosely tied to flag.
fn percent_after_bare_comma(doc: &Doc, c: &Change) -> bool {
    let (Some(Share::Figure(p)), Some(d)) = (&c.percent, c.diff) else { return false };
    let (d, p) = (doc.figures[d].span.end, doc.figures[*p].span.start);
    p == d + 2 && doc.text.as_bytes()[d] == b','
}

/// The figure that states the change's size: its percentage, or else its
/// difference (a factor's word is no figure).
fn stated_figure(c: &Change) -> Option<usize> {
    match &c.percent {
        Some(Share::Figure(f)) => Some(*f),
        Some(Share::Fraction(_)) => None,
        None => c.diff.filter(|_| c.factor.is_none()),
    }
}

/// A whole percentage that fits only cut ("fell 24%" for 24.6%) is neither
/// confirmed nor flagged: copy that prints whole percentages rounds them as
/// often as it cuts them. The pairing is set aside.
fn whole_percent_fits_only_cut(
    doc: &Doc,
    c: &Change,
    stated_figure: Option<usize>,
    computed: &Interval,
    stated: &Interval,
    cut: Option<Interval>,
) -> bool {
    let whole = stated_figure.is_some_and(|f| doc.figures[f].kind == Kind::Percent && doc.figures[f].precision == Some(1.0));
    let only_cut = whole && cut.is_some_and(|s| verdict(computed, &s).consistent) && !verdict(computed, stated).consistent;
    if only_cut {
        doc.set_aside(ID, &[f_of(c.from), f_of(c.to)], SetAside::Unsure, None);
    }
    only_cut
}

/// The values a stated difference allows when it gives a missing end.
/// "down 24 points, or 0.62%, at 4,012": market reports print an index's
/// move in whole points, cut from its decimals as often as rounded, so an
/// unhedged whole number of an index's points reaches from half a point
/// below it up to the next whole point.
fn diff_interval(doc: &Doc, c: &Change, f: usize) -> Option<Interval> {
    use crate::figures::Kind;
    let iv = interval(doc, f)?;
    let fig = &doc.figures[f];
    let percent_ends = [c.from, c.to].into_iter().flatten().any(|e| doc.figures[e].kind == Kind::Percent);
    let whole = fig.value.filter(|v| *v >= 0.0 && v.fract() == 0.0 && fig.precision == Some(1.0));
    match whole {
        Some(v) if founded::in_points(doc, f) && !percent_ends && fig.approx.is_none() && fig.bound.is_none() => {
            Some(Interval { lo: iv.lo.min(v - 0.5), hi: iv.hi.max(v + 1.0), lo_open: false, hi_open: true })
        }
        _ => Some(iv),
    }
}

/// The ends' roles, and a difference that a percent or factor was checked
/// in its stead, in the text's order.
fn add_ends(doc: &Doc, c: &Change, figures: &mut Vec<FindingFigure>) {
    if let Some(f) = c.from {
        figures.push(role(doc, f, Role::From));
    }
    if let Some(t) = c.to {
        figures.push(role(doc, t, Role::To));
    }
    if let (Some(d), true) = (c.diff, c.percent.is_some() || c.factor.is_some()) {
        figures.push(role(doc, d, Role::Change));
    }
    crate::checks::verdict::in_text_order(figures);
}

/// The size of the change in its stated direction; when no direction is
/// stated, the difference either way.
fn change_size(c: &Change, from: &Interval, to: &Interval) -> Interval {
    if c.either_way {
        let d = to.sub(from);
        if d.lo >= 0.0 {
            d
        } else if d.hi <= 0.0 {
            Interval { lo: -d.hi, hi: -d.lo, ..d }
        } else {
            Interval::closed(0.0, d.hi.max(-d.lo))
        }
    } else if c.falling {
        from.sub(to)
    } else {
        to.sub(from)
    }
}

/// The place value an end is rounded to: its last stated digit, or, for
/// a large round figure written out to its units ("$186,000"), its last
/// non-zero digit, as medians and totals in copy often are, to two
/// significant figures at the coarsest ("to $300,000 from $200,000" may be
/// rounded to the ten thousand, not to the hundred thousand, which would
/// let the change be anything from nothing to 133%).
fn end_place(doc: &Doc, f: usize) -> Option<f64> {
    let fig = &doc.figures[f];
    let (v, p) = (fig.value?, fig.precision?);
    let mut place = 1000.0;
    if fig.in_words || v < 10_000.0 || v.fract() != 0.0 || p > 1.0 || crate::text::rem(v, place) != 0.0 {
        return Some(p);
    }
    while crate::text::rem(v, place * 10.0) == 0.0 && place * 100.0 <= v {
        place *= 10.0;
    }
    Some(place)
}

/// The values an end allows at its place. The two ends of a change come
/// from one table, and a writer drops a trailing zero ("$2 billion, down
/// from $2.1 billion", "to 5% from 4.5%"): an unhedged end given to one
/// digit fewer than the other (`other`, of the same kind and scale) is
/// taken to the other's digit. Against a stated percentage (`free` false)
/// only an end of one significant digit is: "rose 11% to $2.4 billion from
/// $2.21 billion" may be to $2.43 billion, as writers give two digits.
/// Two digits or more apart, the ends are written in different ways
/// ("Rs981.73 billion to Rs1.12 trillion") and each keeps its own rounding.
fn end_interval(doc: &Doc, f: usize, other: Option<usize>, free: bool) -> Option<Interval> {
    let fig = &doc.figures[f];
    let mut end = fig.clone();
    end.precision = end_place(doc, f);
    if let (Some(own), Some(finer), None, None) = (end.precision, other.and_then(|o| end_place(doc, o)), fig.approx, end.bound)
        && finer < own
        && finer * 11.0 > own
        && (free || fig.value.is_some_and(|v| v.abs() < own * 10.0))
    {
        end.precision = Some(finer);
    }
    // "from 186 to 190 inmates per 100,000 residents", "cases per day", "an
    // average of 163 a day": a count per something, or an average, is a
    // quotient rounded to its last digit, though written as a whole number
    // (a price per unit is no count).
    let rate = |g: usize| {
        doc.figures[g].kind == Kind::Number
            && doc.mention(g).is_some_and(|m| {
                doc.is(doc.after_noun(m), "per")
                    || (m.first.saturating_sub(4)..m.first).any(|k| crate::checks::sum_of_parts::names_an_average(doc.word(k)))
            })
    };
    let whole_rate = end.precision == Some(1.0) && (rate(f) || other.is_some_and(rate));
    end.interval().map(|iv| if whole_rate { iv.widen(0.5) } else { iv })
}

/// The text says a rise and its ends rise (or both fall): reported as a
/// passed check only when the text states the change, its cue and both
/// ends in one clause.
fn direction_holds(doc: &Doc, c: &Change, rise: &Interval) -> Option<Finding> {
    let (from, to) = (c.from?, c.to?);
    if c.certainty != Certainty::Stated {
        return None;
    }
    // "to nearly 57,000 from about 54,000": hedges that leave the way the
    // figures went open check nothing.
    let noise = (rise.hi - rise.lo) * 1e-9;
    if rise.lo < -noise && rise.hi > noise {
        return None;
    }
    let said = if c.falling { "a fall" } else { "a rise" };
    let size = if c.falling { Interval { lo: -rise.hi, hi: -rise.lo, ..*rise } } else { *rise };
    let figures = vec![role(doc, from, Role::From), role(doc, to, Role::To)];
    let stated = direction_interval(c.falling);
    let v = verdict(rise, &stated);
    // Between two percentages the change is in points, not a percentage.
    let measure = if doc.figures[to].kind == crate::figures::Kind::Percent {
        Measure::Plain("percentage points")
    } else {
        Measure::Like(to)
    };
    let expected =
        format!("from {} to {} is {said} of {}", text(doc, from), text(doc, to), fmt_interval(doc, &size, &measure));
    let message = format!("{expected}, which fits the {} the text states", &said[2..]);
    finding(
        ID,
        c.certainty,
        v,
        figures,
        Wording { message, expected, reported: said.to_owned(), difference: String::new() },
    )
}

/// Any change in the stated direction.
fn direction_interval(falling: bool) -> Interval {
    if falling {
        Interval { lo: f64::NEG_INFINITY, hi: 0.0, lo_open: true, hi_open: true }
    } else {
        Interval { lo: 0.0, hi: f64::INFINITY, lo_open: true, hi_open: true }
    }
}

/// The text says a rise and its ends fall (or the reverse). Reported only
/// when the sentence surely gives both ends, any size it states fits them
/// the other way, and they are near enough for a slip of the word (`far`:
/// one more than half again the other, "up" from 24.1 to 9.6); otherwise
/// the pairing is the likelier mistake, and nothing is said.
fn contradiction(doc: &Doc, c: &Change, rise: &Interval, far: bool) -> Option<Finding> {
    let (from, to) = (c.from?, c.to?);
    // A stated size is a second witness to the ends: fitting them the
    // other way, only the word slipped; fitting them in neither direction
    // ("fell 4.5% to 2.1 from 1.6"), they are not this change's ends.
    let size_fits = || check(doc, &Change { falling: !c.falling, ..c.clone() }).is_some_and(|f| f.status == Status::Consistent);
    if !c.sure || c.certainty != Certainty::Stated || far || !direction_only(c) && !size_fits() {
        // The ends go against the cue, but the sentence does not surely
        // give them: the pairing is the likelier mistake.
        doc.set_aside(ID, &[from, to], SetAside::Unsure, None);
        return None;
    }
    // "The peso had risen to 18.31 from 18.36": a currency priced in
    // another ("against the dollar") rises as that price falls, so words
    // and numbers may rightly go opposite ways.
    if priced_in_a_currency(doc, to) {
        doc.set_aside(ID, &[from, to], SetAside::Unsure, None);
        return None;
    }
    let said = if c.falling { "a fall" } else { "a rise" };
    let (went, size) =
        if rise.hi < 0.0 { ("a fall", Interval { lo: -rise.hi, hi: -rise.lo, ..*rise }) } else { ("a rise", *rise) };
    let mut figures = vec![role(doc, from, Role::From), role(doc, to, Role::To)];
    match &c.percent {
        Some(Share::Figure(p)) => figures.push(role(doc, *p, Role::Change)),
        Some(Share::Fraction(w)) => figures.push(word_role(w, Role::Change)),
        None => {}
    }
    if let Some(d) = c.diff {
        figures.push(role(doc, d, Role::Change));
    }
    if let Some(w) = &c.factor {
        figures.push(word_role(w, Role::Change));
    }
    crate::checks::verdict::in_text_order(&mut figures);
    // Stated: any change in the stated direction; the figures give the other.
    let v = verdict(rise, &direction_interval(c.falling));
    let expected = format!(
        "from {} to {} is {went} of {}",
        text(doc, from),
        text(doc, to),
        fmt_interval(doc, &size, &Measure::Like(to))
    );
    let difference = fmt_interval(doc, &size, &Measure::Like(to));
    let message = format!("{expected}, but the text says {said}");
    finding(ID, c.certainty, v, figures, Wording { message, expected, reported: said.to_owned(), difference })
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod reference_tests;
#[cfg(test)]
mod before_tests;

/// Whether bare figure `f` is an exchange rate: its sentence, or the one
/// before, prices something "against the dollar", "per euro".
fn priced_in_a_currency(doc: &Doc, f: usize) -> bool {
    let (fig, Some(m)) = (&doc.figures[f], doc.mention(f)) else { return false };
    let (a, _) = doc.sentence_words(m.sentence.saturating_sub(1));
    fig.currency.is_none()
        && fig.unit.is_none()
        && (a..m.first).any(|k| {
            words::word(doc.word(k)) == Some(words::Word::Currency)
                && (k.saturating_sub(3)..k).any(|j| matches!(doc.lc(j), "against" | "versus" | "per"))
        })
}
