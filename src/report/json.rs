//! The report as both edges write it in JSON: the CLI (offsets in
//! characters) and the Wasm binding (offsets in UTF-16 code units). One
//! shape, serialised by serde; an edge chooses only the unit its callers
//! index strings in, and, for HTML input, the map back into the HTML.
//!
//! A figure is `text`, `start`, `end`, then the core's fields without its
//! byte `span` (its `hedge` as a range); a finding the core's fields with
//! `start`/`end` for its span, and each of its figures' text and range. With
//! explanations, a finding has `explanation` and the report `rejected`;
//! without, neither field is written.

use serde::Serialize;

use super::explain::{Reason, Rejected};
use super::{Finding, FindingFigure, Report, Role, Severity, Status};
use crate::figures::{Approx, Bound, Figure, Kind};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::html::HtmlText;
use crate::text::{OffsetMap, Span, Unit};

/// A range of the input, in the edge's unit, end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct JsonFigure<'a> {
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
pub struct JsonFindingFigure<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    role: Role,
    figure: Option<usize>,
}

/// One reason, with its words from the one table of wordings.
#[derive(Serialize)]
pub struct JsonReason<'a> {
    // Ids as strings, from the reasons' table: every field of a reason then
    // serialises as a string, one routine for all (smaller Wasm).
    /// The aspect and words are left to the package in the Wasm build (see
    /// `report::explain`): each follows from the reason.
    #[cfg(not(target_arch = "wasm32"))]
    aspect: &'static str,
    reason: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    words: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
}

#[derive(Serialize)]
pub struct JsonFinding<'a> {
    rule: &'static str,
    status: Status,
    severity: Severity,
    message: &'a str,
    figures: Vec<JsonFindingFigure<'a>>,
    expected: &'a str,
    reported: &'a str,
    gap: f64,
    difference: &'a str,
    informative: bool,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    explanation: Vec<JsonReason<'a>>,
}

#[derive(Serialize)]
pub struct JsonRejected<'a> {
    rule: &'static str,
    /// Indices into the report's figures, which give their text and range.
    figures: &'a [usize],
    #[cfg(not(target_arch = "wasm32"))]
    aspect: &'static str,
    reason: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    words: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
}

#[derive(Serialize)]
pub struct JsonReport<'a> {
    findings: Vec<JsonFinding<'a>>,
    figures: Vec<JsonFigure<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    rejected: Vec<JsonRejected<'a>>,
}

/// Writes the reports of one checked text in an edge's offsets.
pub struct Offsets<'t> {
    /// The text that was checked: the input, or the text of its HTML.
    text: &'t str,
    /// Byte offsets of the input to the edge's unit.
    map: OffsetMap,
    /// For HTML input: where each span of `text` came from. Only the CLI
    /// reads HTML, so the Wasm build carries no map.
    #[cfg(not(target_arch = "wasm32"))]
    html: Option<&'t HtmlText>,
}

impl<'t> Offsets<'t> {
    /// Offsets into `text`, the text that was checked, in `unit`.
    pub fn new(text: &'t str, unit: Unit) -> Offsets<'t> {
        #[cfg(not(target_arch = "wasm32"))]
        return Offsets { text, map: OffsetMap::new(text, unit), html: None };
        #[cfg(target_arch = "wasm32")]
        Offsets { text, map: OffsetMap::new(text, unit) }
    }

    /// Offsets into the HTML source `input`, of whose text `html` the report
    /// was made.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of_html(input: &str, html: &'t HtmlText, unit: Unit) -> Offsets<'t> {
        Offsets { text: &html.text, map: OffsetMap::new(input, unit), html: Some(html) }
    }

    /// A span of the checked text as a range of the input.
    pub fn range(&self, span: Span) -> Range {
        #[cfg(not(target_arch = "wasm32"))]
        let span = self.html.map_or(span, |h| h.source_span(span));
        Range { start: self.map.convert(span.start), end: self.map.convert(span.end) }
    }

    pub fn figure(&self, f: &Figure) -> JsonFigure<'t> {
        let Range { start, end } = self.range(f.span);
        JsonFigure {
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

    fn finding_figure(&self, x: &FindingFigure) -> JsonFindingFigure<'t> {
        let Range { start, end } = self.range(x.span);
        JsonFindingFigure { text: x.span.of(self.text), start, end, role: x.role, figure: x.figure }
    }

    pub fn finding<'a>(&self, f: &'a Finding) -> JsonFinding<'a>
    where
        't: 'a,
    {
        let Range { start, end } = self.range(f.span);
        JsonFinding {
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
            explanation: f.explanation.iter().map(|r| self.reason(r)).collect(),
        }
    }

    fn reason(&self, r: &Reason) -> JsonReason<'t> {
        JsonReason {
            #[cfg(not(target_arch = "wasm32"))]
            aspect: r.tie.aspect().id(),
            reason: r.tie.id(),
            #[cfg(not(target_arch = "wasm32"))]
            words: r.tie.words(),
            quote: self.quote(r.quote),
        }
    }

    /// The words a reason quotes, as written.
    fn quote(&self, quote: Option<Span>) -> Option<&'t str> {
        quote.and_then(|q| self.text.get(q.start..q.end))
    }

    /// A candidate set aside.
    pub fn rejected<'a>(&self, r: &'a Rejected) -> JsonRejected<'a>
    where
        't: 'a,
    {
        JsonRejected {
            rule: r.rule,
            figures: &r.figures,
            #[cfg(not(target_arch = "wasm32"))]
            aspect: r.reason.aspect().id(),
            reason: r.reason.id(),
            #[cfg(not(target_arch = "wasm32"))]
            words: r.reason.words(),
            quote: self.quote(r.quote),
        }
    }

    pub fn report<'a>(&self, report: &'a Report) -> JsonReport<'a>
    where
        't: 'a,
    {
        JsonReport {
            findings: report.findings.iter().map(|f| self.finding(f)).collect(),
            figures: report.figures.iter().map(|f| self.figure(f)).collect(),
            rejected: report.rejected.iter().map(|r| self.rejected(r)).collect(),
        }
    }
}
