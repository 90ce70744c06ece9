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

pub mod lexicon;

use crate::figures::{Figure, Kind};
use crate::text::sentences::{Layout, layout};
use crate::text::{Span, Token, TokenKind, Words};
use lexicon::lexicons;

/// How a mention's thing was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// The noun after the figure: "145 drones".
    Noun,
    /// A relative pointing back: "71 of which".
    Antecedent,
    /// A definite partitive: "274 of the drones" (a part of drones counted before).
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
    pub event: Option<&'static str>,
    pub owner: Option<&'static str>,
    pub source: Option<String>,
    pub period: Option<&'static str>,
    pub cues: Cues,
    /// "38 out of 63", "39 of the 71": the figure this one is a part of.
    pub part_of: Option<usize>,
    /// A running total stated as such: "the death toll ... at 15,242",
    /// "claimed 59 lives".
    pub toll: bool,
}

/// The text with its layout, tokens, figures and mentions: everything the
/// relation finders read.
pub struct Doc<'t> {
    pub text: &'t str,
    pub layout: Layout,
    pub figures: Vec<Figure>,
    folded: Words,
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
}

const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "for",
    "with",
    "as",
    "that",
    "which",
    "who",
    "whom",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "had",
    "has",
    "have",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "also",
    "into",
    "over",
    "than",
    "while",
    "after",
    "before",
    "since",
    "during",
    "across",
    "out",
    "per",
    "cent",
    "percent",
    "each",
    "more",
    "other",
    "others",
    "it",
    "its",
    "their",
    "they",
    "he",
    "she",
    "we",
    "this",
    "these",
    "those",
    "there",
    "when",
    "where",
    "not",
    "no",
    "all",
    "both",
    "up",
    "down",
    "about",
    "around",
    "under",
    "above",
    "against",
    "among",
    "between",
    "did",
    "do",
    "does",
    "so",
    "then",
    "said",
    "says",
    "according",
    "including",
    "only",
    "just",
    "nearly",
    "almost",
    "some",
    "such",
    "what",
    "whose",
    "if",
    "because",
    "though",
    "although",
    "via",
    "within",
    "without",
    "off",
    "near",
    "toward",
    "towards",
    "through",
    "until",
    "away",
    "back",
    "again",
    "already",
    "still",
    "either",
    "neither",
    "nor",
    "own",
    "s",
    "reportedly",
    "eventually",
    "later",
    "earlier",
    "yet",
    "now",
    "be",
    "remain",
    "remained",
    "remains",
    "left",
    "got",
    "get",
    "went",
    "came",
    "come",
    "made",
    "make",
    "took",
    "take",
];

/// Words skipped between a figure and a verb that says what happened to it.
const AUX: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "had",
    "has",
    "have",
    "been",
    "being",
    "be",
    "also",
    "all",
    "either",
    "eventually",
    "reportedly",
    "later",
    "then",
    "still",
    "remain",
    "remained",
    "remains",
    "subsequently",
    "successfully",
    "confirmed",
    "reported",
    "believed",
    "said",
    "to",
    "got",
    "ultimately",
];

/// Words that are no source: where a figure was posted, not who says it.
const NOT_SOURCES: &[&str] = &[
    "statement",
    "post",
    "data",
    "figures",
    "figure",
    "report",
    "update",
    "telegram",
    "facebook",
    "twitter",
    "x",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "which",
    "that",
    "who",
    "officials",
    "also",
    "has",
    "had",
    "have",
    "not",
    "far",
];

