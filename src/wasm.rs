//! The JavaScript edge: `check`, `figures` and `version` for the page, the
//! worker and anyone who imports the package built by `wasm-pack`.
//!
//! Like the CLI, this edge converts the core's byte spans, here into UTF-16
//! code units so that `text.slice(start, end)` in JavaScript is the figure.
//! Objects have the fields of the CLI's JSON (`start`/`end` instead of a
//! byte span; `figure`, the index into `figures`, on a finding's figure). Options are checked field by
//! field: an unknown field or a bad value is a thrown `Error`, never a panic.

use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::figures::{Approx, Bound, Figure, Kind};
use crate::report::{Finding, Role, Severity, Status};
use crate::rules::RULES;
use crate::text::{OffsetMap, Span, Unit};
use crate::{Options, Report};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What a figure is: quantities first, then non-quantities no check uses. */
export type Kind = "number" | "percent" | "points" | "money" | "measure" | "range"
  | "year" | "date" | "time" | "ordinal" | "identifier";
/** A hedge that loosens a figure: `about 150`. */
export type Approx = "about" | "nearly" | "just_over" | "vague";
/** A bound that makes a figure one-sided: `at least 23`. */
export type Bound = "at_least" | "more_than" | "at_most" | "less_than";
/** `inconsistent`: no reading makes the arithmetic work; `consistent`: a passed check. */
export type Status = "inconsistent" | "consistent";
/** How sure addsup is that the figures belong together. */
export type Severity = "warning" | "error";
/** The part a figure plays in a finding. */
export type Role = "total" | "part" | "whole" | "share" | "percent" | "from" | "to"
  | "change" | "original" | "converted" | "count" | "item" | "restated";

/** A range of the text in UTF-16 code units: `text.slice(start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** One figure read from the text. */
export interface Figure extends Range {
  /** The figure as written, e.g. `at least 23`, `$3bn`. */
  text: string;
  kind: Kind;
  /** The stated value, scaled; null for ranges and numbers too large. */
  value: number | null;
  min?: number;
  max?: number;
  /** Canonical unit of a measure: `mile`, `km`, `°C`. */
  unit?: string;
  /** ISO 4217 code of an amount of money. */
  currency?: string;
  approx?: Approx;
  bound?: Bound;
  /** Place value of the last stated digit: `1.5 million` has 100000. */
  precision?: number;
  /** Where the hedge words (`about`) stand. */
  hedge?: Range;
  /** Present (true) when the number was written in words. */
  in_words?: true;
}

/** A figure as it takes part in a finding. */
export interface FindingFigure extends Range {
  text: string;
  role: Role;
  /** Index into `Report.figures`; null for a word that stands for a number
   * without being a figure ("another" for 1, "doubled"). */
  figure: number | null;
}

/** One checked relation; `start`/`end` cover its sentence(s). */
export interface Finding extends Range {
  /** The rule's kebab-case id, e.g. `sum-of-parts`. */
  rule: string;
  status: Status;
  severity: Severity;
  /** The arithmetic in plain words. */
  message: string;
  figures: FindingFigure[];
  /** What the other figures give. */
  expected: string;
  /** What the text states. */
  reported: string;
  /** How far apart they are; 0 when consistent. */
  gap: number;
}

/** Everything read and checked in one text, findings ordered by position. */
export interface Report {
  findings: Finding[];
  figures: Figure[];
}

/** Options of `check`. Any other field, or a bad value, throws an Error. */
export interface Options {
  /** Rule id to on (true) or off (false); rules are on unless turned off. */
  rules?: Record<string, boolean>;
  /** Report only findings of at least this severity. */
  minSeverity?: Severity;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
    #[wasm_bindgen(typescript_type = "Figure[]")]
    pub type JsFigures;
    #[wasm_bindgen(typescript_type = "Options")]
    pub type JsOptions;
}

/// Checks `text` and returns its findings and figures.
///
/// Throws an `Error` when `options` has an unknown field or a bad value.
#[wasm_bindgen]
pub fn check(text: &str, options: Option<JsOptions>) -> Result<JsReport, JsError> {
    let options = match options {
        Some(o) => parse_options(o.into())?,
        None => Options::default(),
    };
    let report = crate::check(text, &options);
    let out = ReportOut::new(text, &report);
    to_js(&out).map(JsCast::unchecked_into)
}

