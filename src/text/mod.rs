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
