//! Numerals: digits or words, with fractions (`½`, `2 1/2`), decimals in
//! words, exponents and vague amounts (`dozens`).

use super::*;
use crate::text::parse_decimal;

/// `½` and friends.
#[cfg_attr(addsup_speed_attrs, optimize(speed))]
pub(super) fn vulgar(raw: &str) -> Option<f64> {
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

/// A numeral: digits or words, with fractions, decimals in words and
/// exponents, but no unit or currency.
pub(super) fn numeral(s: &Scanner, i: usize) -> Option<words::Numeral> {
    if let Some(n) = point_led(s, i)? {
        return Some(with_scale(s, n));
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
    if s.lw(i) == "point" && (i == 0 || !s.is_num(i - 1) && s.numeral_word_at(i - 1).is_none()) {
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
        if matches!(s.shape(i), DigitShape::List | DigitShape::Dotted) {
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
    if join_space_groups(s, i, &mut n)? {
        return Some(with_scale(s, n));
    }
    if let Some(f) = and_fraction(s, i, &n) {
        return Some(f);
    }
    add_point_decimals(s, &mut n);
    if let Some(f) = over_fraction(s, i, &n) {
        return Some(f);
    }
    Some(n)
}

/// ".5": a decimal without its leading zero. `Some(None)` when there is
/// none at `i`, `None` when its digits cannot be read.
fn point_led(s: &Scanner, i: usize) -> Option<Option<words::Numeral>> {
    if !(s.is_punct(i, ".") && s.is_num(i + 1) && s.glued(i + 1) && (i == 0 || !s.glued(i) || !s.is_num(i - 1))) {
        return Some(None);
    }
    let raw = s.raw(i + 1);
    if !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Some(None);
    }
    let v = parse_decimal(&format!("0.{raw}"))?;
    let p = 10f64.powi(-(raw.len().min(300) as i32));
    Some(Some(words::Numeral {
        start: i,
        end: i + 2,
        value: v,
        precision: p,
        in_words: false,
        scaled: false,
        fraction: false,
        vague: false,
    }))
}

/// Space-grouped thousands: "1 234 567", "40 000", "6 305 114". Joins the
/// groups after the integer `n` read at `i` into it; says whether there were
/// any, or `None` when a group's digits cannot be read.
///
/// A space is a thousands separator only where nothing says otherwise (a
/// text may group with commas and with spaces both): a number that stands
/// in a run of short numbers parted by spaces
/// ("98 102 87 91", scores or a table row) is one of the run, not a group
/// of the number before it. A year before it does not make a run: "in 2017
/// 42 000 people".
fn join_space_groups(s: &Scanner, i: usize, n: &mut words::Numeral) -> Option<bool> {
    if n.in_words || n.end != i + 1 {
        return Some(false);
    }
    let raw = s.raw(i);
    let run_before = spaced_number(s, i) && s.raw(i - 1).len() <= 3;
    if raw.len() > 3 || !raw.bytes().all(|b| b.is_ascii_digit()) || run_before {
        return Some(false);
    }
    let mut k = i + 1;
    let mut value = n.value;
    let mut precision = 1.0;
    while spaced_number(s, k) && is_thousands_group(s, k) {
        let d = s.digits(k)?;
        value = value * 1000.0 + d.value;
        precision = d.precision;
        k += 1;
        if d.decimals > 0 {
            break;
        }
    }
    if k == i + 1 || spaced_number(s, k) {
        return Some(false);
    }
    n.end = k;
    n.value = value;
    n.precision = precision;
    Some(true)
}

/// Whether token `k` is a digit string parted from a digit string before it
/// by one space of any width, as the groups of a number are.
fn spaced_number(s: &Scanner, k: usize) -> bool {
    k > 0 && s.is_num(k) && s.is_num(k - 1) && crate::one_of!(s.gap(k), [" ", "\u{a0}", "\u{202f}", "\u{2009}"])
}

/// Three digits, or three digits and the decimals the text writes:
/// "234", "234.5", and in a text of decimal commas "234,5".
fn is_thousands_group(s: &Scanner, k: usize) -> bool {
    let g = s.raw(k);
    let decimal = if s.style.decimal_comma { b',' } else { b'.' };
    g.len() >= 3
        && g[..3].bytes().all(|b| b.is_ascii_digit())
        && (g.len() == 3 || g.len() > 4 && g.as_bytes()[3] == decimal && g[4..].bytes().all(|b| b.is_ascii_digit()))
}

/// "one and a half", "one and a half hundred", "one million and a half",
/// "one billion and a quarter million": a fraction after the integer `n`
/// read at `i`.
fn and_fraction(s: &Scanner, i: usize, n: &words::Numeral) -> Option<words::Numeral> {
    if s.lw(n.end) != "and" || n.fraction {
        return None;
    }
    let f = words::fraction(s, n.end + 1, false)?;
    if f.value >= 1.0 {
        return None;
    }
    let own_scale = match s.numeral_word_at(f.end) {
        Some(NumeralWord::Scale(sc)) if !s.lw(f.end).ends_with('s') => Some(sc),
        Some(NumeralWord::Hundred) if s.lw(f.end) == "hundred" => Some(100.0),
        _ => None,
    };
    let ends_with_scale = ending_scale(s, n);
    let (value, precision, end) = match (own_scale, ends_with_scale) {
        (Some(sc), None) => ((n.value + f.value) * sc, f.precision * sc, f.end + 1),
        (Some(sc), Some(_)) => (n.value + f.value * sc, f.precision * sc, f.end + 1),
        (None, Some(sc)) => (n.value + f.value * sc, f.precision * sc, f.end),
        (None, None) => (n.value + f.value, f.precision, f.end),
    };
    let scaled = n.scaled || own_scale.is_some();
    Some(words::Numeral { start: i, end, value, precision, in_words: n.in_words, scaled, fraction: true, vague: false })
}

/// "two point five", "1 point 1", "two point five million": decimals in
/// words after a whole number.
fn add_point_decimals(s: &Scanner, n: &mut words::Numeral) {
    if n.value.fract() == 0.0
        && let Some((dec, end, digits)) = words::point_decimals(s, n.end)
    {
        n.value += dec;
        n.precision = 10f64.powi(-(digits as i32));
        n.end = end;
        if let Some(NumeralWord::Scale(sc)) = s.numeral_word_at(end) {
            n.value *= sc;
            n.precision *= sc;
            n.end += 1;
            n.scaled = true;
        }
    }
}

/// "1 over 3", "one over twenty": a fraction when nothing follows it.
fn over_fraction(s: &Scanner, i: usize, n: &words::Numeral) -> Option<words::Numeral> {
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
    None
}

/// The scale a numeral ends with, for "one million and a half".
pub(super) fn ending_scale(s: &Scanner, n: &words::Numeral) -> Option<f64> {
    match s.numeral_word_at(n.end - 1) {
        Some(NumeralWord::Scale(v)) => Some(v),
        _ => None,
    }
}

/// A digit numeral followed by a scale word: ".5 million".
pub(super) fn with_scale(s: &Scanner, mut n: words::Numeral) -> words::Numeral {
    if let Some(NumeralWord::Scale(sc)) = s.numeral_word_at(n.end)
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
pub(super) fn digit_fraction(s: &Scanner, i: usize) -> Option<words::Numeral> {
    let frac_at = |k: usize| -> Option<(f64, usize)> {
        if s.is_num(k)
            && s.is_punct(k + 1, "/")
            && s.glued(k + 1)
            && s.glued(k + 2)
            && s.is_num(k + 2)
            && !s.is_punct(k + 3, "/")
            && !super::dates::year_slash_year(s, k)
        {
            let a = parse_decimal(s.raw(k))?;
            let b = parse_decimal(s.raw(k + 2))?;
            if b > 0.0 && s.raw(k).len() <= 4 && s.raw(k + 2).len() <= 3 && !(s.is_word(k + 3) && s.glued(k + 3)) {
                return Some((a / b, k + 3));
            }
        }
        None
    };
    // A whole number then a fraction: "2 1/2", "10 1/2 miles".
    if let (Some(w), true) = (s.digits(i), crate::one_of!(s.gap(i + 1), [" ", "  "]))
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

pub(super) fn exponent(s: &Scanner, i: usize) -> Option<words::Numeral> {
    let base: f64 = s.digits(i)?.value;
    let signed_int = |k: usize| -> Option<(f64, usize)> {
        let mut k = k;
        let mut neg = false;
        while (s.is_punct(k, "+") || s.is_dash(k)) && s.glued(k) {
            neg ^= s.is_dash(k);
            k += 1;
        }
        if s.is_num(k) && s.glued(k) && s.raw(k).bytes().all(|b| b.is_ascii_digit()) {
            let e = parse_decimal(s.raw(k))?;
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
        && crate::one_of!(s.raw(i + 1), ["e", "E"])
        && let Some((e, end)) = signed_int(i + 2)
    {
        return whole(base * 10f64.powi(e.clamp(-400.0, 400.0) as i32), end);
    }
    // 1.3x10^6, 2.48×10−5
    if s.glued(i + 1) && crate::one_of!(s.raw(i + 1), ["x", "×"]) && s.raw(i + 2) == "10" && s.glued(i + 2) {
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
pub(super) fn vague(s: &Scanner, i: usize) -> Option<words::Numeral> {
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
        "a" if crate::one_of!(s.lw(i + 1), ["couple", "pair"]) => {
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
        // "a single vote" counts one; "single" hyphened to the next word
        // makes an adjective ("a single-party government", "single-digit
        // growth") that counts nothing.
        "single" if (i == 0 || s.lw(i - 1) == "a") && !(s.is_dash(i + 1) && s.glued(i + 1)) => Some(words::Numeral {
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
