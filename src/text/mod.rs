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
pub use word_index::{WordIndex, fx_hash};

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

#[cfg(test)]
mod join_tests {
    #[test]
    fn join_puts_the_separator_between_parts_only() {
        assert_eq!(super::join(&[], ", "), "");
        assert_eq!(super::join(&["12"], " + "), "12");
        assert_eq!(super::join(&["12", "9", "4"], " + "), "12 + 9 + 4");
        assert_eq!(super::join(&["Kharkiv", "Sumy"], ", "), ["Kharkiv", "Sumy"].join(", "));
    }
}