impl<'t> Doc<'t> {
    pub fn new(text: &'t str, figures: Vec<Figure>) -> Doc<'t> {
        Doc::with_words(text, Words::new(text), figures)
    }

    /// [`Doc::new`] on the text's tokens made beforehand, as the recogniser
    /// read them.
    pub fn with_words(text: &'t str, folded: Words, figures: Vec<Figure>) -> Doc<'t> {
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
        };
        doc.index();
        doc.read_sentences();
        doc.read_mentions();
        doc
    }

    /// The lower-case text of word `i` ("" past the end).
    /// The tokens, words or not.
    #[inline]
    pub fn words(&self) -> &[Token] {
        &self.folded.list
    }

    #[inline]
    pub fn lc(&self, i: usize) -> &str {
        self.folded.lc(i)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.words().get(i).is_some_and(|w| w.kind == TokenKind::Word)
    }

    /// The lower-case words from `i`, reading hyphens as spaces, up to `n`
    /// words, stopping at other punctuation and numbers.
    pub fn phrase_at(&self, i: usize, n: usize) -> Vec<&str> {
        let mut out = Vec::with_capacity(n);
        let mut j = i;
        while out.len() < n && j < self.words().len() {
            match self.words()[j].kind {
                TokenKind::Word => out.push(self.lc(j)),
                TokenKind::Punct if self.lc(j) == "-" && !out.is_empty() => {}
                _ => break,
            }
            j += 1;
        }
        out
    }

    /// The word index just after `phrase_at(i, ..)` used `n` words.
    pub fn skip_words(&self, i: usize, n: usize) -> usize {
        let mut j = i;
        let mut used = 0;
        while used < n && j < self.words().len() {
            if self.words()[j].kind == TokenKind::Word {
                used += 1;
            }
            j += 1;
        }
        j
    }

    /// The first word index at or after byte `at`.
    pub fn word_at(&self, at: usize) -> usize {
        self.words().partition_point(|w| w.span.start < at)
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
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.lc(i) == w
    }

    /// The figure whose tokens include word `i`, if any.
    pub fn figure_at_word(&self, i: usize) -> Option<usize> {
        self.figure_of_word.get(i).copied().filter(|&k| k != u32::MAX).map(|k| k as usize)
    }

    fn read_sentences(&mut self) {
        let n = self.layout.sentences.len();
        // Sources and periods matter only to mentions, so only paragraphs
        // that state a quantity are read.
        let mut counted = vec![false; self.layout.paragraphs.len()];
        for f in self.figures.iter().filter(|f| f.kind.is_quantity()) {
            let sentence = self.layout.sentence_at(f.span.start);
            if let Some(p) = self.layout.sentences.get(sentence).and_then(|s| counted.get_mut(s.paragraph)) {
                *p = true;
            }
        }
        let mut sources: Vec<Option<String>> = Vec::with_capacity(n);
        let mut periods = Vec::with_capacity(n);
        for s in 0..n {
            if !counted.get(self.layout.sentences[s].paragraph).copied().unwrap_or(true) {
                sources.push(None);
                periods.push(None);
                continue;
            }
            let (a, b) = self.sentence_words(s);
            let mut source = self.read_source(a, b);
            let mut period = self.read_period(a, b);
            let sentence = &self.layout.sentences[s];
            let carried = s > 0 && !sentence.after_gap && self.layout.sentences[s - 1].paragraph == sentence.paragraph;
            if carried {
                if source.is_none() {
                    source = sources[s - 1].clone();
                }
                if period.is_none() {
                    period = periods[s - 1];
                }
            }
            sources.push(source);
            periods.push(period);
        }
        self.sources = sources;
        self.periods = periods;
        self.counted_paragraphs = counted;
    }

    /// Who a sentence attributes its figures to: the head noun before a
    /// verb of saying ("Ukraine's air force said" → `force`), or after
    /// "according to".
    fn read_source(&self, a: usize, b: usize) -> Option<String> {
        let lex = &lexicons().say;
        let mut i = a;
        while i < b {
            if !self.is_word(i) || !lex.starts(self.lc(i)) {
                i += 1;
                continue;
            }
            let words = self.phrase_at(i, 2);
            if let Some((n, verb, _)) = lex.match_at(&words) {
                if verb == "according to" {
                    let mut j = self.skip_words(i, n);
                    // "according to a post by the air force on Telegram"
                    let mut head = None;
                    while j < b && j < i + 12 {
                        if !self.is_word(j) {
                            if head.is_some() {
                                break;
                            }
                            j += 1;
                            continue;
                        }
                        let w = self.lc(j);
                        if matches!(w, "on" | "in" | "at" | "to" | "for" | "which" | "who" | "that" | "and" | "said")
                            && head.is_some()
                        {
                            break;
                        }
                        if !STOP.contains(&w) && !NOT_SOURCES.contains(&w) && w != "post" {
                            head = Some(w.to_owned());
                        } else if w == "by" {
                            head = None;
                        }
                        j += 1;
                    }
                    if head.is_some() {
                        return head;
                    }
                } else {
                    // Walk back over adverbs and commas to the subject's head.
                    let mut j = i;
                    while j > a {
                        j -= 1;
                        if !self.is_word(j) {
                            if self.lc(j) == "," {
                                continue;
                            }
                            break;
                        }
                        let w = self.lc(j);
                        if matches!(
                            w,
                            "also"
                                | "meanwhile"
                                | "however"
                                | "though"
                                | "later"
                                | "has"
                                | "have"
                                | "had"
                                | "previously"
                                | "earlier"
                                | "then"
                                | "further"
                        ) {
                            continue;
                        }
                        if STOP.contains(&w) || NOT_SOURCES.contains(&w) {
                            break;
                        }
                        return Some(w.to_owned());
                    }
                }
                i = self.skip_words(i, n);
                continue;
            }
            i += 1;
        }
        None
    }

    fn read_period(&self, a: usize, b: usize) -> Option<&'static str> {
        let lex = &lexicons().periods;
        let mut i = a;
        while i < b {
            if self.is_word(i) && lex.starts(self.lc(i)) {
                let words = self.phrase_at(i, 5);
                if let Some((_, period, _)) = lex.match_at(&words) {
                    return Some(period);
                }
            } else if let Some(f) = self.figure_at_word(i) {
                // "since 2022", "in 2001": a named year is a period of its own.
                let fig = &self.figures[f];
                if fig.kind == Kind::Year && i > a && matches!(self.lc(i - 1), "since" | "in" | "during") {
                    return Some(if self.lc(i - 1) == "since" { "since-start" } else { "named-year" });
                }
            }
            i += 1;
        }
        None
    }

