//! Currencies before and after an amount (`$`, `US$`, `USD`, `euros`,
//! `pence`) and minor units.

use super::*;

#[cfg_attr(addsup_speed_attrs, optimize(speed))]
pub(super) fn currency_code(w: &str) -> Option<&'static str> {
    lexicon::iso_code(w)
}

/// "R4.2 billion", "R4 280 million": the rand of South African copy, a
/// capital R glued to an amount that a scale word of a million or more
/// follows ("R4" alone names a model or a road).
pub(super) fn rand_before_scale(s: &Scanner, i: usize) -> bool {
    s.raw(i) == "R"
        && s.is_num(i + 1)
        && s.glued(i + 1)
        && (i + 2..i + 6).any(|k| lexicon::SCALE_WORDS.iter().any(|(x, v)| *x == s.lw(k) && *v >= 1e6))
}

/// `MUSD`, `MEUR`: millions of a currency, as financial copy writes them.
pub(super) fn million_code(w: &str) -> Option<&'static str> {
    w.strip_prefix('M').filter(|r| r.len() == 3).and_then(currency_code)
}

/// A currency written before the amount: `$`, `US$`, `£`, `USD`, `Rs.`.
/// Returns the code and the token index of the amount.
pub(super) fn currency_prefix(s: &Scanner, i: usize) -> Option<(&'static str, usize)> {
    let raw = s.raw(i);
    let next_ok = |k: usize| {
        (s.is_num(k)
            || s.is_dash(k) && s.glued(k + 1) && s.is_num(k + 1)
            || s.is_punct(k, ".") && s.is_num(k + 1)
            || s.numeral_word_at(k).is_some()
            || crate::one_of!(s.lw(k), ["a", "an"]))
        .then_some(k)
    };
    // Every currency symbol but `$` is outside ASCII: skip the table for words.
    let maybe_symbol = raw == "$" || raw.as_bytes().first().is_some_and(|&b| b >= 0x80);
    if maybe_symbol && let Some((_, code)) = lexicon::CURRENCY_SYMBOLS.iter().find(|(sym, _)| *sym == raw) {
        return next_ok(i + 1).map(|k| (*code, k));
    }
    if s.is_word(i) {
        // Most words are no currency: rule them out before any table.
        let lw = s.word(i);
        let candidate = s.is_punct(i + 1, "$")
            || s.is_punct(i + 1, ".")
            || raw.len() <= 4 && raw.bytes().all(|b| b.is_ascii_uppercase())
            || crate::one_of!(raw, ["Rs", "Rp", "Tk", "Sh", "KSh", "Ksh"])
            || lexicon::currency_nation(lw).is_some()
            || lexicon::currency_word(lw).is_some();
        if !candidate {
            return None;
        }
        // US$, C$, HK$, and the spaced lower-case "us $" of tokenised copy.
        if s.is_punct(i + 1, "$")
            && (s.glued(i + 1) || crate::one_of!(raw, ["us", "hk", "c", "nz", "nt"]) && s.gap(i + 1) == " ")
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
        if rand_before_scale(s, i) {
            return Some(("ZAR", i + 1));
        }
        // "Sh19.36 million", "KSh 5,000": the shilling of East African copy.
        if crate::one_of!(raw, ["Rs", "RM", "Rp", "Tk", "Sh", "KSh", "Ksh"]) {
            let k = if s.is_punct(i + 1, ".") && s.glued(i + 1) { i + 2 } else { i + 1 };
            let code = match raw {
                "Rs" => "INR",
                "RM" => "MYR",
                "Rp" => "IDR",
                "Tk" => "BDT",
                _ => "KES",
            };
            return next_ok(k).filter(|&k| s.is_num(k)).map(|k| (code, k));
        }
        // "ringgit 42", "malaysian ringgit 42": a currency name before digits.
        let mut k = i;
        if lexicon::currency_nation(s.word(k)).is_some() && s.is_word(k + 1) {
            k += 1;
        }
        if let Some(code) = lexicon::currency_word(s.word(k))
            && code == "MYR"
            && s.is_num(k + 1)
        {
            return Some((nation_code(s, i, k).unwrap_or(code), k + 1));
        }
    }
    None
}

pub(super) fn nation_code(s: &Scanner, nation: usize, word: usize) -> Option<&'static str> {
    if nation == word {
        return None;
    }
    lexicon::currency_nation(s.word(nation))
}

/// Money named after the amount: `10$`, `20€`, `500 USD`, `20 euros`,
/// `42 Lebanese pounds`, `3.14US$`.
pub(super) fn currency_suffix(s: &Scanner, e: usize) -> Option<(&'static str, usize)> {
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
            currency_code(&raw.to_ascii_uppercase()).filter(|c| !crate::one_of!(c, ["ALL", "TRY", "PHP", "MAD"]))
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
    if crate::one_of!(raw, ["Rs", "RM"]) {
        return Some((if raw == "Rs" { "INR" } else { "MYR" }, e + 1));
    }
    // "L.E", "l.e."
    if s.lw(e) == "l" && s.is_punct(e + 1, ".") && s.lw(e + 2) == "e" {
        let end = if s.is_punct(e + 3, ".") { e + 4 } else { e + 3 };
        return Some(("EGP", end));
    }
    let mut k = e;
    let nation = lexicon::currency_nation(s.word(e));
    if nation.is_some() {
        k += 1;
        if s.lw(k) == "kong" || s.lw(k) == "zealand" || s.lw(k) == "african" || s.lw(k) == "taiwan" {
            k += 1;
        }
    }
    let w = s.lw(k);
    // "pounds" alone is weight; "pounds sterling", "Lebanese pounds" and
    // "361 million pounds" are money.
    let after_millions = e > 0 && matches!(s.numeral_word_at(e - 1), Some(NumeralWord::Scale(sc)) if sc >= 1e6);
    if w.starts_with("pound") && (nation.is_some() || s.lw(k + 1) == "sterling" || after_millions) {
        let end = if s.lw(k + 1) == "sterling" { k + 2 } else { k + 1 };
        return Some((nation.unwrap_or("GBP"), end));
    }
    let code = &lexicon::currency_word(w)?;
    if crate::one_of!(w, ["rs", "rm", "le", "real", "rand", "btc"])
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
pub(super) fn minor_suffix(s: &Scanner, e: usize) -> Option<(&'static str, usize)> {
    if s.is_dash(e) && s.glued(e) && s.glued(e + 1) && crate::one_of!(s.lw(e + 1), ["cent", "penny"]) {
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
    if crate::one_of!(w, ["c", "p"]) && !s.glued(e) && s.is_word(e + 1) {
        return None;
    }
    if matches!(w, "p") && !s.glued(e) {
        return None;
    }
    let code = if crate::one_of!(w, ["p", "pence", "penny", "pennies"]) {
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
pub(super) fn minor_units(s: &Scanner, a: &mut Amount) {
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
