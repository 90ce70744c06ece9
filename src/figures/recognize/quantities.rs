//! Quantities put together from amounts: hedges and bounds before, ranges
//! (`10 to 12`, `between 5 and 7`), and the figure made from them.

use super::*;
use crate::text::HasByte;

/// A quantity at token `i`: its lead-in, an amount, then a range or one
/// number with what follows it.
pub(super) fn quantity(s: &Scanner, i: usize) -> Option<(Vec<Figure>, usize)> {
    let lead = lead_in(s, i)?;
    let first = amount(s, lead.intro.map_or(lead.at, |k| k + 1))?;
    let fig_start =
        if lead.bound.is_some() || lead.exact { lead.bound_start } else { lead.intro.unwrap_or(first.start) };

    if first.vague {
        return Some((vec![vague_figure(s, &first, fig_start, lead.bound, lead.hedge)], first.end));
    }
    // A range: "20-30", "20 to 30", "between 20 and 30".
    if let Some((lo, hi, end)) = range_tail(s, &first, lead.intro, i) {
        let mut f = range_figure(s, &lo, &hi, fig_start, end);
        f.approx = lead.approx;
        f.hedge = lead.hedge;
        return Some((vec![f], end));
    }
    single_number(s, &first, lead, fig_start)
}

/// What the words before an amount say of it: a hedge, a bound, "equal
/// to", and "between" or "from" opening a range.
struct LeadIn {
    approx: Option<Approx>,
    hedge: Option<Span>,
    bound: Option<Bound>,
    /// The token the bound (or "equal to") begins at.
    bound_start: usize,
    /// "equal to 20": an exact value, stated as such.
    exact: bool,
    /// The token of "between" or "from", when one opens a range.
    intro: Option<usize>,
    /// The token after the hedge, the bound and "equal to".
    at: usize,
}

/// The lead-in of a quantity at `i`, or `None` when the words there begin
/// none: a bare article, a comparison with a year, a hedge on a time or date.
fn lead_in(s: &Scanner, i: usize) -> Option<LeadIn> {
    if is_bare_article(s, i) {
        return None;
    }
    // A hedge: "about", "nearly", "just over".
    let (approx, hedge, mut j) = match hedge_before(s, i) {
        Some((kind, hedge_span, k)) => (Some(kind), Some(hedge_span), k),
        None => (None, None, i),
    };
    // A bound: "at least", "more than", "up to", ">=".
    let mut bound = None;
    let bound_start = j;
    if let Some((b, k)) = bound_before(s, j) {
        // "spread over 28 sub-districts": after a verb of extent, "over" is a
        // preposition naming where the 28 are, no bound; the number is read
        // on its own.
        if j == i
            && k == j + 1
            && s.lw(j) == "over"
            && j > 0
            && lexicon::context(s.lw(j - 1)) == Some(lexicon::Context::Extent)
        {
            return None;
        }
        // "the toll went up to 4,881": after a verb of movement, "up" is its
        // particle and the number the level reached, no bound.
        if j == i && s.lw(j) == "up" && j > 0 && lexicon::context(s.lw(j - 1)) == Some(lexicon::Context::Climb) {
            return None;
        }
        // "3 per cent below 2019", "10% above 2008": after a share, the
        // comparison word names the year compared with, which the next
        // token reads as a year; it bounds no figure.
        if compares_share_with_year(s, i, k) {
            return None;
        }
        bound = Some(b);
        j = k;
    }
    if j == i && !starts_amount(s, j) {
        return None;
    }
    // "about 01:48 GMT", "around November 25": the hedge belongs to a
    // time or date, which the next step reads.
    if j > i && (time(s, j).is_some() || date(s, j).is_some()) {
        return None;
    }
    // "equal to 20", "equals 20": an exact value, stated as such.
    let mut exact = false;
    if bound.is_none()
        && let Some(k) = exact_before(s, j)
    {
        exact = true;
        j = k;
    }
    // "between 20 and 30", "from 20 to 30"; not "between 09-15 December",
    // a date.
    let intro = match s.lw(j) {
        "between" | "from" if starts_amount(s, j + 1) && super::dates::date(s, j + 1).is_none() => Some(j),
        _ => None,
    };
    Some(LeadIn { approx, hedge, bound, bound_start, exact, intro, at: j })
}

