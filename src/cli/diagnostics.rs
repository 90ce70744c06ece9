//! Compiler-style diagnostics: the figures underlined in their lines, the
//! arithmetic as a note.
//!
//! Each finding shows an excerpt of the input around its figures, never the
//! whole input: a lookup in a line index gives each figure's line, so that
//! writing every finding takes time in proportion to the input and the
//! findings, however long the input or any one of its lines.

use std::cell::Cell;
use std::io::{self, Write};

use addsup::report::explain::Aspect;
use addsup::report::{Finding, Report, Severity, Status};
use addsup::text::{Span, partition_point_near};
use annotate_snippets::renderer::DEFAULT_LINE_NUM_STYLE;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::check::Source;
use super::json::{self, CharOffsets};

/// Bytes of context shown on each side of a finding's figures, within
/// their line.
const CONTEXT: usize = 100;

/// Figures this many bytes apart or closer share one excerpt; further
/// apart, each group of figures gets its own.
const NEAR: usize = 400;

/// Where the lines of a text start, for line and column numbers.
struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
    chars: CharOffsets,
    /// The line [`LineIndex::line`] found last.
    hint: Cell<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let breaks = text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1);
        let starts = std::iter::once(0).chain(breaks).collect();
        LineIndex { text, starts, chars: CharOffsets::new(text), hint: Cell::new(0) }
    }

    /// The 0-based line of byte offset `at`. Findings come in text order,
    /// so the search starts from the line found last.
    fn line(&self, at: usize) -> usize {
        // starts[0] is 0, at or before any offset.
        let line = partition_point_near(&self.starts, self.hint.get() + 1, |&s| s <= at) - 1;
        self.hint.set(line);
        line
    }

    /// The byte range of line `line`, without its line break.
    fn range(&self, line: usize) -> (usize, usize) {
        let end = self.starts.get(line + 1).map_or(self.text.len(), |&next| next - 1);
        (self.starts[line], end)
    }

    /// The 1-based character column of byte offset `at` in its line:
    /// counted directly in a line of ordinary length, through the offset
    /// map in a long one.
    fn column(&self, at: usize) -> usize {
        let start = self.starts[self.line(at)];
        if at - start <= 4096 {
            return self.text[start..at].chars().count() + 1;
        }
        self.chars.of(Span::new(start, at)).1 - self.chars.of(Span::new(start, start)).0 + 1
    }

    /// The excerpt around `first..last`: the bytes of their lines from
    /// [`CONTEXT`] before to [`CONTEXT`] after, on character boundaries.
    fn excerpt(&self, first: usize, last: usize) -> (usize, usize) {
        let (line_start, _) = self.range(self.line(first));
        let (_, line_end) = self.range(self.line(last));
        let mut start = first.saturating_sub(CONTEXT).max(line_start);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (last + CONTEXT).min(line_end);
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        (start, end)
    }
}

/// What a finding shows of the input: excerpts around its groups of
/// figures, joined by "..." where text is left out, with the lines between
/// them left empty so that every line keeps its number.
struct Excerpt {
    source: String,
    /// 0-based line number of the first line of `source`.
    first_line: usize,
    /// Each span, in the order given, as a range of `source`.
    spans: Vec<std::ops::Range<usize>>,
}

impl Excerpt {
    fn new(lines: &LineIndex, spans: &[Span]) -> Excerpt {
        let mut order: Vec<usize> = (0..spans.len()).collect();
        order.sort_by_key(|&i| spans[i].start);
        let mut excerpt = Excerpt { source: String::new(), first_line: 0, spans: vec![0..0; spans.len()] };
        let mut previous: Option<usize> = None;
        let mut group = 0;
        for k in 1..=order.len() {
            // A group of figures ends where the next is far from the last.
            let last_end = spans[order[k - 1]].end;
            if order.get(k).is_some_and(|&next| spans[next].start <= last_end + NEAR) {
                continue;
            }
            let (start, end) = lines.excerpt(spans[order[group]].start, last_end);
            let start = previous.map_or(start, |p| start.max(p));
            excerpt.gap(lines, previous, start);
            let base = excerpt.source.len();
            excerpt.source.push_str(&lines.text[start..end]);
            for &i in &order[group..k] {
                excerpt.spans[i] = base + spans[i].start - start..base + spans[i].end - start;
            }
            previous = Some(end);
            group = k;
        }
        if let Some(end) = previous
            && end < lines.range(lines.line(end)).1
        {
            excerpt.source.push_str("...");
        }
        excerpt
    }

    /// What stands for the text left out between byte `previous` (the end
    /// of the excerpt before, if any) and byte `start`.
    fn gap(&mut self, lines: &LineIndex, previous: Option<usize>, start: usize) {
        let line = lines.line(start);
        let cut_before = start > lines.range(line).0;
        match previous {
            None => self.first_line = line,
            Some(end) if lines.line(end) == line => {
                if start > end {
                    self.source.push_str(" ... ");
                }
                return;
            }
            Some(end) => {
                if end < lines.range(lines.line(end)).1 {
                    self.source.push_str("...");
                }
                self.source.extend(std::iter::repeat_n('\n', line - lines.line(end)));
            }
        }
        if cut_before {
            self.source.push_str("...");
        }
    }

