//! The report as JSON text for JavaScript: the CLI's JSON field for field
//! (one shape, [`crate::report::json`]), with offsets in UTF-16 code units.
//! serde writes it (`serde_json`).

use serde::Serialize;

use crate::Report;
use crate::checker::Segment;
use crate::report::json::{JsonReport, Offsets};
use crate::report::json_number::ExactFloats;
use crate::text::Unit;

#[derive(Serialize)]
struct JsSegment<'a> {
    id: u64,
    units: usize,
    bytes: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<JsonReport<'a>>,
}

/// Offsets of `text` in UTF-16 code units, JavaScript's string indices.
fn view(text: &str) -> Offsets<'_> {
    Offsets::new(text, Unit::Utf16)
}

/// serde_json writes these structs without fail (no maps with non-string
/// keys; a non-finite number is written as null, as the CLI writes it).
/// Floats are written by [`ExactFloats`], not serde_json's own printer, for
/// the bytes (its module says why).
fn to_json(value: &impl Serialize) -> String {
    let mut out = Vec::new();
    let _ = value.serialize(&mut serde_json::Serializer::with_formatter(&mut out, ExactFloats));
    // SAFETY: serde_json writes only UTF-8 (its own `to_string` converts
    // unchecked the same way), and `ExactFloats` writes ASCII digits, '-'
    // and '.'. Checking again would add 666 bytes of UTF-8 validation to
    // the .wasm for nothing.
    unsafe { String::from_utf8_unchecked(out) }
}

/// The report of `text` as JSON.
pub fn report(text: &str, report: &Report) -> String {
    to_json(&view(text).report(report))
}

/// One segment's report, offsets from the segment's start.
pub fn segment_report(segment_text: &str, report: &Report) -> String {
    self::report(segment_text, report)
}

/// The segments of `text` after an update: each one's id and length in
/// UTF-16 units and in bytes, and the report of those checked in this update.
pub fn segments(text: &str, segments: &[Segment]) -> String {
    let views: Vec<_> = segments.iter().map(|s| s.fresh.then(|| view(s.span.of(text)))).collect();
    let out: Vec<JsSegment> = segments
        .iter()
        .zip(&views)
        .map(|(s, view)| JsSegment {
            id: s.id,
            units: s.utf16_len,
            bytes: s.span.len(),
            report: view.as_ref().map(|v| v.report(&s.report)),
        })
        .collect();
    to_json(&out)
}

/// The same report built as JavaScript objects by serde-wasm-bindgen, to
/// measure against the JSON text (scripts/bench/wasm.mjs).
#[cfg(feature = "measure-serde-wasm-bindgen")]
pub fn report_objects(text: &str, report: &Report) -> wasm_bindgen::JsValue {
    let view = view(text).report(report);
    serde_wasm_bindgen::to_value(&view).unwrap_or(wasm_bindgen::JsValue::NULL)
}