    fn read_mentions(&mut self) {
        let mut mentions = Vec::new();
        let mut mention_of = vec![None; self.figures.len()];
        for (k, fig) in self.figures.iter().enumerate() {
            if !fig.kind.is_quantity() {
                continue;
            }
            let start = fig.hedge.map_or(fig.span.start, |h| h.start.min(fig.span.start));
            let first = self.word_at(start);
            let end = self.word_at(fig.span.end).max(first + 1);
            let sentence = self.layout.sentence_at(fig.span.start);
            let paragraph = self.layout.sentences.get(sentence).map_or(0, |s| s.paragraph);
            mention_of[k] = Some(mentions.len());
            mentions.push(Mention {
                figure: k,
                first,
                end,
                sentence,
                paragraph,
                thing: None,
                noun: None,
                via: Via::Noun,
                compound: false,
                event: None,
                owner: None,
                source: self.sources.get(sentence).cloned().flatten(),
                period: self.periods.get(sentence).copied().flatten(),
                cues: Cues::default(),
                part_of: None,
                toll: false,
            });
        }
        self.mention_of = mention_of;
        self.mentions = mentions;
        for m in 0..self.mentions.len() {
            let mut mention = self.mentions[m].clone();
            self.read_noun(&mut mention);
            self.read_cues(&mut mention);
            self.mentions[m] = mention;
        }
        // Antecedents and ellipsis read earlier mentions, so go in order.
        for m in 0..self.mentions.len() {
            let mut mention = self.mentions[m].clone();
            if mention.thing.is_none() && self.figures[mention.figure].kind == Kind::Number {
                let antecedent = if mention.cues.of_which {
                    self.previous_count(&self.mentions, m, true)
                        .or_else(|| self.previous_count(&self.mentions, m, false))
                } else {
                    mention.part_of.and_then(|f| self.mention_of[f])
                };
                if let Some(a) = antecedent.or_else(|| self.previous_count(&self.mentions, m, false)) {
                    let via = if antecedent.is_some() { Via::Antecedent } else { Via::Ellipsis };
                    mention.thing = self.mentions[a].thing.clone();
                    mention.via = via;
                    if mention.owner.is_none() {
                        mention.owner = self.mentions[a].owner;
                    }
                }
            }
            if mention.cues.of_which && mention.part_of.is_none() {
                mention.part_of = self
                    .previous_count(&self.mentions, m, true)
                    .or_else(|| self.previous_count(&self.mentions, m, false))
                    .map(|a| self.mentions[a].figure);
            }
            self.read_event(&mut mention);
            self.read_owner(&mut mention);
            self.mentions[m] = mention;
        }
    }

