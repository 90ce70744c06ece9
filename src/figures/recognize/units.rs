//! Units after an amount: `km`, `square miles`, `km/h`, and phrases of
//! units.

use super::*;

/// A unit after a number: `19 miles`, `30km`, `2.5-mile`, `°C`, `square
/// kilometres`, `miles an hour`.
pub(super) fn unit_at(s: &Scanner, e: usize) -> Option<(UnitDef, usize)> {
    let mut k = e;
    // "2.5-mile", "six-mile", "10-year-old"
    let hyphenated = s.is_dash(k) && s.glued(k) && s.glued(k + 1) && s.is_word(k + 1);
    if hyphenated {
        k += 1;
    }
    if let Some(unit) = temperature_sign(s, k) {
        return Some(unit);
    }
    if !s.is_word(k) {
        return None;
    }
    if lexicon::may_start_unit_phrase(s.word(k)) {
        for (phrase, u) in lexicon::UNIT_PHRASES {
            if let Some(end) = phrase_plural(s, k, phrase) {
                return Some((*u, end));
            }
        }
    }
    if crate::one_of!(s.lw(k), ["degree", "degrees"]) {
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
            let power = crate::one_of!(s.raw(k + 1), ["2", "3"])
                && !(s.glued(k + 2) && matches!(s.kind(k + 2), TokenKind::Word | TokenKind::Num));
            if single && s.glued(k + 1) && !power && (s.is_num(k + 1) || s.is_dash(k + 1) && s.is_num(k + 2)) {
                return None;
            }
            if !single
                || glued
                || !s.is_word(k + 1) && !s.is_num(k + 1)
                || crate::one_of!(raw, ["m", "L", "t"]) && !crate::one_of!(s.lw(k + 1), ["and", "or"])
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
            && crate::one_of!(raw, ["C", "F"])
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
            || crate::one_of!(next, [".", ",", ";", ")"])
            || lexicon::context(next) == Some(lexicon::Context::Dimension);
        return ends.then_some((lexicon::INCH, k + 1));
    }
    let (u, end) = unit_word(s, k).map(|u| (u, k + 1))?;
    Some(compound_unit(s, u, end))
}

/// Degree signs at `k`: "10°C", "50 °F", "100° Celsius", "100°", "20℃".
fn temperature_sign(s: &Scanner, k: usize) -> Option<(UnitDef, usize)> {
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
    None
}

/// What can follow a unit and change it: `km2`, `km²`, `km^3`, `km/h`.
pub(super) fn compound_unit(s: &Scanner, u: UnitDef, end: usize) -> (UnitDef, usize) {
    if u.dimension == lexicon::Dimension::Length && s.glued(end) {
        let power = match s.raw(end) {
            "2" | "²" => Some((2, end + 1)),
            "3" | "³" => Some((3, end + 1)),
            "^" if crate::one_of!(s.raw(end + 1), ["2", "3"]) => {
                Some((if s.raw(end + 1) == "2" { 2 } else { 3 }, end + 2))
            }
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
    if u.name == "km" && s.is_punct(end, "/") && s.glued(end) && crate::one_of!(s.lw(end + 1), ["h", "hr"]) {
        return (lexicon::KMH, end + 2);
    }
    (u, end)
}

/// A one-word unit at token `k`, trying the plural `s`.
pub(super) fn unit_word(s: &Scanner, k: usize) -> Option<UnitDef> {
    let w = s.lw(k);
    if w.len() < 2 {
        return None;
    }
    let find = lexicon::unit_named;
    let u = find(w).or_else(|| w.strip_suffix('s').filter(|st| st.len() > 2).and_then(find))?;
    // "in", "ha", "mi", "min" and the like are ordinary words too: only
    // after a number and not before a word that makes them something else.
    if lexicon::context(w) == Some(lexicon::Context::WordLikeUnit)
        && !s.glued(k)
        && s.is_word(k + 1)
        && s.lw(k + 1) != "and"
    {
        return None;
    }
    Some(u)
}

pub(super) fn phrase_plural(s: &Scanner, k: usize, phrase: &[&str]) -> Option<usize> {
    for (n, w) in phrase.iter().enumerate() {
        let got = s.lw(k + n);
        if got != *w && got.strip_suffix('s') != Some(w) && !(got == "km" && *w == "kilometre") {
            return None;
        }
    }
    Some(k + phrase.len())
}
