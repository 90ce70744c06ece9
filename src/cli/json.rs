//! The CLI's JSON: character offsets instead of the core's byte spans.
//!
//! Offsets are Unicode scalar values (Python `str` indices, Rust `chars()`),
//! end exclusive.

use addsup::Figure;
use addsup::text::{OffsetMap, Span, Unit};
use serde_json::{Map, Value, json};

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

    /// `{"start", "end"}` in characters.
    pub(crate) fn json(&self, span: Span) -> Value {
        let (start, end) = self.of(span);
        json!({ "start": start, "end": end })
    }
}

/// One figure: `text`, `start`, `end`, then the core's own fields without
/// its byte `span`, and its `hedge` span in characters.
pub(crate) fn figure(figure: &Figure, text: &str, offsets: &CharOffsets) -> Value {
    let (start, end) = offsets.of(figure.span);
    let mut out = Map::new();
    out.insert("text".into(), figure.text(text).into());
    out.insert("start".into(), start.into());
    out.insert("end".into(), end.into());
    // Serializing a `Figure` cannot fail: it has no maps, and serde_json
    // writes a non-finite number as null.
    let Ok(Value::Object(fields)) = serde_json::to_value(figure) else { return Value::Object(out) };
    for (key, value) in fields {
        match key.as_str() {
            "span" => {}
            "hedge" => {
                if let Some(hedge) = figure.hedge {
                    out.insert(key, offsets.json(hedge));
                }
            }
            _ => {
                out.insert(key, value);
            }
        }
    }
    Value::Object(out)
}

/// Every figure, as a JSON array.
pub(crate) fn figures(figures: &[Figure], text: &str, offsets: &CharOffsets) -> Value {
    figures.iter().map(|f| figure(f, text, offsets)).collect()
}

/// The name a serde enum value has in JSON (`Kind::Money` → `money`).
pub(crate) fn name(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}
