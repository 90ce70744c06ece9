//! addsup reads news copy, finds the figures, works out which belong
//! together and checks that they add up.
//!
//! The pipeline, one module per stage, each reading only the ones before:
//!
//! ```text
//! text ─► figures ─► mentions ─► checks ─► report
//! ```
//!
//! - [`text`]: sentences and paragraphs ([`text::sentences`]), tokens, and
//!   the HTML-to-text map ([`text::html`]);
//! - [`figures`]: each stated quantity with the range its wording allows;
//! - [`mentions`]: what each figure counts, what happened to it, whose it is,
//!   who says so and when, from lexicons kept as text in `src/mentions/lexicon/`;
//! - [`checks`]: one unit per check (`src/checks/<check>/`): which figures
//!   belong together and in what roles, found from cue words within a
//!   paragraph and its neighbour, decided with interval arithmetic; every
//!   check is described once in [`checks::ALL`];
//! - [`report`]: findings ordered by position, and every figure read.
//!
//! Precision comes first: a relation is inconsistent only when no value
//! inside every figure's range satisfies it, and a relation inferred from
//! loose evidence is reported only when it holds, or as a warning.
//!
//! The core does no I/O and builds for `wasm32-unknown-unknown`. Spans are
//! byte ranges into the text; the edges (the CLI, the Wasm binding) convert
//! them with [`text::OffsetMap`].

// The Wasm build is made at opt-level "z" to fit its size budget; the few
// functions where a check spends its time are compiled for speed there
// (`#[cfg_attr(addsup_speed_attrs, optimize(speed))]`). The attribute is
// nightly-only, so only the Wasm build, which uses nightly, sets the cfg
// (scripts/web-build.sh); the native build at opt-level 3 ignores it.
#![cfg_attr(addsup_speed_attrs, feature(optimize_attribute))]

pub mod checker;
pub mod checks;
pub mod figures;
pub mod mentions;
pub mod report;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use checker::Checker;
pub use figures::{Figure, Kind, recognize};
pub use report::Report;

/// Which checks to run and what to report.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Rule ids to leave out.
    pub disabled_rules: Vec<String>,
    /// Report only findings of at least this severity.
    pub min_severity: Option<report::Severity>,
    /// Give each finding the reasons its figures were tied, and the report
    /// the candidate relations set aside ([`checks::explain`]).
    pub explain: bool,
}

/// Reads `text` and checks every relation found between its figures.
///
/// A text over 64 KiB is checked in segments of whole paragraphs, or of
/// whole sentences inside a paragraph of over 64 KiB (see
/// [`checker::segments`]); natively the segments are checked on every core at
/// once, in the Wasm build one after another. The report is the same either
/// way: segments are independent and their findings are joined in order. A
/// [`Checker`] gives the same report for the same text, re-checking only the
/// segments an edit touched.
pub fn check(text: &str, options: &Options) -> Report {
    let segments = checker::segments(text, checker::SEGMENTING);
    let checked = each_block(&segments, |&(start, end)| check_block(&text[start..end], options));
    if checked.len() == 1 {
        return checked.into_iter().next().unwrap_or_default();
    }
    checker::join(segments.into_iter().map(|(start, _)| start).zip(checked))
}

/// [`check`] a segment at a time, for an edge that writes findings as they
/// come rather than hold the report of a long text: `each` gets the segments'
/// reports in text order, with spans into `text` and figure indices that
/// count the figures of the segments before, so that joined they are the
/// report [`check`] gives. Natively a few segments at a time are checked on
/// every core.
pub fn check_each_block(text: &str, options: &Options, mut each: impl FnMut(Report)) {
    let segments = checker::segments(text, checker::SEGMENTING);
    #[cfg(not(target_arch = "wasm32"))]
    let at_once = 4 * rayon::current_num_threads();
    #[cfg(target_arch = "wasm32")]
    let at_once = 1;
    let mut first_figure = 0;
    for group in segments.chunks(at_once) {
        let checked = each_block(group, |&(start, end)| check_block(&text[start..end], options));
        for (&(start, _), block) in group.iter().zip(checked) {
            let block = checker::in_text(block, start, first_figure);
            first_figure += block.figures.len();
            each(block);
        }
    }
}

