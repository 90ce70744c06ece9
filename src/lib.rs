//! addsup reads news copy, finds the figures, works out which belong
//! together and checks that they add up.
//!
//! The pipeline, one module per stage, each reading only the ones before:
//!
//! ```text
//! text ─► figures ─► mentions ─► relations ─► rules ─► report
//! ```
//!
//! The core does no I/O and builds for `wasm32-unknown-unknown`. Spans are
//! byte ranges into the text; the edges (the CLI, the Wasm binding) convert
//! them with [`text::OffsetMap`].

pub mod figures;
pub mod mentions;
pub mod relations;
pub mod report;
pub mod rules;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use figures::{Figure, Kind, recognize};
pub use report::Report;

/// Which checks to run and what to report.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Rule ids to leave out.
    pub disabled_rules: Vec<String>,
    /// Report only findings of at least this severity.
    pub min_severity: Option<report::Severity>,
}

/// Reads `text` and checks every relation found between its figures.
pub fn check(text: &str, options: &Options) -> Report {
    let doc = mentions::Doc::new(text, recognize(text));
    let relations = relations::find(&doc);
    let mut findings = rules::apply(&doc, &relations, &options.disabled_rules);
    if let Some(min) = options.min_severity {
        findings.retain(|f| f.severity >= min);
    }
    Report { findings, figures: doc.figures }
}