/// A quantity of one number, `first`, with what follows it: a bound after
/// ("20 or more"), "or so", and the lead-in's bound or "equal to" applied.
fn single_number(s: &Scanner, first: &Amount, lead: LeadIn, fig_start: usize) -> Option<(Vec<Figure>, usize)> {
    let LeadIn { mut approx, mut hedge, mut bound, exact, intro, .. } = lead;
    let mut end = first.end;
    let mut f = to_figure(s, first, if intro.is_some() { first.start } else { fig_start }, end);
    if bound.is_none()
        && let Some((b, k)) = bound_after(s, end)
    {
        bound = Some(b);
        f.span.end = s.end(k - 1);
        end = k;
    }
    // "or so" loosens like "about".
    if approx.is_none() && s.lw(end) == "or" && s.lw(end + 1) == "so" {
        approx = Some(Approx::About);
        hedge = Some(span(s, end, end + 2));
        end += 2;
    }
    if exact {
        mark_exact(s, &mut f, first, bound);
    }
    if let Some(b) = bound {
        end = apply_bound(s, &mut f, first, b, end);
    }
    f.approx = approx.or(f.approx);
    f.hedge = hedge;
    finish_number(s, f, first, bound, end)
}

/// Whether the comparison word at `i` stands between a share and a year:
/// "3 per cent below 2019" compares with the level of 2019.
fn compares_share_with_year(s: &Scanner, i: usize, k: usize) -> bool {
    let one_word = k == i + 1 && crate::one_of!(s.lw(i), ["below", "above", "under", "over"]);
    // "42% higher than 2021", "12 percent lower than 2019".
    let with_than = k == i + 2 && s.lw(i + 1) == "than";
    i > 0
        && (one_word || with_than)
        && crate::one_of!(s.lw(i - 1), ["%", "percent", "cent", "pc"])
        && amount(s, k).is_some_and(|a| is_year(s, &a))
}

/// Whether the token at `i` is "a" or "an" not followed by a number word:
/// the article begins a figure only in "a dozen", "a third", "a few", "a
/// couple", so the rest are ruled out at once.
fn is_bare_article(s: &Scanner, i: usize) -> bool {
    crate::one_of!(s.lw(i), ["a", "an"])
        && s.numeral_word_at(i + 1).is_none()
        && lexicon::context(s.lw(i + 1)) != Some(lexicon::Context::AfterArticle)
}

/// A hedge before an amount ("about", "nearly", "just over"): its kind, its
/// span and the token after it.
pub(super) fn hedge_before(s: &Scanner, j: usize) -> Option<(Approx, Span, usize)> {
    for (words, what) in lexicon::prefixes_starting(s.word(j)) {
        if let lexicon::Prefix::Hedge(kind) = what
            && let Some(k) = s.phrase(j, words)
        {
            let k = if s.is_punct(k, ".") && s.glued(k) { k + 1 } else { k };
            // A hedge ends with its line: "about" at a line's end hedges no
            // figure of the next paragraph.
            if starts_amount(s, k) && !s.gap(k).has(b'\n') {
                return Some((*kind, span(s, j, k), k));
            }
        }
    }
    None
}

/// "equal to", "equals" before an amount: the token after the phrase.
fn exact_before(s: &Scanner, j: usize) -> Option<usize> {
    // Every form starts with "equal": most tokens are ruled out at once.
    if !s.lw(j).starts_with("equal") {
        return None;
    }
    for p in [
        &["equal", "to"][..],
        &["equals", "to"],
        &["equaling", "to"],
        &["equalling", "to"],
        &["equals"],
        &["equaling"],
        &["equalling"],
    ] {
        if let Some(k) = s.phrase(j, p)
            && starts_amount(s, k)
        {
            return Some(k);
        }
    }
    None
}

/// "equal to 20": a bare number stated as exact. "is equal to 10 dm"
/// compares two measures, so the figure is only the measure.
fn mark_exact(s: &Scanner, f: &mut Figure, first: &Amount, bound: Option<Bound>) {
    if first.kind != Kind::Number {
        f.span.start = s.start(first.start);
    }
    if bound.is_none() && first.kind == Kind::Number {
        f.min = f.value;
        f.max = f.value;
    }
}