    /// The closest earlier count with a thing: in the same sentence when
    /// `same_sentence`, else in the same paragraph or the sentence before.
    fn previous_count(&self, mentions: &[Mention], m: usize, same_sentence: bool) -> Option<usize> {
        let here = &mentions[m];
        let after_gap = self.layout.sentences.get(here.sentence).is_some_and(|s| s.after_gap);
        (0..m).rev().take(6).find(|&a| {
            let prev = &mentions[a];
            // Into the paragraph before only from its last sentence, and only
            // while the source stays the same.
            let same_source = here.source.is_none() || prev.source.is_none() || here.source == prev.source;
            let near = if same_sentence {
                prev.sentence == here.sentence
            } else {
                prev.sentence + 1 >= here.sentence
                    && (prev.paragraph == here.paragraph || same_source)
                    && !(after_gap && prev.sentence != here.sentence)
            };
            near && prev.thing.is_some()
                && self.figures[prev.figure].kind == Kind::Number
                && !prev.compound
                && self.may_refer_to(here, prev)
        })
    }

    /// Whether "of them" (or an ellipsis) at `here` may point back to
    /// `prev`: when the clause names what it counts ("300 of them were
    /// children"), the kinds must agree; a count inside a place phrase
    /// ("evacuated from 14 villages") is where, not what.
    fn may_refer_to(&self, here: &Mention, prev: &Mention) -> bool {
        if !here.cues.of_which {
            return true;
        }
        let lex = lexicons();
        let named = (here.end..here.end + 6)
            .filter(|&k| self.is_word(k))
            .find_map(|k| lex.things.match_at(&self.phrase_at(k, 3)).map(|x| x.1));
        if let (Some(class), Some(thing)) = (named, prev.thing.as_deref()) {
            return class == thing;
        }
        !(prev.first > 0 && matches!(self.lc(prev.first - 1), "from" | "in" | "across" | "over" | "at" | "near"))
    }

