//! The JavaScript edge: `checkWith` (behind the package's `check` and
//! `figures`, the latter a check with every rule off, which reads the
//! figures alone) and the segment checker behind the package's `Checker`,
//! for the page, its worker and anyone who installs the `addsup` package
//! (`js/`, built by scripts/web-build.sh, which also writes the package's
//! `version()` from Cargo.toml: 25 bytes the .wasm need not carry).
//!
//! Like the CLI, this edge converts the core's byte spans, here into UTF-16
//! code units so that `text.slice(start, end)` in JavaScript is the figure.
//! Objects have the fields of the CLI's JSON (`start`/`end` instead of a
//! byte span; `figure`, the index into `figures`, on a finding's figure).
//! The package's `check`, `figures` and `Checker` (js/checker.js) check
//! their arguments field by field and throw an `Error` that names what is
//! wrong (an unknown field or a bad value, a text that is no string); they
//! pass the options here already read: the rule ids turned off, a minimum
//! severity as a number, and `explain`. Reading them in JavaScript keeps
//! the messages and the js-sys walk of objects out of the .wasm (1.6 KB
//! gzipped, BENCHMARKS.md).
//!
//! Reports cross as JSON text made by serde (`json.rs`) and parsed by the
//! engine's own `JSON.parse`: measured faster than building each object
//! through `Reflect` (serde-wasm-bindgen, or the hand-written builder this
//! replaced) and about the same size (BENCHMARKS.md).
//!
//! Text arrives through wasm-bindgen's UTF-8 encoding, which turns a lone
//! surrogate into U+FFFD: one UTF-16 unit either way, so offsets still index
//! the caller's string.

mod json;

use wasm_bindgen::prelude::*;

use crate::Options;
use crate::checker::Checker;
use crate::report::Severity;

/// The allocator of the Wasm build: talc, in place of std's dlmalloc,
/// which took 1,693 bytes more of the gzipped .wasm for the same speed
/// (BENCHMARKS.md, "The sixteenth session"). As with dlmalloc, memory grows
/// by pages asked of the host and is reused, never returned.
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
}

/// The longest text checked, in bytes of UTF-8: far past any story (a
/// novel is about 1 MB), and small enough that the report of a text full of
/// figures still fits in the Wasm memory. Longer text is refused whole with
/// an `Error`, never cut.
pub const MAX_TEXT: usize = 64 * 1024 * 1024;

/// The options as js/checker.js passes them, read and checked there: the
/// rule ids turned off, comma-separated; the minimum severity (0 none, 1
/// warning, 2 error); and whether to explain.
fn options(disabled: &str, min_severity: u8, explain: bool) -> Options {
    Options {
        disabled_rules: crate::text::split_at(disabled, b',').filter(|r| !r.is_empty()).map(str::to_owned).collect(),
        min_severity: match min_severity {
            1 => Some(Severity::Warning),
            2 => Some(Severity::Error),
            _ => None,
        },
        explain,
    }
}

/// A text no longer than [`MAX_TEXT`], or the `Error` that says so.
fn accept(text: &str) -> Result<&str, JsError> {
    if text.len() > MAX_TEXT { Err(too_long(text.len())) } else { Ok(text) }
}

fn too_long(bytes: usize) -> JsError {
    JsError::new(&format!(
        "addsup: the text is {bytes} bytes of UTF-8; the most addsup checks at once is {MAX_TEXT} (64 MiB): check it in parts"
    ))
}

fn parse_json(json: &str) -> JsValue {
    // The JSON is serde_json's own output, so it always parses.
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// Checks `text` and returns its findings and figures: the package's
/// `check(text, options)` (js/checker.js) after it has read the options.
///
/// Throws an `Error` when the text is longer than [`MAX_TEXT`].
#[wasm_bindgen(js_name = checkWith, skip_typescript)]
pub fn check_with(text: &str, disabled: &str, min_severity: u8, explain: bool) -> Result<JsReport, JsError> {
    let text = accept(text)?;
    let report = crate::check(text, &options(disabled, min_severity, explain));
    Ok(parse_json(&json::report(text, &report)).unchecked_into())
}

/// `check` with the report built by serde-wasm-bindgen: only in a build
/// for measuring the two (BENCHMARKS.md).
#[cfg(feature = "measure-serde-wasm-bindgen")]
#[wasm_bindgen(js_name = checkViaSerdeWasmBindgen, skip_typescript)]
pub fn check_via_serde_wasm_bindgen(text: &str) -> JsValue {
    json::report_objects(text, &crate::check(text, &Options::default()))
}

/// The core [`Checker`] for the package's JavaScript `Checker`
/// (js/checker.js), which keeps the objects it made of each segment's
/// report and shifts them into place.
#[wasm_bindgen(skip_typescript)]
pub struct SegmentChecker {
    inner: Checker,
}

#[wasm_bindgen]
impl SegmentChecker {
    /// A checker with the options as [`check_with`] takes them.
    #[wasm_bindgen(constructor)]
    pub fn new(disabled: &str, min_severity: u8, explain: bool) -> SegmentChecker {
        SegmentChecker { inner: Checker::new(options(disabled, min_severity, explain)) }
    }

    /// Takes as the current text the last one (at first empty) with the
    /// `removed` bytes of its UTF-8 at byte `at` replaced by `inserted`;
    /// returns JSON, one entry per segment in order: `{"id", "units",
    /// "bytes"}`, and `"report"` (offsets from the segment's start) for
    /// segments checked in this update. The JavaScript `Checker` finds what
    /// changed, so only the change crosses into the Wasm memory and the
    /// rest of the text is neither copied from JavaScript nor compared.
    pub fn edit(&mut self, at: u32, removed: u32, inserted: &str) -> Result<String, JsError> {
        let len = self.inner.text().len().saturating_sub(removed as usize) + inserted.len();
        if len > MAX_TEXT {
            return Err(too_long(len));
        }
        if self.inner.edit(at as usize, removed as usize, inserted).is_none() {
            return Err(JsError::new("addsup: Checker: the edit is not a range of the text"));
        }
        Ok(json::segments(self.inner.text(), self.inner.segments()))
    }

    /// The report of the current segment `id` (offsets from its start), as
    /// JSON; `undefined` when no current segment has that id.
    pub fn segment(&self, id: f64) -> Option<String> {
        let segment = self.inner.segments().iter().find(|s| s.id as f64 == id)?;
        Some(json::segment_report(segment.span.of(self.inner.text()), &segment.report))
    }
}
