//! The JavaScript edge: `check`, `figures`, `version` and the segment
//! checker behind the package's `Checker`, for the page, its worker and
//! anyone who installs the `addsup` package (`js/`, built by
//! scripts/web-build.sh).
//!
//! Like the CLI, this edge converts the core's byte spans, here into UTF-16
//! code units so that `text.slice(start, end)` in JavaScript is the figure.
//! Objects have the fields of the CLI's JSON (`start`/`end` instead of a
//! byte span; `figure`, the index into `figures`, on a finding's figure).
//! Options are checked field by field: an unknown field or a bad value is a
//! thrown `Error`, never a panic.
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

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::Options;
use crate::checker::Checker;
use crate::checks::ALL as RULES;
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
    #[wasm_bindgen(typescript_type = "Figure[]")]
    pub type JsFigures;
    #[wasm_bindgen(typescript_type = "Options")]
    pub type JsOptions;
    #[wasm_bindgen(typescript_type = "string")]
    pub type JsText;
}

/// The longest text checked, in bytes of UTF-8: far past any story (a
/// novel is about 1 MB), and small enough that the report of a text full of
/// figures still fits in the Wasm memory. Longer text is refused whole with
/// an `Error`, never cut.
pub const MAX_TEXT: usize = 64 * 1024 * 1024;

fn options_of(options: Option<JsOptions>) -> Result<Options, JsError> {
    match options {
        Some(o) => parse_options(o.into()),
        None => Ok(Options::default()),
    }
}

/// The text of a JavaScript string, or an `Error` naming what came instead.
fn accept(text: JsText, call: &str) -> Result<String, JsError> {
    let value: JsValue = text.into();
    let Some(text) = value.as_string() else {
        let what = if value.is_null() { "null".to_owned() } else { describe(&value) };
        return Err(JsError::new(&format!("addsup: {call}: the text must be a string, not {what}")));
    };
    if text.len() > MAX_TEXT {
        return Err(too_long(text.len()));
    }
    Ok(text)
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

/// Checks `text` and returns its findings and figures.
///
/// Throws an `Error` when `options` has an unknown field or a bad value, or
/// the text is longer than [`MAX_TEXT`].
#[wasm_bindgen]
pub fn check(text: JsText, options: Option<JsOptions>) -> Result<JsReport, JsError> {
    let text = accept(text, "check(text)")?;
    let options = options_of(options)?;
    let report = crate::check(&text, &options);
    Ok(parse_json(&json::report(&text, &report)).unchecked_into())
}

/// `check` with the report built by serde-wasm-bindgen: only in a build
/// for measuring the two (BENCHMARKS.md).
#[cfg(feature = "measure-serde-wasm-bindgen")]
#[wasm_bindgen(js_name = checkViaSerdeWasmBindgen, skip_typescript)]
pub fn check_via_serde_wasm_bindgen(text: &str) -> JsValue {
    json::report_objects(text, &crate::check(text, &Options::default()))
}

/// The figures of `text`, without checking anything.
#[wasm_bindgen]
pub fn figures(text: JsText) -> Result<JsFigures, JsError> {
    let text = accept(text, "figures(text)")?;
    Ok(parse_json(&json::figures(&text, &crate::recognize(&text))).unchecked_into())
}

/// The version of addsup, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
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
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<JsOptions>) -> Result<SegmentChecker, JsError> {
        Ok(SegmentChecker { inner: Checker::new(options_of(options)?) })
    }

    /// Takes as the current text the last one (at first empty) with the
    /// `removed` bytes of its UTF-8 at byte `at` replaced by `inserted`;
    /// returns JSON, one entry per segment in order: `{"id", "units",
    /// "bytes"}`, and `"report"` (offsets from the segment's start) for
    /// segments checked in this update. The JavaScript `Checker` finds what
    /// changed, so only the change crosses into the Wasm memory and the
    /// rest of the text is neither copied from JavaScript nor compared.
    pub fn edit(&mut self, at: u32, removed: u32, inserted: JsText) -> Result<String, JsError> {
        let inserted = accept(inserted, "Checker.update(text)")?;
        let len = self.inner.text().len().saturating_sub(removed as usize) + inserted.len();
        if len > MAX_TEXT {
            return Err(too_long(len));
        }
        if self.inner.edit(at as usize, removed as usize, &inserted).is_none() {
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

/// The fields of the options object.
const OPTION_FIELDS: [&str; 3] = ["rules", "minSeverity", "explain"];

/// Reads the options object field by field with js-sys (smaller in the
/// .wasm than a serde deserializer, and every error names its field).
fn parse_options(value: JsValue) -> Result<Options, JsError> {
    let bad = |msg: String| JsError::new(&format!("addsup: bad options: {msg}"));
    let is_object = |v: &JsValue| v.is_object() && !Array::is_array(v);
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !is_object(&value) {
        return Err(bad(format!(
            "options must be an object, like {{ minSeverity: \"error\" }}, not {}",
            describe(&value)
        )));
    }
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_FIELDS.contains(&key.as_str()) {
            return Err(bad(format!(
                "unknown option \"{key}\"; the options are \"rules\", \"minSeverity\" and \"explain\""
            )));
        }
    }
    let field = |name: &str| Reflect::get(&value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);

    let mut options = Options::default();
    let rules = field("rules");
    if !rules.is_undefined() && !rules.is_null() {
        if !is_object(&rules) {
            return Err(bad(format!(
                "\"rules\" must be an object of rule ids to true or false, not {}",
                describe(&rules)
            )));
        }
        for entry in Object::entries(rules.unchecked_ref::<Object>()).iter() {
            let entry: Array = entry.unchecked_into();
            let rule = entry.get(0).as_string().unwrap_or_default();
            if !RULES.iter().any(|r| r.id == rule) {
                let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
                return Err(bad(format!("unknown rule \"{rule}\"; the rules are {}", crate::text::join(&ids, ", "))));
            }
            match entry.get(1).as_bool() {
                Some(true) => {}
                Some(false) => options.disabled_rules.push(rule),
                None => {
                    return Err(bad(format!("rule \"{rule}\" must be true or false, not {}", describe(&entry.get(1)))));
                }
            }
        }
    }
    let severity = field("minSeverity");
    options.min_severity = match severity.as_string().as_deref() {
        _ if severity.is_undefined() || severity.is_null() => None,
        Some("warning") => Some(Severity::Warning),
        Some("error") => Some(Severity::Error),
        _ => return Err(bad(format!("\"minSeverity\" must be \"warning\" or \"error\", not {}", describe(&severity)))),
    };
    let explain = field("explain");
    options.explain = match explain.as_bool() {
        _ if explain.is_undefined() || explain.is_null() => false,
        Some(on) => on,
        None => return Err(bad(format!("\"explain\" must be true or false, not {}", describe(&explain)))),
    };
    Ok(options)
}

/// A bad value as an error message shows it: a string quoted, else its type.
/// Quoted by hand, not with `{:?}`, so messages stay whole in a build with
/// `-Zfmt-debug=none` (see scripts/web-build.sh).
fn describe(value: &JsValue) -> String {
    match value.as_string() {
        Some(s) => format!("\"{s}\""),
        None if Array::is_array(value) => "an array".to_owned(),
        None => value.js_typeof().as_string().unwrap_or_default(),
    }
}