    /// Reads the noun phrase after the figure.
    fn read_noun(&self, m: &mut Mention) {
        let lex = lexicons();
        let (_, sentence_end) = self.sentence_words(m.sentence);
        let mut j = m.end;
        let mut candidate: Option<(usize, usize)> = None;
        let mut words_seen = 0;
        // "274 of the drones": a partitive names the thing after "of the".
        if self.is(j, "of")
            && matches!(self.lc(j + 1), "the" | "these" | "those")
            && self.figure_at_word(j + 2).is_none()
        {
            j += 2;
            m.via = Via::Partitive;
        }
        // "25 more drones", "30 other drones": the cue, then the noun.
        if matches!(self.lc(j), "more" | "other" | "additional" | "further")
            && self.is_word(j + 1)
            && !STOP.contains(&self.lc(j + 1))
        {
            j += 1;
        }
        while j < sentence_end && words_seen < 4 {
            let w = &self.words()[j];
            match w.kind {
                TokenKind::Punct => {
                    let p = self.lc(j);
                    if (p == "-" || p == "'" || p == "’") && candidate.is_some() || p == "\"" || p == "“" || p == "”"
                    {
                        j += 1;
                        continue;
                    }
                    break;
                }
                TokenKind::Num => break,
                TokenKind::Word => {}
            }
            if self.figure_at_word(j).is_some_and(|f| f != m.figure) {
                break;
            }
            let words = self.phrase_at(j, 4);
            if let Some((n, class, implied)) = lex.things.match_at(&words) {
                // Take the last noun of a run ("drone debris" is debris; "attack drones" drones).
                let next = self.skip_words(j, n);
                let more = self.phrase_at(next, 3);
                if let Some((n2, class2, implied2)) = lex.things.match_at(&more).filter(|_| self.is_word(next)) {
                    let _ = n;
                    self.set_thing(m, j, self.skip_words(next, n2), class2, implied2);
                } else {
                    self.set_thing(m, j, next, class, implied);
                }
                return;
            }
            let word = self.lc(j);
            if let Some(owner) = lex.owners.get(word) {
                m.owner = Some(owner);
                // "43 Malaysians", "one Canadian": a nationality used as a noun.
                let next = self.lc(j + 1);
                if !self.is_word(j + 1) || STOP.contains(&next) {
                    self.set_thing(m, j, j + 1, "person", None);
                    return;
                }
                j += 1;
                words_seen += 1;
                continue;
            }
            if word.ends_with("ns")
                || word.ends_with("ese")
                || word.ends_with("ons")
                || word.ends_with("ards")
                || word.ends_with("nos")
            {
                // Unknown nationalities used as nouns: Australians, Britons, Spaniards, Filipinos.
                if words_seen == 0
                    && word.chars().next().is_some()
                    && self.words()[j].span.of(self.text).starts_with(char::is_uppercase)
                {
                    self.set_thing(m, j, j + 1, "person", None);
                    return;
                }
            }
            if lex.events.match_at(&self.phrase_at(j, 3)).is_some() || STOP.contains(&word) {
                break;
            }
            candidate = Some((j, j + 1));
            words_seen += 1;
            j += 1;
        }
        if candidate.is_none() && self.read_noun_before(m) {
            return;
        }
        if let Some((a, b)) = candidate {
            let noun = singular(self.lc(a));
            if noun.len() > 2 && !noun.ends_with("ly") {
                m.thing = Some(noun);
                m.noun = Some(Span::new(self.words()[a].span.start, self.words()[b - 1].span.end));
            }
        }
    }

    /// A figure in predicate position takes the noun before it: "puts the
    /// death toll in the territory at 15,242", "the number of dead had risen
    /// to 59".
    fn read_noun_before(&self, m: &mut Mention) -> bool {
        let (a, _) = self.sentence_words(m.sentence);
        if m.first == a
            || !matches!(
                self.lc(m.first - 1),
                "at" | "to" | "was" | "is" | "reached" | "hit" | "stood" | "stands" | "totalled" | "totaled"
            )
        {
            return false;
        }
        let lex = lexicons();
        let lo = m.first.saturating_sub(12).max(a);
        for j in (lo..m.first - 1).rev() {
            if self.figure_at_word(j).is_some() {
                return false;
            }
            if let Some((n, class, implied)) = lex.things.match_at(&self.phrase_at(j, 3))
                && (implied.is_some() || self.is(j.saturating_sub(1), "of") || self.is(j + n, "toll"))
            {
                self.set_thing(m, j, self.skip_words(j, n), class, implied);
                m.toll = true;
                return true;
            }
        }
        false
    }

