//! The CLI's JSON: character offsets instead of the core's byte spans, in
//! the shape the Wasm binding writes too ([`addsup::report::json`]).
//!
//! Offsets are Unicode scalar values (Python `str` indices, Rust `chars()`),
//! end exclusive.

use addsup::Figure;
use addsup::report::json::Offsets;
use addsup::text::{OffsetMap, Span, Unit};
use serde_json::Value;

/// Converts the byte spans of one text into character offsets.
pub(crate) struct CharOffsets(OffsetMap);

impl CharOffsets {
    pub(crate) fn new(text: &str) -> Self {
        CharOffsets(OffsetMap::new(text, Unit::Char))
    }

    /// `(start, end)` in characters.
    pub(crate) fn of(&self, span: Span) -> (usize, usize) {
        (self.0.convert(span.start), self.0.convert(span.end))
    }
}

/// The shape of the JSON, shared with the Wasm binding, in characters.
pub(crate) fn char_offsets(text: &str) -> Offsets<'_> {
    Offsets::new(text, Unit::Char)
}

/// Every figure, as a JSON array.
pub(crate) fn figures(figures: &[Figure], text: &str) -> Value {
    let offsets = char_offsets(text);
    figures.iter().map(|f| serde_json::to_value(offsets.figure(f)).unwrap_or_default()).collect()
}

/// The name a serde enum value has in JSON (`Kind::Money` → `money`).
pub(crate) fn name(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use addsup::Kind;
    use addsup::figures::{Approx, Bound};
    use serde_json::json;

    /// A figure with nothing but a span and a kind, for tests to fill in.
    pub(crate) fn blank(span: Span, kind: Kind) -> Figure {
        Figure::new(span, kind)
    }

    #[test]
    fn figures_have_char_offsets_and_no_byte_span() {
        // The README's example of the contract.
        let text = "About 1.5 million people fled and at least 23 were hurt.";
        let hedged = Figure {
            value: Some(1.5e6),
            approx: Some(Approx::About),
            precision: Some(1e5),
            hedge: Some(Span::new(0, 5)),
            ..blank(Span::new(6, 17), Kind::Number)
        };
        let bounded = Figure {
            value: Some(23.0),
            min: Some(23.0),
            bound: Some(Bound::AtLeast),
            precision: Some(1.0),
            ..blank(Span::new(34, 45), Kind::Number)
        };
        let got = json!({ "figures": figures(&[hedged, bounded], text) });
        assert_eq!(
            got.to_string(),
            concat!(
                r#"{"figures":[{"text":"1.5 million","start":6,"end":17,"kind":"number","value":1500000.0,"#,
                r#""approx":"about","precision":100000.0,"hedge":{"start":0,"end":5}},"#,
                r#"{"text":"at least 23","start":34,"end":45,"kind":"number","value":23.0,"#,
                r#""min":23.0,"bound":"at_least","precision":1.0}]}"#
            )
        );
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "«Ω» £5 and 😀 7";
        let offsets = CharOffsets::new(text);
        let pound = text.find('£').unwrap();
        let seven = text.find('7').unwrap();
        let money = Figure {
            value: Some(5.0),
            currency: Some("GBP"),
            hedge: Some(Span::new(0, "«Ω»".len())),
            in_words: true,
            ..blank(Span::new(pound, pound + "£5".len()), Kind::Money)
        };
        let got = serde_json::to_value(char_offsets(text).figure(&money)).unwrap();
        assert_eq!((got["start"].as_u64(), got["end"].as_u64()), (Some(4), Some(6)));
        assert_eq!(got["hedge"], json!({"start": 0, "end": 3}));
        assert_eq!(got["text"], "£5");
        assert_eq!(got["in_words"], true);
        assert!(got.get("span").is_none());
        assert_eq!(offsets.of(Span::new(seven, seven + 1)), (13, 14));
    }
}
