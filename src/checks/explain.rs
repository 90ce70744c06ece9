//! How a check records its reasoning for `--explain`: why a finding's
//! figures were tied, and why a candidate relation was set aside.
//!
//! The record is reached from the document every finder already reads, so no
//! finder's signature changes: [`Doc::explaining`] says whether reasons are
//! wanted, [`Doc::tie`] and [`Doc::set_aside`] record one. When explanations
//! are off ([`crate::Options::explain`] false: the CLI without `--explain`,
//! the package unless asked; the page asks) the document holds no record,
//! each call is one test of an `Option`, and nothing is allocated.
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
//! Repeats (the same rule, figures and reason) are shown once. Record a
//! candidate only where the finder turns it down, not for figures it then
//! reports in another reading.
//!
//! A check that drops a relation its finder proposed (a plausible one that
//! does not hold, which `checks::verdict::finding` leaves unreported) may record it
//! as [`SetAside::Unsure`] from its check function, which has the document
//! too.
//!
//! Work done only to record a reason (a search for the words that decided)
//! goes behind `if doc.explaining()`.

use crate::mentions::Doc;
use crate::report::explain::{Reason, Rejected, SetAside, Tie};
use crate::report::{Finding, Status};
use crate::text::Span;
use std::cell::RefCell;

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
            self.record_tie(notes, rule, figures, tie, quote);
        }
    }

    /// Records that `rule` considered `figures` as a relation and set them
    /// aside for `reason`, decided by the words at `quote` when given.
    #[inline]
    pub fn set_aside(&self, rule: &'static str, figures: &[usize], reason: SetAside, quote: Option<Span>) {
        if let Some(notes) = &self.explain {
            self.record_set_aside(notes, rule, figures, reason, quote);
        }
    }

    // Out of line: a finder inlines only the test of the `Option`, once per
    // call, rather than the recording (smaller Wasm).
    #[inline(never)]
    fn record_tie(&self, notes: &RefCell<Notes>, rule: &'static str, figures: &[usize], tie: Tie, quote: Option<Span>) {
        let reason = Reason { tie, quote };
        notes.borrow_mut().ties.push((rule, figures.to_vec(), reason));
    }

    #[inline(never)]
    fn record_set_aside(
        &self,
        notes: &RefCell<Notes>,
        rule: &'static str,
        figures: &[usize],
        reason: SetAside,
        quote: Option<Span>,
    ) {
        let rejected = &mut notes.borrow_mut().rejected;
        // Windows overlap, so a candidate may be met twice: it is shown once.
        if !rejected.iter().any(|r| r.rule == rule && r.reason == reason && r.figures == figures) {
            rejected.push(Rejected { rule, figures: figures.to_vec(), reason, quote });
        }
    }

    /// The span of words `first..end` (word indices), for a reason's quote;
    /// `None` when the range holds no word.
    pub fn words_span(&self, first: usize, end: usize) -> Option<Span> {
        let words = self.words().get(first..end.min(self.words().len()))?;
        Some(Span::new(words.first()?.span.start, words.last()?.span.end))
    }
}

/// Gives each finding the reasons recorded for its figures, cue first and
/// verdict last, and returns the candidates set aside. Does nothing when
/// explanations are off.
#[inline(never)]
pub(crate) fn attach(doc: &Doc, findings: &mut [Finding]) -> Vec<Rejected> {
    let Some(notes) = &doc.explain else { return Vec::new() };
    let Notes { ties, rejected } = notes.take();
    for finding in findings.iter_mut() {
        for (rule, tied, reason) in &ties {
            let applies = *rule == finding.rule && tied.iter().all(|&i| names(finding, i));
            if applies && !finding.explanation.contains(reason) {
                // The table lists reasons cue, scope, completeness, verdict:
                // kept in that order as they come.
                let at = finding.explanation.partition_point(|r| r.tie as u8 <= reason.tie as u8);
                finding.explanation.insert(at, *reason);
            }
        }
        finding.explanation.push(verdict(finding));
    }
    rejected
}

/// Whether `finding` names figure `i`.
fn names(finding: &Finding, i: usize) -> bool {
    finding.figures.iter().any(|x| x.figure == Some(i))
}

/// The verdict: whether the arithmetic holds within rounding (what the
/// figures give and what the text states are the finding's own fields).
fn verdict(finding: &Finding) -> Reason {
    let holds = finding.status == Status::Consistent;
    Reason { tie: if holds { Tie::WithinRounding } else { Tie::BeyondRounding }, quote: None }
}
