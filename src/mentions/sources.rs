//! Who says so and when: a sentence's source (`the air force said`) and
//! period (`overnight`).

use super::*;

/// Whether `word` names a body through which a state speaks ("force",
/// "ministry"): the `organ` class of `lexicon/context.txt`.
fn is_organ(word: &str) -> bool {
    lexicons().context.class_of(word) == Some(lexicon::Context::Organ)
}

/// A source read as the side it speaks for: a side quoted as a whole
/// ("Kyiv said" is `ukraine`), and a body of a state quoted with no side
/// ("the air force said") speaks for the side quoted last (`last`), as a
/// reader takes it.
pub(super) fn carry_side(source: &mut String, last: &mut Option<&'static str>) {
    let lex = lexicons();
    if let Some(side) = lex.owners.get(source.as_str()) {
        *last = Some(side);
    } else if !is_organ(source) {
        return;
    }
    if let Some(side) = *last {
        side.clone_into(source);
    }
}

impl Doc<'_> {
    /// Who a sentence attributes its figures to: the head noun before a
    /// verb of saying ("Ukraine's air force said" → `force`), or after
    /// "according to".
    pub(super) fn read_source(&self, a: usize, b: usize) -> Option<String> {
        let lex = &lexicons().say;
        let mut i = a;
        while i < b {
            if !self.is_word(i) || !lex.starts(self.word(i)) {
                i += 1;
                continue;
            }
            let words = self.phrase_at(i, 2);
            if let Some((n, verb, _)) = lex.match_at(&words) {
                if verb == "according to" {
                    if let Some(head) = self.named_after_according_to(self.skip_words(i, n), b) {
                        return Some(head);
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
                        if crate::one_of!(
                            w,
                            [
                                "also",
                                "meanwhile",
                                "however",
                                "though",
                                "later",
                                "has",
                                "have",
                                "had",
                                "previously",
                                "earlier",
                                "then",
                                "further",
                            ]
                        ) {
                            continue;
                        }
                        if lexicons().stop.contains(w) || lexicons().not_sources.contains(w) {
                            break;
                        }
                        return Some(self.side_of_organ(a, j).unwrap_or(w).to_owned());
                    }
                }
                i = self.skip_words(i, n);
                continue;
            }
            i += 1;
        }
        None
    }

    /// The side a subject names before its head `j` when the head is a
    /// body of a state: "Russia's defence ministry said" speaks for
    /// Russia, and is read as `russia`.
    fn side_of_organ(&self, a: usize, j: usize) -> Option<&'static str> {
        if !is_organ(self.lc(j)) {
            return None;
        }
        (j.saturating_sub(4).max(a)..j).rev().find_map(|k| lexicons().owners.get(self.lc(k)))
    }

    /// The source "according to" names from word `j` on: the head of its
    /// noun phrase ("according to a post by the regional governor on
    /// Telegram" → `governor`), or none when the phrase points back to a
    /// source already named or names only a document.
    fn named_after_according_to(&self, mut j: usize, b: usize) -> Option<String> {
        let start = j;
        let mut head = None;
        while j < b && j < start + 10 {
            if !self.is_word(j) {
                // "According to its statement, 60 were ...": the phrase ends
                // at the comma, whether or not it named anyone.
                if head.is_some() || crate::lc_in!(self, j, [",", ";", ":", "."]) {
                    break;
                }
                j += 1;
                continue;
            }
            let w = self.lc(j);
            if crate::one_of!(w, ["on", "in", "at", "to", "for", "which", "who", "that", "and", "said"])
                && head.is_some()
            {
                break;
            }
            // "according to its morning summary": a possessive pronoun points
            // back to a source already named.
            if head.is_none() && crate::one_of!(w, ["its", "their", "his", "her", "our"]) {
                break;
            }
            let possessive = j > 0 && crate::lc_in!(self, j - 1, ["'", "’", "s"]);
            if !lexicons().stop.contains(w) && !lexicons().not_sources.contains(w) && w != "post" {
                head = Some(w.to_owned());
            } else if w == "by" || (lexicons().not_sources.get(w) == Some("document") && !possessive) {
                // "according to its latest figures": the phrase's head is a
                // document, not a new source; "the ministry's figures" keep
                // the ministry.
                head = None;
            }
            j += 1;
        }
        head
    }

    pub(super) fn read_period(&self, a: usize, b: usize) -> Option<&'static str> {
        let lex = &lexicons().periods;
        let mut i = a;
        while i < b {
            if self.is_word(i) && lex.starts(self.word(i)) {
                let words = self.phrase_at(i, 5);
                if let Some((n, period, _)) = lex.match_at(&words) {
                    // "on the night of March 3": a night named by its date
                    // is not the night the story reports ("overnight").
                    let after = self.skip_words(i, n);
                    let dated = self.is(after, "of") && self.kind_at(after + 1) == Some(Kind::Date);
                    return Some(if dated { "dated-night" } else { period });
                }
            } else if let Some(f) = self.figure_at_word(i) {
                // "since 2022", "in 2001": a named year is a period of its own.
                let fig = &self.figures[f];
                if fig.kind == Kind::Year && i > a && crate::lc_in!(self, i - 1, ["since", "in", "during"]) {
                    return Some(if self.lc(i - 1) == "since" { "since-start" } else { "named-year" });
                }
            }
            i += 1;
        }
        None
    }
}
