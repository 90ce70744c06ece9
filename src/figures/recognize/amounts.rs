//! One amount: a numeral with its currency, scale, percent sign, unit and
//! rate (`$3.5bn`, `45 km/h`, `12 per cent`).

use super::*;

/// One amount: a number with what stands around it.
pub(super) fn amount(s: &Scanner, i: usize) -> Option<Amount> {
    let mut j = i;
    let mut currency = None;
    if let Some((code, k)) = currency_prefix(s, j) {
        currency = Some(code);
        j = k;
    }
    let negative = is_sign(s, j);
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
    if n.vague {
        return Some(a);
    }
    read_suffix(s, &mut a);
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

/// Whether token `j` is a minus sign: "minus", "negative", or a minus glued
/// to the number and not to a word before it ("S-400" has none).
fn is_sign(s: &Scanner, j: usize) -> bool {
    let word_sign = lexicon::context(s.lw(j)) == Some(lexicon::Context::Sign)
        && (s.is_num(j + 1) || s.numeral_word_at(j + 1).is_some() || s.lw(j + 1) == "point");
    // "(- 96°F)": a dash that opens a bracket signs the number after it,
    // even with a space between.
    let opens_bracket = j > 0 && s.is_punct(j - 1, "(") && s.glued(j);
    let dash_sign = (s.is_dash(j) || s.is_punct(j, "−"))
        && (s.is_num(j + 1) || s.is_punct(j + 1, ".") && s.is_num(j + 2))
        && (s.glued(j + 1) || opens_bracket)
        && (j == 0 || !s.glued(j) || !matches!(s.kind(j - 1), TokenKind::Word | TokenKind::Num));
    word_sign || dash_sign
}

/// What follows a number without a currency before it: a percent sign or
/// words, percentage points, a currency after it ("60 euros"), cents, or a
/// unit of measure.
fn read_suffix(s: &Scanner, a: &mut Amount) {
    let e = a.end;
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
        if crate::one_of!(s.lw(k), ["point", "points"]) && s.lw(k - 1).starts_with("percentage") {
            a.kind = Kind::Points;
            a.end = k + 1;
        }
    } else if crate::one_of!(s.lw(e), ["pp", "ppt", "ppts"])
        || s.phrase(e, &["percentage", "points"]).is_some()
        || s.phrase(e, &["percentage", "point"]).is_some()
    {
        a.kind = Kind::Points;
        a.end = if s.lw(e) == "percentage" { e + 2 } else { e + 1 };
    } else if let Some(k) =
        s.phrase(e, &["of", "a", "percentage", "point"]).or_else(|| s.phrase(e, &["a", "percentage", "point"]))
    {
        // "two tenths of a percentage point", "half a percentage point": a
        // part of one point is an amount of points.
        a.kind = Kind::Points;
        a.end = k;
    } else if let Some((code, k)) = currency_suffix(s, e) {
        money_after(s, a, code, k);
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
        add_smaller_unit(s, a, u, k);
        // "29 years old", "3 years of age".
        if u.dimension == lexicon::Dimension::Duration {
            if s.lw(k) == "old" {
                a.end = k + 1;
            } else if s.lw(k) == "of" && s.lw(k + 1) == "age" {
                a.end = k + 2;
            }
        }
    } else if age_bound_after(s, a) {
        // "those 18 and older", "people 65 or over": an age in years, the
        // bound of a group of people, never a count of them.
        a.kind = Kind::Measure;
        a.unit = Some(lexicon::YEAR);
    }
}

/// Whether bare number `a` is followed by "and older", "or younger": an age.
fn age_bound_after(s: &Scanner, a: &Amount) -> bool {
    let e = a.end;
    a.currency.is_none()
        && !a.scaled
        && a.value.fract() == 0.0
        && (0.0..130.0).contains(&a.value)
        && crate::one_of!(s.lw(e), ["and", "or"])
        && lexicon::context(s.lw(e + 1)) == Some(lexicon::Context::AgeBound)
}

/// A currency named after the number, ending before token `k`: "60
/// euros", "5 MAUD", "3 USD million", "50¢".
fn money_after(s: &Scanner, a: &mut Amount, code: &'static str, k: usize) {
    a.kind = Kind::Money;
    a.currency = Some(code);
    a.end = k;
    if million_code(s.raw(k - 1)).is_some() && !a.scaled {
        a.value *= 1e6;
        a.precision *= 1e6;
        a.scaled = true;
    }
    if !a.scaled
        && let Some(NumeralWord::Scale(sc)) = s.numeral_word_at(k)
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
    minor_units(s, a);
}

