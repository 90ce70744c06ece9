//! Why a finding's figures were tied, and why a candidate relation was set
//! aside: what `addsup check --explain` and the page's explanation show.
//!
//! Reasons are enums worded once, in [`Tie::words`] and [`SetAside::words`]:
//! a check records which reason applied and, when the text holds the words
//! that decided it ("of which", "last year"), where they are; the wording
//! stays in one table, so explanations add little to the Wasm build.
//! Checks record them through the document (see `checks::explain`).

use serde::Serialize;

/// Which part of a check's reasoning a reason belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspect {
    /// Words of the text that state or suggest the relation.
    Cue,
    /// Where the figures stand and what they count: sentence, paragraph,
    /// thing, period, owner, source.
    Scope,
    /// Whether parts account for a whole or only for some of it.
    Completeness,
    /// The arithmetic within every figure's rounding and hedges.
    Verdict,
}

/// Why a finding's figures were tied into a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tie {
    /// Words state the relation ("of which", "out of", "an average of",
    /// "rose from … to").
    StatedCue,
    /// The figures are only set beside each other (", or 10 a day"): a
    /// relation inferred, at most a warning.
    ApposedCue,
    /// The figures stand in one sentence.
    SameSentence,
    /// The figures stand in one paragraph.
    SameParagraph,
    /// The figures stand in a paragraph and the one after it.
    NextParagraph,
    /// The figures count the same thing.
    SameThing,
    /// The figures keep one source, period and owner.
    SameScope,
    /// Words say the parts account for the whole ("of which", "the rest",
    /// "in total", "all").
    ExplicitWhole,
    /// The parts are different fates of what the total counts (shot down,
    /// lost, flew back): the writer is accounting for the whole.
    Fates,
    /// The parts are a full breakdown into categories ("94 children, 75
    /// women and 72 men").
    FullBreakdown,
    /// The breakdown says it is partial ("including", "among them", "at
    /// least"): the parts are checked only as no more than the total.
    PartialBreakdown,
    /// Some reading within every figure's rounding and hedges makes the
    /// arithmetic work.
    WithinRounding,
    /// No reading within every figure's rounding and hedges makes the
    /// arithmetic work.
    BeyondRounding,
}

impl Tie {
    /// The reason in a few words, as the CLI and the page show it.
    pub fn words(self) -> &'static str {
        match self {
            Tie::StatedCue => "the words state the relation",
            Tie::ApposedCue => "the figures are set side by side, with no word stating the relation",
            Tie::SameSentence => "the figures stand in one sentence",
            Tie::SameParagraph => "the figures stand in one paragraph",
            Tie::NextParagraph => "the figures stand in a paragraph and the next",
            Tie::SameThing => "the figures count the same thing",
            Tie::SameScope => "the figures keep one source, period and side",
            Tie::ExplicitWhole => "the words say the parts make up the whole",
            Tie::Fates => "the parts are what became of the things the total counts",
            Tie::FullBreakdown => "the parts break the total down in full",
            Tie::PartialBreakdown => "the breakdown is partial, so the parts need only stay within the total",
            Tie::WithinRounding => "holds within rounding",
            Tie::BeyondRounding => "fails at every reading within rounding and hedges",
        }
    }

    pub fn aspect(self) -> Aspect {
        match self {
            Tie::StatedCue | Tie::ApposedCue => Aspect::Cue,
            Tie::SameSentence | Tie::SameParagraph | Tie::NextParagraph | Tie::SameThing | Tie::SameScope => {
                Aspect::Scope
            }
            Tie::ExplicitWhole | Tie::Fates | Tie::FullBreakdown | Tie::PartialBreakdown => Aspect::Completeness,
            Tie::WithinRounding | Tie::BeyondRounding => Aspect::Verdict,
        }
    }
}