    fn set_thing(&self, m: &mut Mention, a: usize, b: usize, class: &'static str, implied: Option<&'static str>) {
        m.thing = Some(class.to_owned());
        m.noun = Some(Span::new(self.words()[a].span.start, self.words()[b.saturating_sub(1).max(a)].span.end));
        if matches!(self.lc(a), "lives") || (self.lc(a) == "death" && self.is(a + 1, "toll")) {
            m.toll = true;
        }
        if implied.is_some() {
            m.event = implied;
        }
        // "attack drones, aerial bombs and missiles": several kinds of thing.
        let lex = lexicons();
        let mut j = b;
        let mut steps = 0;
        while j < self.words().len() && steps < 6 {
            let w = self.lc(j);
            if self.words()[j].kind == TokenKind::Num || self.figure_at_word(j).is_some() {
                break;
            }
            if matches!(w, "," | "and" | "or") || (self.is_word(j) && !STOP.contains(&w)) {
                if self.is_word(j)
                    && let Some((_, other, _)) = lex.things.match_at(&self.phrase_at(j, 3))
                {
                    if other != class && j > b {
                        m.compound = true;
                    }
                    break;
                }
                j += 1;
                steps += 1;
                continue;
            }
            break;
        }
    }

    fn read_cues(&self, m: &mut Mention) {
        let (a, _) = self.sentence_words(m.sentence);
        let left = |n: usize| if m.first >= a + n { self.lc(m.first - n) } else { "" };
        match left(1) {
            "another" | "other" => m.cues.another = true,
            "all" => m.cues.all = true,
            "including" => m.cues.including = true,
            "remaining" | "rest" => m.cues.rest = true,
            "total" if left(2) == "a" => m.cues.total = true,
            _ => {}
        }
        // "37 citizens, of whom 23 died".
        if left(2) == "of" && matches!(left(1), "which" | "whom" | "them" | "those") {
            m.cues.of_which = true;
        }
        if left(1) == "of" && left(2) == "total" {
            m.cues.total = true;
        }
        if left(2) == "among" && left(1) == "them" || left(2) == "including" {
            m.cues.including = true;
        }
        if left(1) == "the" && left(2) == "all" {
            m.cues.all = true;
        }
        let r = |n: usize| self.lc(m.end + n - 1);
        if matches!(r(1), "more" | "others" | "other") {
            m.cues.another = true;
        }
        if r(1) == "each" {
            m.cues.each = true;
        }
        if r(1) == "of" && matches!(r(2), "which" | "whom" | "them" | "those") {
            m.cues.of_which = true;
        }
        if (r(1) == "in" && matches!(r(2), "all" | "total")) || r(1) == "total" {
            m.cues.total = true;
        }
        // "2,000 registered voters in all".
        if let Some(n) = m.noun {
            let k = self.word_at(n.end);
            if self.is(k, "in") && matches!(self.lc(k + 1), "all" | "total") {
                m.cues.total = true;
            }
        }
        // "one in five of the 1,000 patients": five is the ratio's, not a part.
        if left(1) == "in"
            && (matches!(left(2), "one" | "a") || self.figure_at_word(m.first.saturating_sub(2)).is_some())
        {
            return;
        }
        // "38 out of 63", "39 of the 71", "12 of 13", "25 more drones out of
        // a batch of 106": a part and its total. Else "Of the 25 people on
        // board, 20 were rescued": a whole put first.
        if let Some(whole) = self.stated_whole(m) {
            m.part_of = Some(whole);
        } else if left(1) == ","
            && let Some(whole) = self.fronted_whole(m, a)
        {
            m.part_of = Some(whole);
        }
    }

