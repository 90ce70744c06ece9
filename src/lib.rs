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
}

/// Reads `text` and checks every relation found between its figures.
///
/// A text over 64 KiB is checked in segments of whole paragraphs (see
/// [`checker::segments`]); natively the segments are checked on every core at
/// once, in the Wasm build one after another. The report is the same either
/// way: segments are independent and their findings are joined in order. A
/// [`Checker`] gives the same report for the same text, re-checking only the
/// segments an edit touched.
pub fn check(text: &str, options: &Options) -> Report {
    let segments = checker::segments(text, checker::SEGMENTING);
    let check_one = |&(start, end): &(usize, usize)| check_block(&text[start..end], options);
    // One segment (most texts) starts no thread pool.
    #[cfg(not(target_arch = "wasm32"))]
    let checked: Vec<Report> = if segments.len() > 1 {
        use rayon::prelude::*;
        segments.par_iter().map(check_one).collect()
    } else {
        segments.iter().map(check_one).collect()
    };
    #[cfg(target_arch = "wasm32")]
    let checked: Vec<Report> = segments.iter().map(check_one).collect();
    if checked.len() == 1 {
        return checked.into_iter().next().unwrap_or_default();
    }
    checker::join(segments.into_iter().map(|(start, _)| start).zip(checked))
}

/// Checks one segment on its own: spans and figure indices are the segment's.
fn check_block(block: &str, options: &Options) -> Report {
    let words = text::Words::new(block);
    let figures = figures::recognize_words(block, &words);
    let doc = mentions::Doc::with_words(block, words, figures);
    let mut findings = checks::apply(&doc, &options.disabled_rules);
    if let Some(min) = options.min_severity {
        findings.retain(|f| f.severity >= min);
    }
    Report { findings, figures: doc.figures }
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