/// Why a candidate relation was set aside, unchecked or unreported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetAside {
    /// No word ties the figures into this relation.
    NoCue,
    /// Words other than the check's cues stand between the figures.
    WordsBetween,
    /// A clause or sentence boundary stands between the figures.
    OtherClause,
    /// The figures are further apart than the check looks.
    TooFar,
    /// The figures belong to different nights, days or periods.
    OtherPeriod,
    /// The figures belong to different owners or sides.
    OtherOwner,
    /// Different sources give the figures.
    OtherSource,
    /// The figures count different things.
    OtherThing,
    /// A figure is no count: an index, a time, a rank, a year, a
    /// constituency or list number.
    NotACount,
    /// A figure is a bound ("more than 30"), which the relation cannot use.
    Bound,
    /// The units do not convert into each other, or too loosely to check.
    Units,
    /// A figure or unit the relation needs is not stated ("an average of
    /// 40" with no "a day").
    Unstated,
    /// The breakdown does not say it is complete, and a shortfall proves
    /// nothing.
    Incomplete,
    /// The relation is only plausible and does not hold, so it is not
    /// reported.
    Unsure,
}

impl SetAside {
    /// The reason in a few words, as the CLI and the page show it.
    pub fn words(self) -> &'static str {
        match self {
            SetAside::NoCue => "no word ties these figures together",
            SetAside::WordsBetween => "other words stand between the figures",
            SetAside::OtherClause => "the figures are in different clauses",
            SetAside::TooFar => "the figures are too far apart",
            SetAside::OtherPeriod => "the figures belong to different periods",
            SetAside::OtherOwner => "the figures belong to different sides",
            SetAside::OtherSource => "different sources give the figures",
            SetAside::OtherThing => "the figures count different things",
            SetAside::NotACount => "a figure is no count (a date, time, rank or number of a thing)",
            SetAside::Bound => "a figure is only a bound",
            SetAside::Units => "the units do not convert closely enough to check",
            SetAside::Unstated => "a figure or unit the relation needs is not stated",
            SetAside::Incomplete => "the breakdown need not be complete",
            SetAside::Unsure => "loosely tied and does not hold, so not reported",
        }
    }

    pub fn aspect(self) -> Aspect {
        match self {
            SetAside::NoCue | SetAside::WordsBetween => Aspect::Cue,
            SetAside::OtherClause
            | SetAside::TooFar
            | SetAside::OtherPeriod
            | SetAside::OtherOwner
            | SetAside::OtherSource
            | SetAside::OtherThing
            | SetAside::NotACount => Aspect::Scope,
            SetAside::Incomplete => Aspect::Completeness,
            SetAside::Bound | SetAside::Units | SetAside::Unstated | SetAside::Unsure => Aspect::Verdict,
        }
    }
}

/// One reason a finding's figures were tied.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub tie: Tie,
    /// The words of the text that decided, as written ("an average of");
    /// empty when no words did.
    pub quote: String,
    /// Figures behind the reason, for the verdict: what the figures give
    /// against what the text states; empty otherwise.
    pub detail: String,
}

/// A candidate relation a check considered and set aside.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rejected {
    /// The rule id of the check that set it aside.
    pub rule: &'static str,
    /// Indices into [`Report::figures`](super::Report::figures), in the
    /// order the check named them.
    pub figures: Vec<usize>,
    pub reason: SetAside,
    /// The words of the text that decided, as written ("last year"); empty
    /// when no words did.
    pub quote: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_has_words_of_its_own() {
        let ties = [
            Tie::StatedCue,
            Tie::ApposedCue,
            Tie::SameSentence,
            Tie::SameParagraph,
            Tie::NextParagraph,
            Tie::SameThing,
            Tie::SameScope,
            Tie::ExplicitWhole,
            Tie::Fates,
            Tie::FullBreakdown,
            Tie::PartialBreakdown,
            Tie::WithinRounding,
            Tie::BeyondRounding,
        ];
        let mut words: Vec<&str> = ties.iter().map(|t| t.words()).collect();
        words.extend(
            [
                SetAside::NoCue,
                SetAside::WordsBetween,
                SetAside::OtherClause,
                SetAside::TooFar,
                SetAside::OtherPeriod,
                SetAside::OtherOwner,
                SetAside::OtherSource,
                SetAside::OtherThing,
                SetAside::NotACount,
                SetAside::Bound,
                SetAside::Units,
                SetAside::Unstated,
                SetAside::Incomplete,
                SetAside::Unsure,
            ]
            .iter()
            .map(|s| s.words()),
        );
        let mut unique = words.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), words.len(), "two reasons share their words");
        assert!(words.iter().all(|w| !w.is_empty() && !w.ends_with('.')));
    }
}