/// "dozens", "a few": a vague figure; "dozens" means at least two dozen,
/// "a few" is only about three.
fn vague_figure(s: &Scanner, first: &Amount, fig_start: usize, bound: Option<Bound>, hedge: Option<Span>) -> Figure {
    let mut f = to_figure(s, first, fig_start, first.end);
    f.approx = Some(Approx::Vague);
    f.hedge = hedge;
    if first.value >= 24.0 || bound.is_some() {
        f.bound = Some(bound.unwrap_or(Bound::AtLeast));
        f.min = f.value;
    }
    f
}

/// The figure for a range from `lo` to `hi`; "2012-13" is a range of years
/// that ends in 2013.
fn range_figure(s: &Scanner, lo: &Amount, hi: &Amount, fig_start: usize, end: usize) -> Figure {
    let mut f = to_figure(s, hi, fig_start, end);
    f.kind = if hi.kind == Kind::Number { Kind::Range } else { hi.kind };
    f.value = None;
    f.min = Some(lo.value);
    f.max = Some(hi.value);
    f.precision = Some(lo.precision.max(hi.precision));
    f.in_words = lo.in_words && hi.in_words;
    if year_range(lo, hi) {
        f.kind = Kind::Year;
        if hi.value < 100.0 {
            // "1999-00" ends in the next century; a single digit ("1996/7")
            // names a year of the first year's decade, or the next decade's.
            let step = if s.raw(hi.num_start).len() == 1 { 10.0 } else { 100.0 };
            let end = (lo.value / step).floor() * step + hi.value;
            f.max = Some(if end < lo.value { end + step } else { end });
        }
    }
    f
}

/// A bound after an amount that ends before token `end` ("20 or more",
/// "10 and over", "50+"): the bound and the token after it.
fn bound_after(s: &Scanner, end: usize) -> Option<(Bound, usize)> {
    // Only the phrases whose first word is here can match.
    let first = s.lw(end);
    for (p, b) in lexicon::BOUNDS_AFTER.iter().filter(|(p, _)| p.first().is_none_or(|w| *w == first)) {
        if let Some(k) = s.phrase(end, p) {
            // "5000 or less than 6000" is two figures.
            if s.lw(k) == "than" && starts_amount(s, k + 1) {
                continue;
            }
            // "200 or greater than" with nothing after: the "than" dangles.
            let k = if s.lw(k) == "than" { k + 1 } else { k };
            // "10 and over" is a bound; "10 and more people" too, but
            // "plus" must not start a sum: "5 plus 3".
            if *p == ["plus"] && (starts_amount(s, k) || !s.glued(end) && s.raw(end) != "+") {
                continue;
            }
            return Some((*b, k));
        }
    }
    if s.is_punct(end, "+") && s.glued(end) && !starts_amount(s, end + 1) {
        return Some((Bound::AtLeast, end + 1));
    }
    None
}

/// Sets bound `b` on `f`, widening it by "or equal to" and closing it into a
/// range by a second bound ("more than 10 and less than 20"); returns the
/// token after what it read.
fn apply_bound(s: &Scanner, f: &mut Figure, first: &Amount, b: Bound, mut end: usize) -> usize {
    f.bound = Some(b);
    match b {
        Bound::AtLeast | Bound::MoreThan => f.min = f.value,
        Bound::AtMost | Bound::LessThan => f.max = f.value,
    }
    // "more than 5000 or equal to": the bound includes its value.
    if s.lw(end) == "or" && s.lw(end + 1) == "equal" && !starts_amount(s, end + 2 + (s.lw(end + 2) == "to") as usize) {
        let k = end + 2 + (s.lw(end + 2) == "to") as usize;
        f.bound = Some(match b {
            Bound::MoreThan => Bound::AtLeast,
            Bound::LessThan => Bound::AtMost,
            b => b,
        });
        f.span.end = s.end(k - 1);
        end = k;
    }
    // "more than 10 and less than 20" is one range.
    if let Some((_, other, other_end)) = other_bound(s, end, b)
        && other.kind == first.kind
    {
        let (lo, hi) = if matches!(b, Bound::AtLeast | Bound::MoreThan) {
            (first.value, other.value)
        } else {
            (other.value, first.value)
        };
        if lo < hi {
            f.kind = if first.kind == Kind::Number { Kind::Range } else { first.kind };
            f.value = None;
            f.bound = None;
            f.min = Some(lo);
            f.max = Some(hi);
            f.span.end = s.end(other_end - 1);
            end = other_end;
        }
    }
    end
}