    /// The whole a part names after itself: "38 out of 63", "39 of the 71".
    fn stated_whole(&self, m: &Mention) -> Option<usize> {
        let mut j = m.end;
        let after_noun = !(self.is(j, "out") || self.is(j, "of"));
        if after_noun {
            j = m.noun.map_or(j, |n| self.word_at(n.end));
        }
        if self.is(j, "out") && self.is(j + 1, "of") {
            j += 2;
        } else if self.is(j, "of") && (!after_noun || matches!(self.lc(j + 1), "the" | "its" | "their")) {
            // After a noun only "of the 106" is partitive: "eight groups of
            // four" are groups the size of four, not eight out of four.
            j += 1;
        } else {
            return None;
        }
        if matches!(self.lc(j), "the" | "a" | "its" | "their") {
            j += 1;
        }
        if self.is(j, "batch") || self.is(j, "total") {
            j += 1;
            if self.is(j, "of") {
                j += 1;
            }
        }
        self.figure_at_word(j).filter(|&f| self.figures[f].kind == Kind::Number && f != m.figure)
    }

    /// The whole of "Of [the] 25 people on board, 20 ...", for the figure
    /// after the comma: the figure after a clause-opening "of", whose noun
    /// phrase runs up to that comma.
    fn fronted_whole(&self, m: &Mention, sentence_start: usize) -> Option<usize> {
        let comma = m.first.checked_sub(1)?;
        let mut k = comma;
        // Back over the whole's noun phrase: words only, a few of them.
        while k > sentence_start && comma - k < 8 {
            k -= 1;
            if let Some(f) = self.figure_at_word(k) {
                let fig = &self.figures[f];
                let start = self.word_at(fig.span.start);
                let mut of = start.checked_sub(1)?;
                if matches!(self.lc(of), "the" | "all" | "its" | "their") {
                    of = of.checked_sub(1)?;
                }
                let opens = of == sentence_start || matches!(self.lc(of.saturating_sub(1)), "," | ";" | ":");
                let whole_ok = fig.kind == Kind::Number && fig.value.is_some() && f != m.figure;
                return (self.is(of, "of") && opens && whole_ok).then_some(f);
            }
            if !self.is_word(k) && !matches!(self.lc(k), "-" | "'") {
                return None;
            }
        }
        None
    }

    /// The event: a verb just before the figure ("downed 48"), or after
    /// its noun phrase ("71 of which were downed", "One UAV flew into").
    fn read_event(&self, m: &mut Mention) {
        if m.event.is_some() {
            return;
        }
        let lex = &lexicons().events;
        let (a, b) = self.sentence_words(m.sentence);
        // A verb right before the figure governs it: "intercepted 74 drones
        // launched by Russia" were intercepted.
        if let Some(event) = self.event_before(m, a, 2) {
            m.event = Some(event);
            return;
        }
        // "25 more drones out of a batch of 106 were lost": the verb after a
        // whole named by its part is the part's.
        let here = self.mention_of.get(m.figure).copied().flatten().unwrap_or(0);
        let names_whole = self.mentions[here.saturating_sub(3)..here]
            .iter()
            .any(|p| p.part_of == Some(m.figure) && p.sentence == m.sentence);
        if names_whole {
            return;
        }
        // Right: after the noun phrase, over auxiliaries and an aside.
        let mut j = match m.noun {
            Some(n) => self.word_at(n.end),
            None => m.end,
        };
        // "71 of which were downed": the verb comes after the cue. In "of
        // which 70 were destroyed" it follows the figure at once.
        if m.cues.of_which && self.is(m.end, "of") {
            j = (m.end + 2).min(b);
        }
        if let Some(total) = m.part_of.and_then(|f| self.mention(f)) {
            // "25 more drones out of a batch of 106 were lost".
            j = j.max(self.after_noun(total));
        }
        let mut steps = 0;
        while j < b && steps < 8 {
            let w = self.lc(j);
            if self.is_word(j) {
                if let Some((_, event, _)) = lex.match_at(&self.phrase_at(j, 3))
                    && (event != "launched" || steps <= 3)
                {
                    m.event = Some(event);
                    return;
                }
                // "274 of the drones and 33 of the missiles were downed": the
                // verb after a coordinated figure is shared.
                if matches!(w, "and" | "or")
                    && steps <= 1
                    && let Some(other) = self.figure_at_word(j + 1).and_then(|f| self.mention(f))
                {
                    j = self.after_noun(other);
                    steps += 1;
                    continue;
                }
                let adverb = w.ends_with("ly") && w.len() > 4;
                if !adverb
                    && !AUX.contains(&w)
                    && !matches!(
                        w,
                        "of" | "which"
                            | "whom"
                            | "them"
                            | "in"
                            | "more"
                            | "other"
                            | "others"
                            | "that"
                            | "the"
                            | "had"
                            | "have"
                            | "been"
                            | "not"
                    )
                {
                    break;
                }
            } else if w == "," {
                // Skip a short aside: ", including civilians,".
                let close = (j + 1..(j + 6).min(b)).find(|&k| self.lc(k) == ",");
                match close {
                    Some(k) if steps == 0 => {
                        j = k + 1;
                        steps += 1;
                        continue;
                    }
                    _ => break,
                }
            } else if w != "'" && w != "\"" {
                break;
            }
            j += 1;
            steps += 1;
        }
        m.event = self.event_before(m, a, 4);
    }

