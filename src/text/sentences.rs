//! Paragraphs and sentences, found in one pass over the text.
//!
//! A paragraph ends at a blank line, or at a single line break unless the
//! line break only wraps a sentence (the line before ends mid-sentence and
//! the next starts in lower case). Lists keep one item per line, so each
//! item is its own paragraph.
//!
//! A sentence ends at `.`, `!` or `?` (after any closing quotes or
//! brackets) followed by white space and a capital, digit or opening quote,
//! unless the word before the stop is a known abbreviation (`Mr.`, `a.m.`)
//! or a single capital (`J. Smith`). A stop followed directly by a capital
//! and a lower-case letter (`defence.That`) also ends a sentence: copy
//! loses spaces. The elision mark ` [...] ` ends a sentence too, and marks
//! a gap: what follows it is another part of the report.

use super::Span;
use super::{is_letter, is_lower, is_upper};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    /// True when material was left out just before this sentence (`[...]`).
    pub after_gap: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// The sentences of this paragraph: `first..end` into [`Layout::sentences`].
    pub first: usize,
    pub end: usize,
}

/// The paragraphs and sentences of a text, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep", "st", "jr", "sr", "inc",
    "corp", "co", "ltd", "no", "vs", "etc", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e", "mt", "ft", "rev", "adm", "maj",
];

impl Layout {
    /// The index of the sentence holding byte `at` (the last one starting
    /// at or before it).
    pub fn sentence_at(&self, at: usize) -> usize {
        self.sentences.partition_point(|s| s.span.start <= at).saturating_sub(1)
    }
}

/// Cuts `text` into paragraphs and sentences.
pub fn layout(text: &str) -> Layout {
    let mut layout = Layout::default();
    let bytes = text.as_bytes();
    let mut sentence_start: Option<usize> = None;
    let mut paragraph_start = 0usize;
    let mut after_gap = false;
    let mut i = 0usize;

    while i < bytes.len() {
        if sentence_start.is_some() {
            // Inside a sentence only these bytes can end it or the paragraph.
            match bytes[i..].iter().position(|&b| matches!(b, b'\n' | b'[' | b'.' | b'!' | b'?')) {
                Some(k) => i += k,
                None => break,
            }
        }
        let b = bytes[i];
        if b == b'\n' {
            let line_end = i;
            // A blank line, or a line break that does not just wrap a sentence.
            let mut j = i + 1;
            let mut blank = false;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r' || bytes[j] == b'\n') {
                if bytes[j] == b'\n' {
                    blank = true;
                }
                j += 1;
            }
            let before = text[..line_end].trim_end();
            let ends_open = before.ends_with(|c: char| is_letter(c) || c.is_ascii_digit() || c == ',');
            let next_lower = text[j..].starts_with(|c: char| is_lower(c));
            let wraps = !blank && ends_open && next_lower;
            if !wraps {
                close(&mut layout, text, &mut sentence_start, line_end, &mut after_gap);
                close_paragraph(&mut layout, text, paragraph_start, line_end);
                paragraph_start = j;
            }
            i = j;
            continue;
        }
        if (0x80..0xC0).contains(&b) {
            // Inside a multi-byte character: nothing to decide here.
            i += 1;
            continue;
        }
        if b == b'[' && (text[i..].starts_with("[...]") || text[i..].starts_with("[…]")) {
            let len = if text[i..].starts_with("[...]") { 5 } else { "[…]".len() };
            close(&mut layout, text, &mut sentence_start, i, &mut after_gap);
            after_gap = true;
            i += len;
            continue;
        }
        if sentence_start.is_none() {
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            sentence_start = Some(i);
        }
        if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, i) {
            let end = past_closers(text, i + 1);
            close(&mut layout, text, &mut sentence_start, end, &mut after_gap);
            i = end;
            continue;
        }
        i += 1;
    }
    close(&mut layout, text, &mut sentence_start, text.len(), &mut after_gap);
    close_paragraph(&mut layout, text, paragraph_start, text.len());
    layout
}

/// Closes the open sentence at `end` (trimmed of trailing spaces).
fn close(layout: &mut Layout, text: &str, start: &mut Option<usize>, end: usize, after_gap: &mut bool) {
    if let Some(s) = start.take() {
        let trimmed = s + text[s..end].trim_end().len();
        if trimmed > s {
            let paragraph = layout.paragraphs.len();
            layout.sentences.push(Sentence { span: Span::new(s, trimmed), paragraph, after_gap: *after_gap });
            *after_gap = false;
        }
    }
}
fn close_paragraph(layout: &mut Layout, text: &str, start: usize, end: usize) {
    let first = layout.paragraphs.last().map_or(0, |p| p.end);
    let count = layout.sentences.len();
    if count > first {
        let span = Span::new(
            layout.sentences[first].span.start.max(start),
            layout.sentences[count - 1].span.end.min(end.max(start)),
        );
        let _ = text;
        layout.paragraphs.push(Paragraph { span, first, end: count });
    }
}