/// The last readings of a single figure: a decade ("the 1990s"), a year,
/// "one" the pronoun, and a restatement in brackets ("forty-five (45)").
fn finish_number(
    s: &Scanner,
    mut f: Figure,
    first: &Amount,
    bound: Option<Bound>,
    mut end: usize,
) -> Option<(Vec<Figure>, usize)> {
    // "the 1990s", "1980s": a decade is a span of years; "in her 60s",
    // "in the 80s", a span of ages or degrees, no count.
    if f.kind == Kind::Number && first.bare_digits && s.glued(end) && s.raw(end) == "s" {
        let year = year_number(s, first.num_start);
        if year || f.value.is_some_and(|v| (10.0..=90.0).contains(&v) && crate::text::rem(v, 10.0) == 0.0) {
            let mut y = Figure::new(span(s, first.num_start, end + 1), if year { Kind::Year } else { Kind::Range });
            y.min = f.value;
            y.max = f.value.map(|v| v + 9.0);
            return Some((vec![y], end + 1));
        }
    }
    // Years and "one" the pronoun.
    if f.kind == Kind::Number && bound.is_none() && is_year(s, first) {
        let mut y = Figure::new(f.span, Kind::Year);
        y.value = f.value;
        return Some((vec![y], end));
    }
    if is_pronoun_one(s, first) {
        return Some((vec![], end));
    }
    // A restatement in brackets: "forty-five (45)".
    if (s.is_punct(end, "(") && s.is_punct(end + 2, ")") || s.is_punct(end, "(") && s.is_punct(end + 3, ")"))
        && let Some(inner) = amount(s, end + 1)
        && s.is_punct(inner.end, ")")
        && inner.value == first.value
        && inner.in_words != first.in_words
        && inner.kind == first.kind
    {
        f.span.end = s.end(inner.end);
        end = inner.end + 1;
    }
    Some((vec![f], end))
}

/// A bound phrase or sign before an amount: `at least`, `more than`, `>=`.
pub(super) fn bound_before(s: &Scanner, j: usize) -> Option<(Bound, usize)> {
    for (words, what) in lexicon::prefixes_starting(s.word(j)) {
        if let lexicon::Prefix::Bound(b) = what
            && let Some(k) = s.phrase(j, words)
            && starts_amount(s, k)
            && !s.gap(k).has(b'\n')
        {
            return Some((*b, k));
        }
    }
    if j > 0 && s.glued(j) && crate::one_of!(s.raw(j - 1), ["<", ">", "="]) {
        return None;
    }
    let (b, k) = match s.raw(j) {
        ">" if s.is_punct(j + 1, "=") => (Bound::AtLeast, j + 2),
        "<" if s.is_punct(j + 1, "=") => (Bound::AtMost, j + 2),
        ">" => (Bound::MoreThan, j + 1),
        "<" => (Bound::LessThan, j + 1),
        "≥" => (Bound::AtLeast, j + 1),
        "≤" => (Bound::AtMost, j + 1),
        _ => return None,
    };
    (s.is_num(k) || (s.is_dash(k) && s.is_num(k + 1))).then_some((b, k))
}

/// "more than 10 and less than 20": a lower and an upper bound joined
/// into one range. Returns the other bound's amount and where it ends.
pub(super) fn other_bound(s: &Scanner, end: usize, first: Bound) -> Option<(Bound, Amount, usize)> {
    // Only a conjunction joins two bounds into one range: "under 5, more
    // than half" in a list is two figures.
    let mut k = end;
    if s.is_punct(k, ",") {
        k += 1;
    }
    if !crate::one_of!(s.lw(k), ["and", "but"]) {
        return None;
    }
    k += 1;
    let (b, at) = bound_before(s, k)?;
    let lower = |b: Bound| matches!(b, Bound::AtLeast | Bound::MoreThan);
    if lower(b) == lower(first) {
        return None;
    }
    let a = amount(s, at)?;
    Some((b, a.clone(), a.end))
}