    /// 1-based number of the last line shown.
    fn last_line(&self) -> usize {
        self.first_line + self.source.bytes().filter(|&b| b == b'\n').count() + 1
    }
}

/// Diagnostics written a block's findings at a time, then a count.
pub(crate) struct Diagnostics<'a> {
    source: &'a Source<'a>,
    lines: LineIndex<'a>,
    name: &'a str,
    /// Whether to show the passed checks too.
    all: bool,
    /// Whether to give each finding's reasons and the candidates set aside.
    explain: bool,
    colour: bool,
    counts: Counts,
    /// With `explain`: each candidate set aside, as its lines will read,
    /// kept for the end.
    set_aside: Vec<String>,
}

/// What the count at the end says.
#[derive(Default)]
struct Counts {
    inconsistent: usize,
    passed: usize,
    figures: usize,
}

impl<'a> Diagnostics<'a> {
    pub(crate) fn new(source: &'a Source<'a>, name: &'a str, all: bool, explain: bool, colour: bool) -> Self {
        let lines = LineIndex::new(source.input);
        Diagnostics { source, lines, name, all, explain, colour, counts: Counts::default(), set_aside: Vec::new() }
    }

    /// Writes the findings of one block (the passed ones too with `all`).
    pub(crate) fn block(&mut self, out: &mut impl Write, report: &Report) -> io::Result<()> {
        // The block's figure indices count the figures of the blocks before.
        let first_figure = self.counts.figures;
        self.counts.figures += report.figures.len();
        for r in &report.rejected {
            let figure = |i: usize| report.figures.get(i - first_figure);
            let figures: Vec<String> =
                r.figures.iter().filter_map(|&i| figure(i)).map(|f| self.quoted(f.span)).collect();
            let at = r.figures.first().and_then(|&i| figure(i)).map_or(0, |f| self.source.source(f.span).start);
            let line = self.lines.line(at) + 1;
            self.set_aside.push(format!(
                "  - [{}] {} (line {line}): {}: {}{}",
                r.rule,
                figures.join(", "),
                json::name(r.reason.aspect()),
                r.reason.words(),
                self.quote(r.quote)
            ));
        }
        for f in &report.findings {
            if f.status == Status::Consistent {
                self.counts.passed += 1;
                if !self.all {
                    continue;
                }
            } else {
                self.counts.inconsistent += 1;
            }
            writeln!(out, "{}", finding(self.source, &self.lines, self.name, f, self.colour))?;
            if self.explain {
                writeln!(out, "Why:")?;
                for r in &f.explanation {
                    let detail = match r.tie.aspect() {
                        Aspect::Verdict => verdict_detail(f),
                        _ => String::new(),
                    };
                    writeln!(
                        out,
                        "  - {}: {}{}{detail}",
                        json::name(r.tie.aspect()),
                        r.tie.words(),
                        self.quote(r.quote)
                    )?;
                }
            }
            writeln!(out)?;
        }
        Ok(())
    }

    /// The words of the text that decided a reason, quoted after it; nothing
    /// when no words did.
    fn quote(&self, words: Option<Span>) -> String {
        match words.and_then(|w| self.source.text().get(w.start..w.end)) {
            Some(words) => format!(" (\"{words}\")"),
            None => String::new(),
        }
    }

    /// A figure's text as written, in quotes.
    fn quoted(&self, span: Span) -> String {
        format!("\"{}\"", span.of(self.source.text()))
    }

    /// The count that ends the diagnostics, after the candidates set aside
    /// with `explain`.
    pub(crate) fn finish(&self, out: &mut impl Write) -> io::Result<()> {
        if self.explain {
            if self.set_aside.is_empty() {
                writeln!(out, "Considered and set aside: nothing")?;
            } else {
                writeln!(out, "Considered and set aside:")?;
                for line in &self.set_aside {
                    writeln!(out, "{line}")?;
                }
            }
            writeln!(out)?;
        }
        let Counts { inconsistent, passed, figures } = self.counts;
        writeln!(out, "{inconsistent} inconsistent, {passed} passed, {figures} figures read")
    }
}

/// What the verdict weighed: what the figures give against what the text
/// states, and for a problem the difference.
fn verdict_detail(f: &Finding) -> String {
    let mut detail = format!(": the figures give {}; the text states {}", f.expected, f.reported);
    if f.status == Status::Inconsistent {
        detail.push_str(": a difference of ");
        detail.push_str(&f.difference);
    }
    detail
}

