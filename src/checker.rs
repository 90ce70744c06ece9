//! Checking a text that changes a little at a time, as while a writer types.
//!
//! [`check`](crate::check) reads a text in *segments*: a text of up to
//! [`Segmenting::whole_up_to`] bytes is one segment; a longer one is cut at
//! blank lines chosen by the text around them (see [`segments`]), and every
//! segment is checked on its own and the reports are joined in order. Because
//! a cut depends only on the bytes before it, an edit moves only the cuts
//! around it: the segments before the edit are the same text at the same
//! place, and those after it are the same text shifted.
//!
//! A [`Checker`] keeps the report of each segment of the last text it saw.
//! Given the next text, it re-checks only the segments whose text changed and
//! reuses the rest with their offsets shifted. Its report is therefore the
//! report `check` gives for the same text, always: both are the same join of
//! the same segments' reports (`tests/checker_equality.rs` holds them equal
//! under random edits).

use crate::report::Report;
use crate::text::Span;
use crate::text::{is_letter, is_lower};
use crate::{Options, check_block};

/// Where [`segments`] may cut a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segmenting {
    /// A text of at most this many bytes is one segment, as it always was:
    /// every relation inside it is found.
    pub whole_up_to: usize,
    /// A segment is at least this long (in bytes) before it may end at a
    /// chosen blank line, so a cut is rare enough to cost few relations.
    pub min: usize,
    /// A segment that reaches this length ends at the next paragraph break
    /// (a blank line, or a line break that does not just wrap a sentence)
    /// whatever the text there, so each stays small enough to re-check fast.
    pub max: usize,
    /// A segment that reaches this length without any paragraph break ends
    /// at the next sentence end: a text without line breaks still comes in
    /// pieces, so memory stays bounded by a segment's tables.
    pub sentences_after: usize,
    /// A blank line is chosen when a hash of the bytes just before it is a
    /// multiple of this: about one blank line in `one_in`.
    pub one_in: u64,
}

/// How [`check`](crate::check) and [`Checker`] cut a long text. Relations
/// reach at most from a paragraph into the next; a cut between two
/// paragraphs loses only the relations that would cross it, and texts up to
/// 64 KiB (nearly every story) are never cut. A cut at a sentence end, only
/// inside a paragraph of over 64 KiB, also loses the relations between the
/// sentences either side of it, and the source and period the first
/// sentence after it would have carried over.
///
/// Past 64 KiB segments are short (half a KiB to 2 KiB, a few paragraphs)
/// so that an edit re-checks little: in node an edit in a 50,000-word text
/// took 27 ms with segments of 8 to 16 KiB and about 4.5 ms with these
/// (BENCHMARKS.md, "Short segments past 64 KiB"); about 3 ms since an edit
/// re-cuts only the text around it ("The seventh session"). Checked whole passage by
/// passage against cut into segments, 1,596 real passages joined into one
/// text lost fewer relations with these than with the longer ones (23
/// against 33).
pub const SEGMENTING: Segmenting =
    Segmenting { whole_up_to: 64 * 1024, min: 512, max: 2 * 1024, sentences_after: 64 * 1024, one_in: 4 };

/// How many bytes before a blank line decide whether it is chosen.
const WINDOW: usize = 32;

/// The segments of `text`, as `(start, end)` byte offsets covering it in
/// order. A cut falls just after two line breaks (`\n\n`); in a stretch of
/// [`Segmenting::max`] bytes without one, after a line break that ends a
/// paragraph; in a paragraph of [`Segmenting::sentences_after`] bytes, after
/// a sentence end and the spaces that follow it. A cut is always on a
/// character boundary.
///
/// Whether a place is a cut depends only on the bytes around it and on
/// where the segment began, so an edit changes the cuts only from the edit
/// on, and they fall back into step soon after it.
pub fn segments(text: &str, how: Segmenting) -> Vec<(usize, usize)> {
    if text.len() <= how.whole_up_to {
        return vec![(0, text.len())];
    }
    let mut out = Vec::new();
    cut_from(text, how, 0, &mut out, &mut |_| false);
    out
}

