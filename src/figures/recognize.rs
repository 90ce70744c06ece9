//! The recogniser: one left-to-right pass that, at each token, tries the
//! non-quantities that look like numbers (dates, times, identifiers), then
//! quantities with their hedges, bounds, currency, scale, unit and range.
//! Every attempt looks ahead a bounded number of tokens.

use super::lexicon::{self, UnitDef};
use super::scan::{DigitShape, Scanner, digit_shape, plain_digits};
use super::words::{self, Word, ordinal_value};
use super::{Approx, Bound, Figure, Kind};
use crate::text::{Span, TokenKind, Words};

/// Finds every figure in `text`, in order of position.
pub fn recognize(text: &str) -> Vec<Figure> {
    recognize_words(text, &Words::new(text))
}

/// [`recognize`], on the text's tokens made beforehand (the checker makes
/// them once for the recogniser and the mentions).
pub fn recognize_words(text: &str, words: &Words) -> Vec<Figure> {
    let s = Scanner::new(text, words);
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
        && matches!(s.lw(i + 1), "st" | "nd" | "rd" | "th")
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
    if let Some((figs, next)) = quantity(s, i) {
        out.extend(figs);
        return next;
    }
    for try_at in [age_first, one_unit, percent_of, ordinal] {
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

/// "a mile", "a dollar", "a gallon": one of a unit, stated with the article.
/// Durations are left out: "a day" and "a year" are idioms more often
/// than measures.
fn one_unit(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    if !matches!(s.lw(i), "a" | "an") || !s.is_word(i + 1) {
        return None;
    }
    let w = s.lw(i + 1);
    let (kind, unit, currency) = if let Some((_, code)) = lexicon::currency_word(w)
        .filter(|_| {
            matches!(w, "dollar" | "euro" | "rupee" | "yen" | "rouble" | "ruble" | "hryvnia" | "shekel" | "franc")
        })
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

/// "aged 87", "age 87": an age stated before the number.
fn age_first(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    if !matches!(s.lw(i), "age" | "aged") || !s.is_num(i + 1) {
        return None;
    }
    let d = plain_digits(s.raw(i + 1)).filter(|d| d.decimals == 0 && d.value < 150.0)?;
    let mut f = Figure::new(span(s, i, i + 2), Kind::Measure);
    f.value = Some(d.value);
    f.precision = Some(1.0);
    f.unit = Some(lexicon::YEAR.name);
    Some((f, i + 2))
}

/// "per cent of 22" with no number before it: the number after is the
/// percentage, as in headline style ("Per cent of 22 ...").
fn percent_of(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    let k = percent_words(s, i).or_else(|| (s.lw(i) == "percents").then_some(i + 1))?;
    if s.lw(k) != "of" || (i > 0 && (s.is_num(i - 1) || s.word_at(i - 1).is_some())) {
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
            matches!(p, "+" | "(" | "-" | "−" | "–" | "." | ">" | "<" | "≥" | "≤")
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

// ---------------------------------------------------------------------------
// Things that are not quantities

/// Web and mail addresses: nothing inside them is a figure.
fn skip_address(s: &Scanner, i: usize) -> Option<usize> {
    let w = s.lw(i);
    let url = matches!(w, "http" | "https" | "ftp") && s.is_punct(i + 1, ":") && s.glued(i + 1)
        || w == "www" && s.is_punct(i + 1, ".") && s.glued(i + 1);
    if !url {
        return None;
    }
    let mut j = i + 1;
    while j < s.len() && s.glued(j) {
        j += 1;
    }
    Some(j)
}

fn month_at(s: &Scanner, i: usize) -> bool {
    let w = s.lw(i);
    if !s.is_word(i) || !lexicon::is_month(w) {
        return false;
    }
    // "may" and "march" are verbs too; short forms must be capitalised.
    (w.len() > 3 && w != "march" && w != "may") || s.capitalised(i)
}

fn day_number(s: &Scanner, i: usize) -> Option<usize> {
    let raw = s.raw(i);
    if !s.is_num(i) || raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = raw.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    // "25th"
    if s.glued(i + 1) && matches!(s.lw(i + 1), "st" | "nd" | "rd" | "th") {
        return Some(i + 2);
    }
    Some(i + 1)
}

fn year_number(s: &Scanner, i: usize) -> bool {
    let raw = s.raw(i);
    s.is_num(i)
        && raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && (1000..=2200).contains(&raw.parse::<u32>().unwrap_or(0))
}

/// `November 25, 2024`, `25 November 2024`, `Nov. 25`, `November 2024`,
/// `25/11/2024`, `2024-11-25`.
fn date(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    let with_year = |j: usize| -> usize {
        let k = if s.is_punct(j, ",") { j + 1 } else { j };
        if year_number(s, k) { k + 1 } else { j }
    };
    if month_at(s, i) {
        let mut j = i + 1;
        if s.is_punct(j, ".") && s.glued(j) {
            j += 1;
        }
        if let Some(k) = day_number(s, j) {
            let end = with_year(k);
            return Some((Figure::new(span(s, i, end), Kind::Date), end));
        }
        if year_number(s, j) {
            return Some((Figure::new(span(s, i, j + 1), Kind::Date), j + 1));
        }
        return None;
    }
    if let Some(k) = day_number(s, i) {
        let m = if s.lw(k) == "of" { k + 1 } else { k };
        if month_at(s, m) {
            let end = with_year(m + 1);
            return Some((Figure::new(span(s, i, end), Kind::Date), end));
        }
    }
    // Numeric dates: three groups joined by one separator.
    if s.is_num(i) {
        for sep in ["/", "-", "."] {
            if s.is_punct(i + 1, sep)
                && s.glued(i + 1)
                && s.glued(i + 2)
                && s.is_num(i + 2)
                && s.is_punct(i + 3, sep)
                && s.glued(i + 3)
                && s.glued(i + 4)
                && s.is_num(i + 4)
            {
                let parts = [s.raw(i), s.raw(i + 2), s.raw(i + 4)];
                if parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) && is_date_triple(parts) {
                    return Some((Figure::new(span(s, i, i + 5), Kind::Date), i + 5));
                }
            }
        }
        // 25.11.2024 is one digit token.
        let raw = s.raw(i);
        let parts: Vec<&str> = raw.split('.').collect();
        if parts.len() == 3
            && !raw.contains(',')
            && is_date_triple([parts[0], parts[1], parts[2]])
            && parts[2].len() == 4
        {
            return Some((Figure::new(span(s, i, i + 1), Kind::Date), i + 1));
        }
    }
    None
}

fn is_date_triple(p: [&str; 3]) -> bool {
    let n: Vec<u32> = p.iter().map(|x| x.parse().unwrap_or(0)).collect();
    let day_month = |a: u32, b: u32| {
        (1..=31).contains(&a) && (1..=12).contains(&b) || (1..=12).contains(&a) && (1..=31).contains(&b)
    };
    if p[0].len() == 4 {
        return (1000..=2200).contains(&n[0]) && (1..=12).contains(&n[1]) && (1..=31).contains(&n[2]);
    }
    (p[2].len() == 4 || p[2].len() == 2) && day_month(n[0], n[1])
}

const ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst", "pdt", "msk", "ist", "jst",
    "hrs", "hours", "local",
];

fn am_pm(s: &Scanner, j: usize) -> Option<usize> {
    match s.lw(j) {
        "am" | "pm" => Some(j + 1),
        "a" | "p" if s.is_punct(j + 1, ".") && s.lw(j + 2) == "m" => {
            Some(if s.is_punct(j + 3, ".") { j + 4 } else { j + 3 })
        }
        _ => None,
    }
}

/// `11:41`, `2pm`, `11 a.m.`, `2.17pm`, `0850 GMT`.
fn time(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    if !s.is_num(i) {
        return None;
    }
    let raw = s.raw(i);
    let digits_only = raw.bytes().all(|b| b.is_ascii_digit());
    let hour: u32 = raw.split('.').next()?.parse().ok()?;
    let finish = |end: usize| -> (Figure, usize) {
        let end = am_pm(s, end).or_else(|| ZONES.contains(&s.lw(end)).then_some(end + 1)).unwrap_or(end);
        (Figure::new(span(s, i, end), Kind::Time), end)
    };
    // hh:mm[:ss]
    if digits_only && raw.len() <= 2 && hour <= 24 && s.is_punct(i + 1, ":") && s.glued(i + 1) && s.glued(i + 2) {
        let m = s.raw(i + 2);
        if s.is_num(i + 2) && m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) && m < "60" {
            let mut end = i + 3;
            if s.is_punct(end, ":") && s.glued(end) && s.is_num(end + 1) && s.raw(end + 1).len() == 2 {
                end += 2;
            }
            return Some(finish(end));
        }
    }
    // 2pm, 11 a.m., 2.17pm
    if (1..=12).contains(&hour)
        && (digits_only && raw.len() <= 2 || raw.len() <= 5 && raw.contains('.'))
        && let Some(end) = am_pm(s, i + 1)
        && s.gap(i + 1).len() <= 1
    {
        return Some((Figure::new(span(s, i, end), Kind::Time), end));
    }
    // 0850 GMT, 1430 hrs
    if digits_only
        && raw.len() == 4
        && hour <= 2359
        && hour % 100 < 60
        && matches!(s.lw(i + 1), "gmt" | "utc" | "hrs" | "hours" | "cet" | "bst" | "msk" | "est")
        && (raw.starts_with('0') || !year_number(s, i) || s.lw(i + 1) != "hours")
    {
        return Some((Figure::new(span(s, i, i + 2), Kind::Time), i + 2));
    }
    None
}

/// Names and codes with digits: `S-400`, `COVID-19`, `G7`, `5G`,
/// `Route 66`, `Boeing 737`, phone numbers, IP addresses.
fn identifier(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    let ident = |end: usize| Some((Figure::new(span(s, i, end), Kind::Identifier), end));
    // Phone numbers: +1-222-2222, (555) 123-4567.
    if s.is_punct(i, "+") && s.is_num(i + 1) && s.glued(i + 1) && (i == 0 || !s.glued(i)) {
        let mut j = i + 2;
        let mut groups = 1;
        while (s.is_num(j) && (s.glued(j) || s.gap(j) == " "))
            || (matches!(s.raw(j), "-" | "/" | "." | "(" | ")") && s.glued(j) && s.is_num(j + 1))
        {
            groups += s.is_num(j) as usize;
            j += 1;
        }
        if groups >= 2 {
            return ident(j);
        }
    }
    if s.is_punct(i, "(")
        && s.is_num(i + 1)
        && s.raw(i + 1).len() == 3
        && s.is_punct(i + 2, ")")
        && s.is_num(i + 3)
        && s.raw(i + 3).len() == 3
        && s.is_dash(i + 4)
        && s.is_num(i + 5)
        && s.raw(i + 5).len() == 4
    {
        return ident(i + 6);
    }
    if s.is_num(i) {
        let raw = s.raw(i);
        if (i == 0 || !s.glued(i) || !matches!(s.kind(i - 1), TokenKind::Word))
            && digit_shape(raw) == DigitShape::Dotted
        {
            return ident(i + 1);
        }
        // 555-123-4567: three or more digit groups joined by hyphens.
        let mut j = i;
        let mut groups = 1;
        while s.is_dash(j + 1)
            && s.glued(j + 1)
            && s.glued(j + 2)
            && s.is_num(j + 2)
            && s.raw(j + 2).bytes().all(|b| b.is_ascii_digit())
        {
            groups += 1;
            j += 2;
        }
        if groups >= 3 {
            return ident(j + 1);
        }
        // 06F6, 24703L202: digits, letters, digits, all glued.
        if s.glued(i + 1)
            && s.is_word(i + 1)
            && s.glued(i + 2)
            && (s.is_num(i + 2) || s.is_dash(i + 2) && s.glued(i + 3) && s.is_num(i + 3))
        {
            let squared = matches!(s.lw(i + 1), "m" | "km" | "mi" | "ft" | "cm" | "mm")
                && matches!(s.raw(i + 2), "2" | "3")
                && !(s.glued(i + 3) && matches!(s.kind(i + 3), TokenKind::Word | TokenKind::Num));
            let suffix = lexicon::GLUED_SCALES.iter().any(|(x, _)| *x == s.raw(i + 1)) && s.is_dash(i + 2);
            if !squared && !suffix && !matches!(s.raw(i + 1), "e" | "E" | "x") {
                return ident(extend_glued(s, i + 2));
            }
        }
        // 5G, 3D, 4WD: digits glued to capitals that are no unit, scale or currency.
        if s.glued(i + 1)
            && s.is_word(i + 1)
            && !(s.glued(i + 2) && matches!(s.kind(i + 2), TokenKind::Word | TokenKind::Num))
        {
            let w = s.raw(i + 1);
            let known = lexicon::GLUED_SCALES.iter().any(|(x, _)| *x == w)
                || unit_word(s, i + 1).is_some()
                || currency_code(w).is_some()
                || matches!(w, "RM" | "Rs")
                // "40C (104F)" is a temperature; "13F filing" names a form.
                || matches!(w, "C" | "F") && !s.is_word(i + 2) && !s.is_num(i + 2)
                || matches!(w, "G" if raw.contains('.'));
            if w.len() <= 3
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !known
                && raw.bytes().all(|b| b.is_ascii_digit())
                && raw.len() <= 2
            {
                return ident(i + 2);
            }
        }
        return None;
    }
    if !s.is_word(i) {
        return None;
    }
    let w = s.lw(i);
    // S-400, COVID-19, Su-34: letters, a hyphen, digits (and more).
    if s.is_dash(i + 1) && s.glued(i + 1) && s.is_num(i + 2) && s.glued(i + 2) {
        if matches!(w, "mid" | "pre" | "post" | "early" | "late" | "end" | "fy") && year_number(s, i + 2) {
            return Some((Figure::new(span(s, i, i + 3), Kind::Year), i + 3));
        }
        if words::word(w).is_none()
            && lexicon::currency_word(w).is_none()
            && !matches!(w, "top" | "over" | "under" | "per" | "minus" | "plus" | "and" | "or" | "to" | "from")
        {
            return ident(extend_glued(s, i + 3));
        }
    }
    // G7, MH17, A320, H5N1, covid19: letters glued to digits.
    if s.is_num(i + 1)
        && s.glued(i + 1)
        && currency_code(&s.raw(i).to_ascii_uppercase()).is_none()
        && !matches!(s.lw(i), "rs" | "rm" | "us" | "rp" | "tk" | "x" | "e")
        && (i == 0 || !s.glued(i) || !s.is_num(i - 1))
    {
        return ident(extend_glued(s, i + 2));
    }
    // Route 66, Article 5, Boeing 737, page 3, No. 10.
    if lexicon::is_label(w) && (s.capitalised(i) || !lexicon::LABELS_NEED_CAPITAL.contains(&w)) {
        let mut j = i + 1;
        if s.is_punct(j, ".") && s.glued(j) {
            j += 1;
        }
        if s.is_punct(j, "#") {
            j += 1;
        }
        let code_end = !s.glued(j + 1) || s.kind(j + 1) == TokenKind::Punct && !s.is_dash(j + 1);
        if s.is_num(j) && code_end || s.is_num(j) && s.is_word(j + 1) && s.raw(j + 1).len() <= 2 {
            let raw = s.raw(j);
            let plain = raw.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            // "Section 230" but not "Flight 17 passengers"? Labels take plain codes.
            if plain && (s.glued(j + 1) && s.is_word(j + 1) || !is_unit_after(s, j + 1)) {
                let mut end = j + 1;
                if s.glued(end) && s.is_word(end) {
                    end += 1;
                }
                return ident(end);
            }
        }
    }
    None
}

/// An identifier goes on through glued letters, digits and joiners:
/// `J1149.5+6663`, `L-202`.
fn extend_glued(s: &Scanner, mut end: usize) -> usize {
    loop {
        if s.glued(end) && matches!(s.kind(end), TokenKind::Num | TokenKind::Word) {
            end += 1;
        } else if s.glued(end)
            && (s.is_dash(end) || s.is_punct(end, "+") || s.is_punct(end, "/") || s.is_punct(end, "."))
            && s.glued(end + 1)
            && matches!(s.kind(end + 1), TokenKind::Num | TokenKind::Word)
        {
            end += 2;
        } else {
            return end;
        }
    }
}

fn is_unit_after(s: &Scanner, j: usize) -> bool {
    unit_at(s, j).is_some() || s.is_punct(j, "%") || matches!(s.lw(j), "percent" | "per")
}

/// `21st`, `3rd`, `second`, `the third`, `twenty-first`.
fn ordinal(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    if s.is_num(i) && s.glued(i + 1) && matches!(s.lw(i + 1), "st" | "nd" | "rd" | "th") {
        let mut f = Figure::new(span(s, i, i + 2), Kind::Ordinal);
        f.value = s.raw(i).parse().ok();
        return Some((f, i + 2));
    }
    if !s.is_word(i) {
        return None;
    }
    // twenty-first
    if let Some(Word::Tens(t)) = s.word_at(i)
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
    if !s.is_num(i) || digit_shape(s.raw(i)) != DigitShape::List {
        return None;
    }
    let base = s.start(i);
    let raw = s.raw(i);
    let mut at = 0;
    for part in raw.split(',') {
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

// ---------------------------------------------------------------------------
// Quantities

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

fn quantity(s: &Scanner, i: usize) -> Option<(Vec<Figure>, usize)> {
    // "a" and "an" begin a figure only before a number word ("a dozen",
    // "a third", "a few", "a couple"): rule out the rest of them at once.
    if matches!(s.lw(i), "a" | "an")
        && s.word_at(i + 1).is_none()
        && !matches!(
            s.lw(i + 1),
            "few" | "couple" | "pair" | "minimum" | "maximum" | "little" | "estimated" | "approximate"
        )
    {
        return None;
    }
    let mut j = i;
    // A hedge: "about", "nearly", "just over".
    let mut approx = None;
    let mut hedge = None;
    for (words, what) in lexicon::prefixes_starting(s.lw(j)) {
        if let lexicon::Prefix::Hedge(kind) = what
            && let Some(k) = s.phrase(j, words)
        {
            let k = if s.is_punct(k, ".") && s.glued(k) { k + 1 } else { k };
            if starts_amount(s, k) {
                approx = Some(*kind);
                hedge = Some(span(s, j, k));
                j = k;
                break;
            }
        }
    }
    // A bound: "at least", "more than", "up to", ">=".
    let mut bound = None;
    let bound_start = j;
    if let Some((b, k)) = bound_before(s, j) {
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
    if bound.is_none() {
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
                exact = true;
                j = k;
                break;
            }
        }
    }
    // "between 20 and 30", "from 20 to 30".
    let intro = match s.lw(j) {
        "between" | "from" if starts_amount(s, j + 1) => Some(j),
        _ => None,
    };
    let first = match intro {
        Some(k) => amount(s, k + 1)?,
        None => amount(s, j)?,
    };
    let fig_start = if bound.is_some() || exact { bound_start } else { intro.unwrap_or(first.start) };

    if first.vague {
        // "dozens" means at least two dozen; "a few" is only about three.
        let mut f = to_figure(s, &first, fig_start, first.end);
        f.approx = Some(Approx::Vague);
        f.hedge = hedge;
        if first.value >= 24.0 || bound.is_some() {
            f.bound = Some(bound.unwrap_or(Bound::AtLeast));
            f.min = f.value;
        }
        return Some((vec![f], first.end));
    }

    // A range: "20-30", "20 to 30", "between 20 and 30".
    if let Some((lo, hi, end)) = range_tail(s, &first, intro, i) {
        let mut f = to_figure(s, &hi, fig_start, end);
        f.kind = if hi.kind == Kind::Number { Kind::Range } else { hi.kind };
        f.value = None;
        f.min = Some(lo.value);
        f.max = Some(hi.value);
        f.precision = Some(lo.precision.max(hi.precision));
        f.in_words = lo.in_words && hi.in_words;
        f.approx = approx;
        f.hedge = hedge;
        if year_range(&lo, &hi) {
            // "2012-13" ends in 2013.
            f.kind = Kind::Year;
            if hi.value < 100.0 {
                f.max = Some((lo.value / 100.0).floor() * 100.0 + hi.value);
            }
        }
        return Some((vec![f], end));
    }
    let mut end = first.end;
    let mut f = to_figure(s, &first, if intro.is_some() { first.start } else { fig_start }, end);
    // A bound after: "20 or more".
    if bound.is_none() {
        for (p, b) in lexicon::BOUNDS_AFTER {
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
                bound = Some(*b);
                end = k;
                f.span.end = s.end(k - 1);
                break;
            }
        }
        if bound.is_none() && s.is_punct(end, "+") && s.glued(end) && !starts_amount(s, end + 1) {
            bound = Some(Bound::AtLeast);
            f.span.end = s.end(end);
            end += 1;
        }
    }
    // "or so" loosens like "about".
    if approx.is_none() && s.lw(end) == "or" && s.lw(end + 1) == "so" {
        approx = Some(Approx::About);
        hedge = Some(span(s, end, end + 2));
        end += 2;
    }
    // "is equal to 10 dm" compares two measures; only a bare number is
    // stated as exact this way ("equal to 20").
    if exact && first.kind != Kind::Number {
        f.span.start = s.start(first.start);
    }
    if exact && bound.is_none() && first.kind == Kind::Number {
        f.min = f.value;
        f.max = f.value;
    }
    if let Some(b) = bound {
        f.bound = Some(b);
        match b {
            Bound::AtLeast | Bound::MoreThan => f.min = f.value,
            Bound::AtMost | Bound::LessThan => f.max = f.value,
        }
        // "more than 5000 or equal to": the bound includes its value.
        if s.lw(end) == "or"
            && s.lw(end + 1) == "equal"
            && !starts_amount(s, end + 2 + (s.lw(end + 2) == "to") as usize)
        {
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
    }
    f.approx = approx.or(f.approx);
    f.hedge = hedge;
    // "the 1990s", "1980s": a decade is a span of years.
    if f.kind == Kind::Number
        && first.bare_digits
        && year_number(s, first.num_start)
        && s.glued(end)
        && s.raw(end) == "s"
    {
        let mut y = Figure::new(span(s, first.num_start, end + 1), Kind::Year);
        y.min = f.value;
        y.max = f.value.map(|v| v + 9.0);
        return Some((vec![y], end + 1));
    }
    // Years and "one" the pronoun.
    if f.kind == Kind::Number && bound.is_none() && is_year(s, &first) {
        let mut y = Figure::new(f.span, Kind::Year);
        y.value = f.value;
        return Some((vec![y], end));
    }
    if is_pronoun_one(s, &first) {
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
fn bound_before(s: &Scanner, j: usize) -> Option<(Bound, usize)> {
    for (words, what) in lexicon::prefixes_starting(s.lw(j)) {
        if let lexicon::Prefix::Bound(b) = what
            && let Some(k) = s.phrase(j, words)
            && starts_amount(s, k)
        {
            return Some((*b, k));
        }
    }
    if j > 0 && s.glued(j) && matches!(s.raw(j - 1), "<" | ">" | "=") {
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
fn other_bound(s: &Scanner, end: usize, first: Bound) -> Option<(Bound, Amount, usize)> {
    // Only a conjunction joins two bounds into one range: "under 5, more
    // than half" in a list is two figures.
    let mut k = end;
    if s.is_punct(k, ",") {
        k += 1;
    }
    if !matches!(s.lw(k), "and" | "but") {
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

fn year_range(lo: &Amount, hi: &Amount) -> bool {
    lo.bare_digits
        && hi.bare_digits
        && (1000.0..=2200.0).contains(&lo.value)
        && lo.precision == 1.0
        && (hi.value <= 99.0 || (1000.0..=2200.0).contains(&hi.value))
}

/// Could an amount start at token `k`?
fn starts_amount(s: &Scanner, k: usize) -> bool {
    s.amount_starts_at(k, || starts_amount_uncached(s, k))
}

fn starts_amount_uncached(s: &Scanner, k: usize) -> bool {
    s.is_num(k)
        || s.word_at(k).is_some()
        || matches!(
            s.lw(k),
            "a" | "an"
                | "minus"
                | "negative"
                | "between"
                | "from"
                | "point"
                | "half"
                | "few"
                | "tens"
                | "single"
                | "equal"
                | "equals"
                | "equaling"
                | "equalling"
        )
        || currency_prefix(s, k).is_some()
        || (s.is_punct(k, ".") || s.is_dash(k)) && s.is_num(k + 1)
        || s.is_dash(k) && s.is_punct(k + 1, ".") && s.is_num(k + 2)
        || vulgar(s.raw(k)).is_some()
}

fn to_figure(s: &Scanner, a: &Amount, start_tok: usize, end_tok: usize) -> Figure {
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

/// Is this bare four-digit number a year? News writes counts of thousands
/// with a comma, so a bare 1900–2100 is a year unless a counted noun or a
/// unit follows it; earlier years need a cue ("in 1066", "since 1800").
fn is_year(s: &Scanner, a: &Amount) -> bool {
    if !a.bare_digits || a.num_end != a.num_start + 1 || !year_number(s, a.num_start) {
        return false;
    }
    let v = a.value;
    let before = if a.num_start > 0 { s.lw(a.num_start - 1) } else { "" };
    const CUES: &[&str] = &[
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "of",
        "early",
        "late",
        "mid",
        "during",
        "before",
        "after",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "year",
        "fiscal",
        "fy",
        "the",
        "to",
        "and",
        "between",
        "through",
        "circa",
        "c",
        "season",
        "election",
        "census",
        "than",
        "as",
        "for",
        "at",
        "on",
        "within",
        "around",
        "throughout",
    ];
    // "in 2022", "since 1800", "March 2022": a cue word or a month before it.
    if (CUES.contains(&before) || lexicon::is_month(before)) && (1000.0..=2200.0).contains(&v) {
        return true;
    }
    if !(1900.0..=2100.0).contains(&v) {
        return false;
    }
    // "2000 troops": a plural noun after it makes it a count.
    let next = s.raw(a.num_end);
    let plural_noun = s.is_word(a.num_end)
        && next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && next.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            next,
            "elections"
                | "olympics"
                | "games"
                | "finals"
                | "results"
                | "polls"
                | "accounts"
                | "figures"
                | "rules"
                | "protests"
                | "talks"
                | "levels"
                | "prices"
                | "sales"
                | "earnings"
                | "numbers"
                | "events"
                | "attacks"
                | "floods"
                | "riots"
                | "budgets"
                | "midterms"
                | "primaries"
                | "reforms"
                | "sanctions"
                | "standards"
                | "estimates"
                | "records"
                | "forecasts"
                | "plans"
                | "targets"
        );
    !plural_noun
}

fn is_pronoun_one(s: &Scanner, a: &Amount) -> bool {
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
    // "one of the most", "one of the best": a superlative makes it a pronoun.
    if after == "of" && s.lw(k + 2) == "the" {
        let w = s.lw(k + 3);
        return matches!(
            w,
            "most"
                | "least"
                | "best"
                | "worst"
                | "few"
                | "many"
                | "first"
                | "last"
                | "main"
                | "key"
                | "top"
                | "major"
                | "leading"
                | "largest"
                | "biggest"
                | "only"
        ) || (w.ends_with("est") && w.len() > 4);
    }
    false
}

/// The second half of a range after `first`.
fn range_tail(
    s: &Scanner,
    first: &Amount,
    intro: Option<usize>,
    hedge_start: usize,
) -> Option<(Amount, Amount, usize)> {
    let e = first.end;
    let intro_word = intro.map(|k| s.lw(k));
    // "8- to 16-meter": a suspended hyphen before "to".
    let e = if s.is_dash(e) && s.glued(e) && s.lw(e + 1) == "to" && s.is_num(e + 2) { e + 1 } else { e };
    let connector = if s.is_dash(e) || s.is_punct(e, "~") {
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
    if intro_word == Some("between") && !matches!(s.lw(e), "and" | "to") {
        return None;
    }
    let dash = s.is_dash(e) || s.is_punct(e, "~");
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
    // "rose from 1,586 to 1,804" is a change, not a range.
    if !dash && intro_word != Some("between") {
        let from = intro.unwrap_or(first.start);
        let lo = from.saturating_sub(4).min(hedge_start);
        if (lo..from).any(|t| lexicon::CHANGE_WORDS.contains(&s.lw(t))) {
            return None;
        }
        if intro.is_none()
            && !matches!(second.kind, Kind::Number)
            && first.kind != second.kind
            && first.kind != Kind::Number
        {
            return None;
        }
    }
    let mut lo = first.clone();
    // The first takes the second's scale, unit and kind when it has none:
    // "1.5 to 2 million", "20-30%", "10-20 dollars".
    if lo.kind == Kind::Number && second.kind != Kind::Number {
        lo.kind = second.kind;
        lo.unit = second.unit;
        lo.currency = second.currency;
    }
    if !lo.scaled && second.scaled && lo.num_end == lo.end {
        let scale = scale_of(&second);
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

fn scale_of(a: &Amount) -> f64 {
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

fn currency_code(w: &str) -> Option<&'static str> {
    lexicon::iso_code(w)
}

/// `MUSD`, `MEUR`: millions of a currency, as financial copy writes them.
fn million_code(w: &str) -> Option<&'static str> {
    w.strip_prefix('M').filter(|r| r.len() == 3).and_then(currency_code)
}

/// A currency written before the amount: `$`, `US$`, `£`, `USD`, `Rs.`.
/// Returns the code and the token index of the amount.
fn currency_prefix(s: &Scanner, i: usize) -> Option<(&'static str, usize)> {
    let raw = s.raw(i);
    let next_ok = |k: usize| {
        (s.is_num(k)
            || s.is_dash(k) && s.glued(k + 1) && s.is_num(k + 1)
            || s.is_punct(k, ".") && s.is_num(k + 1)
            || s.word_at(k).is_some()
            || matches!(s.lw(k), "a" | "an"))
        .then_some(k)
    };
    // Every currency symbol but `$` is outside ASCII: skip the table for words.
    let maybe_symbol = raw == "$" || raw.as_bytes().first().is_some_and(|&b| b >= 0x80);
    if maybe_symbol && let Some((_, code)) = lexicon::CURRENCY_SYMBOLS.iter().find(|(sym, _)| *sym == raw) {
        return next_ok(i + 1).map(|k| (*code, k));
    }
    if s.is_word(i) {
        // Most words are no currency: rule them out before any table.
        let lw = s.lw(i);
        let candidate = s.is_punct(i + 1, "$")
            || s.is_punct(i + 1, ".")
            || raw.len() <= 4 && raw.bytes().all(|b| b.is_ascii_uppercase())
            || matches!(raw, "Rs" | "Rp" | "Tk")
            || lexicon::currency_nation(lw).is_some()
            || lexicon::currency_word(lw).is_some();
        if !candidate {
            return None;
        }
        // US$, C$, HK$, and the spaced lower-case "us $" of tokenised copy.
        if s.is_punct(i + 1, "$")
            && (s.glued(i + 1) || matches!(raw, "us" | "hk" | "c" | "nz" | "nt") && s.gap(i + 1) == " ")
            && let upper = raw.to_ascii_uppercase()
            && let Some(code) = lexicon::DOLLAR_PREFIXES
                .iter()
                .find(|(p, _)| *p == upper)
                .map(|(_, c)| *c)
                .or_else(|| currency_code(&upper))
        {
            return next_ok(i + 2).map(|k| (code, k));
        }
        // "u.s $"
        if s.lw(i) == "u" && s.is_punct(i + 1, ".") && s.lw(i + 2) == "s" && s.is_punct(i + 3, "$") {
            return next_ok(i + 4).map(|k| ("USD", k));
        }
        if let Some(code) = currency_code(raw).or_else(|| million_code(raw)) {
            return next_ok(i + 1).filter(|&k| s.is_num(k)).map(|k| (code, k));
        }
        if matches!(raw, "Rs" | "RM" | "Rp" | "Tk") {
            let k = if s.is_punct(i + 1, ".") && s.glued(i + 1) { i + 2 } else { i + 1 };
            let code = match raw {
                "Rs" => "INR",
                "RM" => "MYR",
                "Rp" => "IDR",
                _ => "BDT",
            };
            return next_ok(k).filter(|&k| s.is_num(k)).map(|k| (code, k));
        }
        // "ringgit 42", "malaysian ringgit 42": a currency name before digits.
        let mut k = i;
        if lexicon::currency_nation(s.lw(k)).is_some() && s.is_word(k + 1) {
            k += 1;
        }
        if let Some(code) = lexicon::currency_word(s.lw(k))
            && code == "MYR"
            && s.is_num(k + 1)
        {
            return Some((nation_code(s, i, k).unwrap_or(code), k + 1));
        }
    }
    None
}

fn nation_code(s: &Scanner, nation: usize, word: usize) -> Option<&'static str> {
    if nation == word {
        return None;
    }
    lexicon::currency_nation(s.lw(nation))
}

/// `½` and friends.
fn vulgar(raw: &str) -> Option<f64> {
    Some(match raw {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// One amount: a number with what stands around it.
fn amount(s: &Scanner, i: usize) -> Option<Amount> {
    let mut j = i;
    let mut currency = None;
    if let Some((code, k)) = currency_prefix(s, j) {
        currency = Some(code);
        j = k;
    }
    // A sign.
    let word_sign = matches!(s.lw(j), "minus" | "negative")
        && (s.is_num(j + 1) || s.word_at(j + 1).is_some() || s.lw(j + 1) == "point");
    // A minus glued to the number and not to a word before it ("S-400").
    let dash_sign = (s.is_dash(j) || s.is_punct(j, "−"))
        && (s.is_num(j + 1) || s.is_punct(j + 1, ".") && s.is_num(j + 2))
        && s.glued(j + 1)
        && (j == 0 || !s.glued(j) || !matches!(s.kind(j - 1), TokenKind::Word | TokenKind::Num));
    let negative = word_sign || dash_sign;
    if negative {
        j += 1;
    }
    if currency.is_none()
        && let Some((code, k)) = currency_prefix(s, j)
    {
        currency = Some(code);
        j = k;
    }
    let mut n = numeral(s, j)?;
    if negative {
        n.value = -n.value;
    }
    let mut a = Amount {
        start: i,
        end: n.end,
        value: n.value,
        precision: n.precision,
        kind: Kind::Number,
        unit: None,
        currency,
        in_words: n.in_words,
        scaled: n.scaled,
        bare_digits: !n.in_words && !n.scaled && !n.fraction && !negative && currency.is_none() && n.end == j + 1,
        vague: n.vague,
        per: None,
        num_start: j,
        num_end: n.end,
    };
    // A scale glued to digits or spaced after them: 10k, $3bn, £4.5m, 1.2M, 10 bln.
    if !a.scaled
        && !a.in_words
        && let Some((sc, k)) = glued_scale(s, a.end, currency.is_some(), a.value.fract() != 0.0)
    {
        a.value *= sc;
        a.precision *= sc;
        a.end = k;
        a.scaled = true;
        a.bare_digits = false;
    }
    // "MAUD 60" is 60 million Australian dollars.
    if currency.is_some() && million_code(s.raw(i)).is_some() {
        a.value *= 1e6;
        a.precision *= 1e6;
        a.scaled = true;
    }
    if currency.is_some() {
        a.kind = Kind::Money;
        // "$20 and 43c", "$20 43 cents".
        minor_units(s, &mut a);
        if let Some((per, end)) = rate_denominator(s, a.end) {
            a.per = Some(per);
            a.end = end;
        }
        return Some(a);
    }
    let e = a.end;
    if n.vague {
        return Some(a);
    }
    // Percent and percentage points.
    if s.is_punct(e, "%") || s.is_punct(e, "٪") {
        a.kind = Kind::Percent;
        a.end = e + 1;
        if s.lw(a.end) == "points" || s.lw(a.end) == "point" {
            a.kind = Kind::Points;
            a.end += 1;
        }
    } else if let Some(k) = percent_words(s, e) {
        a.kind = Kind::Percent;
        a.end = k;
        if matches!(s.lw(k), "point" | "points") && s.lw(k - 1).starts_with("percentage") {
            a.kind = Kind::Points;
            a.end = k + 1;
        }
    } else if matches!(s.lw(e), "pp" | "ppt" | "ppts")
        || s.phrase(e, &["percentage", "points"]).is_some()
        || s.phrase(e, &["percentage", "point"]).is_some()
    {
        a.kind = Kind::Points;
        a.end = if s.lw(e) == "percentage" { e + 2 } else { e + 1 };
    } else if let Some((code, k)) = currency_suffix(s, e) {
        a.kind = Kind::Money;
        a.currency = Some(code);
        a.end = k;
        if million_code(s.raw(k - 1)).is_some() && !a.scaled {
            a.value *= 1e6;
            a.precision *= 1e6;
            a.scaled = true;
        }
        if !a.scaled
            && let Some(Word::Scale(sc)) = s.word_at(k)
            && sc >= 1e6
            && !s.lw(k).ends_with('s')
        {
            a.value *= sc;
            a.precision *= sc;
            a.scaled = true;
            a.end = k + 1;
        }
        if s.raw(k - 1) == "¢" {
            a.currency = Some("USD");
            a.unit = Some(lexicon::CENT);
        }
        minor_units(s, &mut a);
    } else if let Some((code, k)) = minor_suffix(s, e) {
        // "50 cents" keeps its stated value; the unit says it is hundredths.
        a.kind = Kind::Money;
        a.currency = Some(code);
        a.unit = Some(lexicon::CENT);
        a.end = k;
    } else if let Some((u, k)) = unit_at(s, e) {
        a.kind = Kind::Measure;
        a.unit = Some(u);
        a.end = k;
        // "5 ft 2 in", "5 feet and 2 inches": one height.
        if matches!(u.name, "foot" | "lb") {
            let mut m = k;
            if s.lw(m) == "and" {
                m += 1;
            }
            if let Some(d) = plain_digits(s.raw(m)).filter(|_| s.is_num(m)) {
                let (small, per) = if u.name == "foot" { ("inch", 12.0) } else { ("oz", 16.0) };
                let unit_end = match s.lw(m + 1) {
                    "in" | "inch" | "inches" if small == "inch" => Some(m + 2),
                    "oz" | "ounce" | "ounces" if small == "oz" => Some(m + 2),
                    _ => None,
                };
                if let Some(end) = unit_end
                    && d.value < per
                {
                    a.value += d.value / per;
                    a.precision = d.precision / per;
                    a.end = end;
                }
            }
        }
        // "29 years old", "3 years of age".
        if u.dimension == lexicon::Dimension::Duration {
            if s.lw(k) == "old" {
                a.end = k + 1;
            } else if s.lw(k) == "of" && s.lw(k + 1) == "age" {
                a.end = k + 2;
            }
        }
    }
    if a.kind != Kind::Number {
        a.bare_digits = false;
    }
    if matches!(a.kind, Kind::Money | Kind::Measure)
        && let Some((per, end)) = rate_denominator(s, a.end)
    {
        a.per = Some(per);
        a.end = end;
    }
    Some(a)
}

/// `/hour`, `per kg`, `a share`, `an hour` after an amount. A slash is
/// part of the figure's text (`$15.4/hour`); "per kg" and "a share" stand
/// after it, so the returned end stays at `e` for them.
fn rate_denominator(s: &Scanner, e: usize) -> Option<(&'static str, usize)> {
    let (per, end) = rate_words(s, e)?;
    Some((per, if s.is_punct(e, "/") { end } else { e }))
}

fn rate_words(s: &Scanner, e: usize) -> Option<(&'static str, usize)> {
    let k = match s.lw(e) {
        "per" | "a" | "an" => e + 1,
        "/" if s.glued(e) && s.glued(e + 1) => e + 1,
        _ => return None,
    };
    // "a share" but not "a year ago" or "a day earlier": a rate ends there.
    let w = s.lw(k);
    let (_, per) =
        lexicon::RATE_DENOMINATORS.iter().find(|(x, _)| *x == w || x.len() > 2 && w.strip_suffix('s') == Some(x))?;
    if s.lw(e) != "per"
        && s.lw(e) != "/"
        && matches!(s.lw(k + 1), "ago" | "earlier" | "later" | "before" | "after" | "old")
    {
        return None;
    }
    // "km/ms", "J/m^2"
    let mut end = k + 1;
    if s.is_punct(end, "^") && s.glued(end) && s.is_num(end + 1) {
        end += 2;
    }
    Some((per, end))
}

/// `percent`, `per cent`, `pct`, `percentage`.
fn percent_words(s: &Scanner, e: usize) -> Option<usize> {
    match s.lw(e) {
        "percent" | "percents" | "pct" | "pc" => Some(e + 1),
        "percentage" if s.lw(e + 1) != "points" && s.lw(e + 1) != "point" => Some(e + 1),
        "per" if matches!(s.lw(e + 1), "cent" | "cents") => Some(e + 2),
        _ => None,
    }
}

fn glued_scale(s: &Scanner, e: usize, money: bool, has_fraction: bool) -> Option<(f64, usize)> {
    let w = s.raw(e);
    if s.glued(e) && s.is_word(e) {
        if let Some((_, v)) = lexicon::GLUED_SCALES.iter().find(|(x, _)| *x == w) {
            // "4.5m" alone is metres, "$4.5m" is millions; "3b" needs money.
            if !s.glued(e + 1) || s.is_punct(e + 1, "$") || !s.is_word(e + 1) {
                return Some((*v, e + 1));
            }
        }
        if money && matches!(w, "m" | "mn") {
            return Some((1e6, e + 1));
        }
        if money && matches!(w, "T" | "tr") {
            return Some((1e12, e + 1));
        }
        // ".0012G" is giga; "5G" is a network.
        if matches!(w, "G") && !s.glued(e + 1) && has_fraction {
            return Some((1e9, e + 1));
        }
        return None;
    }
    // Spaced: "10 bln", "2.33 k", "1,674.5 G", "1,674,200.5 M".
    let lw = s.lw(e);
    if let Some((_, v)) = lexicon::SCALE_WORDS.iter().find(|(x, _)| *x == lw)
        && (*v >= 1e3 && !lw.ends_with('s') || matches!(lw, "lakhs" | "crores"))
    {
        return Some((*v, e + 1));
    }
    match w {
        "k" | "K" if !s.is_word(e + 1) || !s.lw(e + 1).is_empty() => {
            if s.gap(e).len() <= 2 && !s.is_word(e + 1) {
                Some((1e3, e + 1))
            } else {
                None
            }
        }
        "M" | "G" if !s.is_word(e + 1) && s.gap(e) == " " => Some((if w == "M" { 1e6 } else { 1e9 }, e + 1)),
        _ => None,
    }
}

/// Money named after the amount: `10$`, `20€`, `500 USD`, `20 euros`,
/// `42 Lebanese pounds`, `3.14US$`.
fn currency_suffix(s: &Scanner, e: usize) -> Option<(&'static str, usize)> {
    // "one-yen bid", "a 12-cent dividend"
    if s.is_dash(e) && s.glued(e) && s.glued(e + 1) && s.is_word(e + 1) {
        return currency_suffix(s, e + 1);
    }
    let raw = s.raw(e);
    if let Some((_, code)) = lexicon::CURRENCY_SYMBOLS.iter().find(|(sym, _)| *sym == raw) {
        // "€ur"
        if raw == "€" && s.glued(e + 1) && s.lw(e + 1) == "ur" {
            return Some((code, e + 2));
        }
        return Some((code, e + 1));
    }
    if !s.is_word(e) {
        return None;
    }
    if s.is_punct(e + 1, "$")
        && s.glued(e + 1)
        && let Some((_, code)) = lexicon::DOLLAR_PREFIXES.iter().find(|(p, _)| *p == raw)
    {
        return Some((code, e + 2));
    }
    if let Some(code) = million_code(raw) {
        return Some((code, e + 1));
    }
    if let Some(code) = million_code(raw) {
        return Some((code, e + 1));
    }
    if let Some(code) = currency_code(raw).or_else(|| {
        if raw.len() == 3 && raw.chars().all(|c| c.is_ascii_lowercase()) {
            currency_code(&raw.to_ascii_uppercase()).filter(|c| !matches!(*c, "ALL" | "TRY" | "PHP" | "MAD"))
        } else {
            None
        }
    }) {
        // "75 USD million"
        if let Some((_, sc)) = lexicon::SCALE_WORDS.iter().find(|(x, v)| *x == s.lw(e + 1) && *v >= 1e6) {
            let _ = sc;
        }
        return Some((code, e + 1));
    }
    if matches!(raw, "Rs" | "RM") {
        return Some((if raw == "Rs" { "INR" } else { "MYR" }, e + 1));
    }
    // "L.E", "l.e."
    if s.lw(e) == "l" && s.is_punct(e + 1, ".") && s.lw(e + 2) == "e" {
        let end = if s.is_punct(e + 3, ".") { e + 4 } else { e + 3 };
        return Some(("EGP", end));
    }
    let mut k = e;
    let nation = lexicon::currency_nation(s.lw(e));
    if nation.is_some() {
        k += 1;
        if s.lw(k) == "kong" || s.lw(k) == "zealand" || s.lw(k) == "african" || s.lw(k) == "taiwan" {
            k += 1;
        }
    }
    let w = s.lw(k);
    // "pounds" alone is weight; "pounds sterling", "Lebanese pounds" and
    // "361 million pounds" are money.
    let after_millions = e > 0 && matches!(s.word_at(e - 1), Some(Word::Scale(sc)) if sc >= 1e6);
    if w.starts_with("pound") && (nation.is_some() || s.lw(k + 1) == "sterling" || after_millions) {
        let end = if s.lw(k + 1) == "sterling" { k + 2 } else { k + 1 };
        return Some((nation.unwrap_or("GBP"), end));
    }
    let code = &lexicon::currency_word(w)?;
    if matches!(w, "rs" | "rm" | "le" | "real" | "rand" | "btc")
        && !s.glued(k)
        && nation.is_none()
        && !matches!(w, "le")
    {
        return None;
    }
    // "pounds" of weight: "two pounds of cocaine", "a 5-pound bag".
    if w.starts_with("pound") && nation.is_none() && s.lw(k + 1) == "of" {
        return None;
    }
    Some((nation.unwrap_or(code), k + 1))
}

/// Cents on their own: `50 cents`, `10¢`, `50p`, `ten pennies`.
fn minor_suffix(s: &Scanner, e: usize) -> Option<(&'static str, usize)> {
    if s.is_dash(e) && s.glued(e) && s.glued(e + 1) && matches!(s.lw(e + 1), "cent" | "penny") {
        return Some((if s.lw(e + 1) == "penny" { "GBP" } else { "USD" }, e + 2));
    }
    let w = s.lw(e);
    if !lexicon::MINOR_CURRENCY.contains(&w) {
        return None;
    }
    // "40C" is a temperature; cents are a lower-case "c": "11c".
    if s.raw(e) == "C" {
        return None;
    }
    // Single letters only when glued or, for "c", standing alone: "11c", "10 c".
    if matches!(w, "c" | "p") && !s.glued(e) && s.is_word(e + 1) {
        return None;
    }
    if matches!(w, "p") && !s.glued(e) {
        return None;
    }
    let code = if matches!(w, "p" | "pence" | "penny" | "pennies") {
        "GBP"
    } else if w.starts_with("kop") {
        "UAH"
    } else if w.starts_with("sen") {
        "MYR"
    } else if w == "paise" {
        "INR"
    } else {
        "USD"
    };
    Some((code, e + 1))
}

/// Cents after a whole money amount: `$20 and 43c`, `20 dollars 43 cents`,
/// `US$3 and fourteen`, `20 Rupees 43`.
fn minor_units(s: &Scanner, a: &mut Amount) {
    if a.value.fract() != 0.0 || a.scaled {
        return;
    }
    let mut k = a.end;
    let and = s.lw(k) == "and";
    if and {
        k += 1;
    }
    let Some(n) = numeral(s, k) else { return };
    if n.value.fract() != 0.0 || n.value >= 100.0 || n.value < 0.0 || n.scaled {
        return;
    }
    let after = n.end;
    let cents = if lexicon::MINOR_CURRENCY.contains(&s.lw(after)) && (s.glued(after) || s.lw(after) != "p") {
        Some(after + 1)
    } else if s.tok(after).is_none()
        || (!s.is_word(after) && !s.is_num(after) && !s.is_punct(after, "%") && !s.is_punct(after, "-"))
    {
        // "$20 43" or "US$3 and fourteen" at the end of a phrase.
        let named = a.end > 0 && s.is_word(a.end - 1);
        (and || named || !s.glued(k)).then_some(after)
    } else {
        None
    };
    if let Some(end) = cents {
        if !and
            && !s.is_word(a.end - 1)
            && !lexicon::MINOR_CURRENCY.contains(&s.lw(after))
            && !s.is_punct(a.num_start.saturating_sub(1), "$")
        {
            return;
        }
        a.value += n.value / 100.0;
        a.precision = 0.01;
        a.end = end;
    }
}

/// A unit after a number: `19 miles`, `30km`, `2.5-mile`, `°C`, `square
/// kilometres`, `miles an hour`.
fn unit_at(s: &Scanner, e: usize) -> Option<(UnitDef, usize)> {
    let mut k = e;
    // "2.5-mile", "six-mile", "10-year-old"
    let hyphenated = s.is_dash(k) && s.glued(k) && s.glued(k + 1) && s.is_word(k + 1);
    if hyphenated {
        k += 1;
    }
    // Degree signs: "10°C", "50 °F", "100° Celsius", "100°".
    if s.is_punct(k, "°") || s.is_punct(k, "º") {
        let unit = match s.lw(k + 1) {
            "c" if s.glued(k + 1) => (lexicon::CELSIUS, k + 2),
            "f" if s.glued(k + 1) => (lexicon::FAHRENHEIT, k + 2),
            "celsius" | "centigrade" => (lexicon::CELSIUS, k + 2),
            "fahrenheit" => (lexicon::FAHRENHEIT, k + 2),
            _ => (lexicon::DEGREE, k + 1),
        };
        return Some(unit);
    }
    if s.is_punct(k, "℃") {
        return Some((lexicon::CELSIUS, k + 1));
    }
    if s.is_punct(k, "℉") {
        return Some((lexicon::FAHRENHEIT, k + 1));
    }
    if !s.is_word(k) {
        return None;
    }
    if lexicon::may_start_unit_phrase(s.lw(k)) {
        for (phrase, u) in lexicon::UNIT_PHRASES {
            if let Some(end) = phrase_plural(s, k, phrase) {
                return Some((*u, end));
            }
        }
    }
    if matches!(s.lw(k), "degree" | "degrees") {
        // "100 degrees", "30 degrees Celsius" (phrases above), not "a degree in".
        return if s.lw(k) == "degrees" { Some((lexicon::DEGREE, k + 1)) } else { None };
    }
    let raw = s.raw(k);
    let glued = s.glued(k);
    if raw.len() <= 3 {
        if let Some((_, u)) = lexicon::CASED_UNITS.iter().find(|(x, _)| *x == raw) {
            // Single-letter units only glued ("4.5m", "30l") or spaced at the end of a phrase ("30 l").
            let single = raw.len() == 1;
            // "L-202", "m212": a letter glued to digits is a code, not a unit.
            let power = matches!(s.raw(k + 1), "2" | "3")
                && !(s.glued(k + 2) && matches!(s.kind(k + 2), TokenKind::Word | TokenKind::Num));
            if single && s.glued(k + 1) && !power && (s.is_num(k + 1) || s.is_dash(k + 1) && s.is_num(k + 2)) {
                return None;
            }
            if !single
                || glued
                || !s.is_word(k + 1) && !s.is_num(k + 1)
                || matches!(raw, "m" | "L" | "t") && !matches!(s.lw(k + 1), "and" | "or")
            {
                if raw == "K" && !glued {
                    return None;
                }
                return Some(compound_unit(s, *u, k + 1));
            }
            return None;
        }
        // "40C", "104F)": temperatures, but not "14.7C/" (cents a share) or a code.
        if glued
            && matches!(raw, "C" | "F")
            && !s.is_punct(k + 1, "/")
            && !(s.glued(k + 1) && matches!(s.kind(k + 1), TokenKind::Word | TokenKind::Num))
        {
            return Some((if raw == "C" { lexicon::CELSIUS } else { lexicon::FAHRENHEIT }, k + 1));
        }
    }
    // "2 in thick", "a pencil 2 in." : inches only where "in" cannot start a phrase.
    if s.lw(k) == "in" {
        let next = s.lw(k + 1);
        let ends = s.tok(k + 1).is_none()
            || matches!(
                next,
                "." | "," | ";" | ")" | "thick" | "long" | "wide" | "tall" | "high" | "deep" | "across" | "diameter"
            );
        return ends.then_some((lexicon::INCH, k + 1));
    }
    let (u, end) = unit_word(s, k).map(|u| (u, k + 1))?;
    Some(compound_unit(s, u, end))
}

/// What can follow a unit and change it: `km2`, `km²`, `km^3`, `km/h`.
fn compound_unit(s: &Scanner, u: UnitDef, end: usize) -> (UnitDef, usize) {
    if u.dimension == lexicon::Dimension::Length && s.glued(end) {
        let power = match s.raw(end) {
            "2" | "²" => Some((2, end + 1)),
            "3" | "³" => Some((3, end + 1)),
            "^" if matches!(s.raw(end + 1), "2" | "3") => Some((if s.raw(end + 1) == "2" { 2 } else { 3 }, end + 2)),
            _ => None,
        };
        if let Some((p, e)) = power
            && !(s.glued(e) && matches!(s.kind(e), TokenKind::Word | TokenKind::Num))
        {
            let squared = match (u.name, p) {
                ("km", 2) => Some(lexicon::SQ_KM),
                ("m", 2) => Some(lexicon::SQ_M),
                ("mile", 2) => Some(lexicon::SQ_MI),
                ("foot", 2) => Some(lexicon::SQ_FT),
                ("km", 3) => Some(lexicon::CUBIC_KM),
                ("m", 3) => Some(lexicon::CUBIC_M),
                _ => None,
            };
            if let Some(sq) = squared {
                return (sq, e);
            }
        }
    }
    if u.name == "km" && s.is_punct(end, "/") && s.glued(end) && matches!(s.lw(end + 1), "h" | "hr") {
        return (lexicon::KMH, end + 2);
    }
    (u, end)
}

/// A one-word unit at token `k`, trying the plural `s`.
fn unit_word(s: &Scanner, k: usize) -> Option<UnitDef> {
    let w = s.lw(k);
    if w.len() < 2 {
        return None;
    }
    let find = lexicon::unit_named;
    let u = find(w).or_else(|| w.strip_suffix('s').filter(|st| st.len() > 2).and_then(find))?;
    // "in", "ha", "mi", "min" and the like are ordinary words too: only
    // after a number and not before a word that makes them something else.
    if matches!(w, "ha" | "mi" | "min" | "sec" | "gal" | "yd" | "hr")
        && !s.glued(k)
        && s.is_word(k + 1)
        && s.lw(k + 1) != "and"
    {
        return None;
    }
    Some(u)
}

fn phrase_plural(s: &Scanner, k: usize, phrase: &[&str]) -> Option<usize> {
    for (n, w) in phrase.iter().enumerate() {
        let got = s.lw(k + n);
        if got != *w && got.strip_suffix('s') != Some(w) && !(got == "km" && *w == "kilometre") {
            return None;
        }
    }
    Some(k + phrase.len())
}

/// A numeral: digits or words, with fractions, decimals in words and
/// exponents, but no unit or currency.
fn numeral(s: &Scanner, i: usize) -> Option<words::Numeral> {
    // ".5"
    if s.is_punct(i, ".") && s.is_num(i + 1) && s.glued(i + 1) && (i == 0 || !s.glued(i) || !s.is_num(i - 1)) {
        let raw = s.raw(i + 1);
        if raw.bytes().all(|b| b.is_ascii_digit()) {
            let v: f64 = format!("0.{raw}").parse().ok()?;
            let p = 10f64.powi(-(raw.len().min(300) as i32));
            let n = words::Numeral {
                start: i,
                end: i + 2,
                value: v,
                precision: p,
                in_words: false,
                scaled: false,
                fraction: false,
                vague: false,
            };
            return Some(with_scale(s, n));
        }
    }
    if let Some(v) = vulgar(s.raw(i)) {
        return Some(words::Numeral {
            start: i,
            end: i + 1,
            value: v,
            precision: 1.0,
            in_words: false,
            scaled: false,
            fraction: true,
            vague: false,
        });
    }
    // "point 77"
    if s.lw(i) == "point" && (i == 0 || !s.is_num(i - 1) && s.word_at(i - 1).is_none()) {
        let (v, end, digits) = words::point_decimals(s, i)?;
        return Some(words::Numeral {
            start: i,
            end,
            value: v,
            precision: 10f64.powi(-(digits as i32)),
            in_words: true,
            scaled: false,
            fraction: false,
            vague: false,
        });
    }
    if s.is_num(i) {
        let raw = s.raw(i);
        if matches!(digit_shape(raw), DigitShape::List | DigitShape::Dotted) {
            return None;
        }
        // Digit fractions: 3/4, 2 1/2.
        if let Some(n) = digit_fraction(s, i) {
            return Some(n);
        }
        // Exponents: 1e10, 1.3e6, 12.32e+14, 1.3x10^6, 1.1^23.
        if let Some(n) = exponent(s, i) {
            return Some(n);
        }
    }
    // A fraction in words, with a whole part before it: "one and a half".
    if let Some(f) = words::fraction(s, i, true) {
        return Some(f);
    }
    // Vague counts: "dozens", "hundreds of thousands", "a few".
    if let Some(v) = vague(s, i) {
        return Some(v);
    }
    let mut n = words::integer(s, i)?;
    // Space-grouped thousands: "1 234 567", "40 000", "8 412 183".
    if !n.in_words && n.end == i + 1 {
        let raw = s.raw(i);
        if raw.len() <= 3 && raw.bytes().all(|b| b.is_ascii_digit()) {
            let mut k = i + 1;
            let mut value = n.value;
            let mut precision = 1.0;
            while s.is_num(k) && matches!(s.gap(k), " " | "\u{a0}" | "\u{202f}" | "\u{2009}") && {
                let g = s.raw(k);
                g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit())
                    || g.len() > 4
                        && g.as_bytes()[3] == b'.'
                        && g[..3].bytes().all(|b| b.is_ascii_digit())
                        && !g[4..].contains(['.', ','])
            } {
                let d = plain_digits(s.raw(k))?;
                value = value * 1000.0 + d.value;
                precision = d.precision;
                k += 1;
                if d.decimals > 0 {
                    break;
                }
            }
            if k > i + 1 {
                n.end = k;
                n.value = value;
                n.precision = precision;
                return Some(with_scale(s, n));
            }
        }
    }
    // "one and a half", "one and a half hundred", "one million and a half",
    // "one billion and a quarter million".
    if s.lw(n.end) == "and"
        && !n.fraction
        && let Some(f) = words::fraction(s, n.end + 1, false)
        && f.value < 1.0
    {
        let own_scale = match s.word_at(f.end) {
            Some(Word::Scale(sc)) if !s.lw(f.end).ends_with('s') => Some(sc),
            Some(Word::Hundred) if s.lw(f.end) == "hundred" => Some(100.0),
            _ => None,
        };
        let ends_with_scale = ending_scale(s, &n);
        let (value, precision, end) = match (own_scale, ends_with_scale) {
            (Some(sc), None) => ((n.value + f.value) * sc, f.precision * sc, f.end + 1),
            (Some(sc), Some(_)) => (n.value + f.value * sc, f.precision * sc, f.end + 1),
            (None, Some(sc)) => (n.value + f.value * sc, f.precision * sc, f.end),
            (None, None) => (n.value + f.value, f.precision, f.end),
        };
        let scaled = n.scaled || own_scale.is_some();
        return Some(words::Numeral {
            start: i,
            end,
            value,
            precision,
            in_words: n.in_words,
            scaled,
            fraction: true,
            vague: false,
        });
    }
    // "two point five", "1 point 1".
    if n.value.fract() == 0.0
        && let Some((dec, end, digits)) = words::point_decimals(s, n.end)
    {
        n.value += dec;
        n.precision = 10f64.powi(-(digits as i32));
        n.end = end;
        if let Some(Word::Scale(sc)) = s.word_at(end) {
            n.value *= sc;
            n.precision *= sc;
            n.end += 1;
            n.scaled = true;
        }
    }
    // "1 over 3", "one over twenty": a fraction when nothing follows it.
    if s.lw(n.end) == "over"
        && !n.scaled
        && let Some(d) = words::integer(s, n.end + 1)
        && d.value > 0.0
        && !s.is_word(d.end)
        && !s.is_num(d.end)
        && !year_number(s, n.end + 1)
    {
        return Some(words::Numeral {
            start: i,
            end: d.end,
            value: n.value / d.value,
            precision: 1e-9,
            in_words: n.in_words,
            scaled: false,
            fraction: true,
            vague: false,
        });
    }
    Some(n)
}

/// The scale a numeral ends with, for "one million and a half".
fn ending_scale(s: &Scanner, n: &words::Numeral) -> Option<f64> {
    match s.word_at(n.end - 1) {
        Some(Word::Scale(v)) => Some(v),
        _ => None,
    }
}

/// A digit numeral followed by a scale word: ".5 million".
fn with_scale(s: &Scanner, mut n: words::Numeral) -> words::Numeral {
    if let Some(Word::Scale(sc)) = s.word_at(n.end)
        && !s.lw(n.end).ends_with('s')
    {
        n.value *= sc;
        n.precision *= sc;
        n.end += 1;
        n.scaled = true;
    }
    n
}

/// `3/4`, `2 1/2`, `-4/5`, `1 4/5`, `20/100`.
fn digit_fraction(s: &Scanner, i: usize) -> Option<words::Numeral> {
    let frac_at = |k: usize| -> Option<(f64, usize)> {
        if s.is_num(k)
            && s.is_punct(k + 1, "/")
            && s.glued(k + 1)
            && s.glued(k + 2)
            && s.is_num(k + 2)
            && !s.is_punct(k + 3, "/")
        {
            let a: f64 = s.raw(k).parse().ok()?;
            let b: f64 = s.raw(k + 2).parse().ok()?;
            if b > 0.0 && s.raw(k).len() <= 4 && s.raw(k + 2).len() <= 3 && !(s.is_word(k + 3) && s.glued(k + 3)) {
                return Some((a / b, k + 3));
            }
        }
        None
    };
    // A whole number then a fraction: "2 1/2", "10 1/2 miles".
    if let (Some(w), true) = (plain_digits(s.raw(i)), matches!(s.gap(i + 1), " " | "  "))
        && w.decimals == 0
        && let Some((f, end)) = frac_at(i + 1)
        && f < 1.0
    {
        return Some(words::Numeral {
            start: i,
            end,
            value: w.value + f,
            precision: 1e-9,
            in_words: false,
            scaled: false,
            fraction: true,
            vague: false,
        });
    }
    let (v, end) = frac_at(i)?;
    Some(words::Numeral {
        start: i,
        end,
        value: v,
        precision: 1e-9,
        in_words: false,
        scaled: false,
        fraction: true,
        vague: false,
    })
}

fn exponent(s: &Scanner, i: usize) -> Option<words::Numeral> {
    let base: f64 = plain_digits(s.raw(i))?.value;
    let signed_int = |k: usize| -> Option<(f64, usize)> {
        let mut k = k;
        let mut neg = false;
        while (s.is_punct(k, "+") || s.is_dash(k)) && s.glued(k) {
            neg ^= s.is_dash(k);
            k += 1;
        }
        if s.is_num(k) && s.glued(k) && s.raw(k).bytes().all(|b| b.is_ascii_digit()) {
            let e: f64 = s.raw(k).parse().ok()?;
            return Some((if neg { -e } else { e }, k + 1));
        }
        None
    };
    let whole = |value: f64, end: usize| {
        Some(words::Numeral {
            start: i,
            end,
            value,
            precision: 1e-9,
            in_words: false,
            scaled: false,
            fraction: false,
            vague: false,
        })
    };
    // 1e10
    if s.glued(i + 1)
        && matches!(s.raw(i + 1), "e" | "E")
        && let Some((e, end)) = signed_int(i + 2)
    {
        return whole(base * 10f64.powi(e.clamp(-400.0, 400.0) as i32), end);
    }
    // 1.3x10^6, 2.48×10−5
    if s.glued(i + 1) && matches!(s.raw(i + 1), "x" | "×") && s.raw(i + 2) == "10" && s.glued(i + 2) {
        if s.is_punct(i + 3, "^")
            && s.glued(i + 3)
            && let Some((e, end)) = signed_int(i + 4)
        {
            return whole(base * 10f64.powi(e.clamp(-400.0, 400.0) as i32), end);
        }
        if s.is_dash(i + 3)
            && let Some((e, end)) = signed_int(i + 3)
        {
            return whole(base * 10f64.powi(e.clamp(-400.0, 400.0) as i32), end);
        }
    }
    // 1.1^23
    if s.is_punct(i + 1, "^")
        && s.glued(i + 1)
        && let Some((e, end)) = signed_int(i + 2)
    {
        return whole(base.powi(e.clamp(-400.0, 400.0) as i32), end);
    }
    None
}

/// Vague counts, read as the least they can mean: `dozens` (24),
/// `hundreds` (200), `thousands`, `tens of thousands`, `a few` (3).
fn vague(s: &Scanner, i: usize) -> Option<words::Numeral> {
    let mk = |end: usize, value: f64| {
        Some(words::Numeral {
            start: i,
            end,
            value,
            precision: 1.0,
            in_words: true,
            scaled: true,
            fraction: false,
            vague: true,
        })
    };
    let base = |w: &str| -> Option<f64> {
        Some(match w {
            "dozens" => 24.0,
            "hundreds" => 200.0,
            "thousands" => 2000.0,
            "millions" => 2e6,
            "billions" => 2e9,
            _ => return None,
        })
    };
    match s.lw(i) {
        "few" => mk(i + 1, 3.0),
        "a" if s.lw(i + 1) == "few" => mk(i + 2, 3.0),
        "a" if s.lw(i + 1) == "dozen" && s.lw(i + 2) == "of" => Some(words::Numeral {
            start: i,
            end: i + 3,
            value: 12.0,
            precision: 1.0,
            in_words: true,
            scaled: true,
            fraction: false,
            vague: false,
        }),
        "a" if matches!(s.lw(i + 1), "couple" | "pair") => {
            let end = if s.lw(i + 2) == "of" { i + 3 } else { i + 2 };
            Some(words::Numeral {
                start: i,
                end,
                value: 2.0,
                precision: 1.0,
                in_words: true,
                scaled: false,
                fraction: false,
                vague: false,
            })
        }
        "single" if i == 0 || s.lw(i - 1) == "a" => Some(words::Numeral {
            start: i,
            end: i + 1,
            value: 1.0,
            precision: 1.0,
            in_words: true,
            scaled: false,
            fraction: false,
            vague: false,
        }),
        "tens" if s.lw(i + 1) == "of" => {
            let b = base(s.lw(i + 2))?;
            mk(i + 3, b * 10.0 / 2.0)
        }
        w => {
            let b = base(w)?;
            // "hundreds of thousands"
            if s.lw(i + 1) == "of"
                && let Some(b2) = base(s.lw(i + 2))
                && b2 > b
            {
                return mk(i + 3, b * b2 / 2.0);
            }
            mk(i + 1, b)
        }
    }
}
