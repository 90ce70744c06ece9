//! Mentions: what each figure counts, what happened to it, whose it is, who
//! says so and when.
//!
//! For every quantity the text states, a [`Mention`] records
//! - the *thing* counted: the head noun after the figure, normalised
//!   through a synonym lexicon (`UAV` → drone, `civilians` → person); for
//!   "71 of which" the thing of the figure "which" points back to; for
//!   "71 were lost" (no noun) the thing of the last counted figure in the
//!   paragraph, by ellipsis;
//! - the *event*: the verb or noun of the clause that says what happened to
//!   it (launched, destroyed, lost, diverted, killed, injured, ...);
//! - the *owner*: a side named on the noun ("Ukrainian drones") or as the
//!   one who launched it ("Russia launched 145 drones");
//! - the *source*: who the sentence attributes it to ("the air force
//!   said"), carried to the next sentences of the paragraph until another
//!   source speaks;
//! - the *period* ("overnight", "the previous night", "since 2022"),
//!   carried the same way;
//! - the *cues* around it that later stages read ("out of", "of which",
//!   "another", "all", "including").
//!
//! Everything is read from a bounded number of tokens around each figure, so
//! the cost stays linear in the length of the text.

mod document;
mod events;
pub mod lexicon;
mod nouns;
mod owners;
mod sources;

use crate::figures::{Figure, Kind};
use crate::text::sentences::{Layout, layout};
use crate::text::{HashedWord, Phrase, Span, Token, TokenKind, Tokens};
use lexicon::{Class, lexicons};
pub use lexicon::{Event, Thing};

/// How a mention's thing was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// The noun after the figure: "145 drones".
    Noun,
    /// A relative pointing back: "71 of which".
    Antecedent,
    /// A definite partitive: "180 of the drones" (a part of drones counted before).
    Partitive,
    /// No noun at all: "71 were lost" counts what the sentence before counted.
    Ellipsis,
}

/// Cues next to a figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cues {
    /// "another 22", "22 more", "30 other drones", "85 others".
    pub another: bool,
    /// "all 29 drones", "all five".
    pub all: bool,
    /// "including 5", "among them 5".
    pub including: bool,
    /// "71 of which", "two of them", "23 of whom".
    pub of_which: bool,
    /// "the remaining 5", "the rest".
    pub rest: bool,
    /// "4 each".
    pub each: bool,
    /// "a total of 865", "in all", "in total".
    pub total: bool,
}

/// One quantity figure and what it counts.
#[derive(Clone, Debug)]
pub struct Mention {
    pub figure: usize,
    /// The figure's tokens, `first..end`, hedge included.
    pub first: usize,
    pub end: usize,
    pub sentence: usize,
    pub paragraph: usize,
    /// The class of thing counted (`drone`, `person`) or the noun itself,
    /// singular, when no class knows it.
    pub thing: Option<String>,
    /// The noun phrase naming the thing, when there is one.
    pub noun: Option<Span>,
    pub via: Via,
    /// True when the noun phrase joins several kinds of thing ("drones,
    /// bombs and missiles").
    pub compound: bool,
    pub event: Option<Event>,
    pub owner: Option<&'static str>,
    pub source: Option<String>,
    pub period: Option<&'static str>,
    pub cues: Cues,
    /// "38 out of 63", "39 of the 71": the figure this one is a part of.
    pub part_of: Option<usize>,
    /// A running total stated as such: "the death toll ... at 8,615",
    /// "claimed 48 lives".
    pub toll: bool,
}

impl Mention {
    /// The class of thing counted, when a class of `things.txt` names it.
    pub fn class(&self) -> Option<Thing> {
        self.thing.as_deref().and_then(<Thing as Class>::from_name)
    }
}

/// The text with its layout, tokens, figures and mentions: everything the
/// relation finders read.
pub struct Doc<'t> {
    pub text: &'t str,
    pub layout: Layout,
    pub figures: Vec<Figure>,
    folded: Tokens,
    /// One per quantity figure, in order; `mention_of[figure]` finds it.
    pub mentions: Vec<Mention>,
    pub mention_of: Vec<Option<usize>>,
    /// Per sentence: the source and period in force.
    pub sources: Vec<Option<String>>,
    pub periods: Vec<Option<&'static str>>,
    /// Per word: the figure covering it (`u32::MAX` for none). Lookups by
    /// word and by sentence are array reads, not searches: on long texts a
    /// binary search per lookup costs cache misses that grow with the text.
    figure_of_word: Vec<u32>,
    /// Per sentence: its words, `first..end`.
    sentence_range: Vec<(u32, u32)>,
    /// Per paragraph: whether it states a quantity.
    counted_paragraphs: Vec<bool>,
    /// Per mention: whether it is a count, as the checks' passes read it
    /// (`checks::sum_of_parts::counts::is_count`), remembered when first
    /// asked (0: not yet, 1: no, 2: yes): every pass asks it of every
    /// mention it weighs, and the answer reads a dozen words around it.
    pub(crate) counts: Vec<std::cell::Cell<u8>>,
    /// The checks' reasons, recorded only when explanations are asked for
    /// (`crate::checks::explain`); `None` costs nothing.
    pub(crate) explain: Option<std::cell::RefCell<crate::checks::explain::Notes>>,
}

