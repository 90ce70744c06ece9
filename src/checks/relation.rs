//! What the checks' finders share: how sure a relation is, words that stand
//! for numbers, and the windows a finder searches.
//!
//! Each finder reads the mentions and the cue words around them and proposes
//! relations; its check then decides with interval arithmetic whether each
//! holds. A finder looks only within a window (a paragraph and the one after
//! it) or within one sentence, so the whole search stays linear in the
//! length of the text.
//!
//! How sure a relation is decides what may be said about it:
//! [`Certainty::Stated`] relations rest on explicit cues ("of which", "out
//! of", "to B from A") and may be reported as errors; [`Certainty::Inferred`]
//! ones rest on looser evidence (same thing, source and period in nearby
//! sentences) and are at most warnings; [`Certainty::Plausible`] ones are only
//! reported when they hold, as passed checks.

use crate::figures::{Approx, Kind};
use crate::mentions::Doc;
use crate::mentions::lexicon::{Class, Lexicon, Tabled};
use crate::text::{HashedWord, Span};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Certainty {
    Plausible,
    Inferred,
    Stated,
}

/// A word that stands for a number without being a figure: "another" (1),
/// "a fifth" (20%), "doubled" (×2).
#[derive(Clone, Debug, PartialEq)]
pub struct NumberWord {
    pub span: Span,
    pub value: f64,
    pub approx: Option<Approx>,
    /// "more than doubled", "over a third": a lower bound.
    pub more_than: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Share {
    Figure(usize),
    Fraction(NumberWord),
}

/// The mentions (indices into `doc.mentions`) of a window: paragraph `p` and
/// the one after it.
pub(crate) fn window(doc: &Doc, p: usize) -> std::ops::Range<usize> {
    let start = doc.mentions.partition_point(|m| m.paragraph < p);
    let end = doc.mentions.partition_point(|m| m.paragraph <= p + 1);
    start..end
}

/// How many mentions either side of a figure its relations may reach: a
/// paragraph of hundreds of figures (a table flattened into text) must not
/// make the search quadratic.
pub(crate) const REACH: usize = 40;

/// The part of a window within [`REACH`] mentions of mention `m`.
pub(crate) fn within_reach(win: std::ops::Range<usize>, m: usize) -> std::ops::Range<usize> {
    win.start.max(m.saturating_sub(REACH))..win.end.min(m + REACH + 1)
}

pub(crate) use crate::mentions::capitalised;

/// The mentions of sentence `s`, as a range into `doc.mentions`.
pub(crate) fn sentence_mentions(doc: &Doc, s: usize) -> std::ops::Range<usize> {
    doc.mentions.partition_point(|m| m.sentence < s)..doc.mentions.partition_point(|m| m.sentence <= s)
}

/// Fraction words: "half", "a third", "one-fifth", "two-thirds", "one in five".
pub(crate) fn fraction_at(doc: &Doc, i: usize) -> Option<(usize, f64)> {
    // Every form below is a word: a number or a mark starts none.
    if !doc.is_word(i) {
        return None;
    }
    let w = doc.lc(i);
    // Called at almost every word by the finders: one match, no list scan.
    let denominator = |w: &str| match w {
        "half" | "halves" => Some(2.0),
        "third" | "thirds" => Some(3.0),
        "quarter" | "quarters" => Some(4.0),
        "fifth" | "fifths" => Some(5.0),
        "sixth" => Some(6.0),
        "tenth" | "tenths" => Some(10.0),
        _ => None,
    };
    let numerator = |w: &str| match w {
        "a" | "one" | "an" => Some(1.0),
        "two" => Some(2.0),
        "three" => Some(3.0),
        "four" => Some(4.0),
        _ => None,
    };
    // "one in five"
    if let (Some(n), "in") = (numerator(w), doc.lc(i + 1)) {
        let d = match doc.lc(i + 2) {
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            "five" => 5.0,
            "ten" => 10.0,
            _ => 0.0,
        };
        if d > 0.0 {
            return Some((i + 3, 100.0 * n / d));
        }
    }
    let (n, j) = match numerator(w) {
        Some(n) => (n, if doc.is(i + 1, "-") { i + 2 } else { i + 1 }),
        None => (1.0, i),
    };
    let d = denominator(doc.lc(j))?;
    if j == i && d != 2.0 {
        return None; // "third" alone is an ordinal
    }
    Some((j + 1, 100.0 * n / d))
}

/// A hedge or bound just before word `i`: "just under", "about", "more than".
pub(crate) fn hedge_before(doc: &Doc, i: usize) -> (Option<Approx>, bool, usize) {
    let w1 = if i >= 1 { doc.lc(i - 1) } else { "" };
    let w2 = if i >= 2 { doc.lc(i - 2) } else { "" };
    match (w2, w1) {
        ("just", "under") | ("just", "below") => (Some(Approx::Nearly), false, i - 2),
        ("just", "over") | ("little", "more") | ("just", "above") => (Some(Approx::JustOver), false, i - 2),
        ("more", "than") => (None, true, i - 2),
        (_, "nearly" | "almost") => (Some(Approx::Nearly), false, i - 1),
        (_, "about" | "around" | "roughly" | "approximately" | "some") => (Some(Approx::About), false, i - 1),
        (_, "over") => (None, true, i - 1),
        _ => (None, false, i),
    }
}

/// The cue of a check's own lexicon (its `cues.txt`) starting at word `i`:
/// the longest phrase of up to three words, its class and the word after it.
pub fn cue_at<C: Class>(doc: &Doc, cues: &Lexicon, i: usize) -> Option<(C, usize)> {
    let (class, after) = cue_named_at(doc, cues, i)?;
    Some((C::from_name(class)?, after))
}

/// [`cue_at`] with the class by its name: the part that does not depend
/// on `C`, compiled once rather than once for each check's cue type.
fn cue_named_at(doc: &Doc, cues: &Lexicon, i: usize) -> Option<(&'static str, usize)> {
    // Most words start no cue: asked first, before the phrase is gathered.
    if !doc.is_word(i) || !cues.starts(doc.word(i)) {
        return None;
    }
    let (n, class, _) = cues.match_phrase(&doc.phrase_at(i, 3))?;
    Some((class, doc.skip_words(i, n)))
}

/// A check's own cue words, from a lexicon file in its folder, tabled by
/// build.rs and indexed at first use:
/// `static CUES: CueWords = CueWords::new(tabled::SUM_OF_PARTS_CUES);`.
pub struct CueWords {
    file: Tabled,
    lexicon: OnceLock<Lexicon>,
}

impl CueWords {
    pub const fn new(file: Tabled) -> CueWords {
        CueWords { file, lexicon: OnceLock::new() }
    }

    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon.get_or_init(|| Lexicon::of(self.file.table))
    }

