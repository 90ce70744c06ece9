//! Why a finding's figures were tied, and why a candidate relation was set
//! aside: what `addsup check --explain` and the page's explanation show.
//!
//! Reasons are enums worded once, in [`Tie::words`] and [`SetAside::words`]:
//! a check records which reason applied and, when the text holds the words
//! that decided it ("of which", "last year"), where they are; the wording
//! stays in one table, so explanations add little to the Wasm build.
//! Checks record them through the document (see `checks::explain`).

use serde::Serialize;

use crate::text::Span;

/// Which part of a check's reasoning a reason belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// Why a finding's figures were tied into a relation. The variants go
/// aspect by aspect (cue, scope, completeness, verdict): a finding lists its
/// reasons in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// Each [`Tie`], in the order of its variants: its id in JSON and its
/// aspect.
const TIES: [(&str, Aspect); 13] = [
    ("stated_cue", Aspect::Cue),
    ("apposed_cue", Aspect::Cue),
    ("same_sentence", Aspect::Scope),
    ("same_paragraph", Aspect::Scope),
    ("next_paragraph", Aspect::Scope),
    ("same_thing", Aspect::Scope),
    ("same_scope", Aspect::Scope),
    ("explicit_whole", Aspect::Completeness),
    ("fates", Aspect::Completeness),
    ("full_breakdown", Aspect::Completeness),
    ("partial_breakdown", Aspect::Completeness),
    ("within_rounding", Aspect::Verdict),
    ("beyond_rounding", Aspect::Verdict),
];

/// The words of each [`Tie`] as the CLI and the page show them, apart from
/// the ids: the Wasm build leaves them out of its reports, and the package
/// (js/checker.js) puts them back from its own copy of this table, which
/// tests/ts_types.rs holds equal to it.
const TIE_WORDS: [&str; 13] = [
    "the words state the relation",
    "the figures are set side by side, with no word stating the relation",
    "the figures stand in one sentence",
    "the figures stand in one paragraph",
    "the figures stand in a paragraph and the next",
    "the figures count the same thing",
    "the figures keep one source, period and side",
    "the words say the parts make up the whole",
    "the parts are what became of the things the total counts",
    "the parts break the total down in full",
    "the breakdown is partial, so the parts need only stay within the total",
    "holds within rounding",
    "fails at every reading within rounding and hedges",
];

impl Tie {
    /// The reason in a few words, as the CLI and the page show it.
    pub fn words(self) -> &'static str {
        TIE_WORDS[self as usize]
    }

    pub fn aspect(self) -> Aspect {
        TIES[self as usize].1
    }

    /// Its name in JSON: `stated_cue`.
    pub fn id(self) -> &'static str {
        TIES[self as usize].0
    }
}

/// Why a candidate relation was set aside, unchecked or unreported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SetAside {
    /// No word ties the figures into this relation.
    NoCue,
    /// Words other than the check's cues stand between the figures.
    WordsBetween,
    /// A clause or sentence boundary stands between the figures.
    OtherClause,
    /// The figures belong to different nights, days or periods.
    OtherPeriod,
    /// The figures belong to different owners, sides or places.
    OtherOwner,
    /// Different sources give the figures.
    OtherSource,
    /// The figures count different things.
    OtherThing,
    /// A figure is no count: an index, a time, a rank, a year, a
    /// constituency or list number.
    NotACount,
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

/// Each [`SetAside`], in the order of its variants: its id in JSON and its
/// aspect.
const SET_ASIDES: [(&str, Aspect); 12] = [
    ("no_cue", Aspect::Cue),
    ("words_between", Aspect::Cue),
    ("other_clause", Aspect::Scope),
    ("other_period", Aspect::Scope),
    ("other_owner", Aspect::Scope),
    ("other_source", Aspect::Scope),
    ("other_thing", Aspect::Scope),
    ("not_a_count", Aspect::Scope),
    ("units", Aspect::Verdict),
    ("unstated", Aspect::Verdict),
    ("incomplete", Aspect::Completeness),
    ("unsure", Aspect::Verdict),
];