impl<'t> Doc<'t> {
    pub fn new(text: &'t str, figures: Vec<Figure>) -> Doc<'t> {
        Doc::with_tokens(text, Tokens::new(text), figures)
    }

    /// [`Doc::new`] on the text's tokens made beforehand, as the recogniser
    /// read them.
    pub fn with_tokens(text: &'t str, folded: Tokens, figures: Vec<Figure>) -> Doc<'t> {
        let layout = layout(text);
        let mut doc = Doc {
            text,
            layout,
            figures,
            folded,
            mentions: Vec::new(),
            mention_of: Vec::new(),
            sources: Vec::new(),
            periods: Vec::new(),
            figure_of_word: Vec::new(),
            sentence_range: Vec::new(),
            counted_paragraphs: Vec::new(),
            counts: Vec::new(),
            explain: None,
        };
        doc.index();
        doc.read_sentences();
        doc.read_mentions();
        doc.counts = vec![std::cell::Cell::new(0); doc.mentions.len()];
        doc
    }

    /// The lower-case text of word `i` ("" past the end).
    /// The tokens, words or not.
    #[inline]
    pub fn words(&self) -> &[Token] {
        &self.folded.list
    }

    #[inline]
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    pub fn lc(&self, i: usize) -> &str {
        self.folded.lc(i)
    }

    /// Whether word `i`, lower-cased, is one of `words`: the .wasm's side of
    /// [`lc_in!`](crate::lc_in), one routine for every such test. Spelled
    /// out in place at each of some 230 places, with
    /// [`crate::text::one_of`], the tests cost 2.7 KB gzipped more
    /// (BENCHMARKS.md, "The twenty-second session").
    #[inline(never)]
    pub fn lc_in(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.lc(i))
    }

    /// [`Doc::lc`] with the word's hash, for looking it up in lexicons.
    #[inline]
    pub fn word(&self, i: usize) -> HashedWord<'_> {
        self.folded.word(i)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.words().get(i).is_some_and(|w| w.kind == TokenKind::Word)
    }

    /// Whether word `j` is a dash between clauses: an em dash, or an en dash
    /// or hyphen with a space on each side (not "30-40" nor "Kh-59").
    pub fn is_dash_aside(&self, j: usize) -> bool {
        let words = self.words();
        let spaced = j > 0
            && words.get(j + 1).is_some_and(|next| next.span.start > words[j].span.end)
            && words[j].span.start > words[j - 1].span.end;
        match self.lc(j) {
            "—" => true,
            "–" | "-" => spaced,
            _ => false,
        }
    }

