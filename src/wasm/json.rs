//! The report as JSON text for JavaScript: the CLI's JSON field for field,
//! with offsets in UTF-16 code units. serde writes it (`serde_json`); the
//! structs here only say which fields JavaScript sees and in what units.

use serde::Serialize;

use crate::Report;
use crate::checker::Segment;
use crate::figures::{Approx, Bound, Figure, Kind};
use crate::report::{Finding, FindingFigure, Role, Severity, Status};
use crate::text::{OffsetMap, Span, Unit};

#[derive(Serialize)]
struct Range {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsFigure<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: Kind,
    value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    per: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    approx: Option<Approx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bound: Option<Bound>,
    #[serde(skip_serializing_if = "Option::is_none")]
    precision: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hedge: Option<Range>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    in_words: bool,
}

#[derive(Serialize)]
struct JsFindingFigure<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    role: Role,
    figure: Option<usize>,
}

#[derive(Serialize)]
struct JsFinding<'a> {
    rule: &'static str,
    status: Status,
    severity: Severity,
    message: &'a str,
    figures: Vec<JsFindingFigure<'a>>,
    expected: &'a str,
    reported: &'a str,
    gap: f64,
    difference: &'a str,
    informative: bool,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsReport<'a> {
    findings: Vec<JsFinding<'a>>,
    figures: Vec<JsFigure<'a>>,
}

#[derive(Serialize)]
struct JsSegment<'a> {
    id: u64,
    units: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<JsReport<'a>>,
}

/// Converts the spans of one text.
struct View<'t> {
    text: &'t str,
    map: OffsetMap,
}

impl<'t> View<'t> {
    fn new(text: &'t str) -> Self {
        View { text, map: OffsetMap::new(text, Unit::Utf16) }
    }

    fn range(&self, span: Span) -> Range {
        Range { start: self.map.convert(span.start), end: self.map.convert(span.end) }
    }

    fn figure(&self, f: &Figure) -> JsFigure<'t> {
        let Range { start, end } = self.range(f.span);
        JsFigure {
            text: f.text(self.text),
            start,
            end,
            kind: f.kind,
            value: f.value,
            min: f.min,
            max: f.max,
            unit: f.unit,
            per: f.per,
            currency: f.currency,
            approx: f.approx,
            bound: f.bound,
            precision: f.precision,
            hedge: f.hedge.map(|h| self.range(h)),
            in_words: f.in_words,
        }
    }

    fn finding_figure(&self, x: &FindingFigure) -> JsFindingFigure<'t> {
        let Range { start, end } = self.range(x.span);
        JsFindingFigure { text: x.span.of(self.text), start, end, role: x.role, figure: x.figure }
    }

    fn finding<'a>(&self, f: &'a Finding) -> JsFinding<'a>
    where
        't: 'a,
    {
        let Range { start, end } = self.range(f.span);
        JsFinding {
            rule: f.rule,
            status: f.status,
            severity: f.severity,
            message: &f.message,
            figures: f.figures.iter().map(|x| self.finding_figure(x)).collect(),
            expected: &f.expected,
            reported: &f.reported,
            gap: f.gap,
            difference: &f.difference,
            informative: f.informative,
            start,
            end,
        }
    }

    fn report<'a>(&self, report: &'a Report) -> JsReport<'a>
    where
        't: 'a,
    {
        JsReport {
            findings: report.findings.iter().map(|f| self.finding(f)).collect(),
            figures: report.figures.iter().map(|f| self.figure(f)).collect(),
        }
    }
}

/// serde_json writes these structs without fail (no maps with non-string
/// keys; a non-finite number is written as null, as the CLI writes it).
fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The report of `text` as JSON.
pub fn report(text: &str, report: &Report) -> String {
    to_json(&View::new(text).report(report))
}

/// The figures of `text` as a JSON array.
pub fn figures(text: &str, figures: &[Figure]) -> String {
    let view = View::new(text);
    to_json(&figures.iter().map(|f| view.figure(f)).collect::<Vec<_>>())
}

/// One segment's report, offsets from the segment's start.
pub fn segment_report(segment_text: &str, report: &Report) -> String {
    self::report(segment_text, report)
}

/// The segments of `text` after an update: each one's id and length in
/// UTF-16 units, and the report of those checked in this update.
pub fn segments(text: &str, segments: &[Segment]) -> String {
    let views: Vec<_> = segments.iter().map(|s| s.fresh.then(|| View::new(s.span.of(text)))).collect();
    let out: Vec<JsSegment> = segments
        .iter()
        .zip(&views)
        .map(|(s, view)| JsSegment { id: s.id, units: s.utf16_len, report: view.as_ref().map(|v| v.report(&s.report)) })
        .collect();
    to_json(&out)
}

/// The same report built as JavaScript objects by serde-wasm-bindgen, to
/// measure against the JSON text (scripts/bench/wasm.mjs).
#[cfg(feature = "measure-serde-wasm-bindgen")]
pub fn report_objects(text: &str, report: &Report) -> wasm_bindgen::JsValue {
    let view = View::new(text).report(report);
    serde_wasm_bindgen::to_value(&view).unwrap_or(wasm_bindgen::JsValue::NULL)
}