/// "5 ft 2 in", "5 feet and 2 inches", "3 lb 4 oz": one measure, whose
/// smaller unit starts at token `k`.
fn add_smaller_unit(s: &Scanner, a: &mut Amount, u: UnitDef, k: usize) {
    if !crate::one_of!(u.name, ["foot", "lb"]) {
        return;
    }
    let mut m = k;
    if s.lw(m) == "and" {
        m += 1;
    }
    if let Some(d) = s.digits(m).filter(|_| s.is_num(m)) {
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

/// `/hour`, `per kg`, `a share`, `an hour` after an amount. A slash is
/// part of the figure's text (`$15.4/hour`); "per kg" and "a share" stand
/// after it, so the returned end stays at `e` for them.
pub(super) fn rate_denominator(s: &Scanner, e: usize) -> Option<(&'static str, usize)> {
    let (per, end) = rate_words(s, e)?;
    Some((per, if s.is_punct(e, "/") { end } else { e }))
}

pub(super) fn rate_words(s: &Scanner, e: usize) -> Option<(&'static str, usize)> {
    let k = match s.lw(e) {
        "per" | "a" | "an" => e + 1,
        "/" if s.glued(e) && s.glued(e + 1) => e + 1,
        _ => return None,
    };
    // "a share" but not "a year ago" or "a day earlier": a rate ends there.
    let w = s.lw(k);
    let (_, per) =
        lexicon::RATE_DENOMINATORS.iter().find(|(x, _)| *x == w || x.len() > 2 && w.strip_suffix('s') == Some(x))?;
    if s.lw(e) != "per" && s.lw(e) != "/" && lexicon::context(s.lw(k + 1)) == Some(lexicon::Context::Ago) {
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
pub(super) fn percent_words(s: &Scanner, e: usize) -> Option<usize> {
    match s.lw(e) {
        "percent" | "percents" | "pct" | "pc" => Some(e + 1),
        "percentage" if s.lw(e + 1) != "points" && s.lw(e + 1) != "point" => Some(e + 1),
        "per" if crate::one_of!(s.lw(e + 1), ["cent", "cents"]) => Some(e + 2),
        _ => None,
    }
}

pub(super) fn glued_scale(s: &Scanner, e: usize, money: bool, has_fraction: bool) -> Option<(f64, usize)> {
    let w = s.raw(e);
    if s.glued(e) && s.is_word(e) {
        if let Some((_, v)) = lexicon::GLUED_SCALES.iter().find(|(x, _)| *x == w) {
            // "4.5m" alone is metres, "$4.5m" is millions; "3b" needs money.
            if !s.glued(e + 1) || s.is_punct(e + 1, "$") || !s.is_word(e + 1) {
                return Some((*v, e + 1));
            }
        }
        if money && crate::one_of!(w, ["m", "mn"]) {
            return Some((1e6, e + 1));
        }
        if money && crate::one_of!(w, ["T", "tr"]) {
            return Some((1e12, e + 1));
        }
        // ".0012G" is giga; "5G" is a network.
        if matches!(w, "G") && !s.glued(e + 1) && has_fraction {
            return Some((1e9, e + 1));
        }
        return None;
    }
    // "a $5-billion deal", "the 62-lakh electorate": a scale joined to its
    // number by a hyphen, as an adjective.
    if s.is_punct(e, "-")
        && s.glued(e)
        && s.glued(e + 1)
        && let Some((_, v)) = lexicon::SCALE_WORDS.iter().find(|(x, v)| *x == s.lw(e + 1) && *v >= 1e3)
    {
        return Some((*v, e + 2));
    }
    // Spaced: "10 bln", "2.33 k", "1,674.5 G", "1,674,200.5 M".
    let lw = s.lw(e);
    if let Some((_, v)) = lexicon::SCALE_WORDS.iter().find(|(x, _)| *x == lw)
        && (*v >= 1e3 && !lw.ends_with('s') || crate::one_of!(lw, ["lakhs", "crores"]))
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