/// Cuts `text` as [`segments`] does from `start`, where a segment begins (0
/// or a cut), pushing each segment to `out`. Stops with `true` right after
/// a cut that `done` accepts; else goes on to the end of the text.
fn cut_from(
    text: &str,
    how: Segmenting,
    mut start: usize,
    out: &mut Vec<(usize, usize)>,
    done: &mut dyn FnMut(usize) -> bool,
) -> bool {
    let bytes = text.as_bytes();
    // Where the current paragraph began, for the sentence-end cut.
    let mut paragraph = start;
    // `at` is where the next cut may fall: just after the byte it looks at.
    let mut at = start.max(1) + 1;
    while at <= bytes.len() {
        // Only a line break or a stop can make a cut: step to the next one.
        match bytes[at - 1..].iter().position(|&b| matches!(b, b'\n' | b'.' | b'!' | b'?')) {
            Some(k) => at += k,
            None => break,
        }
        let len = at - start;
        let cut = match bytes[at - 1] {
            b'\n' if bytes[at - 2] == b'\n' => {
                paragraph = at;
                let wanted = len >= how.max || chosen(&bytes[at.saturating_sub(WINDOW)..at], how.one_in);
                (len >= how.min && wanted).then_some(at)
            }
            b'\n' if len >= how.max && paragraph_breaks_at(text, at - 1) => Some(at),
            b'\n' if paragraph_breaks_at(text, at - 1) => {
                paragraph = at;
                None
            }
            b'.' | b'!' | b'?' if len >= how.max && at - paragraph.max(start) >= how.sentences_after => {
                sentence_ends_at(text, at - 1).filter(|&end| end < bytes.len())
            }
            _ => None,
        };
        match cut {
            Some(end) => {
                out.push((start, end));
                if done(end) {
                    return true;
                }
                start = end;
                paragraph = paragraph.max(start);
                at = end + 1;
            }
            None => at += 1,
        }
    }
    if start < bytes.len() || out.is_empty() {
        out.push((start, bytes.len()));
    }
    false
}

/// The cuts [`segments`] gives `text`, found from `old`, the segments of
/// the last text (`old_len` bytes), which shares the first `prefix` and the
/// last `suffix` bytes with it: a keystroke in a long text re-cuts a few
/// KiB around it, not the whole text.
///
/// A decision to cut reads a few bytes ahead, past spaces and closing
/// quotes (and two characters more), and behind, back over spaces or a
/// word; a letter or digit stops the first, a letter or digit and a byte
/// that is neither letter nor dot the second. So the old cuts stand up to
/// the last one with a letter or digit at least 8 bytes before the edit;
/// the scan starts there and ends at the first cut, both such bytes behind
/// it past the edit, that falls on an old one: every cut after it is the
/// old one moved, since after a cut the scan depends on nothing before it.
fn cuts_after_edit(
    text: &str,
    how: Segmenting,
    old: &[Span],
    same: (usize, usize),
    old_len: usize,
) -> Vec<(usize, usize)> {
    let (prefix, suffix) = same;
    if text.len() <= how.whole_up_to || old_len <= how.whole_up_to {
        return segments(text, how);
    }
    let bytes = text.as_bytes();
    let letter_or_digit = |b: &u8| b.is_ascii_alphanumeric();
    let ahead = bytes[..prefix.saturating_sub(8)].iter().rposition(letter_or_digit).unwrap_or(0);
    let keep = old.iter().take_while(|s| s.end <= ahead).count();
    let mut out = Vec::new();
    for s in &old[..keep] {
        out.push((s.start, s.end));
    }
    let restart = out.last().map_or(0, |c| c.1);
    let edited = text.len() - suffix;
    let after = &bytes[edited..];
    let first = |found: Option<usize>| found.map_or(usize::MAX, |k| edited + k + 2);
    let settled = first(after.iter().position(letter_or_digit))
        .max(first(after.iter().position(|b| b.is_ascii() && !b.is_ascii_alphabetic() && *b != b'.')))
        .max(edited + WINDOW);
    let mut next = keep;
    let synced = cut_from(text, how, restart, &mut out, &mut |end| {
        if end < settled {
            return false;
        }
        // The old cut at the same bytes, if any.
        let was = end + old_len - text.len();
        while old.get(next).is_some_and(|s| s.end < was) {
            next += 1;
        }
        old.get(next).is_some_and(|s| s.end == was)
    });
    if synced {
        for s in &old[next + 1..] {
            out.push((s.start + text.len() - old_len, s.end + text.len() - old_len));
        }
    }
    out
}