    /// An event verb ending within `limit` words before the figure; "and"
    /// after a coordinated figure passes on to that figure's verb ("fired
    /// 127 missiles and 109 drones").
    fn event_before(&self, m: &Mention, a: usize, limit: usize) -> Option<&'static str> {
        let lex = &lexicons().events;
        let mut j = m.first;
        let mut steps = 0;
        while j > a && steps < limit {
            j -= 1;
            steps += 1;
            let w = self.lc(j);
            if !self.is_word(j) {
                break;
            }
            // The longest event phrase ending here.
            for back in (0..3).rev() {
                if j >= a + back {
                    let words = self.phrase_at(j - back, back + 1);
                    if let Some((n, event, _)) = lex.match_at(&words)
                        && n == back + 1
                    {
                        return Some(event);
                    }
                }
            }
            if matches!(w, "and" | "or") && steps == 1 && j > a {
                // Over a coordinated figure and its noun.
                let here = self.mentions.partition_point(|p| p.first < j);
                let prev = self.mentions[here.saturating_sub(3)..here]
                    .iter()
                    .rev()
                    .find(|p| p.sentence == m.sentence && self.after_noun(p) == j);
                if let Some(p) = prev {
                    j = p.first;
                    steps = 0;
                    continue;
                }
            }
            if matches!(w, "and" | "or" | "while" | "but" | "which" | "that") || self.figure_at_word(j).is_some() {
                break;
            }
        }
        None
    }

    /// The side: an adjective on the noun, "by Russia" after it, or the
    /// subject of the verb before the figure ("Russia launched 145").
    fn read_owner(&self, m: &mut Mention) {
        if m.owner.is_some() {
            return;
        }
        let owners = &lexicons().owners;
        let (a, b) = self.sentence_words(m.sentence);
        let after = self.after_noun(m);
        // "drones Russia sent", "drones launched by Russia".
        for j in after..(after + 3).min(b) {
            if let Some(o) = owners.get(self.lc(j)) {
                let launched_by = j > after && self.is(j - 1, "by");
                let subject = j == after
                    && lexicons().events.match_at(&self.phrase_at(j + 1, 2)).is_some_and(|e| e.1 == "launched");
                if launched_by || subject {
                    m.owner = Some(o);
                    return;
                }
            }
        }
        if m.event == Some("launched") || m.event.is_none() {
            let lo = m.first.saturating_sub(4).max(a);
            for j in (lo..m.first).rev() {
                if let Some(o) = owners.get(self.lc(j)) {
                    if !self.is(j + 1, "'") {
                        m.owner = Some(o);
                    }
                    return;
                }
            }
        }
    }
}

/// Function words that say nothing about what a sentence is about.
pub fn is_stop_word(word: &str) -> bool {
    STOP.contains(&word) || AUX.contains(&word)
}

/// English singular of a lower-case noun: drones → drone, casualties →
/// casualty, buses → bus.
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
