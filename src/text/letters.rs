//! Letters and their case, as the reading of English news needs them.
//!
//! Why not `char::is_alphabetic`, `is_uppercase` and `is_lowercase`: their
//! Unicode tables are about 3.5 KB of the gzipped Wasm (BENCHMARKS.md, "The
//! size budget"), to answer questions that English copy asks of a few
//! hundred characters. Here ASCII is exact; beyond it a character is a
//! letter unless it is a space, a digit, punctuation or a symbol of the
//! blocks news copy uses (Latin-1's signs, general punctuation, currency and
//! letterlike symbols, arrows, mathematical and technical signs, shapes,
//! CJK and full-width punctuation, emoji), so words in any script still read
//! as words. Case is known for the Latin, Greek and Cyrillic letters that
//! names and quoted words in English copy use; a letter of a script without
//! case is neither upper nor lower, as Unicode has it.

/// Whether `c` is a letter: part of a word, not a digit, space, mark of
/// punctuation or symbol.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // ª, µ and º are letters among Latin-1's signs.
    !matches!(c as u32,
        0x80..=0xA9 | 0xAB..=0xB4 | 0xB6..=0xB9 | 0xBB..=0xBF | 0xD7 | 0xF7
        // Armenian, Hebrew and Arabic punctuation, and digits of the
        // scripts of South Asia, the Middle East and Thailand.
        | 0x055A..=0x055F | 0x0589 | 0x05BE | 0x05C0 | 0x05C3 | 0x05F3..=0x05F4
        | 0x060C | 0x061B | 0x061F | 0x0660..=0x066D | 0x06D4 | 0x06F0..=0x06F9
        | 0x0964..=0x096F | 0x09E6..=0x09EF | 0x0A66..=0x0A6F | 0x0AE6..=0x0AEF
        | 0x0B66..=0x0B6F | 0x0BE6..=0x0BEF | 0x0C66..=0x0C6F | 0x0CE6..=0x0CEF
        | 0x0D66..=0x0D6F | 0x0E4F..=0x0E5B
        // Spaces, punctuation, super- and subscripts, currency, letterlike
        // signs, number forms, arrows, mathematical and technical signs,
        // boxes, shapes, dingbats and other symbols.
        | 0x1680 | 0x2000..=0x2BFF
        | 0x2E00..=0x2E7F | 0x3000..=0x3004 | 0x3008..=0x3020 | 0x3030 | 0x303D
        | 0xE000..=0xF8FF | 0xFE10..=0xFE19 | 0xFE30..=0xFE6F | 0xFEFF
        | 0xFF00..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0xFFE0..=0xFFFF
        | 0x1F000..=0x1FBFF
    )
}

/// Whether `c` is a capital letter.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    case_of(c) == Some(Case::Upper)
}

/// Whether `c` is a small letter.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    case_of(c) == Some(Case::Lower)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
}

/// The case of a letter beyond ASCII, where the scripts of names in English
/// copy give one.
fn case_of(c: char) -> Option<Case> {
    use Case::{Lower, Upper};
    let u = c as u32;
    // In the Latin extensions capitals and small letters mostly alternate,
    // a capital on the even code point; these ranges start a pair on an
    // odd one.
    let pair = |upper_even: bool| if u.is_multiple_of(2) == upper_even { Upper } else { Lower };
    Some(match u {
        0xAA | 0xB5 | 0xBA | 0xDF..=0xF6 | 0xF8..=0xFF => Lower,
        0xC0..=0xD6 | 0xD8..=0xDE => Upper,
        0x0100..=0x0137 | 0x014A..=0x0177 | 0x0200..=0x021F | 0x0222..=0x0233 => pair(true),
        0x0139..=0x0148 | 0x0179..=0x017E => pair(false),
        0x0138 | 0x0149 | 0x017F => Lower,
        0x0178 => Upper,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => pair(true),
        0x0386 | 0x0388..=0x038A | 0x038C | 0x038E..=0x038F | 0x0391..=0x03A1 | 0x03A3..=0x03AB => Upper,
        0x03AC..=0x03CE => Lower,
        0x0400..=0x042F => Upper,
        0x0430..=0x045F => Lower,
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x04FF => pair(true),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{is_letter, is_lower, is_upper};

    /// Every character of the ranges English copy meets, as the standard
    /// library classifies it (a table this module leaves out to save
    /// bytes), but for the few it names.
    #[test]
    fn agrees_with_unicode_on_latin_greek_and_cyrillic() {
        let ranges = [0x00..=0x24F, 0x370..=0x3FF, 0x400..=0x4FF, 0x1E00..=0x1EFF];
        // Greek and Latin letters the module does not case: rare in news.
        let uncased = |c: char| matches!(c as u32, 0x180..=0x1FF | 0x220..=0x221 | 0x234..=0x24F | 0x370..=0x385 | 0x387 | 0x390 | 0x3A2 | 0x3CF..=0x3FF | 0x482..=0x489 | 0x4C0..=0x4CF | 0x1E96..=0x1E9F);
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            if !(0x370..=0x3FF).contains(&(c as u32)) && !(0x482..=0x489).contains(&(c as u32)) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
            }
            if !uncased(c) {
                assert_eq!(is_upper(c), c.is_uppercase(), "upper {c:?} U+{:04X}", c as u32);
                assert_eq!(is_lower(c), c.is_lowercase(), "lower {c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn words_of_other_scripts_are_letters_and_their_signs_are_not() {
        for c in ['ж', 'ع', 'क', 'ি', '中', 'ひ', 'ש', 'ก', 'ş', 'ő', 'ł', 'ạ'] {
            assert!(is_letter(c), "{c}");
        }
        for c in [
            '€', '£', '°', '½', '—', '–', '’', '“', '…', '№', '→', '×', '·', '\u{a0}', '。', '،', '।', '٣', '৩',
            '\u{feff}', '🙂',
        ] {
            assert!(!is_letter(c), "{c}");
            assert!(!c.is_alphabetic(), "{c} (the standard library agrees)");
        }
    }

    #[test]
    fn names_keep_their_capitals() {
        for name in ["Łódź", "Ørsted", "İzmir", "Şanlıurfa", "Ärzte", "Ωmega", "Москва", "Đà Nẵng"] {
            let first = name.chars().next().unwrap();
            assert!(is_upper(first) && !is_lower(first), "{name}");
            for c in name.chars() {
                assert_eq!((is_upper(c), is_lower(c)), (c.is_uppercase(), c.is_lowercase()), "{c} in {name}");
            }
        }
        assert!(is_lower('ß') && is_lower('é') && is_lower('ж') && !is_upper('中') && !is_lower('中'));
    }
}
