//! The recogniser: one left-to-right pass that, at each token, tries the
//! non-quantities that look like numbers (dates, times, identifiers), then
//! quantities with their hedges, bounds, currency, scale, unit and range.
//! Every attempt looks ahead a bounded number of tokens.

use super::lexicon::{self, UnitDef};
use super::scan::{DigitShape, Scanner, plain_digits};
use super::words::{self, NumeralWord, ordinal_value};
use super::{Approx, Bound, Figure, Kind};
use crate::text::parse_decimal;
use crate::text::{Span, TokenKind, Tokens};

mod amounts;
mod dates;
mod identifiers;
mod money;
mod numerals;
mod quantities;
mod units;

use amounts::*;
use dates::*;
use identifiers::*;
use money::*;
use numerals::*;
use quantities::*;
use units::*;

/// Finds every figure in `text`, in order of position.
pub fn recognize(text: &str) -> Vec<Figure> {
    recognize_tokens(text, &Tokens::new(text))
}

/// [`recognize`], on the text's tokens made beforehand (the checker makes
/// them once for the recogniser and the mentions).
pub fn recognize_tokens(text: &str, tokens: &Tokens) -> Vec<Figure> {
    let s = Scanner::new(text, tokens);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        i = step(&s, i, &mut out);
    }
    out
}

/// Recognises what starts at token `i`, pushes it, and returns where to go on.
fn step(s: &Scanner, i: usize, out: &mut Vec<Figure>) -> usize {
    if !may_start(s, i) {
        return i + 1;
    }
    if let Some(next) = skip_address(s, i) {
        return next;
    }
    if s.is_num(i)
        && s.glued(i + 1)
        && crate::one_of!(s.lw(i + 1), ["st", "nd", "rd", "th"])
        && let Some((fig, next)) = ordinal(s, i)
    {
        out.push(fig);
        return next;
    }
    // Non-quantities that look like numbers come first, so that no
    // quantity is read out of a date, a time or a name.
    for try_at in [date, time, identifier] {
        if let Some((fig, next)) = try_at(s, i) {
            out.push(fig);
            return next;
        }
    }
    if let Some(next) = numbered_kind(s, i) {
        return next;
    }
    if let Some((figs, next)) = quantity(s, i) {
        out.extend(figs);
        return next;
    }
    if let Some(next) = ages(s, i, out) {
        return next;
    }
    for try_at in [one_unit, percent_of, ordinal] {
        if let Some((fig, next)) = try_at(s, i) {
            out.push(fig);
            return next;
        }
    }
    if let Some(next) = digit_list(s, i, out) {
        return next;
    }
    i + 1
}

/// "a mile", "a dollar", "a gallon": one of a unit, stated with the article
/// (not "of a mile": a part of one).
/// Durations are left out: "a day" and "a year" are idioms more often
/// than measures.
fn one_unit(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    // "15 hundredths of an inch", "half of a mile": a part of the unit.
    if !crate::one_of!(s.lw(i), ["a", "an"]) || !s.is_word(i + 1) || i > 0 && s.lw(i - 1) == "of" {
        return None;
    }
    let w = s.lw(i + 1);
    let (kind, unit, currency) = if let Some((_, code)) = lexicon::currency_word(w)
        .filter(|_| lexicon::context(w) == Some(lexicon::Context::ArticleCurrency))
        .map(|c| ((), c))
    {
        (Kind::Money, None, Some(code))
    } else if w == "penny" || w == "cent" {
        (Kind::Money, Some("cent"), Some(if w == "penny" { "GBP" } else { "USD" }))
    } else if let Some(u) = unit_word(s, i + 1).filter(|u| {
        !matches!(u.dimension, lexicon::Dimension::Duration | lexicon::Dimension::Data)
            && w.len() > 2
            && !w.ends_with('s')
    }) {
        (Kind::Measure, Some(u.name), None)
    } else {
        return None;
    };
    let mut f = Figure::new(span(s, i, i + 2), kind);
    f.value = Some(1.0);
    f.precision = Some(1.0);
    f.unit = unit;
    f.currency = currency;
    f.in_words = true;
    Some((f, i + 2))
}

/// "aged 87", "age 87": an age stated before the number; "aged 20 to 24",
/// "aged 20-24": a band of ages, whose upper end is no figure of its own.
/// "aged one, two and seven", "ages 3 and 5": every number of a list after
/// the word is an age too, not a count of anything, until one names what it
/// counts ("aged 40, and 12 others were hurt").
fn ages(s: &Scanner, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    if !crate::one_of!(s.lw(i), ["age", "aged", "ages"]) {
        return None;
    }
    let age = |k: usize| numeral(s, k).filter(|n| n.value.fract() == 0.0 && n.value < 150.0 && !n.fraction && !n.vague);
    // "aged around 18", "aged over 60": a hedge or a bound on an age
    // leaves it an age.
    let bound = crate::one_of!(s.lw(i + 1), ["over", "under", "between"]);
    let first = if bound { i + 2 } else { quantities::hedge_before(s, i + 1).map_or(i + 1, |(_, _, k)| k) };
    let mut n = age(first)?;
    let mut f = Figure::new(span(s, i, n.end), Kind::Measure);
    (f.value, f.precision, f.unit, f.in_words) = (Some(n.value), Some(1.0), Some(lexicon::YEAR.name), n.in_words);
    if crate::one_of!(s.lw(n.end), ["to", "-", "–"])
        && let Some(upper) = age(n.end + 1).filter(|u| u.value > n.value && !u.in_words)
    {
        let mut band = Figure::new(span(s, i, upper.end), Kind::Range);
        (band.min, band.max, band.unit, band.precision) = (Some(n.value), Some(upper.value), f.unit, f.precision);
        out.push(band);
        return Some(upper.end);
    }
    out.push(f.clone());
    loop {
        let mut k = n.end + usize::from(s.is_punct(n.end, ","));
        k += usize::from(crate::one_of!(s.lw(k), ["and", "or"]));
        let Some(next) =
            age(k).filter(|m| k > n.end && (!s.is_word(m.end) || crate::one_of!(s.lw(m.end), ["and", "or", "years"])))
        else {
            return Some(n.end);
        };
        n = next;
        f.span = span(s, n.start, n.end);
        (f.value, f.in_words) = (Some(n.value), n.in_words);
        out.push(f.clone());
    }
}