/// Checks one segment on its own: spans and figure indices are the segment's.
fn check_block(block: &str, options: &Options) -> Report {
    let tokens = text::Tokens::new(block);
    let figures = figures::recognize_tokens(block, &tokens);
    // Every rule off (the package's `figures()`): the figures alone, with
    // no mentions read for checks that will not run.
    if checks::ALL.iter().all(|c| options.disabled_rules.iter().any(|d| d == c.id)) {
        return Report { findings: Vec::new(), figures, rejected: Vec::new() };
    }
    let mut doc = mentions::Doc::with_tokens(block, tokens, figures);
    if options.explain {
        doc.explain = Some(Default::default());
    }
    let mut findings = checks::apply(&doc, &options.disabled_rules);
    let rejected = checks::explain::attach(&doc, &mut findings);
    if let Some(min) = options.min_severity {
        findings.retain(|f| f.severity >= min);
    }
    Report { findings, figures: doc.figures, rejected }
}

/// [`recognize`] a segment of whole paragraphs at a time, the segments
/// [`check`] reads (natively on every core): the same figures, with memory
/// for one segment's tables at a time rather than the whole text's.
pub fn recognize_in_blocks(text: &str) -> Vec<Figure> {
    let segments = checker::segments(text, checker::SEGMENTING);
    let read = each_block(&segments, |&(start, end)| checker::figures_in_text(recognize(&text[start..end]), start));
    read.concat()
}

/// `work` on each segment, in order: natively on every core at once, in the
/// Wasm build one after another. One segment (most texts) starts no thread
/// pool.
fn each_block<T: Send>(blocks: &[(usize, usize)], work: impl Fn(&(usize, usize)) -> T + Sync) -> Vec<T> {
    #[cfg(not(target_arch = "wasm32"))]
    if blocks.len() > 1 {
        use rayon::prelude::*;
        return blocks.par_iter().map(&work).collect();
    }
    blocks.iter().map(work).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn blocks_checked_on_every_core_give_the_report_one_thread_gives() {
        let mut text = String::new();
        for i in 0..3000 {
            let launched = 60 + i % 7;
            text.push_str(&format!(
                "Russia launched {launched} drones overnight. Air defences downed 38 of them, and 22 were lost.\n\n"
            ));
        }
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        let alone = one.install(|| super::check(&text, &Default::default()));
        let two = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        let together = two.install(|| super::check(&text, &Default::default()));
        assert!(super::checker::segments(&text, super::checker::SEGMENTING).len() > 2);
        assert_eq!(together, alone);
        assert_eq!(alone.inconsistent().count(), 3000 - 3000 / 7 - 1);
    }

    #[test]
    fn reports_given_a_block_at_a_time_join_into_the_report_of_check() {
        let mut text = String::new();
        for i in 0..2000 {
            text.push_str(&format!(
                "Russia launched {} drones overnight. Air defences downed 38 of them, and 22 were lost.\n\n",
                60 + i % 7
            ));
        }
        let mut joined = super::Report::default();
        let mut blocks = 0;
        super::check_each_block(&text, &Default::default(), |block| {
            blocks += 1;
            joined.findings.extend(block.findings);
            joined.figures.extend(block.figures);
        });
        assert!(blocks > 2);
        assert_eq!(joined, super::check(&text, &Default::default()));
    }

    #[test]
    fn figures_read_in_blocks_are_the_figures_of_the_whole_text() {
        let article = "About 1.5 million people fled, at least 23 were hurt and £3bn was lost.\nOfficials said 312 ships, 40% of them tankers, used the port.\n\n";
        let text = article.repeat(3000);
        assert!(crate::checker::segments(&text, crate::checker::SEGMENTING).len() > 2);
        let whole = super::recognize(&text);
        assert_eq!(whole.len(), 3000 * 5);
        assert_eq!(super::recognize_in_blocks(&text), whole);
    }

    #[test]
    fn a_check_with_every_rule_off_gives_the_figures_alone() {
        let text =
            "Russia launched 63 drones overnight. Air defences downed 38 of them, and 22 were lost.\n\n".repeat(900);
        let off = super::Options {
            disabled_rules: crate::checks::ALL.iter().map(|c| c.id.to_owned()).collect(),
            ..Default::default()
        };
        let report = super::check(&text, &off);
        assert!(report.findings.is_empty() && report.rejected.is_empty());
        assert_eq!(report.figures, super::check(&text, &Default::default()).figures);
        assert_eq!(report.figures, super::recognize(&text));
    }

    #[test]
    fn long_texts_are_checked_in_blocks_with_spans_and_indices_kept() {
        let article = "Russia launched 63 drones overnight. Air defences downed 38 of them, and 22 were lost.\n\n";
        let text = article.repeat(2000);
        let report = super::check(&text, &Default::default());
        assert_eq!(report.inconsistent().count(), 2000);
        assert_eq!(report.figures.len(), 6000);
        for f in &report.findings {
            for x in &f.figures {
                let i = x.figure.unwrap();
                assert_eq!(report.figures[i].span, x.span);
                assert_eq!(x.span.of(&text), report.figures[i].text(&text));
            }
        }
    }
}
