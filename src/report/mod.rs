//! The report: every finding, ordered by position, and every figure read.

pub mod explain;
pub mod json;
// Compiled where it is used, the Wasm build, and for its tests.
#[cfg(any(target_arch = "wasm32", test))]
pub mod json_number;

use crate::figures::Figure;
use crate::text::Span;
use serde::Serialize;

/// Whether a checked relation holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// No reading allowed by the figures' precision and hedges makes the
    /// arithmetic work.
    Inconsistent,
    /// Some reading makes it work: a passed check.
    Consistent,
}

/// How sure addsup is that the figures belong together at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The relation was inferred from looser evidence.
    Warning,
    /// The relation is stated by explicit cues ("of which", "out of").
    Error,
}

/// The part a figure plays in a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Total,
    Part,
    Whole,
    Share,
    Percent,
    From,
    To,
    Change,
    Original,
    Converted,
    Count,
    Item,
    Restated,
    Margin,
    Flow,
    Balance,
}

/// A figure as it takes part in a finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FindingFigure {
    /// Index into [`Report::figures`]; `None` for a word that stands for a
    /// number without being a figure ("another" for 1, "a fifth" for 20%,
    /// "doubled", a listed item).
    pub figure: Option<usize>,
    pub span: Span,
    pub role: Role,
}

/// One checked relation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's stable kebab-case id, e.g. `sum-of-parts`.
    pub rule: &'static str,
    pub status: Status,
    pub severity: Severity,
    /// The arithmetic in plain words.
    pub message: String,
    pub figures: Vec<FindingFigure>,
    /// What the other figures give, in words and numbers.
    pub expected: String,
    /// What the text states.
    pub reported: String,
    /// How far apart the nearest readings are, as a number; 0 when
    /// consistent.
    pub gap: f64,
    /// For a problem, the difference between the value the figures give and
    /// the value the text states, in the text's own units and rounded for a
    /// reader ("2 drones", "about 25.6 km", "5.1 percentage points");
    /// empty for a pass.
    pub difference: String,
    /// False only for a pass that says nothing: a part no larger than its
    /// total, or one figure restated as itself.
    pub informative: bool,
    /// The span the finding is about: the sentence(s) of its figures.
    pub span: Span,
    /// Why its figures were tied and the verdict, cue first: only when
    /// explanations were asked for ([`crate::Options::explain`]), else empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub explanation: Vec<explain::Reason>,
}

/// Everything addsup read and checked in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub figures: Vec<Figure>,
    /// The candidate relations the checks considered and set aside, in the
    /// order found: only when explanations were asked for, else empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<explain::Rejected>,
}

impl Report {
    pub fn inconsistent(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.status == Status::Inconsistent)
    }
}