/// Keeps closing quotes and brackets with the sentence: the byte after
/// those that start at `end`.
fn past_closers(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while end < bytes.len() {
        let rest = &text[end..];
        let c = rest.chars().next().unwrap_or(' ');
        if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Where the sentence ends (past its closing quotes and brackets) when the
/// stop at byte `at` ends one, as [`layout`] reads it.
pub(crate) fn sentence_end(text: &str, at: usize) -> Option<usize> {
    ends_sentence(text, at).then(|| past_closers(text, at + 1))
}

/// Whether the stop at byte `at` ends a sentence.
fn ends_sentence(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let stop = bytes[at];
    // Skip closing quotes and brackets after the stop.
    let mut j = at + 1;
    while j < bytes.len() {
        let c = text[j..].chars().next().unwrap_or(' ');
        if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    if j >= bytes.len() {
        return true;
    }
    let word_before = previous_word(text, at);
    let rest = &text[j..];
    let next = rest.chars().next().unwrap_or(' ');
    if !next.is_whitespace() {
        // A lost space: "defence.That" ends a sentence, "U.S." and "1.5" do not.
        if stop != b'.' || j != at + 1 {
            return false;
        }
        let mut chars = rest.chars();
        let (a, b) = (chars.next().unwrap_or(' '), chars.next().unwrap_or(' '));
        return is_upper(a) && is_lower(b) && word_before.chars().count() >= 3 && word_before.chars().all(is_lower);
    }
    let after = rest.trim_start();
    let first = after.chars().next().unwrap_or(' ');
    if !(is_upper(first) || first.is_ascii_digit() || matches!(first, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')) {
        return false;
    }
    if stop != b'.' {
        return true;
    }
    let lower = word_before.to_ascii_lowercase();
    // After a number, "mt" and "ft" are units, not "Mt." or "Ft." before a
    // name: "reached 11.25 MT. Barley" ends a sentence.
    let unit =
        crate::one_of!(&lower, ["mt", "ft"]) && bytes[(at - word_before.len()).saturating_sub(2)].is_ascii_digit();
    if !unit && ABBREVIATIONS.contains(&&*lower) {
        return false;
    }
    // "Rs. 500": a currency's abbreviation (a capital, short) before its amount.
    if first.is_ascii_digit()
        && word_before.len() < 4
        && word_before.starts_with(is_upper)
        && crate::figures::currency_word(&*lower).is_some()
    {
        return false;
    }
    // "J. Smith": a single capital before the stop is an initial.
    let mut chars = word_before.chars();
    !matches!((chars.next(), chars.next()), (Some(c), None) if is_upper(c))
}

/// The word (letters and inner dots) just before byte `at`.
fn previous_word(text: &str, at: usize) -> &str {
    let before = &text[..at];
    let start =
        before.char_indices().rev().take_while(|&(_, c)| is_letter(c) || c == '.').last().map_or(at, |(i, _)| i);
    &text[start..at]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        layout(text).sentences.iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn splits_at_stops_but_not_abbreviations_or_decimals() {
        assert_eq!(
            sentences("Mr. Smith paid $1.5 million. It rose at 2 p.m. Monday. Then J. Doe left!"),
            vec!["Mr. Smith paid $1.5 million.", "It rose at 2 p.m. Monday.", "Then J. Doe left!"]
        );
    }

    #[test]
    fn a_currency_abbreviated_before_its_amount_ends_no_sentence() {
        assert_eq!(
            sentences("The stall took Rs. 4,200 on Monday. It paid 90 dollars. 2019 was worse."),
            vec!["The stall took Rs. 4,200 on Monday.", "It paid 90 dollars.", "2019 was worse."]
        );
    }

    #[test]
    fn a_unit_after_a_number_ends_a_sentence_where_its_abbreviation_would_not() {
        assert_eq!(
            sentences(
                "Oats may reach 6.40 MT. Rye stays at 2.15 mt. The wall is 9 ft. Climbers left Mt. Kenya at dawn."
            ),
            vec![
                "Oats may reach 6.40 MT.",
                "Rye stays at 2.15 mt.",
                "The wall is 9 ft.",
                "Climbers left Mt. Kenya at dawn."
            ]
        );
    }

    #[test]
    fn a_lost_space_still_ends_a_sentence() {
        assert_eq!(
            sentences("for defence.That amounts to 11 per cent."),
            vec!["for defence.", "That amounts to 11 per cent."]
        );
    }

    #[test]
    fn paragraphs_break_at_lines_and_elisions_mark_a_gap() {
        let text = "One. Two.\n\nThree [...] four.\nA: 5;\nB: 6.";
        let l = layout(text);
        assert_eq!(l.paragraphs.len(), 4);
        assert!(l.sentences[3].after_gap);
        assert_eq!(l.sentences[3].span.of(text), "four.");
        assert_eq!(l.sentences[4].paragraph, 2);
    }

    #[test]
    fn a_wrapped_line_stays_in_its_sentence() {
        let l = layout("Russia launched 145\ndrones overnight.");
        assert_eq!(l.sentences.len(), 1);
        assert_eq!(l.paragraphs.len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_are_ordered(text in "\\PC{0,80}") {
            let l = layout(&text);
            let mut last = 0;
            for s in &l.sentences {
                proptest::prop_assert!(s.span.start >= last && s.span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
                last = s.span.end;
            }
        }
    }
}