/// The words of each [`SetAside`], as [`TIE_WORDS`] are kept.
const SET_ASIDE_WORDS: [&str; 12] = [
    "no word ties these figures together",
    "other words stand between the figures",
    "the figures are in different clauses",
    "the figures belong to different periods",
    "the figures belong to different sides or places",
    "different sources give the figures",
    "the figures count different things",
    "a figure is no count (a date, time, rank or number of a thing)",
    "the units do not convert closely enough to check",
    "a figure or unit the relation needs is not stated",
    "the breakdown need not be complete",
    "loosely tied and does not hold, so not reported",
];

impl SetAside {
    /// The reason in a few words, as the CLI and the page show it.
    pub fn words(self) -> &'static str {
        SET_ASIDE_WORDS[self as usize]
    }

    pub fn aspect(self) -> Aspect {
        SET_ASIDES[self as usize].1
    }

    /// Its name in JSON: `other_clause`.
    pub fn id(self) -> &'static str {
        SET_ASIDES[self as usize].0
    }
}

impl Aspect {
    /// Its name in JSON: `cue`.
    pub fn id(self) -> &'static str {
        ["cue", "scope", "completeness", "verdict"][self as usize]
    }
}

// Serialised as their ids, from the tables: one string per reason, where a
// derived `Serialize` writes a call per variant.
macro_rules! serialize_as_id {
    ($($ty:ty),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }
    )*};
}

serialize_as_id!(Aspect, Tie, SetAside);

/// One reason a finding's figures were tied. Plain data, so that a finding
/// carrying reasons costs no more to move or drop than one without.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub tie: Tie,
    /// Where the words of the text that decided stand ("an average of"),
    /// when words did.
    pub quote: Option<Span>,
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
    /// Where the words of the text that decided stand ("last year"), when
    /// words did.
    pub quote: Option<Span>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_TIES: [Tie; 13] = [
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

    const ALL_SET_ASIDES: [SetAside; 12] = [
        SetAside::NoCue,
        SetAside::WordsBetween,
        SetAside::OtherClause,
        SetAside::OtherPeriod,
        SetAside::OtherOwner,
        SetAside::OtherSource,
        SetAside::OtherThing,
        SetAside::NotACount,
        SetAside::Units,
        SetAside::Unstated,
        SetAside::Incomplete,
        SetAside::Unsure,
    ];

    /// `StatedCue` → `stated_cue`, as serde's `snake_case` names it.
    fn snake(name: &str) -> String {
        let mut out = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    #[test]
    fn each_table_row_is_its_variant_in_order() {
        for t in ALL_TIES {
            assert_eq!(t.id(), snake(&format!("{t:?}")), "TIES is out of order at {t:?}");
        }
        for s in ALL_SET_ASIDES {
            assert_eq!(s.id(), snake(&format!("{s:?}")), "SET_ASIDES is out of order at {s:?}");
        }
        for a in [Aspect::Cue, Aspect::Scope, Aspect::Completeness, Aspect::Verdict] {
            assert_eq!(a.id(), snake(&format!("{a:?}")));
        }
        assert_eq!(serde_json::to_string(&Tie::PartialBreakdown).unwrap(), "\"partial_breakdown\"");
        // A finding's reasons are kept in the order of the variants, which
        // must then be the order of their aspects: cue, scope, completeness,
        // verdict.
        assert!(ALL_TIES.windows(2).all(|w| w[0].aspect() as u8 <= w[1].aspect() as u8));
    }

    #[test]
    fn every_reason_has_words_of_its_own() {
        let mut words: Vec<&str> = ALL_TIES.iter().map(|t| t.words()).collect();
        words.extend(ALL_SET_ASIDES.iter().map(|s| s.words()));
        let mut unique = words.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), words.len(), "two reasons share their words");
        assert!(words.iter().all(|w| !w.is_empty() && !w.ends_with('.')));
    }
}
