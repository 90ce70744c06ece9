//! Identifiers that look like numbers: addresses, phone numbers, codes,
//! versions; they are figures of kind `identifier`, never quantities.

use super::*;
use crate::text::HasByte;

/// Web and mail addresses: nothing inside them is a figure.
pub(super) fn skip_address(s: &Scanner, i: usize) -> Option<usize> {
    let w = s.lw(i);
    let url = crate::one_of!(w, ["http", "https", "ftp"]) && s.is_punct(i + 1, ":") && s.glued(i + 1)
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

/// Names and codes with digits: `S-400`, `COVID-19`, `G7`, `5G`,
/// `Route 66`, `Boeing 737`, phone numbers, IP addresses.
pub(super) fn identifier(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    if let Some(end) = phone_number(s, i) {
        return Some(identifier_figure(s, i, end));
    }
    if s.is_num(i) {
        return digit_led_code(s, i).map(|end| identifier_figure(s, i, end));
    }
    if !s.is_word(i) {
        return None;
    }
    word_led_code(s, i)
}

/// The identifier from token `i` to before `end`, and `end`.
fn identifier_figure(s: &Scanner, i: usize, end: usize) -> (Figure, usize) {
    (Figure::new(span(s, i, end), Kind::Identifier), end)
}

/// Phone numbers: +1-222-2222, (555) 123-4567. The token after one.
fn phone_number(s: &Scanner, i: usize) -> Option<usize> {
    if s.is_punct(i, "+") && s.is_num(i + 1) && s.glued(i + 1) && (i == 0 || !s.glued(i)) {
        let mut j = i + 2;
        let mut groups = 1;
        while (s.is_num(j) && (s.glued(j) || s.gap(j) == " "))
            || (crate::one_of!(s.raw(j), ["-", "/", ".", "(", ")"]) && s.glued(j) && s.is_num(j + 1))
        {
            groups += s.is_num(j) as usize;
            j += 1;
        }
        if groups >= 2 {
            return Some(j);
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
        return Some(i + 6);
    }
    None
}

/// Codes that start with digits: dotted (IP addresses), hyphenated digit
/// groups, `06F6`, `5G`. The token after one.
fn digit_led_code(s: &Scanner, i: usize) -> Option<usize> {
    let raw = s.raw(i);
    if (i == 0 || !s.glued(i) || !matches!(s.kind(i - 1), TokenKind::Word)) && s.shape(i) == DigitShape::Dotted {
        return Some(i + 1);
    }
    // "went 14-of-15 from the line": a record of made against tried,
    // no count of anything.
    if s.is_dash(i + 1)
        && s.lw(i + 2) == "of"
        && s.is_dash(i + 3)
        && s.is_num(i + 4)
        && (i + 1..i + 5).all(|k| s.glued(k))
    {
        return Some(i + 5);
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
        return Some(j + 1);
    }
    // 06F6, 24703L202: digits, letters, digits, all glued.
    if s.glued(i + 1)
        && s.is_word(i + 1)
        && s.glued(i + 2)
        && (s.is_num(i + 2) || s.is_dash(i + 2) && s.glued(i + 3) && s.is_num(i + 3))
    {
        let squared = crate::one_of!(s.lw(i + 1), ["m", "km", "mi", "ft", "cm", "mm"])
            && crate::one_of!(s.raw(i + 2), ["2", "3"])
            && !(s.glued(i + 3) && matches!(s.kind(i + 3), TokenKind::Word | TokenKind::Num));
        let suffix = lexicon::GLUED_SCALES.iter().any(|(x, _)| *x == s.raw(i + 1)) && s.is_dash(i + 2);
        if !squared && !suffix && !crate::one_of!(s.raw(i + 1), ["e", "E", "x"]) {
            return Some(extend_glued(s, i + 2));
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
            || crate::one_of!(w, ["RM", "Rs"])
            // "40C (104F)" is a temperature; "13F filing" names a form.
            || crate::one_of!(w, ["C", "F"]) && !s.is_word(i + 2) && !s.is_num(i + 2)
            || matches!(w, "G" if raw.has(b'.'));
        if w.len() <= 3
            && w.chars().all(|c| c.is_ascii_uppercase())
            && !known
            && raw.bytes().all(|b| b.is_ascii_digit())
            && raw.len() <= 2
        {
            return Some(i + 2);
        }
    }
    None
}

/// Codes that start with letters: `S-400`, `G7`, `Route 66`; "mid-2020" is
/// a year.
fn word_led_code(s: &Scanner, i: usize) -> Option<(Figure, usize)> {
    let ident = |end: usize| Some(identifier_figure(s, i, end));
    let w = s.lw(i);
    // S-400, COVID-19, Su-34: letters, a hyphen, digits (and more).
    if s.is_dash(i + 1) && s.glued(i + 1) && s.is_num(i + 2) && s.glued(i + 2) {
        if lexicon::context(w) == Some(lexicon::Context::YearPrefix) && year_number(s, i + 2) {
            return Some((Figure::new(span(s, i, i + 3), Kind::Year), i + 3));
        }
        // "over-16s", "under-5 mortality": an age band, no quantity, so
        // "over" and "under" are no bound here.
        if words::numeral_word(w).is_none()
            && lexicon::currency_word(w).is_none()
            && !crate::one_of!(w, ["top", "per", "minus", "plus", "and", "or", "to", "from"])
        {
            return ident(extend_glued(s, i + 3));
        }
    }
    // G7, MH17, A320, H5N1, covid19: letters glued to digits.
    if s.is_num(i + 1)
        && s.glued(i + 1)
        && currency_code(&s.raw(i).to_ascii_uppercase()).is_none()
        && !crate::one_of!(s.lw(i), ["rs", "rm", "sh", "ksh", "us", "rp", "tk", "x", "e"])
        && !super::money::rand_before_scale(s, i)
        && (i == 0 || !s.glued(i) || !s.is_num(i - 1))
    {
        return ident(extend_glued(s, i + 2));
    }
    labelled_code(s, i, w).and_then(ident)
}

/// Route 66, Article 5, Boeing 737, page 3, No. 10: a code after a label
/// word `w` at `i`. The token after it.
fn labelled_code(s: &Scanner, i: usize, w: &str) -> Option<usize> {
    if lexicon::is_label(s.word(i)) && (s.capitalised(i) || !lexicon::LABELS_NEED_CAPITAL.contains(&w)) {
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
                return Some(end);
            }
        }
    }
    None
}

/// An identifier goes on through glued letters, digits and joiners:
/// `J1149.5+6663`, `L-202`.
pub(super) fn extend_glued(s: &Scanner, mut end: usize) -> usize {
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

pub(super) fn is_unit_after(s: &Scanner, j: usize) -> bool {
    unit_at(s, j).is_some() || s.is_punct(j, "%") || crate::one_of!(s.lw(j), ["percent", "per"])
}

/// "three-pointers", "two-wheelers", "one-liners": a number joined to a
/// plural noun names a kind of thing, and counts nothing. (A compound that
/// counts is singular: "a five-member panel"; "three-quarters" is a
/// fraction.) The token after the compound.
pub(super) fn numbered_kind(s: &Scanner, i: usize) -> Option<usize> {
    // The compound's shape first: it is tried at every token.
    let noun = s.lw(i + 2);
    (s.is_dash(i + 1)
        && s.glued(i + 1)
        && s.glued(i + 2)
        && noun.len() > 5
        && noun.ends_with("ers")
        && noun != "quarters"
        && (s.is_num(i) || words::numeral_word(s.lw(i)).is_some()))
    .then_some(i + 3)
}