pub(super) fn year_range(lo: &Amount, hi: &Amount) -> bool {
    plain_year(lo) && hi.bare_digits && (hi.value <= 99.0 || (1000.0..=2200.0).contains(&hi.value))
}

/// A whole number of four digits, bare, that may be a year: "2011".
fn plain_year(a: &Amount) -> bool {
    a.bare_digits && (1000.0..=2200.0).contains(&a.value) && a.precision == 1.0
}

/// Could an amount start at token `k`?
pub(super) fn starts_amount(s: &Scanner, k: usize) -> bool {
    s.amount_starts_at(k, || starts_amount_uncached(s, k))
}

pub(super) fn starts_amount_uncached(s: &Scanner, k: usize) -> bool {
    s.is_num(k)
        || s.numeral_word_at(k).is_some()
        || crate::one_of!(
            s.lw(k),
            [
                "a",
                "an",
                "minus",
                "negative",
                "between",
                "from",
                "point",
                "half",
                "few",
                "tens",
                "single",
                "equal",
                "equals",
                "equaling",
                "equalling",
            ]
        )
        || currency_prefix(s, k).is_some()
        || (s.is_punct(k, ".") || s.is_dash(k)) && s.is_num(k + 1)
        || s.is_dash(k) && s.is_punct(k + 1, ".") && s.is_num(k + 2)
        || vulgar(s.raw(k)).is_some()
}

pub(super) fn to_figure(s: &Scanner, a: &Amount, start_tok: usize, end_tok: usize) -> Figure {
    let mut f = Figure::new(Span::new(s.start(start_tok), s.end(end_tok - 1)), a.kind);
    f.value = a.value.is_finite().then_some(a.value);
    f.precision = (a.precision.is_finite() && a.precision > 0.0).then_some(a.precision);
    f.unit = a.unit.map(|u| u.name);
    f.per = a.per;
    f.currency = a.currency;
    f.in_words = a.in_words;
    if a.value.is_nan() {
        f.value = None;
    }
    f
}

pub(super) fn is_pronoun_one(s: &Scanner, a: &Amount) -> bool {
    if !a.in_words
        || a.value != 1.0
        || a.num_end != a.num_start + 1
        || a.kind != Kind::Number
        || s.lw(a.num_start) != "one"
    {
        return false;
    }
    let k = a.num_start;
    let before = if k > 0 { s.lw(k - 1) } else { "" };
    let after = s.lw(k + 1);
    if lexicon::ONE_PRONOUN_BEFORE.contains(&before) || lexicon::ONE_PRONOUN_AFTER.contains(&after) {
        return true;
    }
    if s.is_punct(k + 1, "'") || s.is_punct(k + 1, "’") {
        return true; // one's
    }
    // "had one, against 41": a thing had, its noun said before.
    if !s.is_word(k + 1) && lexicon::ONE_PRONOUN_BEFORE_ALONE.contains(&before) {
        return true;
    }
    // "one of the most", "one of the best": a superlative makes it a pronoun.
    if after == "of" && s.lw(k + 2) == "the" {
        let w = s.lw(k + 3);
        return crate::one_of!(
            w,
            [
                "most", "least", "best", "worst", "few", "many", "first", "last", "main", "key", "top", "major",
                "leading", "largest", "biggest", "only",
            ]
        ) || (w.ends_with("est") && w.len() > 4);
    }
    false
}