/// One finding, rendered: its title, where it is, excerpts with its
/// figures underlined and named by role, and its arithmetic.
fn finding(source: &Source, lines: &LineIndex, name: &str, f: &Finding, colour: bool) -> String {
    let renderer = if colour { Renderer::styled() } else { Renderer::plain() };
    let level = match (f.status, f.severity) {
        (Status::Consistent, _) => Level::NOTE,
        (_, Severity::Error) => Level::ERROR,
        _ => Level::WARNING,
    };
    let title = match f.status {
        Status::Inconsistent => format!("figures do not add up [{}]", f.rule),
        Status::Consistent => format!("figures add up [{}]", f.rule),
    };
    let spans: Vec<Span> = f.figures.iter().map(|x| source.source(x.span)).collect();
    let excerpt = Excerpt::new(lines, &spans);
    let mut snippet = Snippet::source(excerpt.source.as_str()).line_start(excerpt.first_line + 1);
    for (i, (x, range)) in f.figures.iter().zip(&excerpt.spans).enumerate() {
        let kind = if i == 0 { AnnotationKind::Primary } else { AnnotationKind::Context };
        snippet = snippet.annotation(kind.span(range.clone()).label(json::name(x.role)));
    }
    let report = [
        level.primary_title(title).element(snippet),
        Group::with_title(Level::NOTE.secondary_title(f.message.clone())),
    ];
    let rendered = renderer.render(&report);
    // The location goes under the title, as compilers write it. The
    // renderer would count the column inside the excerpt, so it is
    // written here, from the line index.
    let at = spans.first().map_or(source.source(f.span).start, |s| s.start);
    let indent = " ".repeat(excerpt.last_line().to_string().len());
    let (arrow, reset) = match colour {
        true => (DEFAULT_LINE_NUM_STYLE.render().to_string(), DEFAULT_LINE_NUM_STYLE.render_reset().to_string()),
        false => (String::new(), String::new()),
    };
    let location = format!("{indent}{arrow}-->{reset} {name}:{}:{}\n", lines.line(at) + 1, lines.column(at));
    let title_end = rendered.find('\n').map_or(rendered.len(), |i| i + 1);
    format!("{}{location}{}", &rendered[..title_end], &rendered[title_end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters_from_the_line_start() {
        let text = "ab\n«Ω» 12\n\nlast";
        let lines = LineIndex::new(text);
        let twelve = text.find("12").unwrap();
        assert_eq!((lines.line(twelve), lines.column(twelve)), (1, 5));
        assert_eq!(lines.range(2), (text.find("\n\n").unwrap() + 1, text.find("\n\n").unwrap() + 1));
        assert_eq!(lines.line(text.len()), 3);
        assert_eq!(lines.column(0), 1);
        let long = format!("{}\n{}12\n", "ab\n".repeat(50), "é".repeat(5000));
        let lines = LineIndex::new(&long);
        let twelve = long.find("12").unwrap();
        assert_eq!((lines.line(twelve), lines.column(twelve)), (51, 5001), "a long line, through the offset map");
    }

    #[test]
    fn the_line_search_finds_every_line_from_wherever_it_last_stopped() {
        let text: String = (0..300).map(|i| "x".repeat(i % 7) + "\n").collect();
        let lines = LineIndex::new(&text);
        let expected = |at: usize| text[..at].matches('\n').count();
        for at in (0..text.len()).chain((0..text.len()).rev()).chain((0..text.len()).step_by(97)) {
            assert_eq!(lines.line(at), expected(at), "byte {at}");
        }
    }

    #[test]
    fn an_excerpt_keeps_to_its_lines_and_to_character_boundaries() {
        let long = "é".repeat(300);
        let text = format!("{long} 12 {long}\nnext");
        let lines = LineIndex::new(&text);
        let twelve = text.find("12").unwrap();
        let (start, end) = lines.excerpt(twelve, twelve + 2);
        assert!(twelve - start <= CONTEXT + 1 && end - twelve - 2 <= CONTEXT + 1);
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        let (start, end) = lines.excerpt(0, 1);
        assert_eq!((start, end), (0, CONTEXT + 2), "up to the end of the character at byte 101");
    }

    #[test]
    fn figures_far_apart_get_their_own_excerpts_and_keep_their_line_numbers() {
        let filler = "word ".repeat(200);
        let text = format!("{filler}61 lives{filler} and 7 more\n{}\nthe toll is 57 now\nlast", "x\n".repeat(30));
        let lines = LineIndex::new(&text);
        let at = |s: &str| text.find(s).unwrap();
        let spans =
            [Span::new(at("57"), at("57") + 2), Span::new(at("61"), at("61") + 2), Span::new(at("7 "), at("7 ") + 1)];
        let excerpt = Excerpt::new(&lines, &spans);
        assert_eq!(excerpt.first_line, 0);
        let shown: Vec<&str> = excerpt.spans.iter().map(|r| &excerpt.source[r.clone()]).collect();
        assert_eq!(shown, ["57", "61", "7"]);
        let first = excerpt.source.lines().next().unwrap();
        assert!(first.starts_with("...") && first.contains("61 livesword") && first.contains(" ... "), "{first}");
        assert!(first.len() < 4 * CONTEXT + 20, "two excerpts of one line, not the line: {}", first.len());
        assert_eq!(excerpt.last_line(), 33, "the line of 57, counted from 1");
        assert!(excerpt.source.ends_with("the toll is 57 now"), "{}", excerpt.source);
    }
}
