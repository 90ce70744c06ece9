//! How a check records its reasoning for `--explain`: why a finding's
//! figures were tied, and why a candidate relation was set aside.
//!
//! The record is reached from the document every finder already reads, so no
//! finder's signature changes: [`Doc::explaining`] says whether reasons are
//! wanted, [`Doc::tie`] and [`Doc::set_aside`] record one. When explanations
//! are off (every check but `--explain` and the page's explanation) the
//! document holds no record, each call is one test of an `Option`, and
//! nothing is allocated.
//!
//! # Recording why figures were tied
//!
//! Where a finder decides that figures belong together, it names the rule,
//! the figures (indices into `doc.figures`) and the reason, with the words
//! of the text that decided when there are some:
//!
//! ```ignore
//! doc.tie(ID, &[total.figure, average.figure], Tie::StatedCue, doc.words_span(first, end));
//! doc.tie(ID, &[total.figure, average.figure], Tie::SameSentence, None);
//! doc.tie(ID, &[total.figure, part.figure], Tie::PartialBreakdown, doc.words_span(cue, cue + 1));
//! ```
//!
//! A reason is shown on every finding of the same rule whose figures include
//! all the figures it names, so a finder may record a reason about the whole
//! relation or about one pair inside it. Cue, scope and completeness are the
//! finder's to record; the verdict ("holds within rounding", or not at any
//! reading) is added to every finding after the checks have run.
//!
//! # Recording a rejected candidate
//!
//! Where a finder had figures that might have made a relation and turned
//! them down, it names the rule, the figures, the reason as a [`SetAside`]
//! (worded once, in [`SetAside::words`]) and the words that decided:
//!
//! ```ignore
//! doc.set_aside(ID, &[total.figure, part.figure], SetAside::OtherPeriod, doc.words_span(w, w + 2));
//! ```
//!
//! Record only candidates a reader would take for a relation (figures a
//! check's cue or scope nearly joined), not every pair of figures looked at:
//! the list is what an editor reads under "Considered and set aside".
//! Repeats (the same rule, figures and reason) are shown once, and a
//! candidate whose figures a finding of the same rule reports is not shown.
//!
//! Work done only to record a reason (a search for the words that decided)
//! goes behind `if doc.explaining()`.

use crate::mentions::Doc;
use crate::report::explain::{Reason, Rejected, SetAside, Tie};
use crate::report::{Finding, Status};
use crate::text::Span;

/// The reasons recorded while checking one document.
#[derive(Debug, Default)]
pub struct Notes {
    ties: Vec<(&'static str, Vec<usize>, Reason)>,
    rejected: Vec<Rejected>,
}

impl Doc<'_> {
    /// Whether reasons are being recorded: guard work done only to record
    /// one.
    #[inline]
    pub fn explaining(&self) -> bool {
        self.explain.is_some()
    }

    /// Records that `rule` tied `figures` for the reason `tie`, decided by
    /// the words at `quote` (a span of this document's text) when given.
    #[inline]
    pub fn tie(&self, rule: &'static str, figures: &[usize], tie: Tie, quote: Option<Span>) {
        if let Some(notes) = &self.explain {
            let reason = Reason { tie, quote: self.quote(quote), detail: String::new() };
            notes.borrow_mut().ties.push((rule, figures.to_vec(), reason));
        }
    }

    /// Records that `rule` considered `figures` as a relation and set them
    /// aside for `reason`, decided by the words at `quote` when given.
    #[inline]
    pub fn set_aside(&self, rule: &'static str, figures: &[usize], reason: SetAside, quote: Option<Span>) {
        if let Some(notes) = &self.explain {
            let rejected = Rejected { rule, figures: figures.to_vec(), reason, quote: self.quote(quote) };
            notes.borrow_mut().rejected.push(rejected);
        }
    }

    /// The span of words `first..end` (word indices), for a reason's quote;
    /// `None` when the range holds no word.
    pub fn words_span(&self, first: usize, end: usize) -> Option<Span> {
        let words = self.words().get(first..end.min(self.words().len()))?;
        Some(Span::new(words.first()?.span.start, words.last()?.span.end))
    }

    fn quote(&self, quote: Option<Span>) -> String {
        quote.and_then(|s| self.text.get(s.start..s.end)).unwrap_or_default().to_owned()
    }
}

/// Gives each finding the reasons recorded for its figures, cue first and
/// verdict last, and returns the candidates set aside that no finding
/// reports. Does nothing when explanations are off.
pub(crate) fn attach(doc: &Doc, findings: &mut [Finding]) -> Vec<Rejected> {
    let Some(notes) = &doc.explain else { return Vec::new() };
    let notes = std::mem::take(&mut *notes.borrow_mut());
    for finding in findings.iter_mut() {
        let figures: Vec<usize> = finding.figures.iter().filter_map(|x| x.figure).collect();
        for (rule, tied, reason) in &notes.ties {
            let applies = *rule == finding.rule && tied.iter().all(|f| figures.contains(f));
            if applies && !finding.explanation.contains(reason) {
                finding.explanation.push(reason.clone());
            }
        }
        finding.explanation.sort_by_key(|r| r.tie.aspect() as u8);
        finding.explanation.push(verdict(finding));
    }
    let mut rejected: Vec<Rejected> = Vec::new();
    for r in notes.rejected {
        let mut set = r.figures.clone();
        set.sort_unstable();
        let reported = findings.iter().any(|f| {
            let mut figures: Vec<usize> = f.figures.iter().filter_map(|x| x.figure).collect();
            figures.sort_unstable();
            f.rule == r.rule && figures == set
        });
        let repeated = rejected.iter().any(|o| o.rule == r.rule && o.figures == r.figures && o.reason == r.reason);
        if !reported && !repeated {
            rejected.push(r);
        }
    }
    rejected
}

/// The verdict in words: whether the arithmetic holds within rounding, with
/// what the figures give against what the text states.
fn verdict(finding: &Finding) -> Reason {
    let holds = finding.status == Status::Consistent;
    let detail = if holds {
        format!("the figures give {}; the text states {}", finding.expected, finding.reported)
    } else {
        format!(
            "the figures give {}; the text states {}: a difference of {}",
            finding.expected, finding.reported, finding.difference
        )
    };
    Reason { tie: if holds { Tie::WithinRounding } else { Tie::BeyondRounding }, quote: String::new(), detail }
}