/// "per cent of 22" with no number before it: the number after is the
/// percentage, as in headline style ("Per cent of 22 ...").
fn percent_of(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    let k = percent_words(s, i).or_else(|| (s.lw(i) == "percents").then_some(i + 1))?;
    if s.lw(k) != "of" || (i > 0 && (s.is_num(i - 1) || s.numeral_word_at(i - 1).is_some())) {
        return None;
    }
    let n = numeral(s, k + 1)?;
    let mut f = Figure::new(span(s, i, n.end), Kind::Percent);
    f.value = Some(n.value);
    f.precision = Some(n.precision);
    f.in_words = n.in_words;
    Some((f, n.end))
}

/// A cheap test that rules out most tokens of ordinary prose before any
/// recogniser runs.
fn may_start(s: &Scanner, i: usize) -> bool {
    match s.kind(i) {
        TokenKind::Num => true,
        TokenKind::Word => {
            // "Rs.500", "No. 5", "U.S. $5", but not the stop after a word
            // at the end of a sentence.
            let stop_then_figure = s.is_punct(i + 1, ".")
                && (s.is_num(i + 2) || s.glued(i + 2) || s.is_punct(i + 2, "$") || s.is_punct(i + 2, "-"));
            let glued_next =
                s.glued(i + 1) && (s.is_num(i + 1) || s.is_dash(i + 1) || s.is_punct(i + 1, "$") || stop_then_figure);
            glued_next
                || s.starts_figure(i)
                || (s.raw(i).len() <= 4 && s.raw(i).bytes().all(|b| b.is_ascii_uppercase()))
        }
        TokenKind::Punct => {
            let p = s.raw(i);
            crate::one_of!(p, ["+", "(", "-", "−", "–", ".", ">", "<", "≥", "≤"])
                && (s.is_num(i + 1)
                    || s.is_punct(i + 1, "=")
                    || s.is_punct(i + 1, ".")
                    || s.is_punct(i + 1, "$")
                    || s.is_dash(i + 1))
                || lexicon::CURRENCY_SYMBOLS.iter().any(|(sym, _)| *sym == p)
                || vulgar(p).is_some()
        }
    }
}

fn span(s: &Scanner, from: usize, to_excl: usize) -> Span {
    Span::new(s.start(from), s.end(to_excl - 1))
}

/// `21st`, `3rd`, `second`, `the third`, `twenty-first`.
fn ordinal(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    if s.is_num(i) && s.glued(i + 1) && crate::one_of!(s.lw(i + 1), ["st", "nd", "rd", "th"]) {
        let mut f = Figure::new(span(s, i, i + 2), Kind::Ordinal);
        f.value = parse_decimal(s.raw(i));
        return Some((f, i + 2));
    }
    if !s.is_word(i) {
        return None;
    }
    // twenty-first
    if let Some(NumeralWord::Tens(t)) = s.numeral_word_at(i)
        && s.is_dash(i + 1)
        && let Some(v) = ordinal_value(s.lw(i + 2)).filter(|v| *v < 10.0)
    {
        let mut f = Figure::new(span(s, i, i + 3), Kind::Ordinal);
        f.value = Some(t + v);
        f.in_words = true;
        return Some((f, i + 3));
    }
    let v = ordinal_value(s.lw(i)).filter(|_| s.lw(i) != "quarter")?;
    let mut f = Figure::new(span(s, i, i + 1), Kind::Ordinal);
    f.value = Some(v);
    f.in_words = true;
    Some((f, i + 1))
}

/// `22,24,26,31`: numbers listed with commas and no spaces.
fn digit_list(s: &Scanner, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
    if !s.is_num(i) || s.shape(i) != DigitShape::List {
        return None;
    }
    let base = s.start(i);
    let raw = s.raw(i);
    let mut at = 0;
    for part in crate::text::split_at(raw, b',') {
        if let Some(d) = plain_digits(part) {
            let mut f = Figure::new(Span::new(base + at, base + at + part.len()), Kind::Number);
            f.value = Some(d.value);
            f.precision = Some(d.precision);
            out.push(f);
        }
        at += part.len() + 1;
    }
    Some(i + 1)
}

/// One amount before ranges and bounds are put together.
#[derive(Clone, Debug)]
struct Amount {
    start: usize,
    end: usize,
    value: f64,
    precision: f64,
    kind: Kind,
    unit: Option<UnitDef>,
    currency: Option<&'static str>,
    in_words: bool,
    scaled: bool,
    /// The number is a bare digit string (no unit, currency, sign or scale).
    bare_digits: bool,
    /// A vague amount: `dozens`, `a few`.
    vague: bool,
    /// The rate's denominator: `an hour`.
    per: Option<&'static str>,
    /// Where the number itself starts and ends (tokens).
    num_start: usize,
    num_end: usize,
}
