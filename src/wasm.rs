//! The JavaScript edge: `check`, `figures` and `version` for the page, the
//! worker and anyone who imports the package built by `wasm-pack`.
//!
//! Like the CLI, this edge converts the core's byte spans, here into UTF-16
//! code units so that `text.slice(start, end)` in JavaScript is the figure.
//! Objects have the fields of the CLI's JSON (`start`/`end` instead of a
//! byte span, `index` for a finding's figure). Options are checked field by
//! field: an unknown field or a bad value is a thrown `Error`, never a panic.

use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::figures::{Approx, Bound, Figure, Kind};
use crate::report::{Finding, Role, Severity, Status};
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
  /** Index into `Report.figures`. */
  index: number;
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

/// The fields of the options object; each is read on its own so that an
/// error names the field. (serde-wasm-bindgen reads a struct's fields by
/// name and never sees the others, so unknown fields are looked for first.)
const OPTION_FIELDS: [&str; 2] = ["rules", "minSeverity"];

#[derive(Deserialize)]
struct RulesIn {
    #[serde(default)]
    rules: Option<BTreeMap<String, bool>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SeverityIn {
    #[serde(default)]
    min_severity: Option<String>,
}

fn parse_options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    let bad = |msg: String| JsError::new(&format!("addsup: bad options: {msg}"));
    // The message of a serde-wasm-bindgen error, without its "Error: ".
    let why = |e: serde_wasm_bindgen::Error| e.to_string().trim_start_matches("Error: ").to_owned();
    let fields: BTreeMap<String, IgnoredAny> = match value.is_object() {
        true => serde_wasm_bindgen::from_value(value.clone()).ok(),
        false => None,
    }
    .ok_or_else(|| bad("options must be an object, like { minSeverity: \"error\" }".to_owned()))?;
    if let Some(unknown) = fields.keys().find(|k| !OPTION_FIELDS.contains(&k.as_str())) {
        return Err(bad(format!("unknown option {unknown:?}; the options are \"rules\" and \"minSeverity\"")));
    }

    let mut options = Options::default();
    let rules: RulesIn = serde_wasm_bindgen::from_value(value.clone())
        .map_err(|e| bad(format!("\"rules\" must map rule ids to true or false ({})", why(e))))?;
    for (rule, on) in rules.rules.unwrap_or_default() {
        if !is_rule_id(&rule) {
            return Err(bad(format!("{rule:?} is not a rule id (rule ids are kebab-case, like \"sum-of-parts\")")));
        }
        if !on {
            options.disabled_rules.push(rule);
        }
    }
    let severity: SeverityIn = serde_wasm_bindgen::from_value(value)
        .map_err(|e| bad(format!("\"minSeverity\" must be \"warning\" or \"error\" ({})", why(e))))?;
    options.min_severity = match severity.min_severity.as_deref() {
        None => None,
        Some("warning") => Some(Severity::Warning),
        Some("error") => Some(Severity::Error),
        Some(other) => return Err(bad(format!("\"minSeverity\" must be \"warning\" or \"error\", not {other:?}"))),
    };
    Ok(options)
}

fn is_rule_id(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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
    index: usize,
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
                    index: ff.figure,
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