    /// The class of `word` alone, read into `C`.
    pub fn class_of<'w, C: Class>(&self, word: impl Into<HashedWord<'w>>) -> Option<C> {
        // A one-word form is found by itself: no phrase to match (a cue
        // file gives each form once, which `faults` checks).
        self.lexicon().get(word).and_then(C::from_name)
    }

    /// The cue starting at word `i` (the longest phrase of up to three
    /// words), its class and the word after it.
    pub fn at<C: Class>(&self, doc: &Doc, i: usize) -> Option<(C, usize)> {
        cue_at(doc, self.lexicon(), i)
    }

    /// The lexicon's classes `C` does not know, and the forms its text gives
    /// twice: both empty for a sound cue file (each check's test).
    #[cfg(test)]
    pub fn faults<C: Class>(&self) -> (Vec<&'static str>, Vec<String>) {
        (self.lexicon().unknown_classes::<C>(), crate::mentions::lexicon::repeated_forms(&self.file.text()))
    }
}

/// "[52.0%; +6.2%]", "722 (+9)": a figure written with its sign states a
/// change, never a share, a total or a part.
pub(crate) fn signed(doc: &Doc, m: &crate::mentions::Mention) -> bool {
    let w = doc.words();
    m.first > 0 && doc.lc(m.first - 1) == "+" && w[m.first - 1].span.end == w[m.first].span.start
}

/// Whether sentences `a` and `b` both name years or dates ("in 2014",
/// "from September 2 to September 3") and none in common. Only their first
/// [`DATE_REACH`] words are read, so that a sentence of thousands of figures
/// is not read again for each of them.
pub(crate) fn dated_apart(doc: &Doc, a: usize, b: usize) -> bool {
    let words = |s: usize| {
        let (first, end) = doc.sentence_words(s);
        first..end.min(first + DATE_REACH)
    };
    let (mut in_a, mut in_b, mut shared) = (false, false, false);
    for i in words(a) {
        let Some(x) = date_at(doc, i) else { continue };
        in_a = true;
        for j in words(b) {
            if let Some(y) = date_at(doc, j) {
                in_b = true;
                shared |= x == y;
            }
        }
    }
    in_a && in_b && !shared
}

/// The text of the year or date at word `k`, if one is there.
fn date_at<'t>(doc: &Doc<'t>, k: usize) -> Option<&'t str> {
    let f = &doc.figures[doc.figure_at_word(k)?];
    matches!(f.kind, Kind::Year | Kind::Date).then(|| f.text(doc.text))
}

/// How far into a sentence [`dated_apart`] looks: past most sentences'
/// length.
const DATE_REACH: usize = 60;