/// The second half of a range after `first`.
pub(super) fn range_tail(
    s: &Scanner,
    first: &Amount,
    intro: Option<usize>,
    hedge_start: usize,
) -> Option<(Amount, Amount, usize)> {
    let e = first.end;
    let intro_word = intro.map(|k| s.lw(k));
    // "8- to 16-meter": a suspended hyphen before "to".
    let e = if s.is_dash(e) && s.glued(e) && s.lw(e + 1) == "to" && s.is_num(e + 2) { e + 1 } else { e };
    let years = first.num_end == e && super::dates::year_slash_year(s, first.num_start);
    let connector = if s.is_dash(e) || s.is_punct(e, "~") || years {
        1
    } else {
        match (s.lw(e), intro_word) {
            ("to" | "through" | "thru", None | Some("from")) => 1,
            ("and", Some("between")) => 1,
            ("to", Some("between")) => 1,
            ("-" | "–", _) => 1,
            _ => return None,
        }
    };
    // A minus glued to the second number after a space is a negative, not a dash: "20 -30".
    let k = e + connector;
    let mut second = amount(s, k)?;
    if intro_word == Some("between") && !crate::one_of!(s.lw(e), ["and", "to"]) {
        return None;
    }
    let dash = s.is_dash(e) || s.is_punct(e, "~") || years;
    if dash && first.in_words != second.in_words {
        return None;
    }
    // "three-nought-four" is a string of digits read out, not a range.
    if dash
        && (first.start > 0 && s.is_dash(first.start - 1) && s.glued(first.start)
            || s.is_dash(second.end) && s.glued(second.end))
    {
        return None;
    }
    // "rose from 1,250 to 1,400", "rose 14 per cent over the year, from
    // 1,250 to 1,400": after a verb of change earlier in its clause, a
    // change, not a range.
    if !dash && intro_word != Some("between") {
        let from = intro.unwrap_or(first.start);
        let reach = from.saturating_sub(8);
        let clause = (reach..from).rev().find(|&t| s.is_punct(t, ".") || s.is_punct(t, ";")).map_or(reach, |t| t + 1);
        if (clause.min(hedge_start)..from).any(|t| lexicon::CHANGE_WORDS.contains(&s.lw(t))) {
            return None;
        }
        if intro.is_none()
            && !matches!(second.kind, Kind::Number)
            && first.kind != second.kind
            && first.kind != Kind::Number
        {
            return None;
        }
        // "from 412,760 visitors in 2011 to 389,105 in 2012": a year and a
        // count with its thousands grouped are no range.
        if intro_word != Some("between") && plain_year(first) && s.raw(k).has(b',') {
            return None;
        }
    }
    let lo = align_ends(first, &mut second);
    if lo.kind != second.kind
        || lo.currency != second.currency
        || lo.unit.map(|u| u.name) != second.unit.map(|u| u.name)
    {
        return None;
    }
    if lo.value >= second.value || lo.value.is_nan() || second.value.is_nan() {
        // "2012-13" is a span of years; otherwise "3-2" is a score.
        if dash && year_range(&lo, &second) {
            let end = second.end;
            return Some((lo, second, end));
        }
        return None;
    }
    let end = second.end;
    Some((lo, second, end))
}

/// The ends of a range made alike: the first takes the second's scale,
/// unit and kind when it has none ("1.5 to 2 million", "20-30%", "10-20
/// dollars"), and the second the first's kind ("$10 to 20"). Returns the
/// first end.
fn align_ends(first: &Amount, second: &mut Amount) -> Amount {
    let mut lo = first.clone();
    if lo.kind == Kind::Number && second.kind != Kind::Number {
        lo.kind = second.kind;
        lo.unit = second.unit;
        lo.currency = second.currency;
    }
    if !lo.scaled && second.scaled && lo.num_end == lo.end {
        let scale = scale_of(second);
        if scale > 1.0 && lo.value * scale <= second.value * 1.000001 {
            lo.value *= scale;
            lo.precision *= scale;
        }
    }
    if second.kind == Kind::Number && lo.kind != Kind::Number {
        second.kind = lo.kind;
        second.unit = lo.unit;
        second.currency = lo.currency;
    }
    lo
}

pub(super) fn scale_of(a: &Amount) -> f64 {
    // The scale is the power of ten between the stated value and its
    // precision's own scale; recover it from the precision of a scaled figure.
    if a.precision >= 1e3 {
        let mut sc = 1.0;
        for (_, v) in lexicon::SCALE_WORDS {
            if a.precision >= *v && *v > sc && (a.value / v).fract().abs() < 1.0 {
                sc = *v;
            }
        }
        return sc.min(a.precision.max(1.0));
    }
    1.0
}
