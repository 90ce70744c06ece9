//! Text: spans, tokens and the offset conversions the edges need.
//!
//! Everything inside the core speaks in byte ranges into the original text.
//! Only the edges convert: character (Unicode scalar) offsets for the CLI's
//! JSON, UTF-16 code units for JavaScript. [`OffsetMap`] does both in one pass.

mod decimal;
pub mod html;
mod letters;
mod offsets;
pub mod sentences;
mod span;
pub mod tokens;
mod word_index;

pub use decimal::{parse_decimal, rem};
pub use letters::{is_letter, is_lower, is_upper};
pub use offsets::{OffsetMap, Unit, partition_point_near};
pub use span::Span;
pub use tokens::{Phrase, Token, TokenKind, Tokens, tokenize};
pub use word_index::{HashedWord, WordIndex, fx_hash};

/// The value of a short run of digits in `radix` ("31", "2024", hex
/// "2013"), or None when it is empty, longer than 8 digits or holds anything
/// else. Dates, clock times, days and character references are never
/// longer; and the standard `u32` parser, with its sign and overflow cases,
/// costs the .wasm some 300 bytes.
pub fn small_number(digits: &str, radix: u32) -> Option<u32> {
    if digits.is_empty() || digits.len() > 8 {
        return None;
    }
    digits.chars().try_fold(0, |n, c| Some(n * radix + c.to_digit(radix)?))
}

// Searches for one ASCII byte, written out: `str::find`, `split`,
// `split_once`, `lines`, `rfind` and `rsplit` with a char pattern bring in
// the standard library's char searchers and `memchr`/`memrchr`, some 1,300
// bytes of the .wasm for searches in short words and table lines.

/// Where byte `b` first stands in `s`.
pub fn first_of(s: &str, b: u8) -> Option<usize> {
    s.as_bytes().iter().position(|&c| c == b)
}

/// Whether `s` holds the ASCII byte: `str::contains` with a char, without
/// the standard library's `memchr` (the words searched are short).
pub trait HasByte {
    fn has(&self, b: u8) -> bool;
}

impl HasByte for str {
    fn has(&self, b: u8) -> bool {
        first_of(self, b).is_some()
    }
}

/// `s` cut at the first byte `b`, without it.
pub fn split_once_at(s: &str, b: u8) -> Option<(&str, &str)> {
    first_of(s, b).map(|i| (&s[..i], &s[i + 1..]))
}

/// `s` cut at every byte `b` (an ASCII separator), as `str::split` cuts it.
pub fn split_at(s: &str, b: u8) -> SplitAt<'_> {
    SplitAt { rest: Some(s), at: b }
}

pub struct SplitAt<'a> {
    rest: Option<&'a str>,
    at: u8,
}

impl<'a> Iterator for SplitAt<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match split_once_at(rest, self.at) {
            Some((piece, after)) => {
                self.rest = Some(after);
                Some(piece)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// Where byte `b` last stands in `s`.
pub fn last_of(s: &str, b: u8) -> Option<usize> {
    s.as_bytes().iter().rposition(|&c| c == b)
}

/// `parts` with `sep` between them: `[&str]::join`, written out because
/// the standard library's generic join costs about 900 bytes of the .wasm
/// and this loop a fraction of that.
pub fn join(parts: &[&str], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}

/// Whether `$word` is one of the string literals listed: in the .wasm
/// through one routine ([`text::one_of`](crate::text::one_of)), smaller than
/// a compare spelled out at each place; natively as a `matches!`, which the
/// compiler turns into a switch on the length.
#[macro_export]
macro_rules! one_of {
    ($word:expr, [$($w:literal),+ $(,)?]) => {{
        #[cfg(target_arch = "wasm32")]
        let found = $crate::text::one_of($word, &[$($w),+]);
        #[cfg(not(target_arch = "wasm32"))]
        let found = {
            let word: &str = $word;
            matches!(word, $($w)|+)
        };
        found
    }};
}

/// Whether word `$k` of document `$doc`, lower-cased, is one of the string
/// literals listed: [`Doc::lc_in`](crate::mentions::Doc::lc_in) in the
/// .wasm, a `matches!` natively (see [`one_of!`]).
#[macro_export]
macro_rules! lc_in {
    ($doc:expr, $k:expr, [$($w:literal),+ $(,)?]) => {{
        #[cfg(target_arch = "wasm32")]
        let found = $doc.lc_in($k, &[$($w),+]);
        #[cfg(not(target_arch = "wasm32"))]
        let found = matches!($doc.lc($k), $($w)|+);
        found
    }};
}

/// Whether `word` is one of `words`: the .wasm's side of
/// [`one_of!`](crate::one_of).
#[inline(never)]
pub fn one_of(word: &str, words: &[&str]) -> bool {
    words.contains(&word)
}

#[cfg(test)]
mod join_tests {
    #[test]
    fn join_puts_the_separator_between_parts_only() {
        assert_eq!(super::join(&[], ", "), "");
        assert_eq!(super::join(&["12"], " + "), "12");
        assert_eq!(super::join(&["12", "9", "4"], " + "), "12 + 9 + 4");
        assert_eq!(super::join(&["Kharkiv", "Sumy"], ", "), ["Kharkiv", "Sumy"].join(", "));
    }

    #[test]
    fn small_number_reads_days_years_clocks_and_character_references() {
        use super::small_number;
        assert_eq!(small_number("31", 10), Some(31));
        assert_eq!(small_number("0930", 10), Some(930));
        assert_eq!(small_number("2013", 16), Some(0x2013));
        assert_eq!(small_number("fffFFfff", 16), Some(u32::MAX));
        assert_eq!(small_number("99999999", 10), Some(99_999_999));
        for not_one in ["", "+3", "-3", "3a", "1,000", "2.5", "123456789", "٣"] {
            assert_eq!(small_number(not_one, 10), None, "{not_one:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn small_number_agrees_with_the_standard_parser_on_short_digit_runs(n in 0u32..100_000_000, radix in proptest::sample::select(vec![10u32, 16])) {
            let written = if radix == 16 { format!("{n:x}") } else { n.to_string() };
            proptest::prop_assert_eq!(super::small_number(&written, radix), u32::from_str_radix(&written, radix).ok().filter(|_| written.len() <= 8));
        }
    }
}