    /// The lower-case words from `i`, reading hyphens as spaces, up to `n`
    /// words, stopping at other punctuation and numbers.
    #[inline]
    pub fn phrase_at(&self, i: usize, n: usize) -> Phrase<'_> {
        self.folded.phrase_at(i, n)
    }

    /// The word index just after `phrase_at(i, ..)` used `n` words.
    pub fn skip_words(&self, i: usize, n: usize) -> usize {
        self.folded.skip_words(i, n)
    }

    /// The first word index at or after byte `at`.
    pub fn word_at(&self, at: usize) -> usize {
        self.words().partition_point(|w| w.span.start < at)
    }

    /// The word after the possessive of word `owner`, if it has one:
    /// "Pakistan's North-West", "the state's 25 districts". (The tokens are
    /// "pakistan", "'", "s": a curly apostrophe reads as a straight one.)
    // Inlined at its two callers: out of line it costs the .wasm more bytes
    // than its body.
    #[inline(always)]
    pub fn after_possessive(&self, owner: usize) -> Option<usize> {
        (self.lc(owner + 1) == "'" && self.is(owner + 2, "s")).then_some(owner + 3)
    }

    /// "3 in every 20 cars", "one in 10": whether figure `f` is a number
    /// of a ratio, which counts nothing. (A count "in" more places than
    /// itself is no ratio: "718 in 13 districts".) So is the base a rate is
    /// counted on: "22.9 per 100,000 workers", "67 of every 1,000".
    pub fn in_a_ratio(&self, f: usize) -> bool {
        let Some(m) = self.mention(f) else { return false };
        if m.first > 0 && crate::lc_in!(self, m.first - 1, ["per", "every"]) {
            return true;
        }
        let value = |g: usize| self.figures[g].value.unwrap_or(0.0);
        let below = |k: usize, up: bool| {
            self.figure_at_word(k)
                .is_some_and(|g| g != f && self.figures[g].kind == Kind::Number && (value(g) < value(f)) == up)
        };
        let k = m.first.saturating_sub(1 + usize::from(self.is(m.first.wrapping_sub(1), "every")));
        let after = m.end + 1 + usize::from(self.is(m.end + 1, "every"));
        self.is(k, "in") && k > 0 && below(k - 1, true) || self.is(m.end, "in") && below(after, false)
    }

    /// The word just after a mention's figure and its noun phrase.
    pub fn after_noun(&self, m: &Mention) -> usize {
        m.noun.map_or(m.end, |n| self.word_at(n.end))
    }

    /// The word range of a sentence.
    pub fn sentence_words(&self, s: usize) -> (usize, usize) {
        let (a, b) = self.sentence_range[s];
        (a as usize, b as usize)
    }

    /// Builds the word-to-figure and sentence-to-words tables in one pass.
    fn index(&mut self) {
        let mut figure_of_word = vec![u32::MAX; self.words().len()];
        let mut k = 0;
        for (i, w) in self.words().iter().enumerate() {
            while k < self.figures.len() && self.figures[k].span.end <= w.span.start {
                k += 1;
            }
            if self.figures.get(k).is_some_and(|f| f.span.start <= w.span.start) {
                figure_of_word[i] = k as u32;
            }
        }
        let mut sentence_range = Vec::with_capacity(self.layout.sentences.len());
        let mut i = 0;
        for s in &self.layout.sentences {
            while i < self.words().len() && self.words()[i].span.start < s.span.start {
                i += 1;
            }
            let a = i;
            let mut b = a;
            while b < self.words().len() && self.words()[b].span.start < s.span.end {
                b += 1;
            }
            sentence_range.push((a as u32, b as u32));
            i = b;
        }
        self.figure_of_word = figure_of_word;
        self.sentence_range = sentence_range;
    }

    /// Whether paragraph `p` states a quantity: no relation lies in one that
    /// does not.
    pub fn paragraph_counts(&self, p: usize) -> bool {
        self.counted_paragraphs.get(p).copied().unwrap_or(false)
    }

    pub fn mention(&self, figure: usize) -> Option<&Mention> {
        self.mention_of.get(figure).copied().flatten().map(|m| &self.mentions[m])
    }

    /// Whether word `i` is the figure-free word `w`.
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.folded.is(i, w)
    }

    /// The figure whose tokens include word `i`, if any.
    pub fn figure_at_word(&self, i: usize) -> Option<usize> {
        self.figure_of_word.get(i).copied().filter(|&k| k != u32::MAX).map(|k| k as usize)
    }

    /// Whether word `i` is in a figure of a quantity (no year, date or time).
    pub fn quantity_at(&self, i: usize) -> bool {
        self.kind_at(i).is_some_and(crate::figures::Kind::is_quantity)
    }

    /// The kind of the figure whose tokens include word `i`, if any.
    pub fn kind_at(&self, i: usize) -> Option<crate::figures::Kind> {
        self.figure_at_word(i).map(|f| self.figures[f].kind)
    }
}

/// Function words that say nothing about what a sentence is about.
pub fn is_stop_word<'w>(word: impl Into<HashedWord<'w>>) -> bool {
    let word = word.into();
    lexicons().stop.contains(word) || lexicons().aux.contains(word)
}

/// English singular of a lower-case noun: drones → drone, casualties →
/// casualty, buses → bus.
/// Whether token `k` begins with a capital, as a name does. One copy for
/// the mentions and every check that asks, not one per closure.
#[inline(never)]
pub(crate) fn capitalised(doc: &Doc, k: usize) -> bool {
    doc.words().get(k).is_some_and(|t| t.span.of(doc.text).starts_with(crate::text::is_upper))
}

pub fn singular(word: &str) -> String {
    if let Some(base) = word.strip_suffix("ies").filter(|b| b.len() > 1) {
        return format!("{base}y");
    }
    for suffix in ["ches", "shes", "sses", "xes"] {
        if word.ends_with(suffix) {
            return word[..word.len() - 2].to_owned();
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && word.len() > 3 {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

/// Whether two mentions may count the same kind of thing for the same side,
/// source and period.
pub fn compatible(a: &Mention, b: &Mention) -> bool {
    a.thing.is_some()
        && a.thing == b.thing
        && opt_eq(a.owner, b.owner)
        && opt_eq(a.period, b.period)
        && match (&a.source, &b.source) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

/// Two optional attributes agree unless both are known and differ.
pub(crate) fn opt_eq<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}