/// The figures of `text`, without checking anything.
#[wasm_bindgen]
pub fn figures(text: &str) -> Result<JsFigures, JsError> {
    let figures = crate::recognize(text);
    let map = OffsetMap::new(text, Unit::Utf16);
    let out: Vec<_> = figures.iter().map(|f| FigureOut::new(text, &map, f)).collect();
    to_js(&out).map(JsCast::unchecked_into)
}

/// The version of addsup, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // JSON-compatible: absent values are `null`, maps are plain objects.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|e| JsError::new(&format!("addsup: cannot build the report: {e}")))
}

/// The fields of the options object.
const OPTION_FIELDS: [&str; 2] = ["rules", "minSeverity"];

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
            return Err(bad(format!("unknown option {key:?}; the options are \"rules\" and \"minSeverity\"")));
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
                return Err(bad(format!("unknown rule {rule:?}; the rules are {}", ids.join(", "))));
            }
            match entry.get(1).as_bool() {
                Some(true) => {}
                Some(false) => options.disabled_rules.push(rule),
                None => {
                    return Err(bad(format!("rule {rule:?} must be true or false, not {}", describe(&entry.get(1)))));
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
    Ok(options)
}

/// A bad value as an error message shows it: a string quoted, else its type.
fn describe(value: &JsValue) -> String {
    match value.as_string() {
        Some(s) => format!("{s:?}"),
        None if Array::is_array(value) => "an array".to_owned(),
        None => value.js_typeof().as_string().unwrap_or_default(),
    }
}

#[derive(Serialize)]
struct RangeOut {
    start: usize,
    end: usize,
}

impl RangeOut {
    fn new(map: &OffsetMap, span: Span) -> Self {
        RangeOut { start: map.convert(span.start), end: map.convert(span.end) }
    }
}

#[derive(Serialize)]
struct FigureOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    value: Option<f64>,
    kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    approx: Option<Approx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bound: Option<Bound>,
    #[serde(skip_serializing_if = "Option::is_none")]
    precision: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hedge: Option<RangeOut>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    in_words: bool,
}

impl<'a> FigureOut<'a> {
    fn new(text: &'a str, map: &OffsetMap, f: &Figure) -> Self {
        FigureOut {
            text: f.text(text),
            start: map.convert(f.span.start),
            end: map.convert(f.span.end),
            value: f.value,
            kind: f.kind,
            min: f.min,
            max: f.max,
            unit: f.unit,
            currency: f.currency,
            approx: f.approx,
            bound: f.bound,
            precision: f.precision,
            hedge: f.hedge.map(|h| RangeOut::new(map, h)),
            in_words: f.in_words,
        }
    }
}

#[derive(Serialize)]
struct FindingFigureOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    role: Role,
    figure: Option<usize>,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    rule: &'static str,
    status: Status,
    severity: Severity,
    message: &'a str,
    figures: Vec<FindingFigureOut<'a>>,
    expected: &'a str,
    reported: &'a str,
    gap: f64,
    start: usize,
    end: usize,
}

impl<'a> FindingOut<'a> {
    fn new(text: &'a str, map: &OffsetMap, f: &'a Finding) -> Self {
        FindingOut {
            rule: f.rule,
            status: f.status,
            severity: f.severity,
            message: &f.message,
            figures: f
                .figures
                .iter()
                .map(|ff| FindingFigureOut {
                    text: ff.span.of(text),
                    start: map.convert(ff.span.start),
                    end: map.convert(ff.span.end),
                    role: ff.role,
                    figure: ff.figure,
                })
                .collect(),
            expected: &f.expected,
            reported: &f.reported,
            gap: f.gap,
            start: map.convert(f.span.start),
            end: map.convert(f.span.end),
        }
    }
}

#[derive(Serialize)]
struct ReportOut<'a> {
    findings: Vec<FindingOut<'a>>,
    figures: Vec<FigureOut<'a>>,
}

impl<'a> ReportOut<'a> {
    fn new(text: &'a str, report: &'a Report) -> Self {
        let map = OffsetMap::new(text, Unit::Utf16);
        ReportOut {
            findings: report.findings.iter().map(|f| FindingOut::new(text, &map, f)).collect(),
            figures: report.figures.iter().map(|f| FigureOut::new(text, &map, f)).collect(),
        }
    }
}