/// Whether the line break at byte `at` ends a paragraph as
/// [`layout`](crate::text::sentences::layout) reads it: unless it only wraps
/// a sentence (the line ends mid-sentence and the next starts in lower case).
fn paragraph_breaks_at(text: &str, at: usize) -> bool {
    // Blanks skipped by bytes: a trim by several chars is a searcher of its
    // own in the .wasm.
    let after = &text[at + 1..];
    let next = &after[after.bytes().take_while(|b| matches!(b, b' ' | b'\t' | b'\r')).count()..];
    let before = text[..at].trim_end();
    let ends_open = before.ends_with(|c: char| is_letter(c) || c.is_ascii_digit() || c == ',');
    next.starts_with('\n') || !(ends_open && next.starts_with(|c: char| is_lower(c)))
}

/// Where the next sentence starts when the stop at byte `at` ends one: past
/// its closing quotes and the spaces after them.
fn sentence_ends_at(text: &str, at: usize) -> Option<usize> {
    let end = crate::text::sentences::sentence_end(text, at)?;
    Some(end + text[end..].bytes().take_while(|b| matches!(b, b' ' | b'\t')).count())
}

/// FNV-1a over the window: the same bytes before a blank line always give
/// the same choice, wherever the text stands.
fn chosen(window: &[u8], one_in: u64) -> bool {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in window {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    hash.is_multiple_of(one_in.max(1))
}

/// Joins the reports of consecutive segments into the report of the whole
/// text: spans shifted by each segment's start, a finding's figure indices by
/// the figures of the segments before it.
pub fn join(parts: impl IntoIterator<Item = (usize, Report)>) -> Report {
    let mut report = Report::default();
    for (start, part) in parts {
        let part = in_text(part, start, report.figures.len());
        report.findings.extend(part.findings);
        report.figures.extend(part.figures);
        report.rejected.extend(part.rejected);
    }
    report
}

/// A segment's report with its spans moved to the segment's place in the
/// text (`start`) and its figure indices counted from `first_figure`.
pub fn in_text(mut part: Report, start: usize, first_figure: usize) -> Report {
    for f in &mut part.findings {
        f.span = shifted(f.span, start);
        for x in &mut f.figures {
            x.span = shifted(x.span, start);
            x.figure = x.figure.map(|i| i + first_figure);
        }
    }
    for f in &mut part.findings {
        for r in &mut f.explanation {
            r.quote = r.quote.map(|q| shifted(q, start));
        }
    }
    for r in &mut part.rejected {
        r.figures.iter_mut().for_each(|i| *i += first_figure);
        r.quote = r.quote.map(|q| shifted(q, start));
    }
    part.figures = figures_in_text(part.figures, start);
    part
}

/// A segment's figures with their spans moved to the segment's place in the
/// text.
pub fn figures_in_text(mut figures: Vec<crate::Figure>, start: usize) -> Vec<crate::Figure> {
    for f in &mut figures {
        f.span = shifted(f.span, start);
        f.hedge = f.hedge.map(|h| shifted(h, start));
    }
    figures
}

fn shifted(span: Span, by: usize) -> Span {
    Span::new(span.start + by, span.end + by)
}

/// One segment of the text a [`Checker`] last saw, and its report.
#[derive(Clone, Debug)]
pub struct Segment {
    /// Where it stands in the text, in bytes.
    pub span: Span,
    /// Stays the same for as long as the segment's text is reused, however
    /// far it moves: an edge can keep what it made of the report by this id.
    pub id: u64,
    /// The report of the segment's text alone: spans relative to its start.
    pub report: Report,
    /// Its length in UTF-16 code units (JavaScript's string length).
    pub utf16_len: usize,
    /// True when this update checked it; false when it was reused.
    pub fresh: bool,
}

/// Checks successive versions of one text, re-checking only what changed.
///
/// ```
/// let mut checker = addsup::Checker::new(Default::default());
/// let first = checker.update("Of 10 drones, 4 were downed and 5 lost.");
/// let again = checker.update("Of 10 drones, 4 were downed and 6 lost.");
/// assert_eq!(again, addsup::check("Of 10 drones, 4 were downed and 6 lost.", &Default::default()));
/// assert_ne!(first, again);
/// ```
#[derive(Debug, Default)]
pub struct Checker {
    options: Options,
    how: Segmenting,
    text: String,
    segments: Vec<Segment>,
    next_id: u64,
}

impl Default for Segmenting {
    fn default() -> Self {
        SEGMENTING
    }
}

impl Checker {
    pub fn new(options: Options) -> Self {
        Self::with_segmenting(options, SEGMENTING)
    }

    /// A checker that cuts texts as `how` says. Its reports equal
    /// [`check_segmented`] with the same `how`; tests use small segments.
    pub fn with_segmenting(options: Options, how: Segmenting) -> Self {
        Checker { options, how, text: String::new(), segments: Vec::new(), next_id: 0 }
    }

    /// Checks `text` and returns its report, the one
    /// [`check`](crate::check) gives.
    pub fn update(&mut self, text: &str) -> Report {
        self.refresh(text);
        self.report()
    }

    /// The report of the text last given to [`Checker::refresh`] or
    /// [`Checker::update`].
    pub fn report(&self) -> Report {
        join(self.segments.iter().map(|s| (s.span.start, s.report.clone())))
    }

    /// Takes `text` as the current text, re-checks the segments that are not
    /// the text of a segment of the last one, and returns every segment.
    pub fn refresh(&mut self, text: &str) -> &[Segment] {
        let (prefix, suffix) = common_ends(&self.text, text);
        let old_len = self.text.len();
        self.text.clear();
        self.text.push_str(text);
        self.resegment(prefix, suffix, old_len)
    }

    /// [`Checker::refresh`] with the text the last one with the `removed`
    /// bytes at byte `at` replaced by `inserted`, for an edge that knows
    /// where its text changed: nothing is copied or compared but the change.
    /// `None`, and nothing changed, when `at..at + removed` is not a range
    /// of the current text on character boundaries.
    pub fn edit(&mut self, at: usize, removed: usize, inserted: &str) -> Option<&[Segment]> {
        let end = at.checked_add(removed)?;
        if !(self.text.is_char_boundary(at) && self.text.is_char_boundary(end) && end <= self.text.len()) {
            return None;
        }
        let old_len = self.text.len();
        let mut text = String::with_capacity(old_len - removed + inserted.len());
        text.push_str(&self.text[..at]);
        text.push_str(inserted);
        text.push_str(&self.text[end..]);
        self.text = text;
        Some(self.resegment(at, old_len - end, old_len))
    }

    /// Re-cuts the current text, whose first `prefix` and last `suffix`
    /// bytes are those of the last text (`old_len` bytes), reusing each
    /// segment whose bytes lie in either.
    fn resegment(&mut self, prefix: usize, suffix: usize, old_len: usize) -> &[Segment] {
        let text = std::mem::take(&mut self.text);
        let spans: Vec<Span> = self.segments.iter().map(|s| s.span).collect();
        let cuts = cuts_after_edit(&text, self.how, &spans, (prefix, suffix), old_len);
        let mut old: Vec<Option<Segment>> = std::mem::take(&mut self.segments).into_iter().map(Some).collect();
        for &(start, end) in &cuts {
            // The same bytes in the old text: before the edit at the same
            // place, after it moved by the change in length.
            let was = if end <= prefix {
                Some((start, end))
            } else if start >= text.len() - suffix {
                Some((start + old_len - text.len(), end + old_len - text.len()))
            } else {
                None
            };
            let reused = was.and_then(|(s, e)| take_segment(&spans, &mut old, Span::new(s, e)));
            let segment = match reused {
                Some(mut segment) => {
                    segment.span = Span::new(start, end);
                    segment.fresh = false;
                    segment
                }
                None => self.new_segment(&text, start, end),
            };
            self.segments.push(segment);
        }
        self.text = text;
        &self.segments
    }

    fn new_segment(&mut self, text: &str, start: usize, end: usize) -> Segment {
        let part = &text[start..end];
        self.next_id += 1;
        Segment {
            span: Span::new(start, end),
            id: self.next_id,
            report: check_block(part, &self.options),
            utf16_len: part.encode_utf16().count(),
            fresh: true,
        }
    }

    /// The segments of the current text, in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The current text: the last one given.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// The old segment at exactly `span`, moved out. `spans` are the old
/// segments' spans, sorted, one for each slot of `old`.
fn take_segment(spans: &[Span], old: &mut [Option<Segment>], span: Span) -> Option<Segment> {
    let i = spans.binary_search(&span).ok()?;
    old[i].take()
}

/// How many bytes `a` and `b` share at the start, and then at the end of
/// what is left (so the two never overlap).
fn common_ends(a: &str, b: &str) -> (usize, usize) {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    (prefix, suffix)
}

/// [`check`](crate::check) with the segments cut as `how` says, one after
/// another.
pub fn check_segmented(text: &str, options: &Options, how: Segmenting) -> Report {
    let cuts = segments(text, how);
    if let [(0, _)] = cuts[..] {
        return check_block(text, options);
    }
    join(cuts.into_iter().map(|(start, end)| (start, check_block(&text[start..end], options))))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Segmenting = Segmenting { whole_up_to: 0, min: 20, max: 200, sentences_after: 400, one_in: 2 };

    #[test]
    fn short_texts_are_one_segment_and_long_ones_are_cut_after_blank_lines() {
        assert_eq!(segments("", SEGMENTING), vec![(0, 0)]);
        assert_eq!(segments("a\n\nb", SEGMENTING), vec![(0, 4)]);
        let text = "Ten drones flew.\n\n".repeat(20);
        let cuts = segments(&text, SMALL);
        assert!(cuts.len() > 3, "{cuts:?}");
        assert_eq!(cuts.first().map(|c| c.0), Some(0));
        assert_eq!(cuts.last().map(|c| c.1), Some(text.len()));
        for pair in cuts.windows(2) {
            assert_eq!(pair[0].1, pair[1].0);
            assert!(text[..pair[0].1].ends_with("\n\n"));
            assert!(pair[0].1 - pair[0].0 >= SMALL.min);
        }
    }

    #[test]
    fn a_text_without_blank_lines_is_cut_at_line_breaks_and_then_at_sentence_ends() {
        let lines = "Of 10 drones, 4 were downed.\n".repeat(5000);
        let cuts = segments(&lines, SEGMENTING);
        assert!(cuts.len() > 4, "{cuts:?}");
        for &(start, end) in &cuts[..cuts.len() - 1] {
            assert!(lines[..end].ends_with(".\n") && (SEGMENTING.max..SEGMENTING.max + 40).contains(&(end - start)));
        }
        // A line break that only wraps a sentence ends no paragraph, so no cut.
        let wrapped = "Of 10 drones, 4 were\ndowned and 6 lost. ".repeat(5000);
        let cuts = segments(&wrapped, SEGMENTING);
        assert!(cuts.len() > 2, "{cuts:?}");
        for &(start, end) in &cuts[..cuts.len() - 1] {
            assert!(wrapped[..end].ends_with("lost. ") && wrapped[end..].starts_with("Of 10"), "{start}..{end}");
            assert!(end - start >= SEGMENTING.sentences_after);
        }
        // A stop that ends no sentence ("Mr. Smith", "1.5") is no cut.
        let one_line = "Mr. Smith said 1.5 million drones flew. ".repeat(5000);
        for &(_, end) in &segments(&one_line, SEGMENTING)[..2] {
            assert!(one_line[..end].ends_with("flew. "));
        }
    }

    #[test]
    fn an_edit_moves_only_the_cuts_around_it() {
        let text: String = (0..400).map(|i| format!("Paragraph {i} holds {} drones.\n\n", i * 7)).collect();
        let before = segments(&text, SMALL);
        let mut edited = text.clone();
        let at = text.len() / 2;
        edited.insert_str(at, "\n\nA new paragraph of 12 words or so.\n\n");
        let after = segments(&edited, SMALL);
        let moved = edited.len() - text.len();
        let kept_before = after.iter().filter(|c| c.1 <= at && before.contains(c)).count();
        let kept_after = after.iter().filter(|c| c.0 > at && before.contains(&(c.0 - moved, c.1 - moved))).count();
        assert!(kept_before + kept_after + 4 >= after.len(), "{} of {} kept", kept_before + kept_after, after.len());
    }

    #[test]
    fn the_checker_reuses_segments_away_from_the_edit() {
        let text: String = (0..60)
            .map(|i| format!("Russia launched {} drones; 38 were downed and 22 lost.\n\n", 60 + i % 3))
            .collect();
        let mut checker = Checker::with_segmenting(Options::default(), SMALL);
        checker.refresh(&text);
        let all = checker.segments().len();
        assert!(all > 10);
        let mut edited = text.clone();
        edited.insert(text.len() / 2, '7');
        checker.refresh(&edited);
        let fresh = checker.segments().iter().filter(|s| s.fresh).count();
        assert!(fresh <= 2, "{fresh} of {all} re-checked");
        assert_eq!(checker.report(), check_segmented(&edited, &Options::default(), SMALL));
    }
}
